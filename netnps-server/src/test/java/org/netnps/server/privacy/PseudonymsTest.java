package org.netnps.server.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;

class PseudonymsTest {
  @TempDir
  Path tmp;

  @Test
  void aPseudonymIsTheFirst64BitsOfHmacSha256_rfc4231TestCase1() {
    byte[] key = new byte[20];
    Arrays.fill(key, (byte) 0x0b);
    // RFC 4231 4.2: HMAC-SHA-256(0x0b x 20, "Hi There") = b0344c61d8db3853 5ca8afceaf0bf12b ...
    assertEquals("pb0344c61d8db3853", new Pseudonyms(key).of("Hi There"));
  }

  @Test
  void stableForASecretAndDifferentUnderAnother() {
    Pseudonyms a = new Pseudonyms("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    Pseudonyms b = new Pseudonyms("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
    assertEquals(a.of("60123456789"), a.of("60123456789"));
    assertNotEquals(a.of("60123456789"), b.of("60123456789"));
    assertNotEquals(a.of("60123456789"), a.of("60123456788"));
  }

  @Test
  void aShortSecretIsRefused() {
    assertThrows(UserException.class, () -> new Pseudonyms(new byte[8]));
  }

  @Test
  void theSecretFileIsMadeOnceReadableByItsOwnerOnlyAndReused() throws Exception {
    Path f = tmp.resolve("db.pseudonym-secret");
    String first = Pseudonyms.fromSecretFile(f).of("60123456789");
    assertTrue(Files.readString(f).strip().matches("[0-9a-f]{64}"));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertEquals(first, Pseudonyms.fromSecretFile(f).of("60123456789"));
  }

  @Test
  void aBadSecretFileNamesTheFile() throws Exception {
    Path f = tmp.resolve("bad-secret");
    Files.writeString(f, "not hex");
    UserException e = assertThrows(UserException.class, () -> Pseudonyms.fromSecretFile(f));
    assertTrue(e.getMessage().startsWith(f + ": "), e.getMessage());
  }
}
