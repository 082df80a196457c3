package dev.gatewaydsl.cli;

import static dev.gatewaydsl.cli.CliRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code target/gatewaydsl-cli.jar}, run with {@code java -jar} on the output of the
 * real {@code kubectl kustomize} (which works offline), as in {@code kubectl kustomize . | java -jar
 * gatewaydsl-cli.jar check -}.
 */
class CliJarIT {
  private static final Path JAR = Path.of("target", "gatewaydsl-cli.jar");

  @TempDir
  Path dir;

  private record Result(int status, String out, String err) {}

  private static byte[] kustomize(Path folder) throws IOException, InterruptedException {
    Process kubectl = new ProcessBuilder("kubectl", "kustomize", folder.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] out = kubectl.getInputStream().readAllBytes();
    assertThat(kubectl.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(kubectl.exitValue()).as("kubectl kustomize exit status").isZero();
    return out;
  }

  private static Result java(byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        JAR.toString()));
    command.addAll(List.of(args));
    Process java = new ProcessBuilder(command).start();
    try (OutputStream in = java.getOutputStream()) {
      in.write(stdin);
    }
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(java.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Result(java.exitValue(), out, err);
  }

  @Test
  void checkReadsKubectlKustomizeOutputFromStandardInput() throws Exception {
    ManifestDirectory.write(dir, List.of(CheckCommandTest.GATEWAY, CheckCommandTest.routeTo("web"),
        HTTPRoute.builder().name("lost").namespace("shop")
            .parentRef(ParentReference.builder().name("nowhere").build()).build()),
        WriteOptions.defaults());
    byte[] rendered = kustomize(dir);
    String text = new String(rendered, StandardCharsets.UTF_8);

    Result run = java(rendered, "check", "-");

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).isEqualTo("<stdin>:" + lineOf(text, "  - name: nowhere")
        + ": error ParentNotFound: HTTPRoute \"shop/lost\": spec.parentRefs[0]: Gateway "
        + "\"shop/nowhere\" is not in the set\n");
  }

  @Test
  void aCleanKustomizationPasses() throws Exception {
    ManifestDirectory.write(dir, List.of(CheckCommandTest.GATEWAY, CheckCommandTest.routeTo("web")),
        WriteOptions.defaults());

    Result run = java(kustomize(dir), "check", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void versionAndUsageFromTheJar() throws Exception {
    assertThat(java(new byte[0], "--version").out()).startsWith("gatewaydsl ");
    assertThat(java(new byte[0], "check").status()).isEqualTo(2);
  }
}
