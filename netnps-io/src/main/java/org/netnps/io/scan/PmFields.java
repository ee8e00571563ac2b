package org.netnps.io.scan;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import org.netnps.core.twin.CellHours;
import org.netnps.core.twin.CellHours.Field;
import org.netnps.io.text.ByteDictionary;
import org.netnps.io.validate.ColumnBatch;

/**
 * Which twin field a PM counter feeds (3GPP TS 32.425 / 28.552 names, docs/pm-counters.md), with
 * the counter column's dictionary codes translated once per code. Counters the twin does not use
 * are skipped; suspect values (3GPP's flag) are counted and skipped.
 */
public final class PmFields {
  private static final Map<String, Field> FIELDS = Map.ofEntries(
      Map.entry("RRU.CellUnavailableTime", Field.UNAVAILABLE_S),
      Map.entry("RRU.PrbUsedDl", Field.PRB_USED),
      Map.entry("RRU.PrbAvailDl", Field.PRB_AVAIL),
      Map.entry("RRU.PrbTotDl", Field.PRB_TOT_SUM),
      Map.entry("VS.UL.InterferenceAvg", Field.INTERFERENCE_SUM),
      Map.entry("HO.ExeAtt", Field.HO_ATT),
      Map.entry("HO.ExeSucc", Field.HO_SUCC),
      Map.entry("ERAB.EstabInitAttNbr", Field.ERAB_ATT),
      Map.entry("ERAB.EstabInitSuccNbr", Field.ERAB_SUCC),
      Map.entry("DRB.EstabAtt", Field.ERAB_ATT),
      Map.entry("DRB.EstabSucc", Field.ERAB_SUCC),
      Map.entry("RRC.ConnEstabAtt", Field.RRC_ATT),
      Map.entry("RRC.ConnEstabSucc", Field.RRC_SUCC),
      Map.entry("ERAB.RelAbnormalEnbAct", Field.REL_ABNORMAL),
      Map.entry("ERAB.RelActNbr", Field.REL_ACTIVE),
      Map.entry("DRB.RelActNbr", Field.REL_ACTIVE),
      Map.entry("DRB.UEThpDl", Field.THP_SUM));
  private static final Field[] VALUES = Field.values();
  private final Map<ByteDictionary, int[]> translations = new IdentityHashMap<>();
  private long suspect;

  /** Adds one accepted PM row to the twin. */
  void add(ColumnBatch b, int row, int cell, CellHours twin, int counterCol, int startCol, int valueCol, int suspectCol) {
    int field = field(b, counterCol, row);
    double value = b.doubleAt(valueCol, row);
    if (field < 0 || Double.isNaN(value)) {
      return;
    }
    if (suspectCol >= 0 && b.longAt(suspectCol, row) == 1) {
      suspect++;
      return;
    }
    add(twin, cell, b.longAt(startCol, row), VALUES[field], value);
  }

  /**
   * Adds one value of a named counter to the twin as {@code analyze} does; a counter the twin does
   * not use is skipped. For PM that arrives as records rather than CSV rows (a simulator's sink).
   */
  public static void add(CellHours twin, int cell, String counter, long at, double value) {
    Field f = FIELDS.get(counter);
    if (f != null && !Double.isNaN(value)) {
      add(twin, cell, at, f, value);
    }
  }

  private static void add(CellHours twin, int cell, long at, Field f, double value) {
    twin.add(cell, at, f, value);
    if (f == Field.PRB_TOT_SUM) {
      twin.add(cell, at, Field.PRB_TOT_N, 1);
    } else if (f == Field.INTERFERENCE_SUM) {
      twin.add(cell, at, Field.INTERFERENCE_N, 1);
    } else if (f == Field.THP_SUM) {
      twin.add(cell, at, Field.THP_N, 1);
    }
  }

  long suspectValues() {
    return suspect;
  }

  void release() {
    translations.clear();
  }

  private int field(ColumnBatch b, int col, int row) {
    ByteDictionary dict = b.dictionary(col);
    int code = b.codeAt(col, row);
    int[] t = translations.get(dict);
    if (t == null || code >= t.length) {
      int old = t == null ? 0 : t.length;
      t = t == null ? new int[Math.max(64, code + 1)] : Arrays.copyOf(t, Math.max(code + 1, old * 2));
      Arrays.fill(t, old, t.length, Integer.MIN_VALUE);
      translations.put(dict, t);
    }
    if (t[code] == Integer.MIN_VALUE) {
      Field f = FIELDS.get(b.stringAt(col, row));
      t[code] = f == null ? -1 : f.ordinal();
    }
    return t[code];
  }
}
