package org.netnps.sim.population;

/** A handset model: its type allocation code, NR capability and market share. */
public record Device(String model, String tac, boolean nr, double share) {

  /** The device catalogue of the simulated market (generic model names). */
  public static final Device[] CATALOGUE = {
    new Device("Astra A14", "35203611", false, 0.14),
    new Device("Astra A54 5G", "35391214", true, 0.12),
    new Device("Astra S23 5G", "35467315", true, 0.07),
    new Device("Pomme 11", "35332110", false, 0.08),
    new Device("Pomme 14 5G", "35694011", true, 0.10),
    new Device("Redline Note 12", "86714205", false, 0.13),
    new Device("Redline Note 13 5G", "86822306", true, 0.10),
    new Device("Vivid Y36", "86145407", false, 0.09),
    new Device("Orbit Reno 10 5G", "86933708", true, 0.08),
    new Device("Nova Lite 3", "35811209", false, 0.09),
  };
}
