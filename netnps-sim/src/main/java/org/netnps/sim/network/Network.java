package org.netnps.sim.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.netnps.sim.LocalFrame;

/** The simulated operator's radio network: sites and cells around a city centre. */
public final class Network {
  private final LocalFrame frame;
  private final double radiusM;
  private final List<Site> sites;
  private final List<Cell> cells;
  private final Map<String, Cell> cellsById = new HashMap<>();

  public Network(LocalFrame frame, double radiusM, List<Site> sites, List<Cell> cells) {
    this.frame = frame;
    this.radiusM = radiusM;
    this.sites = new ArrayList<>(sites);
    this.cells = new ArrayList<>(cells);
    for (Cell c : cells) {
      cellsById.put(c.id, c);
    }
  }

  public LocalFrame frame() {
    return frame;
  }

  public double radiusM() {
    return radiusM;
  }

  public List<Site> sites() {
    return Collections.unmodifiableList(sites);
  }

  public List<Cell> cells() {
    return Collections.unmodifiableList(cells);
  }

  public Cell cell(int index) {
    return cells.get(index);
  }

  /** The cell with this id, or null. */
  public Cell cell(String id) {
    return cellsById.get(id);
  }

  public List<Cell> cellsOf(Site site) {
    List<Cell> out = new ArrayList<>();
    for (Cell c : cells) {
      if (c.site == site) {
        out.add(c);
      }
    }
    return out;
  }

  public Site site(String id) {
    for (Site s : sites) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    return null;
  }

  /** Adds a site with its cells (the new_site action); returns the new cells. */
  public List<Cell> addSite(Site site, List<Cell> newCells) {
    sites.add(site);
    for (Cell c : newCells) {
      if (c.index != cells.size()) {
        throw new IllegalArgumentException("cell index " + c.index + " is not the next " + cells.size());
      }
      cells.add(c);
      cellsById.put(c.id, c);
    }
    return newCells;
  }

  /** An independent copy whose cell configurations can change without touching this one. */
  public Network copy() {
    List<Cell> copies = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      copies.add(c.copy());
    }
    return new Network(frame, radiusM, sites, copies);
  }
}
