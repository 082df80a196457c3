package dev.gatewaydsl.benchmarks;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The floor: the same documents as plain {@code Map}/{@code List} trees, written by
 * jackson-dataformat-yaml (the Jackson 2 release gatewaydsl uses) through one {@link
 * SequenceWriter}, in the same block style with Jackson's own minimal quoting. No model, no
 * validation: the least any Jackson-based writer of this YAML can do.
 */
public final class FloorSide {
  private static final YAMLMapper MAPPER = YAMLMapper.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
      .build();

  private FloorSide() {}

  /** Builds every tree and writes the YAML stream. */
  public static String yaml(Fleet fleet) {
    StringWriter out = new StringWriter();
    try (SequenceWriter documents = MAPPER.writer().writeValues(out)) {
      documents.write(gateway());
      for (Fleet.Team team : fleet.teams()) {
        documents.write(route(team));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Map<String, Object> gateway() {
    Map<String, Object> gateway = resource("Gateway", Fleet.GATEWAY_NAME, Fleet.GATEWAY_NAMESPACE,
        map("app.kubernetes.io/managed-by", "platform-generator"));
    Map<String, Object> listener = map("name", Fleet.LISTENER);
    listener.put("hostname", Fleet.WILDCARD_HOSTNAME);
    listener.put("port", 80);
    listener.put("protocol", "HTTP");
    listener.put("allowedRoutes", map("namespaces", map("from", "All")));
    Map<String, Object> spec = map("gatewayClassName", "istio");
    spec.put("listeners", List.of(listener));
    gateway.put("spec", spec);
    return gateway;
  }

  static Map<String, Object> route(Fleet.Team team) {
    Map<String, Object> labels = map("app.kubernetes.io/managed-by", "platform-generator");
    labels.put("app.kubernetes.io/part-of", "storefront");
    labels.put("team", team.name());
    Map<String, Object> route = resource("HTTPRoute", team.name(), team.name(), labels);
    Map<String, Object> parent = map("namespace", Fleet.GATEWAY_NAMESPACE);
    parent.put("name", Fleet.GATEWAY_NAME);
    parent.put("sectionName", Fleet.LISTENER);
    Map<String, Object> spec = map("parentRefs", List.of(parent));
    spec.put("hostnames", List.of(team.hostname()));
    Map<String, Object> setTeam = map("name", Fleet.TEAM_HEADER);
    setTeam.put("value", team.name());
    Map<String, Object> filter = map("type", "RequestHeaderModifier");
    filter.put("requestHeaderModifier", map("set", List.of(setTeam)));
    spec.put("rules", List.of(
        rule("/api", filter, backend(team.api(), 90), backend(team.apiCanary(), 10)),
        rule("/", null, backend(team.web(), 80), backend(team.webNext(), 20))));
    route.put("spec", spec);
    return route;
  }

  private static Map<String, Object> rule(String prefix, Map<String, Object> filter,
      Map<String, Object> first, Map<String, Object> second) {
    Map<String, Object> path = map("type", "PathPrefix");
    path.put("value", prefix);
    Map<String, Object> header = map("name", Fleet.ENVIRONMENT_HEADER);
    header.put("value", Fleet.ENVIRONMENT);
    Map<String, Object> match = map("path", path);
    match.put("headers", List.of(header));
    Map<String, Object> rule = map("matches", List.of(match));
    if (filter != null) {
      rule.put("filters", List.of(filter));
    }
    rule.put("backendRefs", List.of(first, second));
    return rule;
  }

  private static Map<String, Object> backend(String service, int weight) {
    Map<String, Object> backend = map("name", service);
    backend.put("port", Fleet.BACKEND_PORT);
    backend.put("weight", weight);
    return backend;
  }

  private static Map<String, Object> resource(String kind, String name, String namespace,
      Map<String, Object> labels) {
    Map<String, Object> resource = map("apiVersion", "gateway.networking.k8s.io/v1");
    resource.put("kind", kind);
    Map<String, Object> metadata = map("name", name);
    metadata.put("namespace", namespace);
    metadata.put("labels", labels);
    resource.put("metadata", metadata);
    return resource;
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
