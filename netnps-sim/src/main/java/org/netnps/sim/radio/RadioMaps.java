package org.netnps.sim.radio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The radio maps of one world's recent network configurations, so that runs of the same world
 * (a what-if engine's base and plan runs) compute a map once: the key must say everything the map
 * depends on besides the world's grid, shadowing and seed (cells' positions, layers, azimuths,
 * tilts, powers). Keeps the few most recently used maps.
 */
public final class RadioMaps {
  private static final int KEPT = 3;
  private final Map<String, RadioMap> maps = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, RadioMap> eldest) {
      return size() > KEPT;
    }
  };

  public synchronized RadioMap get(String key, Supplier<RadioMap> compute) {
    RadioMap m = maps.get(key);
    if (m == null) {
      m = compute.get();
      maps.put(key, m);
    }
    return m;
  }
}
