package dev.gatewaydsl.benchmarks.coldstart;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The echoserver seed set (Deployment, Service, Gateway with the AKS Istio label and probe
 * annotations, HTTPRoute) as plain {@code Map}/{@code List} trees written by
 * jackson-dataformat-yaml: the floor of the cold-start comparison, what any Jackson-based program
 * printing this YAML pays at least. Its jar, {@code target/jackson-echoserver.jar}, holds Jackson
 * and SnakeYAML only.
 */
public final class JacksonEchoserver {
  private JacksonEchoserver() {}

  public static void main(String[] args) throws IOException {
    Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
    write(out);
    out.flush();
  }

  /**
   * Writes the four documents to {@code out}, strings that look like numbers quoted (as {@code
   * "15021"} must be), without closing it.
   */
  public static void write(Writer out) throws IOException {
    YAMLMapper mapper = YAMLMapper.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLGenerator.Feature.INDENT_ARRAYS)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .build();
    try (SequenceWriter documents = mapper.writer().writeValues(out)) {
      documents.writeAll(resources());
    }
  }

  /** The four documents, in order. */
  public static List<Map<String, Object>> resources() {
    Map<String, Object> run = map("run", "echoserver");
    Map<String, Object> container = map("name", "echoserver");
    container.put("image", "gcr.io/google_containers/echoserver:1.10");
    container.put("ports", List.of(map("containerPort", 8080)));
    Map<String, Object> deploymentSpec = map("replicas", 1);
    deploymentSpec.put("selector", map("matchLabels", run));
    Map<String, Object> template = map("metadata", map("labels", run));
    template.put("spec", map("containers", List.of(container)));
    deploymentSpec.put("template", template);
    Map<String, Object> deployment = resource("apps/v1", "Deployment", metadata());
    deployment.put("spec", deploymentSpec);

    Map<String, Object> port = map("protocol", "TCP");
    port.put("port", 8080);
    port.put("targetPort", 8080);
    Map<String, Object> serviceSpec = map("ports", List.of(port));
    serviceSpec.put("selector", run);
    Map<String, Object> service = resource("v1", "Service", metadata());
    service.put("spec", serviceSpec);

    Map<String, Object> gatewayMetadata = metadata();
    gatewayMetadata.put("labels", map("istio.io/rev", "asm-1-17"));
    Map<String, Object> annotations = map(
        "service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path", "/healthz/ready");
    annotations.put("service.beta.kubernetes.io/port_80_health-probe_port", "15021");
    annotations.put("service.beta.kubernetes.io/port_80_health-probe_protocol", "http");
    gatewayMetadata.put("annotations", annotations);
    Map<String, Object> listener = map("name", "http");
    listener.put("port", 80);
    listener.put("protocol", "HTTP");
    listener.put("allowedRoutes", map("namespaces", map("from", "All")));
    Map<String, Object> gatewaySpec = map("gatewayClassName", "istio");
    gatewaySpec.put("listeners", List.of(listener));
    Map<String, Object> gateway =
        resource("gateway.networking.k8s.io/v1beta1", "Gateway", gatewayMetadata);
    gateway.put("spec", gatewaySpec);

    Map<String, Object> parent = map("namespace", "default");
    parent.put("name", "echoserver");
    Map<String, Object> path = map("type", "PathPrefix");
    path.put("value", "/");
    Map<String, Object> backend = map("name", "echoserver");
    backend.put("port", 8080);
    Map<String, Object> rule = map("matches", List.of(map("path", path)));
    rule.put("backendRefs", List.of(backend));
    Map<String, Object> routeSpec = map("parentRefs", List.of(parent));
    routeSpec.put("rules", List.of(rule));
    Map<String, Object> route =
        resource("gateway.networking.k8s.io/v1beta1", "HTTPRoute", metadata());
    route.put("spec", routeSpec);
    return List.of(deployment, service, gateway, route);
  }

  private static Map<String, Object> metadata() {
    Map<String, Object> metadata = map("name", "echoserver");
    metadata.put("namespace", "default");
    return metadata;
  }

  private static Map<String, Object> resource(String apiVersion, String kind,
      Map<String, Object> metadata) {
    Map<String, Object> resource = map("apiVersion", apiVersion);
    resource.put("kind", kind);
    resource.put("metadata", metadata);
    return resource;
  }

  private static Map<String, Object> map(String key, Object value) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(key, value);
    return map;
  }
}
