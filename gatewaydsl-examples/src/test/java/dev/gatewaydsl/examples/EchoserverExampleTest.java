package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class EchoserverExampleTest {
  private static final String YAML = Manifests.toYaml(new EchoserverExample().resources());

  /** The AKS reference setup, as published, indentation restored. Written by hand, not by us. */
  private static final String REFERENCE = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: echoserver
        namespace: default
      spec:
        replicas: 1
        selector:
          matchLabels:
            run: echoserver
        template:
          metadata:
            labels:
              run: echoserver
          spec:
            containers:
            - name: echoserver
              image: gcr.io/google_containers/echoserver:1.10
              ports:
              - containerPort: 8080
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: echoserver
        namespace: default
      spec:
        ports:
        - port: 8080
          protocol: TCP
          targetPort: 8080
        selector:
          run: echoserver
      ---
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: Gateway
      metadata:
        name: echoserver
        namespace: default
        labels:
          istio.io/rev: asm-1-17
        annotations:
          service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path: "/healthz/ready"
          service.beta.kubernetes.io/port_80_health-probe_protocol: http
          service.beta.kubernetes.io/port_80_health-probe_port: "15021"
      spec:
        gatewayClassName: istio
        listeners:
        - name: http
          port: 80
          protocol: HTTP
          allowedRoutes:
            namespaces:
              from: All
      ---
      apiVersion: gateway.networking.k8s.io/v1beta1
      kind: HTTPRoute
      metadata:
        name: echoserver
        namespace: default
      spec:
        parentRefs:
        - name: echoserver
          namespace: default
        rules:
        - matches:
          - path:
              type: PathPrefix
              value: /
          backendRefs:
          - name: echoserver
            port: 8080
      """;

  @Test
  void echoserverManifests() {
    Approvals.verify(YAML, new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void isSemanticallyEqualToTheAksReferenceSetup() throws IOException {
    assertThat(documents(YAML)).isEqualTo(documents(REFERENCE));
  }

  @Test
  void writesTheProbePortAsAQuotedString() {
    assertThat(YAML).contains(
        "\n    service.beta.kubernetes.io/port_80_health-probe_port: \"15021\"\n");
  }

  @Test
  void startsEveryDocumentWithApiVersionKindMetadataThenSpec() {
    for (String document : YAML.split("---\n")) {
      List<String> topLevelKeys = document.lines()
          .filter(line -> !line.startsWith(" ") && !line.startsWith("-"))
          .map(line -> line.substring(0, line.indexOf(':')))
          .toList();
      assertThat(topLevelKeys).containsExactly("apiVersion", "kind", "metadata", "spec");
    }
  }

  @Test
  void writesMetadataKeysInKubernetesOrder() {
    String gateway = YAML.split("---\n")[2];
    List<String> metadataKeys = gateway.lines()
        .filter(line -> line.matches("  [a-z][A-Za-z]*:.*"))
        .map(line -> line.trim().substring(0, line.trim().indexOf(':')))
        .toList();
    assertThat(metadataKeys).containsExactly(
        "name", "namespace", "labels", "annotations", "gatewayClassName", "listeners");
  }

  private static List<JsonNode> documents(String yaml) throws IOException {
    ObjectMapper mapper = new YAMLMapper(new YAMLFactory());
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(yaml)) {
      it.forEachRemaining(documents::add);
    }
    return documents;
  }
}
