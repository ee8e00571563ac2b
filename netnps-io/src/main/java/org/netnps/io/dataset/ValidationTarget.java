package org.netnps.io.dataset;

import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.HeaderBinding;
import org.netnps.io.validate.KnownCells;
import org.netnps.io.validate.RejectSink;
import org.netnps.io.validate.RowValidator;

/**
 * Where the rows of one file go once checked: the cells to check references against (null: not
 * checked), the sink of accepted batches and the sink of rejections.
 */
record ValidationTarget(KnownCells known, BatchSink sink, RejectSink rejects) {

  RowValidator validator(HeaderBinding binding) {
    return new RowValidator(binding, known, sink, rejects);
  }
}
