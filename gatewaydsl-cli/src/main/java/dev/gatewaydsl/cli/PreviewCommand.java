package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.azure.AksReports;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code preview}: what Istio and the AKS add-on create for each Gateway of class {@code istio};
 * see {@link AksReports#preview}.
 */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "Prints, as YAML, the ServiceAccount, Deployment and Service that Istio and the AKS "
            + "add-on create for each Gateway of class istio in the files named (a directory: "
            + "every *.yaml below it except kustomization.yaml; -: standard input), with the "
            + "Gateway's customization ConfigMap applied when it is among them. For reading and "
            + "testing, not for applying."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed", "1:a file cannot be read, there is no Gateway of class istio, "
        + "or a Gateway does not suit the revision", "2:usage error"})
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--revision", paramLabel = "REVISION",
      converter = Targets.RevisionConverter.class,
      description = "The AKS Istio add-on revision, e.g. asm-1-30; default: each Gateway's "
          + "istio.io/rev label.")
  AksMeshRevision revision;

  @Option(names = "--kubernetes", paramLabel = "VERSION",
      description = "The cluster's Kubernetes version, e.g. 1.35, which decides the Gateway API "
          + "bundle AKS installs.")
  String kubernetes;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or directories to read; - for standard input.")
  List<String> paths;

  @Override
  public Integer call() {
    GatewayApiTarget target = GatewayApiTarget.V1_6_STANDARD;
    if (revision != null) {
      AksIstio aks = AksIstio.revision(revision);
      target = (kubernetes == null ? aks : aks.kubernetes(kubernetes)).profile().target();
    }
    List<KubernetesResource> read = new ArrayList<>();
    try {
      for (String name : paths) {
        if (name.equals("-")) {
          read.addAll(Manifests.fromYaml(new InputStreamReader(main.in, StandardCharsets.UTF_8)));
          continue;
        }
        for (Path file : RepositoryCheck.yamlFiles(List.of(Path.of(name)))) {
          read.addAll(Manifests.fromYaml(file, target));
        }
      }
      List<KubernetesResource> preview = AksReports.preview(read,
          Optional.ofNullable(revision).map(AksMeshRevision::name),
          Optional.ofNullable(kubernetes));
      spec.commandLine().getOut().print(Manifests.toYaml(preview));
      spec.commandLine().getOut().flush();
      return Main.OK;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      spec.commandLine().getErr().println("gatewaydsl preview: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return Main.ERRORS;
    }
  }
}
