package org.netnps.io.dataset;

import org.netnps.io.validate.BatchSink;
import org.netnps.io.validate.HeaderBinding;
import org.netnps.io.validate.KnownCells;
import org.netnps.io.validate.RejectSink;
import org.netnps.io.validate.RowValidator;
import org.netnps.io.validate.TextCodes;

/**
 * Where the rows of one file go once checked: the cells to check references against (null: not
 * checked), the sink of accepted batches, the sink of rejections, and how text is coded (null:
 * each validator its own dictionaries; see {@link TextCodes}).
 */
record ValidationTarget(KnownCells known, BatchSink sink, RejectSink rejects, TextCodes codes) {

  ValidationTarget(KnownCells known, BatchSink sink, RejectSink rejects) {
    this(known, sink, rejects, null);
  }

  RowValidator validator(HeaderBinding binding) {
    return new RowValidator(binding, known, sink, rejects, false, codes);
  }
}
