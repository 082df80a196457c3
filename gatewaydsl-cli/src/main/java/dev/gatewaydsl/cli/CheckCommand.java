package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code check}: validates and analyses manifests; see {@link RepositoryCheck}. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "Reads every file named (a directory: every *.yaml and *.yml below it except "
            + "kustomization.yaml; -: standard input, e.g. kubectl kustomize output), validates "
            + "every resource as the API server would, and analyses them as one set (references "
            + "between routes, Gateways, Services and workloads; autoscaler and disruption-budget "
            + "targets; ConfigMaps and Secrets that pods use; the Pod Security Standard a "
            + "namespace enforces; Secrets carrying data).",
        "Prints one finding per line: FILE:LINE: <severity> <code>: <Kind> \"<ns>/<name>\": "
            + "<field>: <message>."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:clean, or warnings only", "1:errors", "2:usage error"})
final class CheckCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--aks", paramLabel = "REVISION", converter = Targets.RevisionConverter.class,
      description = "Also check for this AKS Istio add-on revision, e.g. asm-1-30: the kinds and "
          + "apiVersions it serves, and the istio.io/rev label of Gateways of class istio. Its "
          + "Gateway API is the default --target.")
  AksMeshRevision aks;

  @Option(names = "--target", paramLabel = "RELEASE/CHANNEL",
      converter = Targets.TargetConverter.class, completionCandidates = Targets.Names.class,
      description = "The Gateway API installation to read for: ${COMPLETION-CANDIDATES}. "
          + "Default: v1.6.1/standard, or the one of --aks.")
  GatewayApiTarget target;

  @Option(names = "--strict-kinds",
      description = "Refuse kinds the library does not model (unknown kind \"X\"). Default: "
          + "such documents (a cert-manager Certificate, a StatefulSet, ...) are read as generic "
          + "resources, checked only for what every object has, and take part in the analysis.")
  boolean strictKinds;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json or sarif (SARIF 2.1.0, for code-review tools). Default: text.")
  ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or directories to read; - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    GatewayApiTarget readFor = target != null ? target
        : aks != null ? aks.target() : GatewayApiTarget.V1_6_STANDARD;
    if (aks != null) {
      aks.warning().ifPresent(w -> spec.commandLine().getErr().println("warning: " + w));
    }
    List<RepositoryCheck.Input> inputs = new ArrayList<>();
    int stdin = paths.indexOf("-");
    if (stdin >= 0 && paths.lastIndexOf("-") != stdin) {
      spec.commandLine().getErr().println("- (standard input) can be named only once");
      return Main.USAGE;
    }
    for (String path : paths) {
      if (path.equals("-")) {
        inputs.add(RepositoryCheck.Input.reader(RepositoryCheck.STDIN,
            new InputStreamReader(main.in, StandardCharsets.UTF_8)));
      } else {
        try {
          RepositoryCheck.yamlFiles(List.of(Path.of(path))).stream()
              .map(RepositoryCheck.Input::file).forEach(inputs::add);
        } catch (UncheckedIOException e) {
          spec.commandLine().getErr().println("gatewaydsl: " + e.getMessage());
          return Main.ERRORS;
        }
      }
    }
    List<Finding> findings = new RepositoryCheck(readFor, Optional.ofNullable(aks), strictKinds)
        .run(inputs);
    if (output == null) {
      format.write(findings, main.workingDir, spec.commandLine().getOut());
    } else {
      try (Writer out = new OutputStreamWriter(Files.newOutputStream(output),
          StandardCharsets.UTF_8)) {
        format.write(findings, main.workingDir, out);
      }
    }
    return RepositoryCheck.hasErrors(findings) ? Main.ERRORS : Main.OK;
  }
}
