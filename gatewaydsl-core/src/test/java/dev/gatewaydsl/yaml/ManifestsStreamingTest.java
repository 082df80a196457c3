package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Large sets are written as they come, in bounded memory. */
class ManifestsStreamingTest {

  /**
   * 100,000 routes make about 100 MiB of YAML, more than the 64 MiB heap: the run succeeds only if
   * neither the routes nor the text are kept.
   */
  @Test
  void streamsOneHundredThousandRoutesInA64MiBHeap() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-Xmx64m",
        "-cp", System.getProperty("java.class.path"),
        StreamManyRoutes.class.getName(), "100000"))
        .redirectErrorStream(true)
        .start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).startsWith("documents=100000 bytes=");
    long bytes = Long.parseLong(output.strip().substring(output.indexOf("bytes=") + 6));
    assertThat(bytes).isGreaterThan(64L * 1024 * 1024);
  }
}
