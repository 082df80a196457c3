package dev.gatewaydsl.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.UpstreamData;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The served-fields check reports, while the resource is serialized, exactly the fields a walk of
 * the resource's JSON tree reports: compared on every upstream example, for every target.
 */
class SchemaWalkTest {
  private static final Path EXAMPLES = UpstreamData.gatewayApi().resolve("v1.6.1/examples");

  @Test
  void reportsWhatATreeWalkReportsOnEveryUpstreamExampleForEveryTarget() throws IOException {
    List<GatewayApiResource> resources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        try {
          for (KubernetesResource resource : Manifests.fromYaml(
              Files.readString(file, StandardCharsets.UTF_8), GatewayApiTarget.V1_6_EXPERIMENTAL)) {
            if (resource instanceof GatewayApiResource gatewayApi) {
              resources.add(gatewayApi);
            }
          }
        } catch (RuntimeException e) {
          // a file with a kind the model does not hold: the other files are enough
        }
      }
    }
    assertThat(resources).hasSizeGreaterThan(50);

    int reported = 0;
    for (GatewayApiResource resource : resources) {
      String version = resource.apiVersion().substring(resource.apiVersion().indexOf('/') + 1);
      for (GatewayApiTarget target : GatewayApiTarget.values()) {
        Schema schema = Catalog.of(target.release(), target.channel())
            .schema(resource.kind(), version);
        Set<String> fields = schema.fields();
        List<String> expected = new ArrayList<>();
        walk(Trees.of(resource).path("spec"), "spec", FieldPath.of("spec"), fields, expected);
        List<String> actual = new ArrayList<>();
        Trees.write(resource, new SchemaWalk(schema,
            (at, path) -> actual.add(at + " " + path), broken -> { }));

        assertThat(actual).as(resource.kind() + " " + resource.metadata().name() + " on "
            + target).isEqualTo(expected);
        reported += actual.size();
      }
    }
    assertThat(reported).as("fields reported as not served").isGreaterThan(100);
  }

  /** The reference: a walk of the resource's JSON tree. */
  private static void walk(JsonNode node, String schemaPath, FieldPath at, Set<String> fields,
      List<String> found) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), schemaPath + "[]", at.index(i), fields, found);
      }
    } else if (node.isObject() && !fields.contains(schemaPath + "{}")) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String path = schemaPath + "." + field.getKey();
        FieldPath child = at.child(field.getKey());
        if (fields.contains(path)) {
          walk(field.getValue(), path, child, fields, found);
        } else {
          found.add(child + " " + path);
        }
      }
    }
  }
}
