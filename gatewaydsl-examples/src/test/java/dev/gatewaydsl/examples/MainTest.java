package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.yaml.Manifests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void echoserverPrintsTheExampleYaml() {
    assertThat(run("echoserver")).isZero();
    assertThat(out()).isEqualTo(Manifests.toYaml(new EchoserverExample().resources()));
  }

  @Test
  void listNamesEveryExample() {
    assertThat(run("list")).isZero();
    for (Example example : Example.all()) {
      assertThat(out()).contains(example.name() + "\t" + example.description() + "\n");
    }
  }

  @Test
  void outWritesOneFilePerResourceAndAKustomization(@TempDir Path dir) throws IOException {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString())
          .sorted()).containsExactly(
          "default/deployment-echoserver.yaml",
          "default/gateway-echoserver.yaml",
          "default/httproute-echoserver.yaml",
          "default/service-echoserver.yaml",
          "kustomization.yaml");
    }
    assertThat(Files.readString(dir.resolve("default/service-echoserver.yaml")))
        .startsWith(ManifestDirectory.HEADER + "\napiVersion: v1\nkind: Service\n")
        .doesNotContain("---");
    assertThat(out()).contains("created " + dir.resolve("default/gateway-echoserver.yaml") + "\n")
        .endsWith(dir + ": 5 created, 0 updated, 0 unchanged, 0 deleted\n");
  }

  @Test
  void outTwiceChangesNothing(@TempDir Path dir) {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    out.reset();

    assertThat(run("echoserver", "--out", dir.toString())).isZero();

    assertThat(out()).isEqualTo(dir + ": 0 created, 0 updated, 5 unchanged, 0 deleted\n");
  }

  @Test
  void pruneDeletesStaleGeneratedFilesOnly(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/httproute-old.yaml"),
        ManifestDirectory.HEADER + "\nkind: HTTPRoute\n");
    Files.writeString(dir.resolve("default/configmap-mine.yaml"), "kind: ConfigMap\n");

    assertThat(run("echoserver", "--out", dir.toString(), "--prune")).isZero();

    assertThat(dir.resolve("default/httproute-old.yaml")).doesNotExist();
    assertThat(dir.resolve("default/configmap-mine.yaml")).hasContent("kind: ConfigMap");
    assertThat(out()).contains("deleted " + dir.resolve("default/httproute-old.yaml") + "\n")
        .endsWith(": 5 created, 0 updated, 0 unchanged, 1 deleted\n");
  }

  @Test
  void withoutPruneStaleFilesStay(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/httproute-old.yaml"),
        ManifestDirectory.HEADER + "\nkind: HTTPRoute\n");

    assertThat(run("echoserver", "--out", dir.toString())).isZero();

    assertThat(dir.resolve("default/httproute-old.yaml")).exists();
  }

  @Test
  void aHandWrittenFileWhereAGeneratedOneGoesFailsTheCommand(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/gateway-echoserver.yaml"), "# mine\n");

    assertThat(run("echoserver", "--out", dir.toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gatewaydsl-examples: ")
        .contains("gateway-echoserver.yaml: not written by gatewaydsl");
    assertThat(dir.resolve("default/gateway-echoserver.yaml")).hasContent("# mine");
    assertThat(dir.resolve("kustomization.yaml")).doesNotExist();
  }

  @Test
  void pruneWithoutOutIsAUsageError() {
    assertThat(run("echoserver", "--prune")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--prune needs --out DIR");
  }

  @Test
  void outWithoutAnExampleWritesEveryExampleIntoItsOwnFolder(@TempDir Path dir) {
    assertThat(run("--out", dir.toString(), "--prune")).isZero();
    for (Example example : Example.all()) {
      assertThat(dir.resolve(example.name()).resolve("kustomization.yaml")).isRegularFile();
    }
  }

  @Test
  void pruningOneExampleIntoTheFolderOfAllDeletesNothingOfTheOthers(@TempDir Path dir)
      throws IOException {
    assertThat(run("--out", dir.toString())).isZero();
    java.util.Map<Path, String> before = contents(dir);
    out.reset();

    assertThat(run("echoserver", "--out", dir.toString(), "--prune")).isZero();

    assertThat(out()).endsWith(": 5 created, 0 updated, 0 unchanged, 0 deleted\n");
    java.util.Map<Path, String> after = contents(dir);
    assertThat(after).containsAllEntriesOf(before);
    assertThat(before).hasSizeGreaterThan(100);
  }

  private static java.util.Map<Path, String> contents(Path dir) throws IOException {
    java.util.Map<Path, String> contents = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(dir.relativize(file), Files.readString(file));
      }
    }
    return contents;
  }

  @Test
  void aSymlinkedNamespaceFolderFailsTheCommandSayingSo(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(out.resolve("default"), outside);

    assertThat(run("echoserver", "--out", out.toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gatewaydsl-examples: ")
        .contains("default: is a symbolic link on a generated path");
    try (Stream<Path> written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void unknownExampleIsAUsageError() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown example \"nope\"");
    assertThat(out()).isEmpty();
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
  }

  @Test
  void outWithoutADirectoryIsAUsageError() {
    assertThat(run("echoserver", "--out")).isEqualTo(2);
  }

  @Test
  void theFilesOfEveryExamplePassGatewaydslCheckForItsTarget(@TempDir Path dir) {
    assertThat(run("--out", dir.toString())).isZero();

    for (Example example : Example.all()) {
      ByteArrayOutputStream checkOut = new ByteArrayOutputStream();
      int status = dev.gatewaydsl.cli.Main.run(new String[] {"check", "--target",
              example.gatewayApiTarget().release() + "/" + example.gatewayApiTarget().channel(),
              dir.resolve(example.name()).toString()}, InputStream.nullInputStream(),
          new PrintStream(checkOut, true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), dir);
      assertThat(status).as(example.name()).isZero();
      assertThat(checkOut.toString(StandardCharsets.UTF_8)).as(example.name()).isEmpty();
    }
  }
}
