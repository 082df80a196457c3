package dev.gatewaydsl.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command line, {@code java -jar gatewaydsl-cli.jar COMMAND}: {@code check}, {@code preview},
 * {@code aks-revisions}, {@code migrate}; {@code --help} on each, {@code --version}.
 *
 * <p>Exit status: 0 clean, or warnings only; 1 errors; 2 usage errors.
 */
@Command(name = "gatewaydsl", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Checks Kubernetes Gateway API manifests, previews what Istio creates on AKS, and "
        + "migrates Istio's networking API to the Gateway API.",
    subcommands = {CheckCommand.class, PreviewCommand.class, AksRevisionsCommand.class,
        MigrateCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:clean, or warnings only", "1:errors", "2:usage error"})
public final class Main implements Callable<Integer> {
  /** Exit status: no problem, or warnings only. */
  public static final int OK = 0;
  /** Exit status: errors found, or the command failed. */
  public static final int ERRORS = 1;
  /** Exit status: the command line is wrong. */
  public static final int USAGE = 2;

  final InputStream in;
  final Path workingDir;

  @Spec
  CommandSpec spec;

  Main(InputStream in, Path workingDir) {
    this.in = in;
    this.workingDir = workingDir;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, Path.of("")));
  }

  /**
   * Runs the command line with the streams given; {@code workingDir} is what relative file names
   * in SARIF are relative to. Returns the exit status.
   */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err,
      Path workingDir) {
    CommandLine line = new CommandLine(new Main(in, workingDir))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(new PrintWriter(out, true, StandardCharsets.UTF_8))
        .setErr(new PrintWriter(err, true, StandardCharsets.UTF_8))
        .setExecutionExceptionHandler((e, command, parsed) -> {
          command.getErr().println("gatewaydsl: " + e.getMessage());
          return ERRORS;
        });
    return line.execute(args);
  }

  /** No command: the usage, and status 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return USAGE;
  }
}
