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
 * Runs the independent oracle, {@code ../shared/tools/crd-check}, on YAML we wrote: the Gateway
 * API project's own CRD schemas and CEL rules, as an API server would apply them on create.
 */
final class CrdCheck {
  private static final Path SHARED = Path.of(System.getProperty("gatewaydsl.shared.dir",
      "../../shared")).toAbsolutePath().normalize();
  private static final Path CRD_CHECK = SHARED.resolve("tools/crd-check/crd-check");
  private static final Path OUT = Path.of("target/crd-check");

  private CrdCheck() {}

  /** The CRDs of one channel of Gateway API v1.6.1, e.g. {@code experimental}. */
  static List<String> channel(String channel) {
    return List.of("--crds", SHARED.resolve("gateway-api/v1.6.1/" + channel).toString());
  }

  /**
   * Writes {@code yaml} to {@code target/crd-check/<name>.yaml} and asserts that crd-check, with
   * {@code options} (default: v1.6.1 standard, then experimental), finds no violation.
   */
  static void assertNoViolations(String name, String yaml, List<String> options)
      throws IOException, InterruptedException {
    assertThat(CRD_CHECK).as("crd-check (../shared beside the project root)").isExecutable();
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".yaml").toAbsolutePath();
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(CRD_CHECK.toString());
    command.addAll(options);
    command.add(file.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("crd-check finished").isTrue();
    assertThat(output).as("crd-check output").contains(" 0 violations");
    assertThat(process.exitValue()).as("crd-check exit status; output:%n%s", output).isZero();
  }
}
