package org.netnps.io.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.netnps.core.UserException;
import org.netnps.core.loop.ActionStatus;
import org.netnps.core.record.PlannedAction;

/**
 * The closed loop's actions in DuckDB: table loop_actions (one row per action, its status and
 * when it was implemented) and table loop_events (the audit trail: every change, when, by whom, why).
 * Every change is one transaction; a transition the lifecycle does not allow is refused.
 */
public final class ActionStore {
  /** An action as stored. */
  public record StoredAction(String actionId, String findingId, String action, String target, String gridId,
      double expectedNpsGain, double cost, ActionStatus status, Instant implementedAt) {}

  private final DuckDbStore store;

  public ActionStore(DuckDbStore store) {
    this.store = store;
    try {
      store.execute("CREATE TABLE IF NOT EXISTS loop_actions (action_id VARCHAR PRIMARY KEY, finding_id VARCHAR, "
          + "action VARCHAR NOT NULL, target VARCHAR NOT NULL, grid_id VARCHAR, expected_nps_gain DOUBLE, cost DOUBLE, "
          + "status VARCHAR NOT NULL, implemented_at TIMESTAMP)");
      store.execute("CREATE TABLE IF NOT EXISTS loop_events (action_id VARCHAR NOT NULL, changed_at TIMESTAMP NOT NULL, "
          + "from_status VARCHAR, to_status VARCHAR NOT NULL, by_whom VARCHAR, note VARCHAR)");
    } catch (SQLException e) {
      throw new UserException("cannot create the loop tables: " + e.getMessage(), e);
    }
  }

  /** Proposes the plan's actions not stored yet; returns how many were new. */
  public int propose(List<PlannedAction> plan, String byWhom) {
    int added = 0;
    try {
      store.execute("BEGIN TRANSACTION");
      for (PlannedAction a : plan) {
        if (find(a.actionId()) != null) {
          continue;
        }
        try (PreparedStatement p = store.connection().prepareStatement(
            "INSERT INTO loop_actions VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
          p.setString(1, a.actionId());
          p.setString(2, a.findingId());
          p.setString(3, a.action().code());
          p.setString(4, a.target());
          p.setString(5, a.gridId());
          p.setDouble(6, a.expectedNpsGain());
          p.setDouble(7, a.cost());
          p.setString(8, ActionStatus.PROPOSED.code());
          p.executeUpdate();
        }
        event(a.actionId(), null, ActionStatus.PROPOSED, byWhom, "from plan.csv", Instant.now());
        added++;
      }
      store.execute("COMMIT");
      return added;
    } catch (SQLException e) {
      rollback();
      throw new UserException("cannot store the plan: " + e.getMessage(), e);
    }
  }

  /**
   * Moves an action to a new status, with the audit trail (stamped now); {@code at} is when the
   * change happened in the network, kept as implemented_at for IMPLEMENTED.
   */
  public StoredAction move(String actionId, ActionStatus to, String byWhom, String note, Instant at) {
    StoredAction a = find(actionId);
    if (a == null) {
      throw new UserException("no action " + actionId + " in the loop");
    }
    if (!a.status().canMoveTo(to)) {
      throw new UserException("action " + actionId + " is " + a.status().code() + " and cannot become " + to.code()
          + " (allowed: " + a.status().next().stream().map(ActionStatus::code).sorted().toList() + ")");
    }
    try {
      store.execute("BEGIN TRANSACTION");
      try (PreparedStatement p = store.connection().prepareStatement(
          "UPDATE loop_actions SET status = ?, implemented_at = COALESCE(?, implemented_at) WHERE action_id = ?")) {
        p.setString(1, to.code());
        p.setTimestamp(2, to == ActionStatus.IMPLEMENTED ? Timestamp.from(at) : null);
        p.setString(3, actionId);
        p.executeUpdate();
      }
      event(actionId, a.status(), to, byWhom, to == ActionStatus.IMPLEMENTED ? join(note, "in the network at " + at) : note,
          Instant.now());
      store.execute("COMMIT");
    } catch (SQLException e) {
      rollback();
      throw new UserException("cannot change action " + actionId + ": " + e.getMessage(), e);
    }
    return find(actionId);
  }

  public StoredAction find(String actionId) {
    try (PreparedStatement p = store.connection().prepareStatement("SELECT * FROM loop_actions WHERE action_id = ?")) {
      p.setString(1, actionId);
      try (ResultSet r = p.executeQuery()) {
        return r.next() ? row(r) : null;
      }
    } catch (SQLException e) {
      throw new UserException("cannot read action " + actionId + ": " + e.getMessage(), e);
    }
  }

  public List<StoredAction> all() {
    List<StoredAction> out = new ArrayList<>();
    try (PreparedStatement p = store.connection().prepareStatement("SELECT * FROM loop_actions ORDER BY action_id");
        ResultSet r = p.executeQuery()) {
      while (r.next()) {
        out.add(row(r));
      }
    } catch (SQLException e) {
      throw new UserException("cannot read the loop: " + e.getMessage(), e);
    }
    return out;
  }

  /** The audit trail of an action, oldest first: "at from -> to by: note". */
  public List<String> history(String actionId) {
    List<String> out = new ArrayList<>();
    try (PreparedStatement p = store.connection().prepareStatement(
        "SELECT changed_at, from_status, to_status, by_whom, note FROM loop_events WHERE action_id = ? ORDER BY changed_at")) {
      p.setString(1, actionId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          out.add(r.getTimestamp(1).toInstant() + " " + (r.getString(2) == null ? "-" : r.getString(2)) + " -> "
              + r.getString(3) + " by " + r.getString(4) + (r.getString(5) == null ? "" : ": " + r.getString(5)));
        }
      }
    } catch (SQLException e) {
      throw new UserException("cannot read the history of " + actionId + ": " + e.getMessage(), e);
    }
    return out;
  }

  private void event(String id, ActionStatus from, ActionStatus to, String byWhom, String note, Instant at)
      throws SQLException {
    try (PreparedStatement p = store.connection().prepareStatement("INSERT INTO loop_events VALUES (?, ?, ?, ?, ?, ?)")) {
      p.setString(1, id);
      p.setTimestamp(2, Timestamp.from(at));
      p.setString(3, from == null ? null : from.code());
      p.setString(4, to.code());
      p.setString(5, byWhom);
      p.setString(6, note);
      p.executeUpdate();
    }
  }

  private static String join(String note, String more) {
    return note == null ? more : note + "; " + more;
  }

  private static StoredAction row(ResultSet r) throws SQLException {
    Timestamp implemented = r.getTimestamp("implemented_at");
    return new StoredAction(r.getString("action_id"), r.getString("finding_id"), r.getString("action"),
        r.getString("target"), r.getString("grid_id"), r.getDouble("expected_nps_gain"), r.getDouble("cost"),
        ActionStatus.valueOf(r.getString("status").toUpperCase(java.util.Locale.ROOT)),
        implemented == null ? null : implemented.toInstant());
  }

  private void rollback() {
    try {
      store.execute("ROLLBACK");
    } catch (SQLException ignored) {
      // the first error is the one reported
    }
  }
}
