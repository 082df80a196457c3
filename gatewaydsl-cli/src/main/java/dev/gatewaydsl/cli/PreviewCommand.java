package dev.gatewaydsl.cli;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.yaml.ManifestLines;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code preview}: what the AKS Istio add-on creates for each Gateway; see {@link AksIstio#preview}. */
@Command(name = "preview", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {
        "Prints, as YAML, the ServiceAccount, Deployment and Service that the AKS Istio add-on "
            + "revision creates for each Gateway of class istio in the files named (a directory: "
            + "every *.yaml below it except kustomization.yaml; -: standard input). For reading "
            + "and testing, not for applying."},
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:printed", "1:a file cannot be read, or a Gateway does not suit the "
        + "revision", "2:usage error"})
final class PreviewCommand implements Callable<Integer> {
  @ParentCommand
  Main main;

  @Spec
  CommandSpec spec;

  @Option(names = "--aks", required = true, paramLabel = "REVISION",
      converter = Targets.RevisionConverter.class,
      description = "The AKS Istio add-on revision, e.g. asm-1-30.")
  AksMeshRevision aks;

  @Parameters(arity = "1..*", paramLabel = "PATH",
      description = "Files or directories to read; - for standard input.")
  List<String> paths;

  @Override
  public Integer call() throws IOException {
    AksIstio istio = AksIstio.revision(aks);
    List<KubernetesResource> preview = new ArrayList<>();
    for (String name : paths) {
      List<Path> files = name.equals("-") ? List.of()
          : RepositoryCheck.yamlFiles(List.of(Path.of(name)));
      List<KubernetesResource> read = new ArrayList<>();
      if (name.equals("-")) {
        Reader in = new InputStreamReader(main.in, StandardCharsets.UTF_8);
        read.addAll(Manifests.fromYaml(in, aks.target(), new ManifestLines()));
      }
      for (Path file : files) {
        read.addAll(Manifests.fromYaml(file, aks.target()));
      }
      for (KubernetesResource resource : read) {
        if (resource instanceof Gateway gateway
            && gateway.spec().gatewayClassName().equals(AksIstio.GATEWAY_CLASS)) {
          preview.addAll(istio.preview(gateway).resources());
        }
      }
    }
    spec.commandLine().getOut().print(Manifests.toYaml(preview));
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
