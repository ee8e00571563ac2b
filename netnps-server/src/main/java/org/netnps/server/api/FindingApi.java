package org.netnps.server.api;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.netnps.core.domain.ProblemCause;
import org.netnps.core.domain.ContractValue;
import org.netnps.server.query.ResultsQueries;

/** Diagnosed findings with their evidence, biggest NPS impact first. */
public final class FindingApi {
  private static final List<String> CAUSES = Arrays.stream(ProblemCause.values()).map(ContractValue::code).toList();
  private final ResultsQueries results;

  public FindingApi(ResultsQueries results) {
    this.results = results;
  }

  /** GET /api/v1/findings?cause=&limit= */
  public Object list(Context ctx) throws Exception {
    String cause = Params.oneOf(ctx, "cause", null, CAUSES);
    int limit = Params.intParam(ctx, "limit", 100, 1, 1000);
    return Map.of("findings", results.findings(cause, limit));
  }

  /** GET /api/v1/findings/{finding_id} */
  public Object one(Context ctx) throws Exception {
    String id = Params.id(ctx, "finding_id");
    Map<String, Object> f = results.finding(id);
    if (f == null) {
      throw new NotFound("no finding " + id);
    }
    return f;
  }
}
