package org.netnps.server;

/**
 * How the server runs: where it listens, the smallest grid a map shows (privacy and noise), an
 * optional map tile URL template (none: the map draws on a blank background, offline), the
 * largest request body, how many database connections serve requests, and the bytes of answers kept
 * in memory.
 */
public record ServerSettings(String host, int port, int minGridSubscribers, String tileUrl, long maxRequestBytes,
    int connections, long cacheBytes) {
  public static ServerSettings defaults() {
    return new ServerSettings("127.0.0.1", 7070, 5, null, 64 * 1024, 4, 128L << 20);
  }

  public ServerSettings withPort(int p) {
    return new ServerSettings(host, p, minGridSubscribers, tileUrl, maxRequestBytes, connections, cacheBytes);
  }

  public ServerSettings withHost(String h) {
    return new ServerSettings(h, port, minGridSubscribers, tileUrl, maxRequestBytes, connections, cacheBytes);
  }

  public ServerSettings withCacheBytes(long b) {
    return new ServerSettings(host, port, minGridSubscribers, tileUrl, maxRequestBytes, connections, b);
  }

  public ServerSettings withTileUrl(String t) {
    return new ServerSettings(host, port, minGridSubscribers, t, maxRequestBytes, connections, cacheBytes);
  }

  public ServerSettings withMinGridSubscribers(int m) {
    return new ServerSettings(host, port, m, tileUrl, maxRequestBytes, connections, cacheBytes);
  }
}
