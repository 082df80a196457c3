package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The independent check: every example's YAML goes through the Gateway API project's own CRD
 * schemas and CEL rules, evaluated by {@code ../shared/tools/crd-check}, which we did not write.
 */
class ExamplesCrdCheckTest {
  private static final Path SHARED = Path.of(System.getProperty("gatewaydsl.shared.dir",
      "../../shared")).toAbsolutePath().normalize();
  private static final Path CRD_CHECK = SHARED.resolve("tools/crd-check/crd-check");
  private static final Path OUT = Path.of("target/crd-check");

  private static final List<Path> files = new ArrayList<>();

  @BeforeAll
  static void writeEveryExample() throws IOException {
    assertThat(CRD_CHECK).as("crd-check (../shared beside the project root)").isExecutable();
    Files.createDirectories(OUT);
    for (Example example : Example.all()) {
      Path file = OUT.resolve(example.name() + ".yaml");
      Files.writeString(file, Manifests.toYaml(example.resources()), StandardCharsets.UTF_8);
      files.add(file.toAbsolutePath());
    }
  }

  @Test
  void everyExamplePassesTheNewestGatewayApiRelease() throws Exception {
    assertNoViolations(List.of(), files);
  }

  @Test
  void theEchoserverExamplePassesGatewayApiV061AsOnAsm117() throws Exception {
    Path echoserver = OUT.resolve("echoserver.yaml").toAbsolutePath();
    assertNoViolations(List.of("--crds",
        SHARED.resolve("gateway-api/v0.6.1/standard").toString()), List.of(echoserver));
  }

  /** Every example written for Gateway API v0.6.x (legacy AKS revisions) passes its CRDs. */
  @Test
  void everyExampleForGatewayApiV06PassesItsCrds() throws Exception {
    List<Path> v06 = new ArrayList<>();
    for (Example example : Example.all()) {
      List<GatewayApiResource> gatewayApi = example.resources().stream()
          .filter(GatewayApiResource.class::isInstance).map(GatewayApiResource.class::cast)
          .toList();
      if (!gatewayApi.isEmpty() && gatewayApi.stream()
          .allMatch(r -> r.target() == GatewayApiTarget.V0_6_STANDARD)) {
        v06.add(OUT.resolve(example.name() + ".yaml").toAbsolutePath());
      }
    }
    assertThat(v06).hasSizeGreaterThanOrEqualTo(5);
    assertNoViolations(List.of("--crds",
        SHARED.resolve("gateway-api/v0.6.1/standard").toString()), v06);
  }

  private static void assertNoViolations(List<String> options, List<Path> yamlFiles)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(CRD_CHECK.toString());
    command.addAll(options);
    yamlFiles.forEach(f -> command.add(f.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("crd-check finished").isTrue();
    assertThat(output).as("crd-check output").contains(" 0 violations");
    assertThat(process.exitValue()).as("crd-check exit status; output:%n%s", output).isZero();
  }
}
