package dev.gatewaydsl.examples;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksIstioChecks;
import dev.gatewaydsl.istio.IstioManifests;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.istio.migration.IstioToGatewayApi;
import dev.gatewaydsl.istio.migration.Migration;
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
 * java -jar gatewaydsl-examples.jar migrate [--target RELEASE/CHANNEL] [--out DIR] FILE|DIR...
 *     moves Istio's Gateway, VirtualService and DestinationRule to the Gateway API
 * </pre>
 *
 * <p>{@code migrate} reads the files as {@code check} does, with {@link IstioManifests} (Istio's
 * networking resources and any others), converts them with {@link IstioToGatewayApi} for the
 * target, and prints the migrated set (the other resources, then the generated ones) as YAML,
 * followed by the migration report and any analysis diagnostics as {@code #} comments; with
 * {@code --out DIR} it writes the set there with {@link Manifests#writeTo} and prints the report.
 * It exits 1 if a file cannot be read or the analysis finds an error.
 *
 * <p>{@code --prune} deletes generated files that are no longer in the example; files without the
 * generated header are never touched.
 *
 * <p>{@code check} reads every file (a directory: every {@code *.yaml} below it except {@code
 * kustomization.yaml}) with {@link Manifests#fromYaml(Path, GatewayApiTarget)}, which validates
 * each resource, then analyses all of them as one set with {@link Manifests#analyze} ({@code
 * --aks}: with {@link AksIstioChecks} too). Gateway API resources are read for the installation
 * {@code --target} names: {@code v1.6.1/standard} (the default), {@code v1.6.1/experimental},
 * {@code v0.6.1/standard} or {@code v0.6.1/experimental}; a field it does not serve is an error.
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
      "       gatewaydsl-examples migrate [--target RELEASE/CHANNEL] [--out DIR] FILE|DIR...");

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
    if (!rest.isEmpty() && rest.get(0).equals("migrate")) {
      return migrate(rest.subList(1, rest.size()), out, err);
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
    Optional<GatewayApiTarget> named = target(paths, err);
    if (named.isEmpty()) {
      return 2;
    }
    GatewayApiTarget target = named.get();
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
   * Takes {@code --target T} out of {@code args}: the target it names, {@link
   * GatewayApiTarget#V1_6_STANDARD} without it, or empty (after printing the usage) if it names
   * none.
   */
  private static Optional<GatewayApiTarget> target(List<String> args, PrintStream err) {
    int at = args.indexOf("--target");
    if (at < 0) {
      return Optional.of(GatewayApiTarget.V1_6_STANDARD);
    }
    Optional<GatewayApiTarget> named = at + 1 < args.size()
        ? Stream.of(GatewayApiTarget.values())
            .filter(t -> targetName(t).equals(args.get(at + 1))).findFirst()
        : Optional.empty();
    if (named.isEmpty()) {
      err.println("--target needs one of " + Stream.of(GatewayApiTarget.values())
          .map(Main::targetName).collect(Collectors.joining(", ")) + "\n" + USAGE);
      return Optional.empty();
    }
    args.subList(at, at + 2).clear();
    return named;
  }

  /** The {@code migrate} command; returns 0 if there is no error, 1 if there is, 2 for usage. */
  static int migrate(List<String> args, PrintStream out, PrintStream err) {
    List<String> paths = new ArrayList<>(args);
    Optional<GatewayApiTarget> target = target(paths, err);
    if (target.isEmpty()) {
      return 2;
    }
    Path outDir = null;
    int at = paths.indexOf("--out");
    if (at >= 0) {
      if (at + 1 >= paths.size()) {
        err.println("--out needs a directory\n" + USAGE);
        return 2;
      }
      outDir = Path.of(paths.get(at + 1));
      paths.subList(at, at + 2).clear();
    }
    if (paths.isEmpty() || paths.stream().anyMatch(p -> p.startsWith("--"))) {
      err.println("migrate needs files or directories\n" + USAGE);
      return 2;
    }
    try {
      IstioSet input = IstioManifests.fromYaml(yamlFiles(paths), target.get());
      Migration migration = IstioToGatewayApi.forTarget(target.get()).convert(input);
      List<Diagnostic> diagnostics = Manifests.analyze(migration.resources());
      String comment = outDir == null ? "# " : "";
      if (outDir == null) {
        out.print(Manifests.toYaml(migration.resources()));
      } else {
        WriteReport written = Manifests.writeTo(outDir, migration.resources(),
            WriteOptions.defaults());
        out.println(outDir + ": " + written.created().size() + " created, "
            + written.updated().size() + " updated, " + written.unchanged().size()
            + " unchanged");
      }
      migration.report().entries().forEach(e -> out.println(comment + e));
      diagnostics.forEach(d -> out.println(comment + d));
      return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
    } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
      err.println("gatewaydsl-examples: " + e.getMessage());
      return 1;
    }
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
