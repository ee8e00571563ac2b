package org.netnps.io.pm;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.netnps.core.UserException;

/**
 * Renames vendor counters to the 3GPP names netnps understands (TS 32.425 / 28.552), e.g.
 * Ericsson's {@code pmRrcConnEstabAtt} to {@code RRC.ConnEstabAtt}. The default table is
 * {@code pm-counter-mapping.properties} beside this class (see docs/pm-counters.md); a user file
 * in the same format adds to it and wins. Names without an entry pass through unchanged.
 */
public final class CounterMapping {
  private static final String DEFAULT_RESOURCE = "pm-counter-mapping.properties";

  private final Map<String, String> vendorTo3gpp;

  private CounterMapping(Map<String, String> vendorTo3gpp) {
    this.vendorTo3gpp = Map.copyOf(vendorTo3gpp);
  }

  public static CounterMapping none() {
    return new CounterMapping(Map.of());
  }

  public static CounterMapping defaults() {
    try (InputStream in = CounterMapping.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
      }
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return new CounterMapping(toMap(p));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The defaults plus the entries of {@code file} (vendorName = 3GPP.Name per line). */
  public CounterMapping with(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UserException("cannot read counter mapping " + file + ": " + e.getMessage());
    }
    Map<String, String> merged = new TreeMap<>(vendorTo3gpp);
    merged.putAll(toMap(p));
    return new CounterMapping(merged);
  }

  public String map(String counter) {
    return vendorTo3gpp.getOrDefault(counter, counter);
  }

  public int size() {
    return vendorTo3gpp.size();
  }

  private static Map<String, String> toMap(Properties p) {
    Map<String, String> m = new TreeMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k.trim(), p.getProperty(k).trim()));
    return m;
  }
}
