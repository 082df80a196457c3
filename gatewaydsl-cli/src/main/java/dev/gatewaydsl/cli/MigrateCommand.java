package dev.gatewaydsl.cli;

import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.gitops.WriteReport;
import dev.gatewaydsl.istio.IstioManifests;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.istio.migration.IstioToGatewayApi;
import dev.gatewaydsl.istio.migration.Migration;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code migrate}: Istio's Gateway, VirtualService and DestinationRule to the Gateway API, through
 * {@link IstioToGatewayApi}; prints the migrated set and the migration report.
 */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "Reads the files named (a directory: every *.yaml and *.yml below it except "
            + "kustomization.yaml): Istio's Gateway, VirtualService and DestinationRule and any "
            + "other resources. Converts the Istio resources to Gateway API resources for "
            + "--target and prints the migrated set as YAML, then the migration report (what was "
            + "not converted, changed or unused, with resource and field path) and any analysis "
            + "finding as # comments. With --out DIR it writes the set there as a GitOps "
            + "directory instead and prints the report."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:migrated; the report may list what was not converted",
        "1:a file cannot be read, or the migrated set has analysis errors", "2:usage error"})
final class MigrateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--target", paramLabel = "RELEASE/CHANNEL",
      converter = Targets.TargetConverter.class, completionCandidates = Targets.Names.class,
      description = "The Gateway API installation to write for: ${COMPLETION-CANDIDATES}; "
          + "default v1.6.1/standard.")
  GatewayApiTarget target = GatewayApiTarget.V1_6_STANDARD;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write the migrated set into DIR (ManifestDirectory.write) instead of printing it.")
  Path out;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<Path> paths;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      IstioSet input = IstioManifests.fromYaml(RepositoryCheck.yamlFiles(paths), target);
      Migration migration = IstioToGatewayApi.forTarget(target).convert(input);
      List<Diagnostic> diagnostics = Manifests.analyze(migration.resources());
      String comment = out == null ? "# " : "";
      if (out == null) {
        stdout.print(Manifests.toYaml(migration.resources()));
      } else {
        WriteReport written = ManifestDirectory.write(out, migration.resources(),
            WriteOptions.defaults());
        stdout.println(out + ": " + written.created().size() + " created, "
            + written.updated().size() + " updated, " + written.unchanged().size()
            + " unchanged");
      }
      migration.report().entries().forEach(e -> stdout.println(comment + e));
      diagnostics.forEach(d -> stdout.println(comment + d));
      stdout.flush();
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR)
          ? Main.ERRORS : Main.OK;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      spec.commandLine().getErr().println("gatewaydsl migrate: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Main.ERRORS;
    }
  }
}
