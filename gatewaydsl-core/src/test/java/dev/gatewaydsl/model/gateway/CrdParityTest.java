package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Validation parity: hand-written manifests (under {@code parity/} in the test resources), each
 * read into the model and checked by crd-check. Both must flag the same fields: every field
 * crd-check flags is flagged by the model at that path or below it (the model may name the
 * offending field more precisely), and the model flags nothing crd-check does not. Where crd-check
 * skipped the CEL rules because of an earlier blocking error, as the API server does, the model
 * (which reports everything at once) need only flag a superset.
 */
class CrdParityTest {
  private static final Pattern LINE = Pattern.compile("^\\S+#(\\d+) \\S+ (\\S+): .*$");
  private static final String CEL_SKIPPED = "some validation rules were not checked";
  private static final ObjectMapper MAPPER = new YAMLMapper().registerModule(new Jdk8Module())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @ParameterizedTest
  @ValueSource(strings = {"tcproutes.yaml", "tlsroutes.yaml", "backendtlspolicies.yaml"})
  void theModelFlagsWhatTheApiServerFlags(String fixture) throws Exception {
    Path file = resource("parity/" + fixture);
    String output = CrdCheck.run(List.of(file), CrdCheck.DEFAULT);
    Map<Integer, Set<String>> expected = new TreeMap<>();
    Set<Integer> celSkipped = new TreeSet<>();
    for (String line : output.lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        int doc = Integer.parseInt(m.group(1));
        if (line.contains(CEL_SKIPPED)) {
          celSkipped.add(doc);
        } else {
          expected.computeIfAbsent(doc, d -> new TreeSet<>()).add(m.group(2));
        }
      }
    }
    List<JsonNode> documents = documents(file);
    assertThat(documents).as("documents in %s", fixture).hasSizeGreaterThan(1);
    for (int doc = 0; doc < documents.size(); doc++) {
      JsonNode document = documents.get(doc);
      String name = document.path("kind").asText() + "/" + document.path("metadata")
          .path("name").asText();
      Set<String> crd = expected.getOrDefault(doc, Set.of());
      Set<String> model = flaggedByTheModel(document);
      for (String path : crd) {
        assertThat(model).as("%s: the model flags what crd-check flags at %s; crd-check: %s",
            name, path, crd).anyMatch(p -> atOrBelow(p, path));
      }
      if (!celSkipped.contains(doc)) {
        for (String path : model) {
          assertThat(crd).as("%s: crd-check flags what the model flags at %s; model: %s", name,
              path, model).anyMatch(p -> atOrBelow(path, p));
        }
      }
    }
  }

  private static boolean atOrBelow(String path, String ancestor) {
    return path.equals(ancestor) || path.startsWith(ancestor + ".")
        || path.startsWith(ancestor + "[");
  }

  private static Set<String> flaggedByTheModel(JsonNode document) throws IOException {
    Class<? extends KubernetesResource> type = Kinds.find(document.path("apiVersion").asText(),
        document.path("kind").asText()).orElseThrow().type();
    // read as crd-check checks: the standard channel where it serves the kind and version
    String apiVersion = document.path("apiVersion").asText();
    GatewayApiTarget target = GatewayApiTarget.V1_6_STANDARD
        .servedVersions(document.path("kind").asText())
        .contains(apiVersion.substring(apiVersion.indexOf('/') + 1))
        ? GatewayApiTarget.V1_6_STANDARD : GatewayApiTarget.V1_6_EXPERIMENTAL;
    try {
      MAPPER.readerFor(type)
          .with(new InjectableValues.Std().addValue(GatewayApiTarget.class, target))
          .readValue(document);
      return Set.of();
    } catch (IOException e) {
      Throwable cause = e;
      while (cause != null && !(cause instanceof InvalidResourceException)) {
        cause = cause.getCause();
      }
      if (cause == null) {
        throw e;
      }
      InvalidResourceException invalid = (InvalidResourceException) cause;
      assertThat(invalid.missingAttributes()).as("a missing attribute in %s", document).isFalse();
      List<Violation> violations = invalid.violations();
      assertThat(violations).as("violations of %s", document).isNotEmpty();
      Set<String> paths = new TreeSet<>();
      violations.forEach(v -> paths.add(v.path().toString()));
      return paths;
    }
  }

  private static List<JsonNode> documents(Path file) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class)
        .readValues(file.toFile())) {
      it.forEachRemaining(documents::add);
    }
    return documents;
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(CrdParityTest.class.getResource(name).toURI());
  }
}
