package org.netnps.app;

import org.netnps.app.cli.AccuracyCommand;
import org.netnps.app.cli.AnalyzeCommand;
import org.netnps.app.cli.BenchCommand;
import org.netnps.app.cli.ConvertCommand;
import org.netnps.app.cli.DemoCommand;
import org.netnps.app.cli.IngestCommand;
import org.netnps.app.cli.LoopCommand;
import org.netnps.app.cli.PilotCommand;
import org.netnps.app.cli.ReportCommand;
import org.netnps.app.cli.ServeCommand;
import org.netnps.app.cli.SimulateCommand;
import org.netnps.app.cli.TokenCommand;
import org.netnps.app.cli.WhatIfCommand;
import org.netnps.app.cli.ValidateCommand;
import org.netnps.core.UserException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The netnps command line. Exit codes: 0 ok, 1 rows rejected, 2 error for the user, 3 bug. */
@Command(
    name = "netnps",
    mixinStandardHelpOptions = true,
    version = "netnps 0.1.0",
    description = "Network NPS for mobile operators: from network data to a network NPS and fixes.",
    subcommands = {
      ValidateCommand.class, IngestCommand.class, ConvertCommand.class, SimulateCommand.class,
      WhatIfCommand.class, AnalyzeCommand.class, AccuracyCommand.class, LoopCommand.class, PilotCommand.class,
      DemoCommand.class, ServeCommand.class, TokenCommand.class, ReportCommand.class, BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  public static final int EXIT_REJECTS = 1;
  public static final int EXIT_USER_ERROR = 2;

  /** "netnps 0.1.0": the version the command line reports and the results and models record. */
  public static String version() {
    return Main.class.getAnnotation(Command.class).version()[0];
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code (used by tests). */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof UserException) {
            cmd.getErr().println("netnps: " + e.getMessage());
            return EXIT_USER_ERROR;
          }
          throw e;
        })
        .execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
