package org.netnps.app.serve;

import java.nio.file.Path;
import java.util.List;
import org.netnps.app.Main;
import org.netnps.app.loop.LoopVerifier;
import org.netnps.core.UserException;
import org.netnps.io.store.DuckDbStore;
import org.netnps.server.NetnpsServer;
import org.netnps.server.ServerSettings;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;
import org.netnps.server.privacy.Pseudonyms;

/** Starts the server on a store (shared by `serve`, `demo` and `bench serve`). */
public final class ServerStart {
  private ServerStart() {}

  /** Tokens made for this run when no tokens file is given: one per role, printed once. */
  public static List<ApiTokens.Issued> sessionTokens() {
    return List.of(ApiTokens.issue("viewer", Role.VIEWER), ApiTokens.issue("operator", Role.OPERATOR));
  }

  /** The default pseudonym secret file beside the database: FILE.pseudonym-secret. */
  public static Path secretFileFor(Path db) {
    return db.resolveSibling(db.getFileName() + ".pseudonym-secret");
  }

  public static NetnpsServer start(Path db, Path results, ServerSettings settings, ApiTokens tokens, Path secretFile) {
    if (!db.toFile().isFile()) {
      throw new UserException("no database " + db + ": run `netnps analyze DATASET --out RESULTS --db " + db + "` first");
    }
    DuckDbStore store = DuckDbStore.open(db);
    try {
      return new NetnpsServer(store, settings, tokens, Pseudonyms.fromSecretFile(secretFile),
          results == null ? null : new LoopVerifier(results), Main.version()).start();
    } catch (UserException e) {
      store.close();
      throw e;
    } catch (Exception e) {
      store.close();
      throw new UserException("cannot start the server: " + e.getMessage(), e);
    }
  }
}
