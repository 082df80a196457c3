package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void rejectsAnUnknownKindNamingTheDocument() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n"
        + "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 1: unknown kind \"Widget\" (apiVersion \"example.com/v1\"); "
            + "known kinds: ")
        .satisfies(e -> assertThat(((ManifestReadException) e).document()).isEqualTo(1));
  }

  @Test
  void rejectsAKnownKindInAnotherGroup() {
    String yaml = "apiVersion: example.com/v1\nkind: Gateway\nmetadata:\n  name: w\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessageStartingWith("document 0: unknown kind \"Gateway\" (apiVersion \"example.com/v1\")");
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
        .hasMessage("document 0: more than 50 aliases of lists or maps; refusing to expand them "
            + "(a \"billion laughs\" document?)");
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
        .hasMessage("document 0: Cannot build Service, some of required attributes are not set "
            + "[spec]");
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
        .hasMessageContaining("Nesting Depth exceeded");
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
}
