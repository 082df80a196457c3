package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.yaml.Manifests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code migrate} command. */
class MainMigrateTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Path canary(Path dir) throws IOException {
    Path file = dir.resolve("canary.yaml");
    Files.writeString(file, IstioMigrationExample.canary().istioYaml());
    return file;
  }

  @Test
  void printsTheMigratedSetThenTheReportAsComments(@TempDir Path dir) throws IOException {
    assertThat(run("migrate", canary(dir).toString())).isZero();

    IstioMigrationExample example = IstioMigrationExample.canary();
    assertThat(out()).isEqualTo(Manifests.toYaml(example.migration().resources())
        + "# not converted: Gateway shop/web spec.selector: the Gateway API Gateway gets its own "
        + "deployment from its GatewayClass; the pods this selector picks are not reused\n"
        + "# changed: Gateway shop/web spec.servers[0].port.number: the gateway pods' port 8080 "
        + "is behind Service port 80; the listener takes the Service port\n");
  }

  @Test
  void outWritesTheSetThatCheckThenPasses(@TempDir Path dir) throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    canary(input);
    Path migrated = dir.resolve("out");

    assertThat(run("migrate", "--target", "v1.6.1/standard", "--out", migrated.toString(),
        input.toString())).isZero();
    assertThat(out()).startsWith(migrated + ": 9 created, 0 updated, 0 unchanged\n")
        .contains("\nnot converted: Gateway shop/web spec.selector: ");
    assertThat(Files.exists(migrated.resolve("shop/service-store-v2.yaml"))).isTrue();

    out.reset();
    assertThat(run("check", migrated.toString())).isZero();
    assertThat(out()).isEmpty();
  }

  @Test
  void anUnreadableInputFailsNamingTheDocument(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "apiVersion: networking.istio.io/v1\nkind: Sidecar\n"
        + "metadata:\n  name: default\n");

    assertThat(run("migrate", file.toString())).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("gatewaydsl-examples: " + file
        + ": document 0: unknown kind \"Sidecar\" (apiVersion \"networking.istio.io/v1\"); read "
        + "are Gateway, VirtualService and DestinationRule\n");
  }

  @Test
  void withoutFilesOrWithAnUnknownTargetIsAUsageError() {
    assertThat(run("migrate")).isEqualTo(2);
    assertThat(run("migrate", "--target", "v9/standard", "x.yaml")).isEqualTo(2);
    assertThat(run("migrate", "x.yaml", "--out")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
  }
}
