package org.netnps.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A saved NPS model: {@code nps-model.ubj} (the XGBoost booster, UBJSON) and
 * {@code nps-model.json} (format version, provenance: training-data hash, rows, features,
 * hyperparameters, seed, temperature, feature-set settings, hold-out metrics, booster hash).
 * Loading checks the format version and the booster's hash.
 */
public final class ModelFile {
  public static final int FORMAT_VERSION = 1;
  public static final String BOOSTER = "nps-model.ubj";
  public static final String METADATA = "nps-model.json";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelFile() {}

  /** A model read back, with the settings needed to compute its features. */
  public record Loaded(NpsModel model, List<String> plans, int windowDays, JsonNode metadata) {}

  public static void save(Path dir, NpsModelTrainer.Result r, TrainingSet set, List<String> plans,
      int windowDays, String version) {
    byte[] booster = Boosters.bytes(r.model().booster());
    ObjectNode m = JSON.createObjectNode();
    m.put("format_version", FORMAT_VERSION);
    m.put("netnps_version", version);
    m.put("created", Instant.now().toString());
    m.put("kind", r.model().kind().name().toLowerCase(java.util.Locale.ROOT));
    m.put("classes", "detractor, passive, promoter (xgboost multi:softprob, temperature-scaled)");
    if (r.model().standardizer() != null) {
      ObjectNode std = m.putObject("standardizer");
      ArrayNode mean = std.putArray("mean");
      ArrayNode sd = std.putArray("sd");
      for (double v : r.model().standardizer().means()) {
        mean.add(v);
      }
      for (double v : r.model().standardizer().sds()) {
        sd.add(v);
      }
    }
    m.put("booster_sha256", sha256(booster));
    m.put("temperature", r.model().temperature());
    ArrayNode features = m.putArray("features");
    r.model().featureNames().forEach(features::add);
    ObjectNode fs = m.putObject("feature_set");
    fs.put("window_days", windowDays);
    ArrayNode planArray = fs.putArray("plans");
    plans.forEach(planArray::add);
    ObjectNode training = m.putObject("training");
    training.put("rows", set.rows());
    training.put("data_sha256", dataHash(set));
    training.put("folds", r.folds());
    m.set("hyperparameters", JSON.valueToTree(r.hyperparameters().describe()));
    m.put("seed", r.hyperparameters().seed());
    m.put("logistic_ridge", r.ridge());
    ObjectNode metrics = m.putObject("metrics");   // in this order in every run (Map.of's order is not)
    metrics.set("model", JSON.valueToTree(r.metrics()));
    metrics.set("trees", JSON.valueToTree(r.trees()));
    metrics.set("baseline", JSON.valueToTree(r.baseline()));
    try {
      Files.createDirectories(dir);
      Files.write(dir.resolve(BOOSTER), booster);
      JSON.writeValue(dir.resolve(METADATA).toFile(), m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model to " + dir, e);
    }
  }

  public static Loaded load(Path dir) {
    try {
      JsonNode m = JSON.readTree(dir.resolve(METADATA).toFile());
      int version = m.path("format_version").asInt(-1);
      if (version != FORMAT_VERSION) {
        throw new IllegalArgumentException(dir.resolve(METADATA) + ": model format version " + version
            + " is not the supported " + FORMAT_VERSION + "; retrain with this netnps");
      }
      byte[] booster = Files.readAllBytes(dir.resolve(BOOSTER));
      if (!sha256(booster).equals(m.path("booster_sha256").asText())) {
        throw new IllegalArgumentException(dir.resolve(BOOSTER) + ": does not match the hash in " + METADATA);
      }
      List<String> names = new ArrayList<>();
      m.path("features").forEach(n -> names.add(n.asText()));
      List<String> plans = new ArrayList<>();
      m.path("feature_set").path("plans").forEach(n -> plans.add(n.asText()));
      Standardizer std = null;
      if (m.has("standardizer")) {
        double[] mean = new double[names.size()];
        double[] sd = new double[names.size()];
        for (int j = 0; j < names.size(); j++) {
          mean[j] = m.path("standardizer").path("mean").path(j).asDouble();
          sd[j] = m.path("standardizer").path("sd").path(j).asDouble(1);
        }
        std = new Standardizer(mean, sd);
      }
      NpsModel model = new NpsModel(Boosters.load(booster), m.path("temperature").asDouble(), names, std);
      return new Loaded(model, plans, m.path("feature_set").path("window_days").asInt(), m);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model in " + dir, e);
    }
  }

  /** SHA-256 of the training rows (float bits, row-major) and labels. */
  public static String dataHash(TrainingSet set) {
    MessageDigest md = digest();
    ByteBuffer b = ByteBuffer.allocate(8);
    for (int i = 0; i < set.rows(); i++) {
      for (float v : set.x()[i]) {
        b.clear();
        b.putFloat(v);
        md.update(b.array(), 0, 4);
      }
      b.clear();
      b.putInt(set.y()[i]);
      md.update(b.array(), 0, 4);
    }
    return HexFormat.of().formatHex(md.digest());
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
