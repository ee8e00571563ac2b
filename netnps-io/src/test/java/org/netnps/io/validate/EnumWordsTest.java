package org.netnps.io.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumWordsTest {
  private static int indexOf(EnumWords words, String field) {
    // the field inside a longer line, so reading past its end would be noticed
    byte[] line = ("xx," + field + ",yyyyyyyyyyyyyyyyyy").getBytes(StandardCharsets.UTF_8);
    return words.indexOf(line, 3, 3 + field.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void everyAllowedWordIsFoundAtItsPlaceInTheList() {
    List<String> services = List.of("voice", "video", "web", "gaming", "other");
    EnumWords words = new EnumWords(services);
    for (int i = 0; i < services.size(); i++) {
      assertEquals(i, indexOf(words, services.get(i)), services.get(i));
    }
  }

  @Test
  void aWordThatOnlyResemblesAnAllowedOneIsNotFound() {
    EnumWords words = new EnumWords(List.of("web", "dropped_after_handover_x", "NR", "LTE"));
    for (String near : List.of("we", "webs", "Web", "", "NR ", "LT", "dropped_after_handover_y",
        "dropped_after_handover_", "dropped_after_handover_xx", "dropped_after_h")) {
      assertEquals(-1, indexOf(words, near), near);
    }
    assertEquals(1, indexOf(words, "dropped_after_handover_x"));
  }

  @Test
  void manyWordsSharingTheirFirstSixteenBytesAreToldApart() {
    List<String> allowed = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      allowed.add(i % 2 == 0 ? "w" + i : "a_prefix_of_16by" + i);
    }
    EnumWords words = new EnumWords(allowed);
    for (int i = 0; i < allowed.size(); i++) {
      assertEquals(i, indexOf(words, allowed.get(i)), allowed.get(i));
    }
    assertEquals(-1, indexOf(words, "a_prefix_of_16by300"));
    assertEquals(-1, indexOf(words, "w301"));
  }

  @Test
  void anEmptyListFindsNothing() {
    assertEquals(-1, indexOf(new EnumWords(List.of()), "web"));
  }
}
