package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.yaml.Manifests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
  void outWritesOneFilePerResource(@TempDir Path dir) throws IOException {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly(
          "default-deployment-echoserver.yaml",
          "default-gateway-echoserver.yaml",
          "default-httproute-echoserver.yaml",
          "default-service-echoserver.yaml");
    }
    assertThat(Files.readString(dir.resolve("default-service-echoserver.yaml")))
        .startsWith("apiVersion: v1\nkind: Service\n")
        .doesNotContain("---");
  }

  @Test
  void outWithoutAnExampleWritesEveryExampleIntoItsOwnFolder(@TempDir Path dir) {
    assertThat(run("--out", dir.toString())).isZero();
    for (Example example : Example.all()) {
      assertThat(dir.resolve(example.name())).isDirectory();
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
}
