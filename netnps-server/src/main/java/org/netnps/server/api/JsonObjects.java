package org.netnps.server.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON objects whose keys are written in the order given: {@code Map.of} has no order, and a
 * response whose keys move between runs cannot be compared byte for byte.
 */
public final class JsonObjects {
  private JsonObjects() {}

  /** An unmodifiable object of key, value, key, value, ... in that order. */
  public static Map<String, Object> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("keys and values in pairs, but " + keysAndValues.length + " arguments");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      String key = (String) keysAndValues[i];
      if (out.containsKey(key)) {
        throw new IllegalArgumentException("key " + key + " given twice");
      }
      out.put(key, keysAndValues[i + 1]);
    }
    return Collections.unmodifiableMap(out);
  }
}
