package dev.gatewaydsl.examples;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksIstioChecks;
import dev.gatewaydsl.azure.AksReports;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.ManifestDirectory;
import dev.gatewaydsl.yaml.Manifests;
import dev.gatewaydsl.yaml.WriteOptions;
import dev.gatewaydsl.yaml.WriteReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The examples' command line.
 *
 * <pre>
 * java -jar gatewaydsl-examples.jar list                        names every example
 * java -jar gatewaydsl-examples.jar echoserver                  prints that example's YAML
 * java -jar gatewaydsl-examples.jar echoserver --out DIR [--prune]
 *     writes one file per resource and a kustomization.yaml into DIR (Manifests.writeTo)
 * java -jar gatewaydsl-examples.jar --out DIR [--prune]         every example, one folder each
 * java -jar gatewaydsl-examples.jar check [--aks] [--target RELEASE/CHANNEL] FILE|DIR...
 *     validates and analyses YAML
 * java -jar gatewaydsl-examples.jar preview EXAMPLE|FILE [--revision R] [--kubernetes V]
 *     prints what Istio and AKS create for the example's or file's Gateways (AksReports.preview)
 * java -jar gatewaydsl-examples.jar aks-revisions                prints the AKS revision table
 * </pre>
 *
 * <p>{@code --prune} deletes generated files that are no longer in the example; files without the
 * generated header are never touched.
 *
 * <p>{@code check} reads every file (a directory: every {@code *.yaml} below it except {@code
 * kustomization.yaml}) with {@link Manifests#fromYaml(Path, GatewayApiTarget)}, which validates
 * each resource, then analyses all of them as one set with {@link Manifests#analyze} ({@code
 * --aks}: with {@link AksIstioChecks} too). Gateway API resources are read for the installation
 * {@code --target} names: {@code v1.6.1/standard} (the default), {@code v1.6.1/experimental},
 * {@code v1.5.1/standard}, {@code v1.4.1/standard}, {@code v1.3.0/standard}, {@code
 * v1.2.1/standard}, {@code v0.6.1/standard} or {@code v0.6.1/experimental}; a field it does not
 * serve is an error.
 * It prints one line per problem, {@code FILE: <diagnostic>}, and exits 1 if any is an error. A
 * file that cannot be read gives {@code FILE: error Invalid: <message>}; the analysis then does
 * not run, since the set is incomplete.
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: gatewaydsl-examples list",
      "       gatewaydsl-examples EXAMPLE [--out DIR [--prune]]",
      "       gatewaydsl-examples --out DIR [--prune]",
      "       gatewaydsl-examples check [--aks] [--target RELEASE/CHANNEL] FILE|DIR...",
      "       gatewaydsl-examples preview EXAMPLE|FILE [--revision R] [--kubernetes V]",
      "       gatewaydsl-examples aks-revisions");

  /** The code of the line printed for a file that cannot be read or holds an invalid resource. */
  static final String INVALID = "Invalid";

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status (0 ok, 1 failed, 2 usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
    if (!rest.isEmpty() && rest.get(0).equals("check")) {
      return check(rest.subList(1, rest.size()), out, err);
    }
    if (!rest.isEmpty() && rest.get(0).equals("preview")) {
      return preview(rest.subList(1, rest.size()), out, err);
    }
    if (rest.equals(List.of("aks-revisions"))) {
      out.print(AksReports.revisionTable());
      return 0;
    }
    Path outDir = null;
    int at = rest.indexOf("--out");
    if (at >= 0) {
      if (at + 1 >= rest.size()) {
        err.println("--out needs a directory\n" + USAGE);
        return 2;
      }
      outDir = Path.of(rest.get(at + 1));
      rest.subList(at, at + 2).clear();
    }
    boolean prune = rest.remove("--prune");
    if (prune && outDir == null) {
      err.println("--prune needs --out DIR\n" + USAGE);
      return 2;
    }
    WriteOptions options = WriteOptions.defaults().withPrune(prune);
    try {
      if (rest.isEmpty() && outDir != null) {
        for (Example example : Example.all()) {
          writeFiles(example, outDir.resolve(example.name()), options, out);
        }
        return 0;
      }
      if (rest.size() != 1) {
        err.println(USAGE);
        return 2;
      }
      String command = rest.get(0);
      if (command.equals("list") && outDir == null) {
        for (Example example : Example.all()) {
          out.println(example.name() + "\t" + example.description());
        }
        return 0;
      }
      Optional<Example> example = Example.all().stream()
          .filter(e -> e.name().equals(command)).findFirst();
      if (example.isEmpty()) {
        err.println("unknown example \"" + command + "\"; run 'list' to see them\n" + USAGE);
        return 2;
      }
      if (outDir == null) {
        out.print(Manifests.toYaml(example.get().resources()));
      } else {
        writeFiles(example.get(), outDir, options, out);
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("gatewaydsl-examples: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes the example into {@code dir} with {@link Manifests#writeTo}, then prints one line per
   * file created, updated or deleted ({@code created DIR/default/service-echoserver.yaml}) and a
   * summary line ({@code DIR: 1 created, 0 updated, 4 unchanged, 0 deleted}).
   */
  static void writeFiles(Example example, Path dir, WriteOptions options, PrintStream out)
      throws IOException {
    WriteReport report = Manifests.writeTo(dir, example.resources(), options);
    report.created().forEach(p -> out.println("created " + dir.resolve(p)));
    report.updated().forEach(p -> out.println("updated " + dir.resolve(p)));
    report.deleted().forEach(p -> out.println("deleted " + dir.resolve(p)));
    out.println(dir + ": " + report.created().size() + " created, " + report.updated().size()
        + " updated, " + report.unchanged().size() + " unchanged, " + report.deleted().size()
        + " deleted");
  }

  /** The {@code check} command; returns 0 if there is no error, 1 if there is, 2 for usage. */
  static int check(List<String> args, PrintStream out, PrintStream err) {
    List<String> paths = new ArrayList<>(args);
    boolean aks = paths.remove("--aks");
    GatewayApiTarget target = GatewayApiTarget.V1_6_STANDARD;
    int at = paths.indexOf("--target");
    if (at >= 0) {
      Optional<GatewayApiTarget> named = at + 1 < paths.size()
          ? Stream.of(GatewayApiTarget.values())
              .filter(t -> targetName(t).equals(paths.get(at + 1))).findFirst()
          : Optional.empty();
      if (named.isEmpty()) {
        err.println("--target needs one of " + Stream.of(GatewayApiTarget.values())
            .map(Main::targetName).collect(Collectors.joining(", ")) + "\n" + USAGE);
        return 2;
      }
      target = named.get();
      paths.subList(at, at + 2).clear();
    }
    if (paths.isEmpty() || paths.stream().anyMatch(p -> p.startsWith("--"))) {
      err.println("check needs files or directories\n" + USAGE);
      return 2;
    }
    Map<KubernetesResource, Path> sources = new IdentityHashMap<>();
    List<KubernetesResource> resources = new ArrayList<>();
    List<Path> files;
    try {
      files = yamlFiles(paths);
    } catch (UncheckedIOException e) {
      err.println("gatewaydsl-examples: " + e.getMessage());
      return 1;
    }
    boolean readable = true;
    for (Path file : files) {
      try {
        for (KubernetesResource resource : Manifests.fromYaml(file, target)) {
          resources.add(resource);
          sources.put(resource, file);
        }
      } catch (IllegalArgumentException | UncheckedIOException e) {
        out.println(file + ": " + Severity.ERROR.label() + " " + INVALID + ": " + e.getMessage());
        readable = false;
      }
    }
    if (!readable) {
      return 1;
    }
    List<AnalysisRule> extra = aks ? List.of(new AksIstioChecks()) : List.of();
    List<Diagnostic> diagnostics = Manifests.analyze(resources, extra);
    diagnostics.forEach(d -> out.println(sources.get(d.resource()) + ": " + d));
    return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
  }

  /**
   * The {@code preview} command: the example named (or the YAML file) through {@link
   * AksReports#preview}; 0 on success, 1 if the Gateways do not pass, 2 for usage.
   */
  static int preview(List<String> args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(args);
    Optional<String> revision;
    Optional<String> kubernetes;
    try {
      revision = option(rest, "--revision");
      kubernetes = option(rest, "--kubernetes");
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage() + "\n" + USAGE);
      return 2;
    }
    if (rest.size() != 1 || rest.get(0).startsWith("--")) {
      err.println("preview needs one example or file\n" + USAGE);
      return 2;
    }
    String source = rest.get(0);
    try {
      Optional<Example> example = Example.all().stream()
          .filter(e -> e.name().equals(source)).findFirst();
      List<KubernetesResource> resources = example.isPresent() ? example.get().resources()
          : Manifests.fromYaml(Path.of(source));
      out.print(Manifests.toYaml(AksReports.preview(resources, revision, kubernetes)));
      return 0;
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("gatewaydsl-examples: " + e.getMessage());
      return 1;
    }
  }

  /** Removes {@code name VALUE} from {@code args}; the value if it was there. */
  private static Optional<String> option(List<String> args, String name) {
    int at = args.indexOf(name);
    if (at < 0) {
      return Optional.empty();
    }
    if (at + 1 >= args.size() || args.get(at + 1).startsWith("--")) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    String value = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return Optional.of(value);
  }

  /** The name {@code --target} takes for {@code target}, e.g. {@code v1.6.1/experimental}. */
  static String targetName(GatewayApiTarget target) {
    return target.release() + "/" + target.channel();
  }

  /** The files named, and the {@code *.yaml} files below the directories named, in order. */
  private static List<Path> yamlFiles(List<String> names) {
    List<Path> files = new ArrayList<>();
    for (String name : names) {
      Path path = Path.of(name);
      if (!Files.isDirectory(path)) {
        files.add(path);
        continue;
      }
      try (Stream<Path> below = Files.walk(path)) {
        below.filter(Files::isRegularFile)
            .filter(f -> f.getFileName().toString().endsWith(".yaml"))
            .filter(f -> !f.getFileName().toString().equals(ManifestDirectory.KUSTOMIZATION))
            .sorted()
            .forEach(files::add);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + path, e);
      }
    }
    return files;
  }
}
