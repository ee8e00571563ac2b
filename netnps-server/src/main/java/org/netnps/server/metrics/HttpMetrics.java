package org.netnps.server.metrics;

import io.javalin.http.Context;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Prometheus metrics of the server: requests and their latency per route template (never the raw
 * path, which would carry identifiers), the network NPS being served, and the JVM's.
 */
public final class HttpMetrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter requests;
  private final Histogram latency;
  private final Gauge networkNps;
  private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

  public HttpMetrics() {
    requests = Counter.builder().name("netnps_http_requests").help("HTTP requests by route, method and status")
        .labelNames("route", "method", "status").register(registry);
    latency = Histogram.builder().name("netnps_http_request_duration_seconds").help("HTTP request latency by route")
        .labelNames("route").classicOnly()
        .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5).register(registry);
    networkNps = Gauge.builder().name("netnps_network_nps").help("network NPS of the results being served")
        .register(registry);
    JvmMetrics.builder().register(registry);
  }

  public void setNetworkNps(double nps) {
    networkNps.set(nps);
  }

  /** Records a finished request (Javalin request logger). */
  public void record(Context ctx, float ms) {
    io.javalin.router.Endpoint e = ctx.endpoints().lastHttpEndpoint();
    String route = e == null ? "unmatched" : e.path;
    requests.labelValues(route, ctx.method().name(), Integer.toString(ctx.status().getCode())).inc();
    latency.labelValues(route).observe(ms / 1000.0);
  }

  /** GET /metrics */
  public void scrape(Context ctx) throws java.io.IOException {
    ctx.contentType(writer.getContentType());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    writer.write(out, registry.scrape());
    ctx.result(out.toByteArray());
  }
}
