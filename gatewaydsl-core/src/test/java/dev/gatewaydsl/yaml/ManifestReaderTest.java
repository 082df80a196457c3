package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ManifestReaderTest {

  private static List<KubernetesResource> sample() {
    Deployment echo = Deployment.builder().name("echoserver").namespace("shop").replicas(0)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080).withEnv("MODE", "yes"))
        .build();
    Service service = Service.exposing(echo, 8080).build();
    Gateway gateway = Gateway.builder().name("web").namespace("infra").label("a", "012")
        .annotation("port", "15021").annotation("script", "#!/bin/sh\necho hi\n")
        .apiVersion(GatewayApi.V1BETA1).gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces().withHostname("*.example.com"))
        .build();
    HTTPRoute route = HTTPRoute.builder().name("web").namespace("shop").parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .rule(HTTPRouteRule.exactPath("/x").backendRef(
            HTTPBackendRef.builder().group("").kind("Service").name("s").port(80).weight(0).build()))
        .build();
    return List.of(Namespace.named("shop").withLabel("team", "on"), echo, service, gateway, route,
        ReferenceGrant.allowing(route, service.withMetadata(service.metadata().withNamespace("pay"))));
  }

  @Test
  void readsBackWhatItWrites() {
    List<KubernetesResource> resources = sample();

    assertThat(Manifests.fromYaml(Manifests.toYaml(resources))).isEqualTo(resources);
  }

  @Test
  void readsFromAReaderAndAFile(@TempDir Path dir) throws IOException {
    String yaml = Manifests.toYaml(sample());
    Path file = dir.resolve("all.yaml");
    Files.writeString(file, yaml);

    assertThat(Manifests.fromYaml(new StringReader(yaml))).isEqualTo(sample());
    assertThat(Manifests.fromYaml(file)).isEqualTo(sample());
  }

  @Test
  void skipsEmptyDocumentsAndALeadingSeparator() {
    String yaml = "---\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n"
        + "# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";

    assertThat(Manifests.fromYaml(yaml))
        .containsExactly(Namespace.named("a"), Namespace.named("b"));
  }

  @Test
  void readsNothingFromAnEmptyStream() {
    assertThat(Manifests.fromYaml("")).isEmpty();
  }

  @Test
  void rejectsAnUnknownFieldWithItsPath() {
    String yaml = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          rules:
          - matchs:
            - path:
                value: /
        """;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (HTTPRoute \"web\"): spec.rules[0].matchs: unknown field \"matchs\"");
  }

  @Test
  void withStrictKindsRejectsAnUnknownKindNamingTheDocument() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n"
        + "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml, ReadOptions.defaults().withStrictKinds(true)))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 1: unknown kind \"Widget\" (apiVersion \"example.com/v1\"); "
            + "known kinds: ")
        .satisfies(e -> assertThat(((ManifestReadException) e).document()).isEqualTo(1));
  }

  @Test
  void withStrictKindsRejectsAKnownKindInAnotherGroup() {
    String yaml = "apiVersion: example.com/v1\nkind: Gateway\nmetadata:\n  name: w\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml, ReadOptions.defaults().withStrictKinds(true)))
        .hasMessageStartingWith("document 0: unknown kind \"Gateway\" (apiVersion \"example.com/v1\")");
  }

  @Test
  void byDefaultReadsAKnownKindInAnotherGroupAsAGenericResource() {
    String yaml = "apiVersion: example.com/v1\nkind: Gateway\nmetadata:\n  name: w\n";

    assertThat(Manifests.fromYaml(yaml)).singleElement()
        .isInstanceOf(GenericResource.class)
        .isNotInstanceOf(Gateway.class);
  }

  @Test
  void rejectsAnApiVersionTheKindIsNotServedAs() {
    String yaml = "apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n"
        + "  selector:\n    matchLabels:\n      a: b\n  template:\n    metadata:\n      labels:\n"
        + "        a: b\n    spec:\n      containers:\n      - name: c\n        image: i\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0 (Deployment \"d\"): apiVersion: Unsupported value: "
            + "\"apps/v1beta1\": supported values: \"apps/v1\"");
  }

  @Test
  void anotherServedVersionOfAModelledKindIsKeptAsAGenericResource() {
    String yaml = "apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata:\n"
        + "  name: web\nspec:\n  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n"
        + "    name: web\n  maxReplicas: 4\n  targetCPUUtilizationPercentage: 80\n";

    List<KubernetesResource> read = Manifests.fromYaml(yaml);

    assertThat(read).singleElement().isInstanceOf(GenericResource.class);
    assertThat(Manifests.toYaml(read)).isEqualTo(yaml);
    assertThatThrownBy(() -> Manifests.fromYaml(yaml, ReadOptions.defaults().withStrictKinds(true)))
        .hasMessage("document 0 (HorizontalPodAutoscaler \"web\"): apiVersion: Unsupported "
            + "value: \"autoscaling/v1\": supported values: \"autoscaling/v2\"");
  }

  @Test
  void theStatusOfADocumentIsNeitherModelledNorWrittenBack() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\nstatus:\n"
        + "  phase: Active\n";

    assertThat(Manifests.toYaml(Manifests.fromYaml(yaml)))
        .isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n");
  }

  @Test
  void rejectsAGatewayApiVersionThroughValidation() {
    String yaml = "apiVersion: gateway.networking.k8s.io/v2\nkind: Gateway\nmetadata:\n  name: g\n"
        + "spec:\n  gatewayClassName: istio\n  listeners:\n  - name: http\n    port: 80\n"
        + "    protocol: HTTP\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0: Gateway \"g\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v2\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1beta1\"");
  }

  @Test
  void rejectsAnExplicitlyEmptyListTheCrdRequiresItemsIn() {
    String yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n"
        + "  name: web\nspec:\n  rules: []\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (HTTPRoute \"web\"): spec.rules: Invalid value: 0: must have at "
            + "least 1 item");
  }

  @Test
  void acceptsAnEmptyListWhereTheCrdAllowsIt() {
    String yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n"
        + "  name: web\nspec:\n  hostnames: []\n  rules:\n  - matches: []\n";

    assertThat(Manifests.fromYaml(yaml)).hasSize(1);
  }

  @Test
  void rejectsADuplicateKey() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  name: b\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0: metadata.name: duplicate key \"name\"");
  }

  @Test
  void stopsABillionLaughsDocumentWithAClearError() {
    StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (char level = 'b'; level <= 'i'; level++) {
      char previous = (char) (level - 1);
      yaml.append(level).append(": &").append(level).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(9, "*" + previous)))
          .append("]\n");
    }

    assertThatThrownBy(() -> Manifests.fromYaml(yaml.toString()))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0: aliases expand to more than 1000000 values; refusing to read "
            + "further (a \"billion laughs\" document?)");
  }

  @Test
  void stopsAliasExpansionBelowTheAliasCountButPastTheValueLimit() {
    // 25 levels of two aliases: 50 aliases, but 2^25 values once expanded
    StringBuilder yaml = new StringBuilder("l0: &l0 [x, x]\n");
    for (int level = 1; level <= 25; level++) {
      yaml.append("l").append(level).append(": &l").append(level).append(" [*l")
          .append(level - 1).append(", *l").append(level - 1).append("]\n");
    }

    assertThatThrownBy(() -> Manifests.fromYaml(yaml.toString()))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0: aliases expand to more than 1000000 values; refusing to read "
            + "further (a \"billion laughs\" document?)");
  }

  @Test
  void aFailedReadAffectsNothingAfterIt() {
    String billionLaughs = "a: &a [x, x]\n" + "b: &b [*a, *a]\n".repeat(1)
        + java.util.stream.IntStream.range(0, 60).mapToObj(i -> "c" + i + ": *b\n")
            .collect(java.util.stream.Collectors.joining());
    String unknownField = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n"
        + "  name: web\n  bogus: 1\n";

    assertThatThrownBy(() -> Manifests.fromYaml(billionLaughs,
        dev.gatewaydsl.model.gateway.GatewayApiTarget.V0_6_STANDARD))
        .isInstanceOf(ManifestReadException.class);
    assertThatThrownBy(() -> Manifests.fromYaml(unknownField))
        .hasMessage("document 0 (HTTPRoute \"web\"): metadata.bogus: unknown field \"bogus\"");

    assertThat(Manifests.fromYaml(Manifests.toYaml(sample()))).isEqualTo(sample());
    assertThat(Gateway.builder().name("g").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build().target())
        .isEqualTo(dev.gatewaydsl.model.gateway.GatewayApiTarget.V1_6_STANDARD);
  }

  @Test
  void expandsAFewAliasesLikeKubectl() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: &n shop\n"
        + "  labels:\n    name: *n\n";

    assertThat(Manifests.fromYaml(yaml))
        .containsExactly(Namespace.named("shop").withLabel("name", "shop"));
  }

  @Test
  void rejectsAStringWhereTheApiWantsANumber() {
    String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports:\n"
        + "  - port: \"80\"\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 0 (Service \"s\"): spec.ports[0].port: ");
  }

  @Test
  void resolvesYaml11BooleansAsKubectlDoesSoTheyAreNotStrings() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n"
        + "    enabled: yes\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 0 (Namespace \"a\"): metadata.labels.enabled: ");
  }

  @Test
  void keepsTimestampsAsStrings() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n"
        + "    since: 2001-12-14\n";

    assertThat(Manifests.fromYaml(yaml).get(0).metadata().annotations())
        .containsEntry("since", "2001-12-14");
  }

  @Test
  void reportsValidationFailuresWithTheDocumentIndex() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ok\n---\n"
        + "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: Not-OK\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 1: Namespace \"Not-OK\" is invalid: metadata.name: ")
        .hasCauseInstanceOf(InvalidResourceException.class);
  }

  @Test
  void reportsAMissingRequiredField() {
    String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (Service \"s\"): spec: Required value");
  }

  @Test
  void reportsAMissingRequiredFieldAtItsPathInTheResource() {
    String yaml = """
        apiVersion: gateway.networking.k8s.io/v1beta1
        kind: ReferenceGrant
        metadata:
          name: shop-routes
          namespace: payments
        spec:
          from:
          - group: gateway.networking.k8s.io
            kind: HTTPRoute
          to:
          - group: ""
            kind: Service
        """;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (ReferenceGrant \"shop-routes\"): spec.from[0].namespace: "
            + "Required value");
  }

  @Test
  void reportsAnEnumValueWithTheSupportedValues() {
    String yaml = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
        spec:
          rules:
          - matches:
            - method: NOTREAL
        """;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (HTTPRoute \"web\"): spec.rules[0].matches[0].method: "
            + "Unsupported value: \"NOTREAL\": supported values: \"GET\", \"HEAD\", \"POST\", "
            + "\"PUT\", \"DELETE\", \"CONNECT\", \"OPTIONS\", \"TRACE\", \"PATCH\"");
  }

  @Test
  void reportsEveryUnknownFieldOfADocumentAtOnce() {
    String yaml = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: web
          bogus: 1
        spec:
          parentRef:
          - name: gw
          rules:
          - matchs:
            - path:
                value: /
            backendRefs:
            - name: web
              port: 80
              wieght: 2
        """;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (HTTPRoute \"web\"): metadata.bogus: unknown field \"bogus\"; "
            + "spec.parentRef: unknown field \"parentRef\"; spec.rules[0].matchs: unknown field "
            + "\"matchs\"; spec.rules[0].backendRefs[0].wieght: unknown field \"wieght\"");
  }

  @Test
  void rejectsSyntaxErrorsOnOneLine() {
    assertThatThrownBy(() -> Manifests.fromYaml("a: [b\n"))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 0: is not valid YAML: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void rejectsADocumentThatIsNotAMap() {
    assertThatThrownBy(() -> Manifests.fromYaml("- a\n- b\n"))
        .hasMessage("document 0: expected a Kubernetes object (a map), found a list");
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata: " + "[".repeat(65)
        + "]".repeat(65) + "\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageEndingWith(": lists and maps nest deeper than the limit of 64 levels");
  }

  @Test
  void rejectsAStreamLargerThanTheLimit() {
    String yaml = "# padding\n".repeat(16 * 1024 * 1024 / 10 + 1);

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("the YAML stream is larger than the limit of 16777216 characters");
  }

  @Test
  void readsAStreamAtTheLimit() {
    String document = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n";
    String comments = ("#".repeat(1023) + "\n").repeat(16 * 1024 - 1);
    String yaml = document + comments
        + "#".repeat(16 * 1024 * 1024 - document.length() - comments.length() - 1) + "\n";

    assertThat(Manifests.fromYaml(yaml)).containsExactly(Namespace.named("a"));
  }

  @Test
  void rejectsALineLongerThanTheLimit() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
        + "#".repeat(1024 * 1024 + 1) + "\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("the YAML stream has a line longer than the limit of 1048576 characters");
  }

  @Test
  void readsALineAtTheLimit() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
        + "#".repeat(1024 * 1024) + "\n";

    assertThat(Manifests.fromYaml(yaml)).containsExactly(Namespace.named("a"));
  }

  @Test
  void readsNestingAtTheLimit() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata: " + "[".repeat(63)
        + "]".repeat(63) + "\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0 (Namespace \"\"): metadata: Invalid value: \"array\": metadata in "
            + "body must be of type object");
  }

  private static String gatewayWithPort(String port) {
    return "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: g\n"
        + "spec:\n  gatewayClassName: istio\n  listeners:\n  - name: http\n    port: " + port
        + "\n    protocol: HTTP\n";
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "80.5 | number", "2.7 | number", "1e21 | number", "1:20 | string", "true | boolean",
      "yes | boolean", "\"80\" | string", "~ | null", "[80] | array"})
  void refusesANonIntegerPortWithTheApiServersTypeMessage(String port, String type) {
    assertThatThrownBy(() -> Manifests.fromYaml(gatewayWithPort(port)))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0 (Gateway \"g\"): spec.listeners[0].port: Invalid value: \"" + type
            + "\": spec.listeners[0].port in body must be of type integer");
  }

  /**
   * kubectl sends a whole float as a JSON integer (Go's encoding/json writes 80.0 as 80), so the
   * API server takes it; crd-check agrees (see YamlResolutionCrdCheckTest).
   */
  @ParameterizedTest
  @ValueSource(strings = {"80", "80.0", "8e1", "0x50", "0120", "0o120", "0b1010000", "8_0", "+80"})
  void readsEveryIntegerSpellingKubectlSendsAs80(String port) {
    Gateway gateway = (Gateway) Manifests.fromYaml(gatewayWithPort(port)).get(0);

    assertThat(gateway.spec().listeners().get(0).port()).isEqualTo(80);
  }

  @Test
  void refusesAFractionalReplicaCount() {
    String yaml = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\nspec:\n"
        + "  replicas: 2.7\n  selector:\n    matchLabels:\n      a: b\n  template:\n"
        + "    metadata:\n      labels:\n        a: b\n    spec:\n      containers:\n"
        + "      - name: c\n        image: i\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0 (Deployment \"d\"): spec.replicas: Invalid value: \"number\": "
            + "spec.replicas in body must be of type integer");
    assertThat(((Deployment) Manifests.fromYaml(yaml.replace("2.7", "2.0")).get(0)).spec()
        .replicas()).contains(2);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"y | boolean", "N | boolean", "Off | boolean",
      "80 | integer", "0x1F | integer", "1.5 | number", "{a: b} | object"})
  void refusesALabelKubectlReadsAsAnotherType(String value, String type) {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    a: "
        + value + "\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0 (Namespace \"a\"): metadata.labels.a: Invalid value: \"" + type
            + "\": metadata.labels.a in body must be of type string");
  }

  @ParameterizedTest
  @ValueSource(strings = {"yES", "oN", "nULL", "1:20", "12:30:45", "2001-12-14", "0x", "0b2", "1e",
      "1e400", ".", "+", "1.2.3", "=", "<<", "Yes please"})
  void readsWhatKubectlReadsAsAStringAsThatString(String value) {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n"
        + "    a: " + value + "\n";

    assertThat(Manifests.fromYaml(yaml).get(0).metadata().annotations()).containsEntry("a", value);
  }

  @ParameterizedTest
  @ValueSource(strings = {".inf", "-.Inf", "+.INF", ".nan", ".NaN"})
  void refusesFloatsJsonCannotCarry(String value) {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n"
        + "    a: " + value + "\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0: metadata.annotations.a: " + value + " is read as a float that "
            + "JSON cannot carry (infinite or NaN), so kubectl cannot send it; quote it to mean "
            + "the string");
  }

  @Test
  void refusesAMapKeyKubectlReadsAsABoolean() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels:\n    y: a\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("document 0: metadata.labels: the map key y is read as the boolean true by "
            + "kubectl, not as a string; quote it");
    assertThat(Manifests.fromYaml(yaml.replace("y: a", "\"y\": a")).get(0).metadata().labels())
        .containsEntry("y", "a");
  }

  @Test
  void appliesMergeKeysLikeKubectl() {
    String yaml = """
        apiVersion: v1
        kind: Namespace
        metadata:
          name: a
          labels: &common
            team: web
            tier: front
          annotations:
            <<: [*common, {team: other, owner: me}]
            tier: back
        """;

    assertThat(Manifests.fromYaml(yaml).get(0).metadata().annotations())
        .isEqualTo(java.util.Map.of("owner", "me", "team", "web", "tier", "back"));
  }

  @Test
  void refusesAMergeThatWouldReplaceAKeySetBeforeIt() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  labels: &l\n"
        + "    team: web\n  annotations:\n    team: mine\n    <<: *l\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessageStartingWith("document 0: metadata.annotations.<<: merges the key \"team\", "
            + "which the map sets before the merge key");
  }

  @Test
  void readsAListAsItsItems() {
    String yaml = """
        apiVersion: v1
        kind: List
        metadata:
          resourceVersion: ""
        items:
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: a
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: b
        ---
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: c
        - apiVersion: v1
          kind: Namespace
          metadata:
            name: Not-OK
        """;

    assertThat(Manifests.fromYaml(yaml.substring(0, yaml.indexOf("---"))))
        .containsExactly(Namespace.named("a"), Namespace.named("b"));
    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessageStartingWith("document 1.items[1]: Namespace \"Not-OK\" is invalid: "
            + "metadata.name: ");
  }

  /**
   * A document of {@code annotations} or {@code labels}: one anchored string and {@code aliases}
   * aliases of it, or as many as the 16 Mi stream limit allows.
   */
  private static String aliasBomb(String map, int stringLength, int aliases) {
    StringBuilder yaml = new StringBuilder("apiVersion: v1\nkind: Namespace\nmetadata:\n"
        + "  name: a\n  " + map + ":\n    k0: &s " + "x".repeat(stringLength) + "\n");
    for (int i = 1; i <= aliases; i++) {
      String line = "    k" + i + ": *s\n";
      if (yaml.length() + line.length() > 16 * 1024 * 1024) {
        break;
      }
      yaml.append(line);
    }
    return yaml.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"annotations", "labels"})
  void refusesALargeStringAliasedPastTheCharacterLimit(String map) {
    // 1 Mi - 100 characters aliased until the stream is at its 16 Mi limit
    String yaml = aliasBomb(map, 1024 * 1024 - 100, Integer.MAX_VALUE);

    assertThat(yaml.length()).isBetween(16 * 1024 * 1024 - 100, 16 * 1024 * 1024);
    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0: the document expands to more than 16777216 characters; refusing "
            + "to read further (a \"billion laughs\" document?)");
  }

  @Test
  void countsCharactersOfAliasedStringsUpToTheLimit() {
    // 15 aliases of 1 Mi - 100 characters: under 16 Mi in all; the annotations are then too long
    assertThatThrownBy(() -> Manifests.fromYaml(aliasBomb("annotations", 1024 * 1024 - 100, 15)))
        .hasMessageContaining("metadata.annotations: Too long: ");
  }

  @Test
  void countsAliasesOfStrings() {
    assertThat(Manifests.fromYaml(aliasBomb("annotations", 1, 50)).get(0).metadata()
        .annotations()).hasSize(51);
    assertThatThrownBy(() -> Manifests.fromYaml(aliasBomb("annotations", 1, 51)))
        .hasMessage("document 0: more than 50 aliases; refusing to expand them (a \"billion "
            + "laughs\" document?)");
  }

  private static String routeWithParentRefs(int count) {
    StringBuilder yaml = new StringBuilder("apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: HTTPRoute\nmetadata:\n  name: web\nspec:\n  parentRefs:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - name: g").append(i).append('\n');
    }
    return yaml.toString();
  }

  @Test
  void checksMaxItemsBeforeReadingTheItems() {
    assertThat(Manifests.fromYaml(routeWithParentRefs(32))).hasSize(1);
    assertThatThrownBy(() -> Manifests.fromYaml(routeWithParentRefs(33)))
        .hasMessage("document 0 (HTTPRoute \"web\"): spec.parentRefs: Too many: 33: must have at "
            + "most 32 items");
    assertThatThrownBy(() -> Manifests.fromYaml(routeWithParentRefs(30_000)))
        .hasMessage("document 0 (HTTPRoute \"web\"): spec.parentRefs: Too many: 30000: must have "
            + "at most 32 items");
  }

  @Test
  void namesTheByteOfInvalidUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    byte[] bytes = ("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n"
        + "#".repeat(1234 - 50) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] withBad = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    withBad[bytes.length] = (byte) 0xC3; // a lead byte followed by ASCII
    withBad[bytes.length + 1] = 'x';
    Files.write(file, withBad);

    assertThatThrownBy(() -> Manifests.fromYaml(file))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("cannot read " + file + ": invalid UTF-8 at byte " + String.format(
            java.util.Locale.ROOT, "%,d", bytes.length) + " (counted from 0)");
    Files.write(file, bytes);
    assertThat(Manifests.fromYaml(file)).containsExactly(Namespace.named("a"));
  }

  @Test
  void saysWhyAReaderFailed() {
    java.io.Reader broken = new java.io.Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("Connection reset");
      }

      @Override
      public void close() {}
    };

    assertThatThrownBy(() -> Manifests.fromYaml(broken))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("cannot read the YAML stream: Connection reset")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void saysWhyAFileCannotBeRead(@TempDir Path dir) {
    assertThatThrownBy(() -> Manifests.fromYaml(dir.resolve("missing.yaml")))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("cannot read " + dir.resolve("missing.yaml") + ": No such file or directory");
    assertThatThrownBy(() -> Manifests.fromYaml(dir))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("cannot read " + dir + ": Is a directory");
  }
}
