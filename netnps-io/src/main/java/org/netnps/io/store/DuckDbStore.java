package org.netnps.io.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;
import org.netnps.core.UserException;

/** The embedded DuckDB database of netnps: opens it, creates the tables, runs queries. */
public final class DuckDbStore implements AutoCloseable {
  private final DuckDBConnection connection;

  private DuckDbStore(DuckDBConnection connection) {
    this.connection = connection;
  }

  public static DuckDbStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      DuckDbStore store = new DuckDbStore(c.unwrap(DuckDBConnection.class));
      for (String ddl : StoreSchema.ddl()) {
        store.execute(ddl);
      }
      return store;
    } catch (SQLException | java.io.IOException e) {
      throw new UserException("cannot open database " + file + ": " + e.getMessage(), e);
    }
  }

  /** A database in memory, gone when closed (a report's scratch space, say). */
  public static DuckDbStore inMemory() {
    try {
      return new DuckDbStore(DriverManager.getConnection("jdbc:duckdb:").unwrap(DuckDBConnection.class));
    } catch (SQLException e) {
      throw new UserException("cannot open an in-memory database: " + e.getMessage(), e);
    }
  }

  /** Another connection to the same database, for use on another thread (DuckDB connections are not shared). */
  public DuckDbStore duplicate() {
    try {
      return new DuckDbStore(connection.duplicate().unwrap(DuckDBConnection.class));
    } catch (SQLException e) {
      throw new UserException("cannot open another connection to the database: " + e.getMessage(), e);
    }
  }

  public DuckDBConnection connection() {
    return connection;
  }

  public void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** The single number a query returns (count(*), say). */
  public long queryLong(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("closing the database failed", e);
    }
  }
}
