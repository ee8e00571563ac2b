package org.netnps.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.io.store.DuckDbStore;
import org.netnps.server.api.Access;
import org.netnps.server.api.ActionApi;
import org.netnps.server.api.ActionVerifier;
import org.netnps.server.api.BadRequest;
import org.netnps.server.api.Conflict;
import org.netnps.server.api.FindingApi;
import org.netnps.server.api.GridApi;
import org.netnps.server.api.NotFound;
import org.netnps.server.api.NpsApi;
import org.netnps.server.api.ResponseCache;
import org.netnps.server.api.SubscriberApi;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;
import org.netnps.server.metrics.HttpMetrics;
import org.netnps.server.privacy.Pseudonyms;
import org.netnps.server.query.ResultsQueries;
import org.netnps.server.query.StorePool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The netnps server: the REST API under /api/v1 (docs/api.md, OpenAPI at /api/v1/openapi.json),
 * the dashboard's static files and WebJars at /, Prometheus metrics at /metrics.
 */
public final class NetnpsServer implements AutoCloseable {
  /** A registered API route, as the OpenAPI document must describe it. */
  public record Route(String method, String path, Role role) {}

  private static final Logger LOG = LoggerFactory.getLogger(NetnpsServer.class);

  private final StorePool pool;
  private final Javalin app;
  private final List<Route> routes = new ArrayList<>();
  private final String version;

  public NetnpsServer(DuckDbStore store, ServerSettings settings, ApiTokens tokens, Pseudonyms pseudonyms,
      ActionVerifier verifier, String version) throws Exception {
    this.version = version;
    this.pool = new StorePool(store, settings.connections());
    ResultsQueries results = new ResultsQueries(pool);
    NpsApi nps = new NpsApi(results);
    GridApi grids = new GridApi(results, settings.minGridSubscribers());
    FindingApi findings = new FindingApi(results);
    ActionApi actions = new ActionApi(results, pool, verifier);
    SubscriberApi subscribers = new SubscriberApi(results, pseudonyms);
    Access access = new Access(tokens);
    HttpMetrics metrics = new HttpMetrics();
    ResponseCache cache = new ResponseCache(settings.cacheBytes());
    JsonNode summary = results.summary();
    metrics.setNetworkNps(summary == null ? Double.NaN : summary.path("network_nps").asDouble(Double.NaN));

    this.app = Javalin.create(config -> {
      config.jetty.host = settings.host();
      config.jetty.port = settings.port();
      config.http.maxRequestSize = settings.maxRequestBytes();
      config.startup.showJavalinBanner = false;
      config.staticFiles.add(sf -> {
        sf.hostedPath = "/";
        sf.directory = "/org/netnps/server/web";
        sf.location = Location.CLASSPATH;
        sf.headers = Map.of("Cache-Control", "no-cache");
      });
      config.staticFiles.enableWebjars();
      config.requestLogger.http((ctx, ms) -> {
        metrics.record(ctx, ms);
        if (LOG.isDebugEnabled()) {
          io.javalin.router.Endpoint e = ctx.endpoints().lastHttpEndpoint();
          LOG.debug("{} {} {} {} ms", ctx.method(), e == null ? "(static or unmatched)" : e.path, ctx.status().getCode(),
              Math.round(ms));
        }
      });
      config.routes.beforeMatched(access::check);
      config.routes.after(ctx -> {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data: https: http:; "
            + "style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'");
      });
      exceptions(config);

      route(config, HandlerType.GET, "/api/v1/health", null, ctx -> ctx.json(health(summary)));
      route(config, HandlerType.GET, "/api/v1/openapi.json", Role.VIEWER, NetnpsServer::openApi);
      route(config, HandlerType.GET, "/api/v1/me", Role.VIEWER, ctx -> ctx.json(me(ctx, settings)));
      route(config, HandlerType.GET, "/api/v1/nps", Role.VIEWER, cache.cached(nps::overall));
      route(config, HandlerType.GET, "/api/v1/nps/trend", Role.VIEWER, cache.cached(nps::trend));
      route(config, HandlerType.GET, "/api/v1/nps/breakdowns", Role.VIEWER, cache.cached(nps::breakdowns));
      route(config, HandlerType.GET, "/api/v1/nps/devices", Role.VIEWER, cache.cached(nps::devices));
      route(config, HandlerType.GET, "/api/v1/model", Role.VIEWER, cache.cached(nps::model));
      route(config, HandlerType.GET, "/api/v1/grids", Role.VIEWER, cache.cached(grids::grids));
      route(config, HandlerType.GET, "/api/v1/grids/hours", Role.VIEWER, cache.cached(grids::hours));
      route(config, HandlerType.GET, "/api/v1/grids/{grid_id}", Role.VIEWER, cache.cached(grids::grid));
      route(config, HandlerType.GET, "/api/v1/cells", Role.VIEWER, cache.cached(grids::cells));
      route(config, HandlerType.GET, "/api/v1/cells/{cell_id}", Role.VIEWER, cache.cached(grids::cell));
      route(config, HandlerType.GET, "/api/v1/findings", Role.VIEWER, cache.cached(findings::list));
      route(config, HandlerType.GET, "/api/v1/findings/{finding_id}", Role.VIEWER, cache.cached(findings::one));
      route(config, HandlerType.GET, "/api/v1/plan", Role.VIEWER, cache.cached(actions::plan));
      route(config, HandlerType.POST, "/api/v1/plan/verify", Role.OPERATOR, actions::verifyPlan);
      route(config, HandlerType.GET, "/api/v1/actions", Role.VIEWER, actions::list);
      route(config, HandlerType.POST, "/api/v1/actions", Role.OPERATOR, actions::propose);
      route(config, HandlerType.GET, "/api/v1/actions/{action_id}", Role.VIEWER, actions::one);
      route(config, HandlerType.POST, "/api/v1/actions/{action_id}/approve", Role.OPERATOR,
          actions.move(ActionStatus.APPROVED));
      route(config, HandlerType.POST, "/api/v1/actions/{action_id}/implement", Role.OPERATOR,
          actions.move(ActionStatus.IMPLEMENTED));
      route(config, HandlerType.POST, "/api/v1/actions/{action_id}/reject", Role.OPERATOR,
          actions.move(ActionStatus.REJECTED));
      route(config, HandlerType.POST, "/api/v1/actions/{action_id}/verify", Role.OPERATOR, actions::verify);
      route(config, HandlerType.GET, "/api/v1/subscribers", Role.VIEWER, cache.cached(subscribers::list));
      route(config, HandlerType.POST, "/api/v1/subscribers/lookup", Role.OPERATOR, subscribers::lookup);
      route(config, HandlerType.GET, "/api/v1/subscribers/{pseudonym}", Role.VIEWER, cache.cached(subscribers::one));
      config.routes.get("/metrics", metrics::scrape);
    });
  }

  private void route(JavalinConfig config, HandlerType method, String path, Role role, Handler handler) {
    routes.add(new Route(method.name(), path, role));
    if (role == null) {
      config.routes.addHttpHandler(method, path, handler);
    } else {
      config.routes.addHttpHandler(method, path, handler, role);
    }
  }

  private static void exceptions(JavalinConfig config) {
    config.routes.exception(BadRequest.class, (e, ctx) -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("error", e.getMessage());
      body.put("parameter", e.parameter());
      body.put("value", e.value());
      ctx.status(HttpStatus.BAD_REQUEST).json(body);
    });
    config.routes.exception(NotFound.class, (e, ctx) -> ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error",
        e.getMessage())));
    config.routes.exception(Conflict.class, (e, ctx) -> ctx.status(HttpStatus.CONFLICT).json(Map.of("error",
        e.getMessage())));
    config.routes.exception(UserException.class, (e, ctx) -> ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error",
        e.getMessage())));
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("request failed: {} {}", ctx.method(), ctx.endpoints().lastHttpEndpoint() == null ? "?"
          : ctx.endpoints().lastHttpEndpoint().path, e);
      ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error; see the server log"));
    });
  }

  private Map<String, Object> health(JsonNode summary) {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("status", "ok");
    h.put("version", version);
    h.put("subscribers_scored", summary.path("subscribers_scored").asLong());
    h.put("period", summary.path("period"));
    return h;
  }

  private Map<String, Object> me(io.javalin.http.Context ctx, ServerSettings settings) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", Access.holder(ctx).name());
    m.put("role", Access.holder(ctx).role().code());
    m.put("tile_url", settings.tileUrl());
    m.put("min_grid_subscribers", settings.minGridSubscribers());
    m.put("version", version);
    return m;
  }

  private static void openApi(io.javalin.http.Context ctx) throws Exception {
    try (InputStream in = NetnpsServer.class.getResourceAsStream("/org/netnps/server/openapi.json")) {
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }

  public NetnpsServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The API routes registered, for the OpenAPI check. */
  public List<Route> routes() {
    return List.copyOf(routes);
  }

  @Override
  public void close() {
    app.stop();
    pool.close();
  }
}
