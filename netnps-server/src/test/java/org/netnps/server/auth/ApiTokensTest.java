package org.netnps.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netnps.core.UserException;

class ApiTokensTest {
  @TempDir
  Path tmp;

  @Test
  void theTokensFileKeepsDigestsAndATokenIsFoundByItsDigest() throws Exception {
    ApiTokens.Issued ana = ApiTokens.issue("ana", Role.OPERATOR);
    ApiTokens.Issued ben = ApiTokens.issue("ben", Role.VIEWER);
    Path f = tmp.resolve("tokens");
    Files.writeString(f, "# netnps tokens\n" + ana.fileLine() + "\n\n" + ben.fileLine() + "\n");
    String text = Files.readString(f);
    assertTrue(!text.contains(ana.token()) && !text.contains(ben.token()), "the file holds no token");
    ApiTokens tokens = ApiTokens.read(f);
    assertEquals(new ApiTokens.Holder("ana", Role.OPERATOR), tokens.holder(ana.token()));
    assertEquals(new ApiTokens.Holder("ben", Role.VIEWER), tokens.holder(ben.token()));
    assertNull(tokens.holder(ana.token() + "x"));
    assertNull(tokens.holder(""));
    assertNull(tokens.holder(null));
  }

  @Test
  void theDigestIsSha256_fips180Example() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokens.digest("abc"));
  }

  @Test
  void issuedTokensAreLongAndDistinct() {
    String a = ApiTokens.issue("a", Role.VIEWER).token();
    assertEquals(43, a.length(), "256 bits in unpadded URL-safe base64");
    assertTrue(!a.equals(ApiTokens.issue("a", Role.VIEWER).token()));
  }

  @Test
  void badLinesNameFileLineAndField() throws Exception {
    Path f = tmp.resolve("tokens");
    Files.writeString(f, "ana operator " + "a".repeat(64) + "\nben boss " + "b".repeat(64) + "\n");
    UserException e = assertThrows(UserException.class, () -> ApiTokens.read(f));
    assertEquals(f + ":2: field role: role must be viewer, operator or admin, but was: boss", e.getMessage());
    Files.writeString(f, "ana viewer 12345\n");
    e = assertThrows(UserException.class, () -> ApiTokens.read(f));
    assertEquals(f + ":1: field sha256: 64 lower-case hex digits expected, but was: 12345", e.getMessage());
    Files.writeString(f, "# nobody\n");
    assertThrows(UserException.class, () -> ApiTokens.read(f));
  }

  @Test
  void theDocumentedExampleFileReads() {
    ApiTokens tokens = ApiTokens.read(Path.of("..", "docs", "examples", "netnps-tokens.example"));
    assertEquals(2, tokens.size());
  }

  @Test
  void rolesIncludeTheLowerOnes() {
    assertTrue(Role.ADMIN.includes(Role.OPERATOR) && Role.OPERATOR.includes(Role.VIEWER));
    assertTrue(!Role.VIEWER.includes(Role.OPERATOR));
  }
}
