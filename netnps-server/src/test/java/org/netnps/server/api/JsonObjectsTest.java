package org.netnps.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectsTest {
  @Test
  void keysKeepTheOrderTheyWereGivenIn() {
    Map<String, Object> o = JsonObjects.of("type", "FeatureCollection", "features", List.of(), "bbox", null);
    assertEquals(List.of("type", "features", "bbox"), List.copyOf(o.keySet()));
    assertEquals("FeatureCollection", o.get("type"));
  }

  @Test
  void anOddArgumentOrARepeatedKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> JsonObjects.of("type"));
    assertThrows(IllegalArgumentException.class, () -> JsonObjects.of("type", 1, "type", 2));
  }
}
