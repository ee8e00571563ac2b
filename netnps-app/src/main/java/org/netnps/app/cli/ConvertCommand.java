package org.netnps.app.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.netnps.io.dataset.InputFiles;
import org.netnps.io.pm.PmFileStats;
import org.netnps.io.pm.PmXmlReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps convert pm FILE... --out pm.csv}: 3GPP PM XML to the contract's long CSV. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = "Convert files to the data contract's layouts.",
    subcommands = ConvertCommand.Pm.class)
public final class ConvertCommand {

  /** The pm subcommand. */
  @Command(name = "pm", mixinStandardHelpOptions = true,
      description = "3GPP TS 32.435 / TS 28.532 PM XML (plain or .gz) to the long CSV "
          + "period_start,period_s,cell_id,counter,value,suspect: one row per value.")
  public static final class Pm implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "PM XML files")
    List<Path> files;

    @Option(names = "--out", required = true, paramLabel = "CSV", description = "output CSV file")
    Path out;

    @Mixin
    CounterMapOption counterMap;

    @Override
    public Integer call() throws Exception {
      PmXmlReader reader = new PmXmlReader(counterMap.mapping());
      long rows = 0;
      try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        w.write("period_start,period_s,cell_id,counter,value,suspect\n");
        for (Path file : files) {
          long[] count = {0};
          PmFileStats stats;
          try (InputStream in = InputFiles.open(file, n -> {})) {
            stats = reader.read(in, file.toString(), v -> {
              write(w, Instant.ofEpochMilli(v.periodStartMs()) + "," + v.periodS() + ","
                  + csv(v.cellId()) + "," + csv(v.counter()) + "," + (v.value() == null ? "" : csv(v.value()))
                  + "," + (v.suspect() ? 1 : 0) + "\n");
              count[0]++;
            });
          }
          rows += count[0];
          System.err.printf("%s: %s, %d measInfo, %d measValue, %d measType, %d results, %d suspect -> %d rows%n",
              file, stats.format(), stats.measInfo(), stats.measValue(), stats.measType(), stats.results(),
              stats.suspect(), count[0]);
        }
      }
      System.err.printf("wrote %d rows to %s%n", rows, out);
      return 0;
    }

    private static void write(BufferedWriter w, String line) {
      try {
        w.write(line);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    static String csv(String s) {
      if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
        return s;
      }
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
  }
}
