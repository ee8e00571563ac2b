package org.netnps.app.cli;

import java.nio.file.Path;
import org.netnps.io.pm.CounterMapping;
import picocli.CommandLine.Option;

/** {@code --counter-map FILE}: vendor PM counter names to 3GPP names, on top of the defaults. */
final class CounterMapOption {
  @Option(names = "--counter-map", paramLabel = "FILE",
      description = "vendor-to-3GPP counter names (properties: pmName = 3GPP.Name), added to the defaults")
  Path file;

  CounterMapping mapping() {
    CounterMapping defaults = CounterMapping.defaults();
    return file == null ? defaults : defaults.with(file);
  }
}
