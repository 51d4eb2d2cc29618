package io.github.apprenticeships4j.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command of {@code a4j} that does the work: it runs with the command line's writers and returns its exit code. */
abstract class Subcommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    return run(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** Runs the command, writing results to {@code out} and messages to {@code err}; returns the exit code. */
  abstract int run(PrintWriter out, PrintWriter err);
}
