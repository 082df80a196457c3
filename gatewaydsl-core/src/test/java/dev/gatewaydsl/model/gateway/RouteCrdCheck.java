package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the independent oracle {@code ../shared/tools/crd-check} on YAML we wrote: the Gateway API
 * project's own CRD schemas and CEL rules.
 */
final class RouteCrdCheck {
  private static final Path SHARED = Path.of(System.getProperty("gatewaydsl.shared.dir",
      "../../shared")).toAbsolutePath().normalize();
  private static final Path TOOL = SHARED.resolve("tools/crd-check/crd-check");
  private static final Path OUT = Path.of("target/crd-check");

  /** The standard channel of Gateway API v1.6.1 (crd-check's default). */
  static final String STANDARD = "v1.6.1/standard";
  /** The experimental channel of Gateway API v1.6.1. */
  static final String EXPERIMENTAL = "v1.6.1/experimental";

  private RouteCrdCheck() {}

  /** Asserts that {@code yaml}, checked against the CRDs of {@code channel}, has no violation. */
  static void assertValid(String name, String yaml, String channel)
      throws IOException, InterruptedException {
    assertThat(TOOL).as("crd-check (../shared beside the project root)").isExecutable();
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".yaml").toAbsolutePath();
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of(TOOL.toString(), "--crds",
        SHARED.resolve("gateway-api").resolve(channel).toString(), file.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("crd-check finished").isTrue();
    assertThat(output).as("crd-check output").contains(" 0 violations");
    assertThat(process.exitValue()).as("crd-check exit status; output:%n%s", output).isZero();
  }
}
