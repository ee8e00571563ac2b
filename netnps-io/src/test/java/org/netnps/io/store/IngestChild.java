package org.netnps.io.store;

import java.nio.file.Path;
import org.netnps.io.dataset.DatasetManifest;
import org.netnps.io.dataset.DatasetReader;
import org.netnps.io.dataset.DatasetVisitor;
import org.netnps.io.pm.CounterMapping;

/** An ingest in a process of its own, for the test that kills it with SIGKILL. */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) {
    Path dataset = Path.of(args[0]);
    try (DuckDbStore store = DuckDbStore.open(Path.of(args[1]))) {
      DatasetIngest.run(store, new DatasetReader(dataset, CounterMapping.defaults()),
          DatasetManifest.read(dataset), dataset.toString(), n -> {}, new DatasetVisitor() {});
    }
  }
}
