package org.netnps.io.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** UTF-8 checks and lossless-or-visible conversions for messages. */
public final class Utf8 {
  private Utf8() {}

  /** True when the bytes are well-formed UTF-8 (ASCII is checked without a decoder). */
  public static boolean isValid(byte[] b, int start, int end) {
    return Bytes.isAscii(b, start, end) || decodes(b, start, end);
  }

  private static boolean decodes(byte[] b, int start, int end) {
    try {
      StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, start, end - start));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** The bytes as text for a message: invalid sequences shown as U+FFFD, long values cut. */
  public static String forMessage(byte[] b, int start, int end) {
    int len = Math.min(end - start, 80);
    String s = new String(b, start, len, StandardCharsets.UTF_8);
    return end - start > len ? s + "..." : s;
  }
}
