package org.netnps.app.cli;

import java.util.ArrayList;
import java.util.List;
import org.netnps.io.dataset.DatasetFile;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.validate.Rejection;

/** Keeps the first rejections of a read, to show the user what is wrong. */
final class RejectSample implements DatasetVisitor {
  private final int max;
  private final List<Rejection> first = new ArrayList<>();

  RejectSample(int max) {
    this.max = max;
  }

  @Override
  public boolean takesBatches() {
    return false;
  }

  @Override
  public void reject(DatasetFile file, Rejection rejection) {
    if (first.size() < max) {
      first.add(rejection);
    }
  }

  List<Rejection> first() {
    return first;
  }
}
