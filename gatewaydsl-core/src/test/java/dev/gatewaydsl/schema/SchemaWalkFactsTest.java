package dev.gatewaydsl.schema;

import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.validation.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each sort of schema fact the walk checks, on both sides of its boundary, with the messages
 * crd-check (the API server's validation of the CRDs) prints for the same values.
 */
class SchemaWalkFactsTest {
  private static final Schema ROUTE = Catalog.of("v1.6.1", "standard").schema("HTTPRoute", "v1");
  private static final Schema GATEWAY = Catalog.of("v1.6.1", "standard").schema("Gateway", "v1");

  private static List<String> walk(Schema schema, Map<String, Object> spec) throws IOException {
    List<String> found = new ArrayList<>();
    Trees.write(Map.of("spec", spec), new SchemaWalk(schema,
        (at, path) -> found.add(at + ": not served"), (Violation v) -> found.add(v.toString())));
    return found;
  }

  private static Map<String, Object> parentRef(Object port) {
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("name", "g");
    ref.put("port", port);
    return ref;
  }

  @Test
  void aPatternIsMatched() throws IOException {
    assertThat(walk(ROUTE, Map.of("hostnames", List.of("a.example.com", "*.example.com"))))
        .isEmpty();
    assertThat(walk(ROUTE, Map.of("hostnames", List.of("A_B")))).containsExactly(
        "spec.hostnames[0]: Invalid value: \"A_B\": should match "
            + "'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'");
  }

  @Test
  void numbersStayWithinMinimumAndMaximum() throws IOException {
    assertThat(walk(ROUTE, Map.of("parentRefs", List.of(parentRef(1), parentRef(65535)))))
        .isEmpty();
    assertThat(walk(ROUTE, Map.of("parentRefs", List.of(parentRef(0), parentRef(65536)))))
        .containsExactly(
            "spec.parentRefs[0].port: Invalid value: 0: should be greater than or equal to 1",
            "spec.parentRefs[1].port: Invalid value: 65536: should be less than or equal to 65535");
  }

  @Test
  void anEnumTakesTheValuesOfTheTargetsRelease() throws IOException {
    Map<String, Object> spec = Map.of("rules", List.of(Map.of("filters",
        List.of(Map.of("type", "CORS")))));
    assertThat(walk(ROUTE, spec)).isEmpty();
    assertThat(walk(Catalog.of("v1.2.1", "standard").schema("HTTPRoute", "v1"), spec))
        .containsExactly("spec.rules[0].filters[0].type: Unsupported value: \"CORS\": supported "
            + "values: \"RequestHeaderModifier\", \"ResponseHeaderModifier\", \"RequestMirror\", "
            + "\"RequestRedirect\", \"URLRewrite\", \"ExtensionRef\"");
  }

  @Test
  void requiredFieldsArePresent() throws IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("name", "a");
    Map<String, Object> spec = Map.of("rules", List.of(Map.of("filters", List.of(Map.of(
        "type", "RequestHeaderModifier", "requestHeaderModifier", Map.of("add",
            List.of(header)))))));
    assertThat(walk(ROUTE, spec)).containsExactly(
        "spec.rules[0].filters[0].requestHeaderModifier.add[0].value: Required value");
    header.put("value", "b");
    assertThat(walk(ROUTE, spec)).isEmpty();
  }

  @Test
  void aStringIsNoLongerThanMaxLength() throws IOException {
    Map<String, Object> ref = parentRef(80);
    ref.put("sectionName", "a".repeat(253));
    assertThat(walk(ROUTE, Map.of("parentRefs", List.of(ref)))).isEmpty();
    ref.put("sectionName", "a".repeat(254));
    assertThat(walk(ROUTE, Map.of("parentRefs", List.of(ref)))).containsExactly(
        "spec.parentRefs[0].sectionName: " + tooLong(253, 254));
  }

  @Test
  void aListHasAtMostMaxItems() throws IOException {
    List<Object> refs = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      refs.add(parentRef(80));
    }
    assertThat(walk(ROUTE, Map.of("parentRefs", refs))).isEmpty();
    refs.add(parentRef(80));
    assertThat(walk(ROUTE, Map.of("parentRefs", refs))).containsExactly(
        "spec.parentRefs: Too many: 33: must have at most 32 items");
  }

  @Test
  void aMapHasAtMostMaxPropertiesAndItsValuesFollowTheirFacts() throws IOException {
    Map<String, Object> labels = new LinkedHashMap<>();
    for (int i = 0; i < 8; i++) {
      labels.put("l" + i, "v");
    }
    Map<String, Object> annotations = Map.of("a", "x".repeat(4096));
    Map<String, Object> spec = Map.of("gatewayClassName", "c", "listeners",
        List.of(Map.of("name", "http", "port", 80, "protocol", "HTTP")),
        "infrastructure", Map.of("labels", labels, "annotations", annotations));
    assertThat(walk(GATEWAY, spec)).isEmpty();
    labels.put("l8", "v");
    Map<String, Object> longer = Map.of("gatewayClassName", "c", "listeners",
        List.of(Map.of("name", "http", "port", 80, "protocol", "HTTP")),
        "infrastructure", Map.of("labels", labels, "annotations", Map.of("a", "x".repeat(4097))));
    assertThat(walk(GATEWAY, longer)).containsExactlyInAnyOrder(
        "spec.infrastructure.labels: Too many: 9: must have at most 8 properties",
        "spec.infrastructure.annotations[a]: " + tooLong(4096, 4097));
  }
}
