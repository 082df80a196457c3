package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast generator writes exactly what the SnakeYAML-based generator writes, and leaves to it
 * everything it cannot: compared on generated trees of maps, lists and scalars, and on resources.
 */
class BlockYamlGeneratorTest {

  /** Characters that matter to YAML, and some that do not. */
  private static final String TRICKY = "aZ09 -:#?,[]{}&*!|>'\"%@`._/~=+<\\\t\n\u0085\u00a0é☕";

  @Property(tries = 3000)
  void writesWhatSnakeYamlWritesOrLeavesItToSnakeYaml(@ForAll("documents") Map<String, Object> doc)
      throws IOException {
    String fast = Manifests.blockYamlDocument(doc);
    Statistics.label("written by").collect(fast == null ? "SnakeYAML" : "fast generator");
    if (fast != null) {
      assertThat(fast).isEqualTo(Manifests.snakeYamlDocument(doc));
    }
  }

  @Property(tries = 3000)
  void writesStringsAsSnakeYamlDoes(@ForAll("strings") String key, @ForAll("strings") String value)
      throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("k", value);
    doc.put(key, List.of(value, Map.of(key, value)));
    String fast = Manifests.blockYamlDocument(doc);
    Statistics.label("written by").collect(fast == null ? "SnakeYAML" : "fast generator");
    if (fast != null) {
      assertThat(fast).isEqualTo(Manifests.snakeYamlDocument(doc));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"echoserver", "/healthz/ready", "a:b", "a#b", "-dash", "?q", "a b",
      "15021", "on", "", "a: b", "a #b", "a:", " leading", "trailing ", "#c", "*a", "'s", "\"d",
      "back\\slash \"quoted\"", "- dash", "-", "?", ":", "012", "0_1", "0", "0x1F", "~", "{map}"})
  void writesTheseStringsItself(String value) throws IOException {
    Map<String, Object> doc = Map.of("k", value, "list", List.of(value));

    assertThat(Manifests.blockYamlDocument(doc)).isEqualTo(Manifests.snakeYamlDocument(doc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"two\nlines", "tab\there", "café", "---x", "...x", "bell\u0007"})
  void leavesTheseStringsToSnakeYaml(String value) throws IOException {
    assertThat(Manifests.blockYamlDocument(Map.of("k", value))).isNull();
    assertThat(Manifests.blockYamlDocument(Map.of(value, "v"))).isNull();
  }

  @Test
  void leavesLongAndEmptyKeysToSnakeYaml() throws IOException {
    assertThat(Manifests.blockYamlDocument(Map.of("k".repeat(127), "v")))
        .isEqualTo("k".repeat(127) + ": v\n");
    assertThat(Manifests.blockYamlDocument(Map.of("k".repeat(128), "v"))).isNull();
    assertThat(Manifests.blockYamlDocument(Map.of("", "v"))).isNull();
  }

  @Test
  void writesEmptyCollectionsInFlowStyle() throws IOException {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("map", Map.of());
    doc.put("list", List.of());
    doc.put("items", List.of(Map.of(), Map.of("a", Map.of(), "b", List.of())));

    String fast = Manifests.blockYamlDocument(doc);

    assertThat(fast).isEqualTo(Manifests.snakeYamlDocument(doc)).contains("map: {}\n")
        .contains("list: []\n").contains("- {}\n");
  }

  @Test
  void writesEveryResourceOfTheModelItself() throws IOException {
    Gateway gateway = Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .label("app.kubernetes.io/part-of", "shop").annotation("note", "15021")
        .listener(Listener.http("http", 80).withHostname("*.example.com")
            .allowedRoutesFromAllNamespaces())
        .build();
    Deployment deployment = Deployment.builder().name("web").namespace("shop").replicas(0)
        .selectorLabel("run", "web")
        .container(Container.of("web", "nginx:1.27").withPort(8080))
        .build();
    Service service = Service.exposing(deployment, 8080).build();
    HTTPRoute route = HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(ParentReference.to(gateway, "http"))
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.builder().addMatch(HTTPRouteMatch.builder().build())
            .addBackendRef(HTTPBackendRef.builder().group("").kind("Service").name("web")
                .port(8080).weight(0).build())
            .build())
        .rule(HTTPRouteRule.pathPrefix("/api").backendRef(service, 8080))
        .build();

    for (KubernetesResource resource : List.of(gateway, deployment, service, route,
        Namespace.named("shop"))) {
      assertThat(Manifests.blockYamlDocument(resource)).as(resource.kind())
          .isEqualTo(Manifests.snakeYamlDocument(resource));
    }
  }

  @Provide
  Arbitrary<String> strings() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars(TRICKY).ofMaxLength(8),
        Arbitraries.strings().withChars("abc-./:# 0").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of("true", "null", "on", "---", "...", "0", "00", "0_0", "012", "1e3", "-1",
            "k".repeat(127), "k".repeat(128)),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Provide
  Arbitrary<Map<String, Object>> documents() {
    return node(3).map(value -> {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("apiVersion", "v1");
      document.put("spec", value);
      return document;
    });
  }

  private Arbitrary<Object> node(int depth) {
    Arbitrary<Object> scalar = Arbitraries.oneOf(
        strings().map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i),
        Arbitraries.longs().map(l -> (Object) l),
        Arbitraries.of(true, false).map(b -> (Object) b));
    if (depth == 0) {
      return scalar;
    }
    Arbitrary<Object> map = Arbitraries.maps(strings(), Arbitraries.lazy(() -> node(depth - 1)))
        .ofMaxSize(4).map(m -> (Object) new LinkedHashMap<>(m));
    Arbitrary<Object> list = Arbitraries.lazy(() -> node(depth - 1)).list().ofMaxSize(3)
        .map(l -> (Object) new ArrayList<>(l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, scalar), net.jqwik.api.Tuple.of(2, map),
        net.jqwik.api.Tuple.of(2, list));
  }
}
