package org.netnps.io.validate;

import org.netnps.io.text.ByteDictionary;

/**
 * The cells and sites that cells.csv declares: every cell_id elsewhere must be one of them. The
 * cell dictionary's codes are what xDR and PM batches hold in their cell_id column.
 */
public final class KnownCells {
  private final ByteDictionary cells = new ByteDictionary();
  private final ByteDictionary sites = new ByteDictionary();

  public void add(String cellId, String siteId) {
    cells.intern(cellId);
    sites.intern(siteId);
  }

  public ByteDictionary cells() {
    return cells;
  }

  public int cellCount() {
    return cells.size();
  }

  boolean isCellOrSite(byte[] b, int start, int end) {
    return cells.find(b, start, end) != ByteDictionary.ABSENT
        || sites.find(b, start, end) != ByteDictionary.ABSENT;
  }
}
