package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks a resource against what its {@link GatewayApiTarget} serves: apiVersion and fields. */
final class TargetChecks {
  private TargetChecks() {}

  static void check(GatewayApiResource resource, Violations violations) {
    GatewayApiTarget target = resource.target();
    String kind = resource.kind();
    List<String> served = target.servedVersions(kind);
    if (served.isEmpty()) {
      violations.forbidden(FieldPath.of("kind"), kind + " is not served by " + target.describe());
      return;
    }
    String apiVersion = resource.apiVersion();
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (!apiVersion.equals(GatewayApi.GROUP + "/" + version) || !served.contains(version)) {
      violations.notSupported(FieldPath.of("apiVersion"), apiVersion,
          served.stream().map(v -> GatewayApi.GROUP + "/" + v).toList());
      return;
    }
    if (target == GatewayApiTarget.V1_6_EXPERIMENTAL) {
      return; // the model holds no field beyond the newest experimental channel
    }
    Set<String> fields = target.fields(kind, version);
    JsonNode spec = Trees.of(resource).path("spec");
    walk(spec, "spec", FieldPath.of("spec"), fields, resource, version, violations);
  }

  private static void walk(JsonNode node, String schemaPath, FieldPath at, Set<String> fields,
      GatewayApiResource resource, String version, Violations violations) {
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), schemaPath + "[]", at.index(i), fields, resource, version, violations);
      }
    } else if (node.isObject() && !fields.contains(schemaPath + "{}")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String path = schemaPath + "." + field.getKey();
        FieldPath child = at.child(field.getKey());
        if (fields.contains(path)) {
          walk(field.getValue(), path, child, fields, resource, version, violations);
        } else {
          violations.forbidden(child, notServed(resource, version, path));
        }
      }
    }
  }

  private static String notServed(GatewayApiResource resource, String version, String path) {
    GatewayApiTarget target = resource.target();
    String message = "not served by " + target.describe();
    if (target == GatewayApiTarget.V1_6_STANDARD
        && GatewayApiTarget.V1_6_EXPERIMENTAL.fields(resource.kind(), version).contains(path)) {
      return message + "; it is an experimental-channel field: build with "
          + "target(GatewayApiTarget.V1_6_EXPERIMENTAL) for a cluster with that channel";
    }
    if (target == GatewayApiTarget.V0_6_STANDARD
        && GatewayApiTarget.V0_6_EXPERIMENTAL.fields(resource.kind(), version).contains(path)) {
      return message + "; it is an experimental-channel field: build with "
          + "target(GatewayApiTarget.V0_6_EXPERIMENTAL) for a cluster with that channel";
    }
    return message;
  }
}
