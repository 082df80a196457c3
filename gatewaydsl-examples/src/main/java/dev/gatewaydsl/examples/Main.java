package dev.gatewaydsl.examples;

import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.gitops.WriteReport;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The examples' command line.
 *
 * <pre>
 * java -jar gatewaydsl-examples.jar list                        names every example
 * java -jar gatewaydsl-examples.jar echoserver                  prints that example's YAML
 * java -jar gatewaydsl-examples.jar echoserver --out DIR [--prune]
 *     writes one file per resource and a kustomization.yaml into DIR (Manifests.writeTo)
 * java -jar gatewaydsl-examples.jar --out DIR [--prune]         every example, one folder each
 * </pre>
 *
 * <p>{@code --prune} deletes generated files that are no longer in the example; files without the
 * generated header are never touched.
 *
 * <p>Checking manifests is the job of the published command line, {@code gatewaydsl-cli}.
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: gatewaydsl-examples list",
      "       gatewaydsl-examples EXAMPLE [--out DIR [--prune]]",
      "       gatewaydsl-examples --out DIR [--prune]");

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
    WriteReport report = ManifestDirectory.write(dir, example.resources(), options);
    report.created().forEach(p -> out.println("created " + dir.resolve(p)));
    report.updated().forEach(p -> out.println("updated " + dir.resolve(p)));
    report.deleted().forEach(p -> out.println("deleted " + dir.resolve(p)));
    out.println(dir + ": " + report.created().size() + " created, " + report.updated().size()
        + " updated, " + report.unchanged().size() + " unchanged, " + report.deleted().size()
        + " deleted");
  }
}
