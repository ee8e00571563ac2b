package org.netnps.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Serialised answers of the read-only results routes, by path and query. The results tables do
 * not change while the server holds the database (DuckDB locks the file, so `analyze --db`
 * cannot write to it meanwhile), so an answer stays right until restart; the loop's routes are
 * never cached. Bounded by bytes; each answer carries an ETag, and a matching If-None-Match gets
 * 304 without a body; a client that accepts gzip gets the copy compressed when it was cached.
 */
public final class ResponseCache {
  /** A read handler: the answer's body, to be written as JSON. */
  @FunctionalInterface
  public interface Reader {
    Object read(Context ctx) throws Exception;
  }

  /** An answer as JSON and, when larger than {@link #GZIP_FROM} bytes, gzipped once. */
  private record Answer(byte[] json, byte[] gzip, String etag) {}

  /** Answers smaller than this are sent as they are. */
  static final int GZIP_FROM = 1500;

  private final Cache<String, Answer> cache;
  private final boolean enabled;
  private final ObjectMapper json = new ObjectMapper();

  /** A cache of at most {@code maxBytes}; 0 turns it off (every answer is made for its request). */
  public ResponseCache(long maxBytes) {
    this.enabled = maxBytes > 0;
    this.cache = Caffeine.newBuilder().maximumWeight(maxBytes)
        .weigher((String k, Answer a) -> a.json().length + (a.gzip() == null ? 0 : a.gzip().length) + k.length())
        .build();
  }

  public Handler cached(Reader reader) {
    return ctx -> {
      String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
      Answer a = cache.getIfPresent(key);
      if (a == null) {
        byte[] body = json.writeValueAsBytes(reader.read(ctx));   // a refusal throws and is not cached
        if (!enabled) {
          ctx.contentType("application/json").result(body);
          return;
        }
        a = new Answer(body, body.length < GZIP_FROM ? null : gzip(body),
            "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"");
        cache.put(key, a);
      }
      ctx.header("ETag", a.etag());
      ctx.header("Cache-Control", "private, no-cache");
      if (a.etag().equals(ctx.header("If-None-Match"))) {
        ctx.status(HttpStatus.NOT_MODIFIED);
        return;
      }
      ctx.contentType("application/json").header("Vary", "Accept-Encoding");
      String accepts = ctx.header("Accept-Encoding");
      if (a.gzip() != null && accepts != null && accepts.contains("gzip")) {
        // compressed once when cached, not again for every browser that asks
        ctx.header("Content-Encoding", "gzip").result(a.gzip());
      } else {
        ctx.result(a.json());
      }
    };
  }

  private static byte[] gzip(byte[] body) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4);
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(body);
    }
    return out.toByteArray();
  }
}
