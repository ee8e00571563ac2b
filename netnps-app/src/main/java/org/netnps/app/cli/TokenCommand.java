package org.netnps.app.cli;

import java.util.concurrent.Callable;
import org.netnps.server.auth.ApiTokens;
import org.netnps.server.auth.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netnps token --name NAME --role viewer}: a new API token and its line for the tokens file. */
@Command(name = "token", mixinStandardHelpOptions = true,
    description = "Make a new API token: prints the token (give it to its holder; it is not stored) and the line to add "
        + "to the tokens file of `netnps serve --tokens FILE` (which keeps only its SHA-256).")
public final class TokenCommand implements Callable<Integer> {
  @Option(names = "--name", required = true, description = "who holds it (shown in the audit trail)")
  String name;

  @Option(names = "--role", defaultValue = "viewer", description = "viewer, operator or admin (default ${DEFAULT-VALUE})")
  String role;

  @Override
  public Integer call() {
    if (!name.matches("[A-Za-z0-9_.@-]{1,64}")) {
      throw new org.netnps.core.UserException("--name must be 1-64 letters, digits or _.@-, but was: " + name);
    }
    Role r;
    try {
      r = Role.parse(role);
    } catch (IllegalArgumentException e) {
      throw new org.netnps.core.UserException("--role: " + e.getMessage());
    }
    ApiTokens.Issued t = ApiTokens.issue(name, r);
    System.out.println("token: " + t.token());
    System.out.println("tokens file line: " + t.fileLine());
    return 0;
  }
}
