package org.netnps.server.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.netnps.core.UserException;

/**
 * The API tokens the server accepts. Only SHA-256 digests are kept, in memory and in the tokens
 * file, whose lines read {@code name role sha256-hex} ({@code #} starts a comment), so the file
 * gives nobody a token. A presented token is looked up by its digest.
 */
public final class ApiTokens {
  /** Who a token belongs to. */
  public record Holder(String name, Role role) {}

  /** A token just made: the secret to hand out once, and the line for the tokens file. */
  public record Issued(String name, Role role, String token) {
    public String fileLine() {
      return name + " " + role.code() + " " + digest(token);
    }
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Map<String, Holder> byDigest;

  private ApiTokens(Map<String, Holder> byDigest) {
    this.byDigest = Map.copyOf(byDigest);
  }

  public static ApiTokens of(List<Issued> issued) {
    Map<String, Holder> m = new HashMap<>();
    for (Issued i : issued) {
      m.put(digest(i.token()), new Holder(i.name(), i.role()));
    }
    return new ApiTokens(m);
  }

  public static ApiTokens read(Path file) {
    Map<String, Holder> m = new HashMap<>();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserException(file + ": cannot read the tokens file: " + e.getMessage());
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\s+");
      String where = file + ":" + (i + 1) + ": ";
      if (f.length != 3) {
        throw new UserException(where + "expected 'name role sha256-hex', but was: " + line);
      }
      Role role;
      try {
        role = Role.parse(f[1]);
      } catch (IllegalArgumentException e) {
        throw new UserException(where + "field role: " + e.getMessage());
      }
      if (!f[2].matches("[0-9a-f]{64}")) {
        throw new UserException(where + "field sha256: 64 lower-case hex digits expected, but was: " + f[2]);
      }
      m.put(f[2], new Holder(f[0], role));
    }
    if (m.isEmpty()) {
      throw new UserException(file + ": no tokens (lines 'name role sha256-hex'; `netnps token` makes one)");
    }
    return new ApiTokens(m);
  }

  /** A new random token (256 bits, URL-safe). */
  public static Issued issue(String name, Role role) {
    byte[] b = new byte[32];
    RANDOM.nextBytes(b);
    return new Issued(name, role, Base64.getUrlEncoder().withoutPadding().encodeToString(b));
  }

  /** The holder of a presented token, or null. */
  public Holder holder(String token) {
    return token == null || token.isEmpty() ? null : byDigest.get(digest(token));
  }

  public int size() {
    return byDigest.size();
  }

  static String digest(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
