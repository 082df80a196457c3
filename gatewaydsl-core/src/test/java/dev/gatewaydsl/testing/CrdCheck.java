package dev.gatewaydsl.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The independent oracle, {@code ../shared/tools/crd-check} beside the project root, which we did
 * not write: it checks YAML against the Gateway API project's CRD schemas and CEL rules as an API
 * server would on create.
 *
 * <p>The oracle is optional. Where it is absent, every test that calls it is skipped (aborted with
 * {@link #SKIP_REASON} in its reason; {@link OracleSkipReport} prints one line naming them). Where
 * the environment variable {@code GATEWAYDSL_REQUIRE_ORACLE} or the system property {@code
 * gatewaydsl.oracle.required} is {@code true}, as in {@code .ci/run}, its absence fails those
 * tests instead.
 */
public final class CrdCheck {
  /** The start of the reason of every test skipped for want of the oracle. */
  public static final String SKIP_REASON = "crd-check oracle not found";

  private static final Path SHARED = Path.of(System.getProperty("gatewaydsl.shared.dir",
      "../../shared")).toAbsolutePath().normalize();
  /** The oracle's launcher script. */
  public static final Path TOOL = SHARED.resolve("tools/crd-check/crd-check");
  private static final Path OUT = Path.of("target/crd-check");

  /** crd-check's default set: Gateway API v1.6.1, the standard channel, then experimental. */
  public static final String DEFAULT = "";
  /** The standard channel of Gateway API v1.6.1 alone. */
  public static final String V1_6_1_STANDARD = "v1.6.1/standard";
  /** The experimental channel of Gateway API v1.6.1 alone. */
  public static final String V1_6_1_EXPERIMENTAL = "v1.6.1/experimental";
  /** The experimental channel of Gateway API v0.6.1 (where TCP, TLS and UDP routes are served). */
  public static final String V0_6_1_EXPERIMENTAL = "v0.6.1/experimental";

  private CrdCheck() {}

  /** The CRDs of one release and channel, {@code "<release>/<channel>"}, for {@code crds} below. */
  public static String crds(String release, String channel) {
    return release + "/" + channel;
  }

  /** Whether the oracle is there to be run. */
  public static boolean present() {
    return Files.isExecutable(TOOL);
  }

  /**
   * Skips the calling test when the oracle is absent, or fails it when the oracle is required.
   * Every method here that runs the oracle calls this first.
   */
  public static void require() {
    if (present()) {
      return;
    }
    String where = SKIP_REASON + " at " + TOOL;
    if (required()) {
      throw new AssertionError(where + ", and GATEWAYDSL_REQUIRE_ORACLE / "
          + "gatewaydsl.oracle.required say it must run");
    }
    Assumptions.abort(where);
  }

  private static boolean required() {
    return Boolean.getBoolean("gatewaydsl.oracle.required")
        || "true".equals(String.valueOf(System.getenv("GATEWAYDSL_REQUIRE_ORACLE"))
            .toLowerCase(Locale.ROOT));
  }

  /**
   * Writes {@code yaml} to {@code target/crd-check/<name>.yaml} and asserts that the oracle finds
   * no violation in it: against crd-check's default set when {@code crds} is {@link #DEFAULT},
   * else against the CRDs of the folder {@code crds} names below {@code upstream/gateway-api},
   * such as {@link #V1_6_1_EXPERIMENTAL}.
   */
  public static void assertAccepted(String name, String yaml, String crds) {
    require();
    try {
      Files.createDirectories(OUT);
      Path file = OUT.resolve(name + ".yaml").toAbsolutePath();
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      assertAccepted(List.of(file), crds);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + name, e);
    }
  }

  /** Asserts that the oracle finds no violation in {@code files} (see {@link #assertAccepted}). */
  public static void assertAccepted(List<Path> files, String crds) {
    String output = run(files, crds);
    assertThat(output).as("crd-check output")
        .containsPattern("(?m)^\\d+ documents, 0 violations$");
  }

  /**
   * The output of the oracle on {@code files} against {@code crds} (see {@link #assertAccepted}):
   * one line per violation, {@code FILE#DOC KIND/NAME PATH: message}, then the summary. Asserts
   * that the tool ran (exit status 0 or 1).
   */
  public static String run(List<Path> files, String crds) {
    require();
    List<String> command = new ArrayList<>();
    command.add(TOOL.toString());
    if (!crds.isEmpty()) {
      command.add("--crds");
      command.add(UpstreamData.gatewayApi().resolve(crds).toString());
    }
    files.forEach(file -> command.add(file.toAbsolutePath().toString()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("crd-check finished").isTrue();
      assertThat(process.exitValue()).as("crd-check exit status; output:%n%s", output)
          .isIn(0, 1);
      assertThat(output).as("crd-check summary").contains(" documents, ");
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException("could not run " + TOOL, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running crd-check", e);
    }
  }
}
