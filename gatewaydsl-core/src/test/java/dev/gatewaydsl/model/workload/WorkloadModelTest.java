package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated lines of the workload model must be exactly what {@link WorkloadModelGenerator}
 * writes from the official client's model and the Go field order. Regenerate them with {@code mvn
 * -pl gatewaydsl-core test -Dtest=WorkloadModelTest -Dgatewaydsl.regenerate=true}.
 */
class WorkloadModelTest {
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void theModelIsWhatTheGeneratorWrites() throws IOException {
    Map<String, String> expected = WorkloadModelGenerator
        .reading(UpstreamData.kubernetesFieldOrder()).sources(SOURCES);
    if (Boolean.getBoolean("gatewaydsl.regenerate")) {
      for (Map.Entry<String, String> source : expected.entrySet()) {
        Path file = SOURCES.resolve(source.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
      }
    }
    for (Map.Entry<String, String> source : expected.entrySet()) {
      Path file = SOURCES.resolve(source.getKey());
      assertThat(file).as("generated " + source.getKey()).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as(source.getKey()).isEqualTo(source.getValue());
    }
  }
}
