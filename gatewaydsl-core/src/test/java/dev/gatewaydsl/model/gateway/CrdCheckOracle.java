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
 * Runs {@code ../shared/tools/crd-check}, the independent oracle, on YAML we wrote: the Gateway API
 * project's own CRD schemas and CEL rules, evaluated by a tool we did not write.
 */
final class CrdCheckOracle {
  private static final Path SHARED = Path.of(System.getProperty("gatewaydsl.shared.dir",
      "../../shared")).toAbsolutePath().normalize();
  private static final Path CRD_CHECK = SHARED.resolve("tools/crd-check/crd-check");
  private static final Path OUT = Path.of("target/crd-check");

  /** v1.6.1, standard channel first, then experimental: the tool's default. */
  static final String NEWEST = "";
  /** v1.6.1, experimental channel only. */
  static final String V1_6_1_EXPERIMENTAL = "gateway-api/v1.6.1/experimental";
  /** v0.6.1, experimental channel (where TCPRoute, TLSRoute and UDPRoute are served). */
  static final String V0_6_1_EXPERIMENTAL = "gateway-api/v0.6.1/experimental";

  private CrdCheckOracle() {}

  /**
   * Writes {@code yaml} to {@code target/crd-check/<file>.yaml} and asserts that crd-check finds
   * no violation in it against {@code crds} ({@link #NEWEST} for the tool's default).
   */
  static void assertAccepted(String file, String yaml, String crds) {
    try {
      Files.createDirectories(OUT);
      Path path = OUT.resolve(file + ".yaml").toAbsolutePath();
      Files.writeString(path, yaml, StandardCharsets.UTF_8);
      String output = run(path, crds);
      assertThat(output).as("crd-check output")
          .containsPattern("(?m)^\\d+ documents, 0 violations$");
    } catch (IOException e) {
      throw new AssertionError("could not write " + file, e);
    }
  }

  /**
   * The output of crd-check on {@code file} against {@code crds}: one line per violation, then
   * the summary. Asserts that the tool ran (exit status 0 or 1).
   */
  static String run(Path file, String crds) {
    assertThat(CRD_CHECK).as("crd-check (../shared beside the project root)").isExecutable();
    List<String> command = new ArrayList<>();
    command.add(CRD_CHECK.toString());
    if (!crds.isEmpty()) {
      command.add("--crds");
      command.add(SHARED.resolve(crds).toString());
    }
    command.add(file.toAbsolutePath().toString());
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("crd-check finished").isTrue();
      assertThat(process.exitValue()).as("crd-check exit status; output:%n%s", output)
          .isIn(0, 1);
      assertThat(output).as("crd-check summary").contains(" documents, ");
      return output;
    } catch (IOException e) {
      throw new AssertionError("could not run crd-check", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running crd-check", e);
    }
  }
}
