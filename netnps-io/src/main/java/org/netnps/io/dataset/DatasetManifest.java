package org.netnps.io.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import org.netnps.core.UserException;

/** dataset.json: the dataset's name, its time zone (for display) and its H3 grid resolution. */
public record DatasetManifest(String name, ZoneId timezone, int gridResolution) {
  public static final int DEFAULT_GRID_RESOLUTION = 9;

  public DatasetManifest {
    if (gridResolution < 0 || gridResolution > 15) {
      throw new UserException("dataset.json: grid_resolution must be an H3 resolution in [0, 15], but was: "
          + gridResolution);
    }
  }

  /** Reads dir/dataset.json; without it the name is the folder's and the zone UTC. */
  public static DatasetManifest read(Path dir) {
    Path file = dir.resolve("dataset.json");
    String folder = dir.toAbsolutePath().normalize().getFileName() == null
        ? "dataset" : dir.toAbsolutePath().normalize().getFileName().toString();
    if (!Files.exists(file)) {
      return new DatasetManifest(folder, ZoneId.of("UTC"), DEFAULT_GRID_RESOLUTION);
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UserException(file + ": not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
    }
    if (json == null || !json.isObject()) {
      throw new UserException(file + ": expected a JSON object");
    }
    String zone = json.path("timezone").asText("UTC");
    ZoneId timezone;
    try {
      timezone = ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new UserException(file + ": timezone '" + zone + "' is not an IANA zone id such as Asia/Singapore");
    }
    JsonNode resolution = json.path("grid_resolution");
    if (!resolution.isMissingNode() && !resolution.isInt()) {
      throw new UserException(file + ": grid_resolution must be an integer, but was: " + resolution);
    }
    return new DatasetManifest(json.path("name").asText(folder), timezone,
        resolution.asInt(DEFAULT_GRID_RESOLUTION));
  }
}
