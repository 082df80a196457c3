package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The examples' command line.
 *
 * <pre>
 * java -jar gatewaydsl-examples.jar list               names every example
 * java -jar gatewaydsl-examples.jar echoserver         prints that example's YAML
 * java -jar gatewaydsl-examples.jar echoserver --out DIR   writes one file per resource into DIR
 * java -jar gatewaydsl-examples.jar --out DIR          writes every example, one folder each
 * </pre>
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: gatewaydsl-examples list",
      "       gatewaydsl-examples EXAMPLE [--out DIR]",
      "       gatewaydsl-examples --out DIR");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command line; returns the exit status (0 ok, 1 failed, 2 usage). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    List<String> rest = new ArrayList<>(List.of(args));
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
    try {
      if (rest.isEmpty() && outDir != null) {
        for (Example example : Example.all()) {
          writeFiles(example, outDir.resolve(example.name()), out);
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
        writeFiles(example.get(), outDir, out);
      }
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("gatewaydsl-examples: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Writes one file per resource, named {@code <namespace>-<kind>-<name>.yaml} (the namespace
   * part left out for cluster-scoped resources), and prints each path written.
   */
  static void writeFiles(Example example, Path dir, PrintStream out) throws IOException {
    List<KubernetesResource> resources = example.resources();
    List<String> names = new ArrayList<>();
    for (KubernetesResource resource : resources) {
      String name = fileName(resource);
      if (names.contains(name)) {
        throw new IllegalArgumentException("two resources map to the file " + name);
      }
      names.add(name);
    }
    Files.createDirectories(dir);
    for (int i = 0; i < resources.size(); i++) {
      Path file = dir.resolve(names.get(i));
      Files.writeString(file, Manifests.toYaml(resources.get(i)), StandardCharsets.UTF_8);
      out.println(file);
    }
  }

  static String fileName(KubernetesResource resource) {
    String namespace = resource.metadata().namespace();
    return (namespace.isEmpty() ? "" : namespace + "-")
        + resource.kind().toLowerCase(Locale.ROOT) + "-" + resource.metadata().name() + ".yaml";
  }
}
