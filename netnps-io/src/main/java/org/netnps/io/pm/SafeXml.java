package org.netnps.io.pm;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;

/**
 * StAX for files from outside: no DTDs, no external entities (XXE), no entity expansion (billion
 * laughs); a DOCTYPE is refused outright by the reader. Also repairs one defect seen in real PM
 * files: a processing instruction written before the XML declaration.
 */
public final class SafeXml {
  private static final int PROLOGUE_BYTES = 4096;

  private SafeXml() {}

  public static XMLInputFactory inputFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }

  /**
   * The stream with a misplaced {@code <?xml ...?>} declaration removed when something (such as
   * {@code <?xml-stylesheet?>}) precedes it; otherwise the stream as it was. The file's encoding
   * is then taken to be UTF-8, as 3GPP files are.
   */
  public static InputStream withDeclarationFirst(InputStream in) throws IOException {
    byte[] head = in.readNBytes(PROLOGUE_BYTES);
    String text = new String(head, StandardCharsets.ISO_8859_1);
    int declaration = text.indexOf("<?xml ");
    boolean misplaced = declaration > 0 && !text.substring(0, declaration).isBlank();
    if (misplaced) {
      int close = text.indexOf("?>", declaration);
      if (close > 0) {
        byte[] fixed = new byte[head.length - (close + 2 - declaration)];
        System.arraycopy(head, 0, fixed, 0, declaration);
        System.arraycopy(head, close + 2, fixed, declaration, head.length - close - 2);
        head = fixed;
      }
    }
    return new SequenceInputStream(new ByteArrayInputStream(head), in);
  }
}
