package org.netnps.io.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.io.text.ByteDictionary;
import org.netnps.io.validate.ColumnBatch;

/**
 * Dense indexes of subscriber identifiers across every file. A reader's dictionary codes are
 * translated once per code (not once per row), so the hot loop does an array lookup.
 */
public final class SubscriberIds {
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private final Map<ByteDictionary, int[]> translations = new IdentityHashMap<>();
  private ByteDictionary lastDictionary;
  private int[] lastTranslation;

  /** The index of the subscriber in a text column of a batch row, adding it when new. */
  public int indexOf(ColumnBatch batch, int column, int row) {
    ByteDictionary dict = batch.dictionary(column);
    int code = batch.codeAt(column, row);
    int[] t = dict == lastDictionary ? lastTranslation : translations.get(dict);
    if (t == null || code >= t.length) {
      int[] grown = t == null ? new int[Math.max(1024, code + 1)] : Arrays.copyOf(t, Math.max(code + 1, t.length * 2));
      Arrays.fill(grown, t == null ? 0 : t.length, grown.length, -1);
      translations.put(dict, grown);
      t = grown;
    }
    lastDictionary = dict;
    lastTranslation = t;
    int i = t[code];
    if (i < 0) {
      i = indexOf(batch.stringAt(column, row));
      t[code] = i;
    }
    return i;
  }

  /** The index of the subscriber in a batch row when it is known through this batch's dictionary, else -1. */
  public int peek(ColumnBatch batch, int column, int row) {
    if (lastTranslation == null || batch.dictionary(column) != lastDictionary) {
      return -1;
    }
    int code = batch.codeAt(column, row);
    return code < lastTranslation.length ? lastTranslation[code] : -1;
  }

  public int indexOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      i = ids.size();
      index.put(id, i);
      ids.add(id);
    }
    return i;
  }

  public String id(int index) {
    return ids.get(index);
  }

  public int size() {
    return ids.size();
  }

  /** Forgets the per-reader translations (their dictionaries are no longer needed). */
  public void releaseTranslations() {
    translations.clear();
    lastDictionary = null;
    lastTranslation = null;
  }
}
