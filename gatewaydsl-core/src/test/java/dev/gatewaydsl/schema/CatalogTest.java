package dev.gatewaydsl.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code gateway-api-schema.txt}, which {@link Catalog} reads at run time, must be exactly what
 * the CRDs in {@code upstream/gateway-api} say. Regenerate it with {@code mvn -pl gatewaydsl-core
 * test -Dtest=CatalogTest -Dgatewaydsl.regenerate=true}.
 */
class CatalogTest {
  private static final Path CATALOG =
      Path.of("src/main/resources/dev/gatewaydsl/schema/gateway-api-schema.txt");
  private static final Pattern VERSION = Pattern.compile("v(\\d+)(?:(alpha|beta)(\\d+))?");

  @Test
  void catalogIsWhatTheCrdsSay() throws IOException {
    String expected = generate();
    if (Boolean.getBoolean("gatewaydsl.regenerate")) {
      Files.writeString(CATALOG, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(CATALOG, StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void servedVersionsComeNewestFirst() {
    assertThat(GatewayApiTarget.V1_6_STANDARD.servedVersions("HTTPRoute"))
        .containsExactly("v1", "v1beta1");
    assertThat(GatewayApiTarget.V0_6_STANDARD.servedVersions("HTTPRoute"))
        .containsExactly("v1beta1", "v1alpha2");
    assertThat(GatewayApiTarget.V0_6_STANDARD.servedVersions("GRPCRoute")).isEmpty();
    assertThat(GatewayApiTarget.V0_6_EXPERIMENTAL.servedVersions("GRPCRoute"))
        .containsExactly("v1alpha2");
  }

  @Test
  void theManagedBundlesServeReferenceGrantV1AndTlsRouteFromV151Only() {
    // ReferenceGrant v1 and the standard-channel TLSRoute arrived with Gateway API v1.5
    // (kubernetes-sigs/gateway-api PR #4458; CRDs of v1.4.1 and v1.5.1 in ../shared)
    assertThat(GatewayApiTarget.V1_2_STANDARD.servedVersions("ReferenceGrant"))
        .containsExactly("v1beta1");
    assertThat(GatewayApiTarget.V1_4_STANDARD.servedVersions("ReferenceGrant"))
        .containsExactly("v1beta1");
    assertThat(GatewayApiTarget.V1_5_STANDARD.servedVersions("ReferenceGrant"))
        .containsExactly("v1", "v1beta1");
    assertThat(GatewayApiTarget.V1_4_STANDARD.servedVersions("TLSRoute")).isEmpty();
    assertThat(GatewayApiTarget.V1_5_STANDARD.servedVersions("TLSRoute")).containsExactly("v1");
    assertThat(GatewayApiTarget.V1_3_STANDARD.servedVersions("BackendTLSPolicy")).isEmpty();
    assertThat(GatewayApiTarget.V1_4_STANDARD.servedVersions("BackendTLSPolicy"))
        .containsExactly("v1");
    assertThat(GatewayApiTarget.V1_2_STANDARD.defaultApiVersion("ReferenceGrant"))
        .isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(GatewayApiTarget.V1_5_STANDARD.defaultApiVersion("ReferenceGrant"))
        .isEqualTo("gateway.networking.k8s.io/v1");
  }

  @Test
  void factsAreReadBackAsTheCrdStatesThem() {
    Schema route = Catalog.of("v1.6.1", "standard").schema("HTTPRoute", "v1");
    assertThat(route.facts("spec.parentRefs").maxItems()).isEqualTo(32);
    assertThat(route.facts("spec.rules[].backendRefs[].weight").maximum()).isEqualTo(1_000_000L);
    assertThat(route.facts("spec.rules[].backendRefs[].weight").minimum()).isEqualTo(0L);
    assertThat(route.facts("spec.hostnames[]").maxLength()).isEqualTo(253);
    assertThat(route.facts("spec.hostnames[]").minLength()).isEqualTo(1);
    assertThat(route.facts("spec.rules[].matches[].method").supported())
        .contains("GET", "PATCH");
    assertThat(route.facts("spec.parentRefs[].name").required()).isTrue();
    assertThat(route.facts("spec.parentRefs[].port").required()).isFalse();
    assertThat(Catalog.of("v0.6.1", "standard").schema("HTTPRoute", "v1beta1")
        .facts("spec.rules").maxItems()).isEqualTo(16);
  }

  /** Every pattern of the CRDs compiles as a Java regular expression. */
  @Test
  void everyPatternCompiles() throws IOException {
    Set<String> patterns = new HashSet<>();
    for (String line : Files.readAllLines(CATALOG, StandardCharsets.UTF_8)) {
      if (line.startsWith("% ") && line.contains(" ~")) {
        patterns.add(line.substring(line.indexOf(" ~") + 2));
      }
    }
    assertThat(patterns).isNotEmpty();
    patterns.forEach(Pattern::compile);
  }

  private static String generate() throws IOException {
    Map<String, Integer> shared = new LinkedHashMap<>();
    StringBuilder body = new StringBuilder();
    Map<String, String> blocks = new LinkedHashMap<>(); // block text -> first header
    for (GatewayApiTarget target : GatewayApiTarget.values()) {
      String release = target.release();
      String channel = target.channel();
      Map<String, Map<String, Map<String, String>>> kinds = new TreeMap<>();
      try (Stream<Path> files = Files.list(UpstreamData.crds(release, channel))) {
        for (Path file : files.sorted().toList()) {
          readCrds(file, kinds, shared);
        }
      }
      kinds.forEach((kind, versions) -> {
        List<String> sorted = new ArrayList<>(versions.keySet());
        sorted.sort(Comparator.comparing(CatalogTest::priority).reversed());
        for (String version : sorted) {
          String header = release + "/" + channel + " " + kind + " " + version;
          StringBuilder block = new StringBuilder();
          versions.get(version).forEach((path, facts) -> block.append(path)
              .append(facts.isEmpty() ? "" : " " + facts).append('\n'));
          String same = blocks.putIfAbsent(block.toString(), header);
          body.append("@ ").append(header);
          if (same == null) {
            body.append('\n').append(block);
          } else {
            body.append(" = ").append(same).append('\n');
          }
        }
      });
    }
    StringBuilder out = new StringBuilder("# Generated from the Gateway API CRDs by "
        + "CatalogTest; do not edit.\n");
    shared.forEach((text, id) -> out.append("% ").append(id).append(' ').append(text)
        .append('\n'));
    return out.append(body).toString();
  }

  private static void readCrds(Path file, Map<String, Map<String, Map<String, String>>> kinds,
      Map<String, Integer> shared) throws IOException {
    try (MappingIterator<JsonNode> documents = new YAMLMapper().readerFor(JsonNode.class)
        .readValues(file.toFile())) {
      while (documents.hasNext()) {
        JsonNode crd = documents.next();
        if (!"CustomResourceDefinition".equals(crd.path("kind").asText())
            || !"gateway.networking.k8s.io".equals(crd.path("spec").path("group").asText())) {
          continue;
        }
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : crd.path("spec").path("versions")) {
          if (!version.path("served").asBoolean()) {
            continue;
          }
          Map<String, String> paths = new TreeMap<>();
          JsonNode spec = version.path("schema").path("openAPIV3Schema").path("properties")
              .path("spec");
          collect(spec, "spec", false, paths, shared);
          kinds.computeIfAbsent(kind, k -> new TreeMap<>())
              .put(version.path("name").asText(), paths);
        }
      }
    }
  }

  private static void collect(JsonNode schema, String path, boolean required,
      Map<String, String> paths, Map<String, Integer> shared) {
    paths.put(path, facts(schema, required, shared));
    if (schema.has("additionalProperties")
        || schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
      JsonNode values = schema.path("additionalProperties");
      paths.put(path + "{}", values.isObject() ? facts(values, false, shared) : "");
      return;
    }
    Set<String> requiredNames = new HashSet<>();
    schema.path("required").forEach(name -> requiredNames.add(name.asText()));
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      // the API server defaults a field before it validates, so a default makes it optional
      boolean needed = requiredNames.contains(property.getKey())
          && !property.getValue().has("default");
      collect(property.getValue(), path + "." + property.getKey(), needed, paths, shared);
    }
    if (schema.has("items")) {
      collect(schema.get("items"), path + "[]", false, paths, shared);
    }
  }

  /**
   * The facts of one schema node, in the catalog's notation: {@code R} required, {@code
   * L}/{@code I}/{@code N}/{@code P} with {@code min:max} for length, items, number and
   * properties, {@code F} format, {@code ~id} pattern and {@code =id} enum (texts shared in
   * {@code %} lines).
   */
  private static String facts(JsonNode schema, boolean required,
      Map<String, Integer> shared) {
    List<String> facts = new ArrayList<>();
    if (required) {
      facts.add("R");
    }
    range("L", schema, "minLength", "maxLength", facts);
    range("I", schema, "minItems", "maxItems", facts);
    // the writer never writes an empty list, so the walk checks no minItems: a CRD that asks for
    // more than one item needs that check first
    assertThat(schema.path("minItems").asInt()).isLessThanOrEqualTo(1);
    range("N", schema, "minimum", "maximum", facts);
    range("P", schema, "minProperties", "maxProperties", facts);
    if (schema.has("format")) {
      facts.add("F" + schema.get("format").asText());
    }
    if (schema.has("pattern")) {
      facts.add("~" + share("~" + schema.get("pattern").asText(), shared));
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.get("enum").forEach(v -> values.add(v.asText()));
      assertThat(values).noneMatch(v -> v.contains("|") || v.isEmpty());
      facts.add("=" + share("=" + String.join("|", values), shared));
    }
    return String.join(" ", facts);
  }

  private static void range(String letter, JsonNode schema, String min, String max,
      List<String> facts) {
    if (schema.has(min) || schema.has(max)) {
      facts.add(letter + (schema.has(min) ? schema.get(min).asLong() : "") + ":"
          + (schema.has(max) ? schema.get(max).asLong() : ""));
    }
  }

  private static int share(String text, Map<String, Integer> shared) {
    return shared.computeIfAbsent(text, t -> shared.size());
  }

  /** Kubernetes version priority: GA over beta over alpha, then by number. */
  private static int priority(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return 0;
    }
    int major = Integer.parseInt(m.group(1));
    int stage = m.group(2) == null ? 3 : m.group(2).equals("beta") ? 2 : 1;
    int minor = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return major * 10000 + stage * 1000 + minor;
  }
}
