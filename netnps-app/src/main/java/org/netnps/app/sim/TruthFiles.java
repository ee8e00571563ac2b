package org.netnps.app.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.netnps.sim.problem.Problem;
import org.netnps.sim.truth.SubscriberTruth;
import org.netnps.sim.truth.SurveyTruth;
import org.netnps.sim.truth.TruthSink;

/**
 * The ground truth of a SRCON run, in a directory beside the dataset (DATASET.truth/):
 * problems.csv (every injected problem: cause, cells/site/device, place, window, expected fix),
 * surveys.csv (latent satisfaction behind each answer), subscribers.csv (latent, class
 * probabilities, true class, outcomes), summary.json (true network NPS, shares, the network's
 * share of satisfaction variance).
 */
public final class TruthFiles implements TruthSink, AutoCloseable {
  private final Path dir;
  private final BufferedWriter problems;
  private final BufferedWriter surveys;
  private final BufferedWriter subscribers;

  public TruthFiles(Path dir) throws IOException {
    this.dir = dir;
    Files.createDirectories(dir);
    problems = Files.newBufferedWriter(dir.resolve("problems.csv"), StandardCharsets.UTF_8);
    problems.write("problem_id,type,cause,expected_action,cell_ids,site_id,device_model,lat,lon,start,end,magnitude\n");
    surveys = Files.newBufferedWriter(dir.resolve("surveys.csv"), StandardCharsets.UTF_8);
    surveys.write("subscriber_id,surveyed_at,score,latent,network_penalty,non_network\n");
    subscribers = Files.newBufferedWriter(dir.resolve("subscribers.csv"), StandardCharsets.UTF_8);
    subscribers.write("subscriber_id,baseline,shock,network_penalty,latent,p_detractor,p_passive,p_promoter,"
        + "true_class,sessions,dl_bytes,network_complaints,revenue\n");
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void problem(Problem p, double lat, double lon) throws IOException {
    problems.write(String.join(",", p.id(), p.type().code(), p.type().cause.code(), p.type().fix.code(),
        String.join(" ", p.cellIds()), nz(p.siteId()), nz(p.deviceModel()), num(lat, 6), num(lon, 6),
        Instant.ofEpochMilli(p.start()).toString(), Instant.ofEpochMilli(p.end()).toString(),
        num(p.magnitude(), 3)) + "\n");
  }

  @Override
  public void survey(SurveyTruth s) throws IOException {
    surveys.write(String.join(",", s.subscriberId(), Instant.ofEpochMilli(s.surveyedAt()).toString(),
        Integer.toString(s.score()), num(s.latent(), 4), num(s.networkPenalty(), 4), num(s.nonNetwork(), 4)) + "\n");
  }

  @Override
  public void subscriber(SubscriberTruth s) throws IOException {
    subscribers.write(String.join(",", s.subscriberId(), num(s.baseline(), 4), num(s.shock(), 4),
        num(s.networkPenalty(), 4), num(s.latent(), 4), num(s.pDetractor(), 5), num(s.pPassive(), 5),
        num(s.pPromoter(), 5), s.trueClass().code(), Long.toString(s.sessions()), Long.toString(s.dlBytes()),
        Integer.toString(s.networkComplaints()), num(s.revenue(), 2)) + "\n");
  }

  @Override
  public void summary(Map<String, Object> summary) throws IOException {
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("summary.json").toFile(), summary);
  }

  @Override
  public void close() throws IOException {
    problems.close();
    surveys.close();
    subscribers.close();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String num(double v, int decimals) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }
}
