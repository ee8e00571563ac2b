package org.netnps.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.netnps.app.accuracy.Accuracy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code netnps accuracy RESULTS --truth DIR.truth}: an analysis of a SRCON city against its truth. */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
    description = "Compare the results of 'analyze' on a SRCON dataset with the simulator's truth: network NPS "
        + "error and interval coverage per estimator, detractor AUC against an oracle, injected problems the "
        + "diagnosis found (docs/accuracy.md).")
public final class AccuracyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RESULTS", description = "results directory of netnps analyze")
  Path results;

  @Option(names = "--truth", required = true, paramLabel = "DIR", description = "the dataset's truth directory (DATASET.truth)")
  Path truth;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> r = Accuracy.evaluate(results, truth);
    System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
    return 0;
  }
}
