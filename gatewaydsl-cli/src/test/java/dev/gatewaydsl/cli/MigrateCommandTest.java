package dev.gatewaydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrate}: a canary written the Istio way, through the command line. */
class MigrateCommandTest {
  @TempDir
  Path dir;

  private Path canary(Path folder) throws IOException {
    Path file = Files.createDirectories(folder).resolve("canary.yaml");
    try (InputStream in = MigrateCommandTest.class.getResourceAsStream("istio-canary.yaml")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void printsTheMigratedSetThenTheReportAsComments() throws IOException {
    CliRun run = CliRun.run("migrate", canary(dir).toString());

    assertThat(run.status).isZero();
    String yaml = run.out.substring(0, run.out.indexOf("\n# ") + 1);
    List<KubernetesResource> migrated = Manifests.fromYaml(yaml);
    assertThat(migrated).extracting(r -> r.kind() + " " + r.metadata().name())
        .contains("Gateway web", "HTTPRoute store", "Service store-v1", "Service store-v2");
    HTTPRoute route = (HTTPRoute) migrated.stream().filter(HTTPRoute.class::isInstance)
        .findFirst().orElseThrow();
    assertThat(route.spec().rules().get(0).backendRefs())
        .extracting(b -> b.name() + " " + b.weight().orElse(1))
        .containsExactly("store-v1 90", "store-v2 10");
    assertThat(run.out.substring(yaml.length())).isEqualTo(
        "# not converted: Gateway shop/web spec.selector: the Gateway API Gateway gets its own "
        + "deployment from its GatewayClass; the pods this selector picks are not reused\n"
        + "# changed: Gateway shop/web spec.servers[0].port.number: the gateway pods' port 8080 "
        + "is behind Service port 80; the listener takes the Service port\n");
  }

  @Test
  void outWritesTheSetThatCheckThenPasses() throws IOException {
    Path input = dir.resolve("in");
    canary(input);
    Path migrated = dir.resolve("out");

    CliRun run = CliRun.run("migrate", "--target", "v1.6.1/standard", "--out",
        migrated.toString(), input.toString());

    assertThat(run.status).isZero();
    assertThat(run.out).startsWith(migrated + ": 9 created, 0 updated, 0 unchanged\n")
        .contains("\nnot converted: Gateway shop/web spec.selector: ");
    assertThat(migrated.resolve("shop/service-store-v2.yaml")).isRegularFile();
    CliRun check = CliRun.run("check", migrated.toString());
    assertThat(check.out).isEmpty();
    assertThat(check.status).isZero();
  }

  @Test
  void anUnreadableInputFailsNamingTheDocument() throws IOException {
    Path file = dir.resolve("broken.yaml");
    Files.writeString(file, "apiVersion: networking.istio.io/v1\nkind: Sidecar\n"
        + "metadata:\n  name: default\n");

    CliRun run = CliRun.run("migrate", file.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).isEqualTo("gatewaydsl migrate: " + file + ": document 0: unknown kind "
        + "\"Sidecar\" (apiVersion \"networking.istio.io/v1\"); read are Gateway, VirtualService "
        + "and DestinationRule\n");
  }

  @Test
  void withoutFilesOrWithAnUnknownTargetIsAUsageError() {
    assertThat(CliRun.run("migrate").status).isEqualTo(2);
    assertThat(CliRun.run("migrate", "--target", "v9/standard", "x.yaml").status).isEqualTo(2);
    assertThat(CliRun.run("migrate", "x.yaml", "--out").status).isEqualTo(2);
  }
}
