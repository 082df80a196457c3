package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.yaml.Manifests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The words of the schema facts of Gateway API fields (pattern, length, bounds, required): for
 * hand-written manifests (under {@code parity/schema-messages*.yaml} in the test resources) with
 * values at each limit and one past it, the model reports exactly the lines crd-check reports,
 * path and message, word for word. Where crd-check skipped the CEL rules after a blocking error,
 * as the API server does, the model (which reports everything at once) may report more.
 */
class SchemaMessageParityTest {
  private static final Pattern LINE = Pattern.compile("^\\S+#(\\d+) \\S+ (\\S+: .*)$");
  private static final String CEL_SKIPPED = "(root): some validation rules were not checked";

  @ParameterizedTest
  @CsvSource({
      "schema-messages.yaml, V1_6_STANDARD, ''",
      "schema-messages-experimental.yaml, V1_6_EXPERIMENTAL, v1.6.1/experimental"})
  void theModelReportsWhatTheApiServerReportsWordForWord(String fixture,
      GatewayApiTarget target, String crds) throws Exception {
    Path file = Path.of(SchemaMessageParityTest.class.getResource("parity/" + fixture).toURI());
    Map<Integer, Set<String>> expected = new TreeMap<>();
    Set<Integer> celSkipped = new TreeSet<>();
    for (String line : CrdCheck.run(List.of(file), crds).lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        int doc = Integer.parseInt(m.group(1));
        if (m.group(2).startsWith(CEL_SKIPPED)) {
          celSkipped.add(doc);
        } else {
          expected.computeIfAbsent(doc, d -> new TreeSet<>()).add(m.group(2));
        }
      }
    }
    List<String> documents = List.of(Files.readString(file, StandardCharsets.UTF_8)
        .split("(?m)^---$"));
    assertThat(documents).as("documents in %s", fixture).hasSizeGreaterThan(1);
    for (int doc = 0; doc < documents.size(); doc++) {
      Set<String> crd = expected.getOrDefault(doc, Set.of());
      Set<String> model = reportedByTheModel(documents.get(doc), target);
      if (celSkipped.contains(doc)) {
        assertThat(model).as("%s#%d", fixture, doc).containsAll(crd);
      } else {
        assertThat(model).as("%s#%d", fixture, doc).isEqualTo(crd);
      }
    }
    assertThat(expected).as("documents crd-check rejects").isNotEmpty();
    assertThat(expected.size()).as("some documents are accepted").isLessThan(documents.size());
  }

  private static Set<String> reportedByTheModel(String yaml, GatewayApiTarget target) {
    try {
      Manifests.fromYaml(yaml, target);
      return Set.of();
    } catch (RuntimeException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof InvalidResourceException)) {
        cause = cause.getCause();
      }
      if (cause == null) {
        throw e;
      }
      Set<String> lines = new TreeSet<>();
      for (Violation violation : ((InvalidResourceException) cause).violations()) {
        lines.add(violation.toString());
      }
      return lines;
    }
  }
}
