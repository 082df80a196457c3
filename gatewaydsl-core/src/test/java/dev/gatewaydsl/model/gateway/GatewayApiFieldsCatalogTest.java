package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code gateway-api-fields.txt}, which {@link GatewayApiTarget} reads at run time, must be exactly
 * what the CRDs in {@code upstream/gateway-api} say. Regenerate it with {@code mvn -pl
 * gatewaydsl-core test -Dtest=GatewayApiFieldsCatalogTest -Dgatewaydsl.regenerate=true}.
 */
class GatewayApiFieldsCatalogTest {
  private static final Path CATALOG =
      Path.of("src/main/resources/dev/gatewaydsl/model/gateway/gateway-api-fields.txt");
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

  private static String generate() throws IOException {
    StringBuilder out = new StringBuilder("# Generated from the Gateway API CRDs by "
        + "GatewayApiFieldsCatalogTest; do not edit.\n");
    for (GatewayApiTarget target : GatewayApiTarget.values()) {
      String release = target.release();
      String channel = target.channel();
      Map<String, Map<String, TreeSet<String>>> kinds = new TreeMap<>();
      try (Stream<Path> files = Files.list(UpstreamData.crds(release, channel))) {
        for (Path file : files.sorted().toList()) {
          readCrds(file, kinds);
        }
      }
      kinds.forEach((kind, versions) -> {
        List<String> sorted = new ArrayList<>(versions.keySet());
        sorted.sort(Comparator.comparing(GatewayApiFieldsCatalogTest::priority).reversed());
        for (String version : sorted) {
          out.append("@ ").append(release).append('/').append(channel).append(' ')
              .append(kind).append(' ').append(version).append('\n');
          versions.get(version).forEach(path -> out.append(path).append('\n'));
        }
      });
    }
    return out.toString();
  }

  private static void readCrds(Path file, Map<String, Map<String, TreeSet<String>>> kinds)
      throws IOException {
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
          TreeSet<String> paths = new TreeSet<>();
          JsonNode spec = version.path("schema").path("openAPIV3Schema").path("properties")
              .path("spec");
          collect(spec, "spec", paths);
          kinds.computeIfAbsent(kind, k -> new TreeMap<>())
              .put(version.path("name").asText(), paths);
        }
      }
    }
  }

  private static void collect(JsonNode schema, String path, TreeSet<String> paths) {
    if (schema.has("additionalProperties")
        || schema.path("x-kubernetes-preserve-unknown-fields").asBoolean()) {
      paths.add(path + "{}");
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> property = it.next();
      String child = path + "." + property.getKey();
      paths.add(child);
      collect(property.getValue(), child, paths);
    }
    if (schema.has("items")) {
      if (schema.path("minItems").asInt() > 0) {
        paths.add(path + "[+]");
      }
      if (schema.has("maxItems")) {
        paths.add(path + "[<=" + schema.get("maxItems").asInt() + "]");
      }
      collect(schema.get("items"), path + "[]", paths);
    }
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
