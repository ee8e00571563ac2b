package org.netnps.server.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.netnps.core.UserException;

/**
 * Keyed pseudonyms of subscriber identifiers: "p" and the first 64 bits of HMAC-SHA256(secret, id)
 * in hex. Stable for a secret, so operators can refer to a subscriber across days; without the
 * secret nobody can go from a pseudonym back to the identifier, even by trying every MSISDN.
 */
public final class Pseudonyms {
  private static final int SECRET_BYTES = 32;
  private final SecretKeySpec key;
  private final ThreadLocal<Mac> mac;

  public Pseudonyms(byte[] secret) {
    if (secret.length < 16) {
      throw new UserException("the pseudonym secret must have at least 16 bytes, but has " + secret.length);
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.mac = ThreadLocal.withInitial(this::newMac);
  }

  /** The secret in {@code file}, made (32 random bytes, readable by the owner only) when the file does not exist. */
  public static Pseudonyms fromSecretFile(Path file) {
    try {
      if (!Files.exists(file)) {
        byte[] b = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(b);
        Files.writeString(file, HexFormat.of().formatHex(b) + "\n", StandardCharsets.US_ASCII);
        try {
          Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
          // a file system without POSIX permissions keeps its default
        }
      }
      String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (!hex.matches("([0-9a-fA-F]{2}){16,}")) {
        throw new UserException(file + ": the pseudonym secret must be at least 32 hex digits");
      }
      return new Pseudonyms(HexFormat.of().parseHex(hex.toLowerCase(java.util.Locale.ROOT)));
    } catch (IOException e) {
      throw new UserException(file + ": cannot read or create the pseudonym secret: " + e.getMessage());
    }
  }

  public String of(String subscriberId) {
    byte[] h = mac.get().doFinal(subscriberId.getBytes(StandardCharsets.UTF_8));
    return "p" + HexFormat.of().formatHex(h, 0, 8);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(key);
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
