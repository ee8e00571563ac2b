package org.netnps.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model on answers from a known rule: latent satisfaction falls with dropped calls (x0) and
 * stalls (x1, non-linear: only beyond 5, then steeply), rises with tenure (x2); x3 is noise.
 */
class NpsModelTrainerTest {
  private static TrainingSet set;
  private static NpsModelTrainer.Result result;

  @BeforeAll
  static void train() {
    set = answers(3000, 7);
    result = NpsModelTrainer.train(set, Hyperparameters.defaults(1), 5);
  }

  @Test
  void treesBeatTheLinearBaselineOnANonLinearRuleAndAreChosen() {
    assertTrue(result.metrics().detractorAuc() > 0.80, "AUC " + result.metrics().detractorAuc());
    assertTrue(result.trees().logLoss() < result.baseline().logLoss(),
        result.trees() + " vs baseline " + result.baseline());
    assertEquals(NpsModel.Kind.GRADIENT_BOOSTED_TREES, result.model().kind());
    assertEquals(result.trees(), result.metrics());
    assertEquals(3000, result.metrics().rows());
  }

  @Test
  void onFewNoisyAnswersTheModelWithTheLowerHoldOutLogLossIsKeptAndSavesWholly(@TempDir Path dir) {
    TrainingSet small = answers(300, 2, List.of("a", "b"),
        r -> new float[] {(float) r.nextGaussian(), (float) r.nextGaussian()},
        (x, r) -> 7.5 - 0.8 * x[0] + 1.5 * r.nextGaussian());
    NpsModelTrainer.Result fit = NpsModelTrainer.train(small, Hyperparameters.defaults(1), 5);
    assertEquals(Math.min(fit.trees().logLoss(), fit.baseline().logLoss()), fit.metrics().logLoss(), 1e-12);
    ModelFile.save(dir, fit, small, List.of(), 7, "test");
    ModelFile.Loaded loaded = ModelFile.load(dir);
    assertEquals(fit.model().kind(), loaded.model().kind());
    float[][] probe = {{1.5f, -0.3f}};
    assertArrayEquals(fit.model().predict(probe)[0], loaded.model().predict(probe)[0], 1e-9);
  }

  @Test
  void theLogisticPenaltyKeptIsTheOneWithTheLowestHoldOutLogLoss() {
    assertEquals(Hyperparameters.RIDGES.size(), result.ridges().size());
    NpsModelTrainer.Ridge best = result.ridges().stream()
        .min(java.util.Comparator.comparingDouble(r -> r.metrics().logLoss())).orElseThrow();
    assertEquals(best.penalty(), result.ridge());
    assertEquals(best.metrics(), result.baseline());
  }

  /**
   * Two correlated measurements whose difference is what matters (satisfaction follows x0 - x1):
   * a heavy penalty shrinks towards each one's own correlation with the answer, which points the
   * wrong way, so cross-validation keeps a light one.
   */
  @Test
  void correlatedFeaturesWithOpposingEffectsGetALightPenalty() {
    TrainingSet set = answers(2000, 5, List.of("a", "b"), r -> {
      double a = r.nextGaussian();
      return new float[] {(float) a, (float) (a + 0.3 * r.nextGaussian())};
    }, (x, r) -> 7.5 + 6 * (x[0] - x[1]) + 0.8 * r.nextGaussian());
    NpsModelTrainer.Result fit = NpsModelTrainer.train(set, Hyperparameters.defaults(1), 5);
    List<NpsModelTrainer.Ridge> path = fit.ridges();
    assertTrue(fit.ridge() <= 0.1, path.toString());
    assertTrue(path.get(0).metrics().logLoss() < path.get(path.size() - 1).metrics().logLoss() - 0.05,
        path.toString());
  }

  @Test
  void outOfFoldProbabilitiesAreCalibrated() {
    assertTrue(result.detractorReliability().expectedCalibrationError() < 0.05,
        result.detractorReliability().toString());
    double meanDet = 0;
    int det = 0;
    for (int i = 0; i < set.rows(); i++) {
      meanDet += result.outOfFold()[i][0];
      det += set.y()[i] == 0 ? 1 : 0;
    }
    assertEquals((double) det / set.rows(), meanDet / set.rows(), 0.02);
  }

  @Test
  void contributionsPointAtTheFeaturesThatMatterAndAddUp() {
    float[][] x = {{4, 0, 24, 0}, {0, 6, 24, 0}};
    float[][] c = result.model().detractorContributions(x);
    assertEquals(5, c[0].length);
    assertTrue(c[0][0] > Math.abs(c[0][3]), "dropped calls drive row 0: " + java.util.Arrays.toString(c[0]));
    assertTrue(c[1][1] > Math.abs(c[1][3]), "stalls drive row 1: " + java.util.Arrays.toString(c[1]));
    float[][] m = Boosters.margins(result.model().booster(), x);
    double sum = 0;
    for (float v : c[0]) {
      sum += v;
    }
    assertEquals(m[0][0] - m[0][2], sum, 1e-3);
  }

  @Test
  void aSavedModelPredictsTheSameAndRefusesAnotherFormatVersion(@TempDir Path dir) throws Exception {
    ModelFile.save(dir, result, set, List.of("prepaid"), 14, "test");
    ModelFile.Loaded loaded = ModelFile.load(dir);
    float[][] x = {{1, 3, 5, 0}};
    assertArrayEquals(result.model().predict(x)[0], loaded.model().predict(x)[0], 1e-9);
    assertEquals(14, loaded.windowDays());
    assertEquals(ModelFile.dataHash(set), loaded.metadata().path("training").path("data_sha256").asText());
    List<String> metrics = new java.util.ArrayList<>();
    loaded.metadata().path("metrics").fieldNames().forEachRemaining(metrics::add);
    assertEquals(List.of("model", "trees", "baseline"), metrics, "one order in every run: files compare byte for byte");
    Path meta = dir.resolve(ModelFile.METADATA);
    Files.writeString(meta, Files.readString(meta).replace("\"format_version\" : 1", "\"format_version\" : 99"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelFile.load(dir));
    assertTrue(e.getMessage().contains("format version 99"), e.getMessage());
  }

  static TrainingSet answers(int n, long seed) {
    return answers(n, seed, List.of("dropped_calls", "stalls", "tenure", "noise"), r -> {
      float drops = r.nextInt(5) == 0 ? r.nextInt(5) : 0;
      return new float[] {drops, r.nextInt(10), r.nextInt(60), (float) r.nextDouble()};
    }, (x, r) -> 7.5 - 0.9 * x[0] - (x[1] > 5 ? 1.2 * (x[1] - 5) : 0) + 0.02 * x[2] + 1.2 * r.nextGaussian());
  }

  /**
   * n answers, one per subscriber: features drawn by {@code features}, then the answer from the
   * latent satisfaction {@code latent} gives (below 6.5 detractor, below 8.5 passive, else promoter).
   */
  static TrainingSet answers(int n, long seed, List<String> names, Function<SplittableRandom, float[]> features,
      ToDoubleBiFunction<float[], SplittableRandom> latent) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][] x = new float[n][];
    int[] y = new int[n];
    int[] g = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = features.apply(r);
      double l = latent.applyAsDouble(x[i], r);
      y[i] = l < 6.5 ? 0 : l < 8.5 ? 1 : 2;
      g[i] = i;
    }
    return new TrainingSet(x, y, g, names);
  }
}
