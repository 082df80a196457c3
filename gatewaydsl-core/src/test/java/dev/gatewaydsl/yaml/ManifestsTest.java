package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ManifestsTest {

  private static Gateway gateway() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();
  }

  @Test
  void separatesDocumentsWithThreeDashes() {
    String yaml = Manifests.toYaml(Namespace.named("a"), Namespace.named("b"));

    assertThat(yaml).isEqualTo("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: a
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: b
        """);
  }

  @Test
  void writesNothingForNoResources() {
    assertThat(Manifests.toYaml()).isEmpty();
    assertThat(Manifests.toYaml(List.of())).isEmpty();
  }

  @Test
  void varargsAndCollectionGiveTheSameStream() {
    assertThat(Manifests.toYaml(gateway(), Namespace.named("shop")))
        .isEqualTo(Manifests.toYaml(List.of(gateway(), Namespace.named("shop"))));
  }

  @Test
  void writerGivesTheSameStream() throws IOException {
    StringWriter out = new StringWriter();
    Manifests.writeYaml(List.of(gateway(), Namespace.named("shop")), out);

    assertThat(out.toString()).isEqualTo(Manifests.toYaml(gateway(), Namespace.named("shop")));
  }

  @Test
  void streamsAndOutputStreamsGiveTheSameStream() throws IOException {
    String expected = Manifests.toYaml(gateway(), Namespace.named("shop"));
    StringWriter fromStream = new StringWriter();
    ByteArrayOutputStream fromIterableBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream fromStreamBytes = new ByteArrayOutputStream();

    Manifests.writeYaml(Stream.of(gateway(), Namespace.named("shop")), fromStream);
    Manifests.writeYaml(List.of(gateway(), Namespace.named("shop")), fromIterableBytes);
    Manifests.writeYaml(Stream.of(gateway(), Namespace.named("shop")), fromStreamBytes);

    assertThat(fromStream.toString()).isEqualTo(expected);
    assertThat(fromIterableBytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(fromStreamBytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
  }

  @Test
  void writesUtf8ToOutputStreams() throws IOException {
    Namespace namespace = Namespace.builder().name("shop").annotation("team", "Café ☕ 🚀").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    Manifests.writeYaml(List.of(namespace), out);

    assertThat(out.toByteArray()).isEqualTo(Manifests.toYaml(namespace)
        .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesEachResourceBeforeTakingTheNext() throws IOException {
    StringWriter out = new StringWriter();
    List<String> seenBeforeEach = new ArrayList<>();
    Stream<Namespace> namespaces = Stream.of("a", "b", "c").map(name -> {
      seenBeforeEach.add(out.toString());
      return Namespace.named(name);
    });

    Manifests.writeYaml(namespaces, out);

    assertThat(seenBeforeEach).containsExactly("",
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n",
        "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\napiVersion: v1\n"
            + "kind: Namespace\nmetadata:\n  name: b\n");
  }

  @Test
  void leavesTheWriterAndOutputStreamOpen() throws IOException {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Manifests.writeYaml(List.of(Namespace.named("a")), out);
    Manifests.writeYaml(List.of(Namespace.named("a")), bytes);

    Manifests.writeYaml(Stream.of(Namespace.named("b")), out);
    Manifests.writeYaml(Stream.of(Namespace.named("b")), bytes);

    assertThat(out.toString()).isEqualTo(Manifests.toYaml(Namespace.named("a"))
        + Manifests.toYaml(Namespace.named("b")));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(out.toString());
  }

  @Test
  void writesNothingForAnEmptyStream() throws IOException {
    StringWriter out = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Manifests.writeYaml(Stream.<KubernetesResource>empty(), out);
    Manifests.writeYaml(List.<KubernetesResource>of(), bytes);

    assertThat(out.toString()).isEmpty();
    assertThat(bytes.size()).isZero();
  }

  @Test
  void endsWithExactlyOneNewlineAndUsesLfOnly() {
    String yaml = Manifests.toYaml(gateway());

    assertThat(yaml).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r");
  }

  @Test
  void sortsLabelsAndAnnotationsWhateverTheInsertionOrder() {
    Map<String, String> forward = new LinkedHashMap<>();
    forward.put("a", "1");
    forward.put("b", "2");
    forward.put("c", "3");
    Map<String, String> backward = new LinkedHashMap<>();
    backward.put("c", "3");
    backward.put("b", "2");
    backward.put("a", "1");

    String one = Manifests.toYaml(Namespace.builder()
        .metadata(ObjectMeta.builder().name("x").labels(forward).annotations(forward).build())
        .build());
    String other = Manifests.toYaml(Namespace.builder()
        .metadata(ObjectMeta.builder().name("x").labels(backward).annotations(backward).build())
        .build());

    assertThat(one).isEqualTo(other).contains("  labels:\n    a: \"1\"\n    b: \"2\"\n    c: \"3\"\n");
  }

  @Test
  void isByteIdenticalOnEveryRun() {
    List<String> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(Manifests.toYaml(gateway(), route(), deployment()));
    }

    assertThat(runs).allMatch(runs.get(0)::equals);
  }

  @Test
  void leavesOutUnsetFieldsAndEmptyLists() {
    String yaml = Manifests.toYaml(route());

    assertThat(yaml).doesNotContain("hostnames").doesNotContain("null").doesNotContain("[]")
        .doesNotContain("{}").doesNotContain("weight").doesNotContain("sectionName")
        .doesNotContain("labels").doesNotContain("annotations");
  }

  @Test
  void keepsValuesThatAreSetButEmptyOrZero() {
    HTTPRoute route = HTTPRoute.builder().name("r")
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(
            HTTPBackendRef.builder().group("").kind("Service").name("s").port(80).weight(0).build()))
        .build();
    Deployment scaledDown = deployment().withSpec(deployment().spec().withReplicas(0));

    assertThat(Manifests.toYaml(route)).contains("    - group: \"\"\n      kind: Service\n")
        .contains("      weight: 0\n");
    assertThat(Manifests.toYaml(scaledDown)).contains("  replicas: 0\n");
  }

  @Test
  void writesSequencesUnindentedUnderTheirKeyAsKubectlDoes() {
    assertThat(Manifests.toYaml(gateway()))
        .contains("spec:\n  gatewayClassName: istio\n  listeners:\n  - name: http\n    port: 80\n");
  }

  @Test
  void writesNestedFieldsInTheApiOrder() {
    assertThat(Manifests.toYaml(gateway())).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: web
          namespace: shop
        spec:
          gatewayClassName: istio
          listeners:
          - name: http
            port: 80
            protocol: HTTP
        """);
  }

  @Test
  void keepsLongAnnotationValuesOnOneLine() {
    String longValue = "x".repeat(300) + " " + "y".repeat(300);
    Namespace ns = Namespace.named("ns");
    ns = ns.withMetadata(ns.metadata().withAnnotations(Map.of("long", longValue)));

    assertThat(Manifests.toYaml(ns)).contains("    long: " + longValue + "\n");
  }

  @Test
  void rejectsNullResources() {
    List<KubernetesResource> withNull = Arrays.asList(gateway(), null);

    assertThatThrownBy(() -> Manifests.toYaml(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("resources must not contain null");
    assertThatThrownBy(() -> Manifests.writeYaml(withNull.stream(), new StringWriter()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("resources must not contain null");
  }

  private static HTTPRoute route() {
    return HTTPRoute.builder().name("r").namespace("shop").parentRef(gateway())
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(HTTPBackendRef.builder().name("s").port(80)
            .build()))
        .build();
  }

  private static Deployment deployment() {
    return Deployment.builder().name("d").selectorLabel("app", "d")
        .container(Container.of("c", "nginx")).build();
  }
}
