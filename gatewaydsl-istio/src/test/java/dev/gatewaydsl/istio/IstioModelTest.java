package dev.gatewaydsl.istio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.testing.UpstreamData;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading, writing and validating Istio's Gateway, VirtualService and DestinationRule. */
class IstioModelTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static final String ROUTE = """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: reviews
      spec:
        hosts:
        - reviews
        http:
        - route:
          - destination:
              host: reviews
            weight: %s
      """;

  static Stream<Path> bookinfoNetworkingFiles() throws IOException {
    Path dir = UpstreamData.gatewayApi().resolveSibling("istio")
        .resolve("1.30.3/samples/bookinfo/networking");
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList().stream();
    }
  }

  /** Every document of Istio's bookinfo networking files is written back as it was read. */
  @ParameterizedTest
  @MethodSource("bookinfoNetworkingFiles")
  void writesBackWhatItReads(Path file) throws IOException {
    String yaml = Files.readString(file);
    IstioSet set = IstioManifests.fromYaml(yaml);

    assertThat(set.istio()).isNotEmpty();
    assertThat(documents(Manifests.toYaml(set.istio()))).isEqualTo(documents(yaml));
  }

  @Test
  void keepsUnmodelledFieldsAtEveryLevelAndWritesThemAfterTheModelledOnes() throws IOException {
    String yaml = """
        apiVersion: networking.istio.io/v1beta1
        kind: VirtualService
        metadata:
          name: reviews
          namespace: bookinfo
          uid: 1b4e28ba-2fa1-11d2-883f-0016d3cca427
          labels:
            app: reviews
        spec:
          hosts:
          - reviews
          http:
          - name: main
            match:
            - uri:
                prefix: /v1
              statPrefix: reviews
            corsPolicy:
              allowOrigins:
              - exact: https://example.com
            fault:
              abort:
                httpStatus: 503
                percentage:
                  value: 0.1
            route:
            - destination:
                host: reviews
                subset: v1
                port:
                  number: 9080
              weight: 100
        status:
          observedGeneration: 2
        """;
    VirtualService vs = IstioManifests.fromYaml(yaml).virtualServices().get(0);

    assertThat(vs.unmodelled().names()).containsExactly("status");
    assertThat(vs.metadataUnmodelled().names()).containsExactly("uid");
    assertThat(vs.spec().http().get(0).unmodelled().names()).containsExactly("fault");
    assertThat(vs.spec().http().get(0).corsPolicy().orElseThrow().allowOrigins())
        .containsExactly(VirtualService.StringMatch.exact("https://example.com"));
    assertThat(vs.spec().http().get(0).match().get(0).unmodelled().names())
        .containsExactly("statPrefix");
    assertThat(vs.spec().http().get(0).route().get(0).destination())
        .isEqualTo(new VirtualService.Destination("reviews", "v1", java.util.Optional.of(9080),
            Unmodelled.none()));
    assertThat(documents(Manifests.toYaml(vs))).isEqualTo(documents(yaml));
    assertThat(Manifests.toYaml(vs)).contains(String.join("\n",
        "    route:",
        "    - destination:",
        "        host: reviews",
        "        subset: v1",
        "        port:",
        "          number: 9080",
        "      weight: 100",
        "    corsPolicy:"));
  }

  @Test
  void readsOtherDocumentsWithTheLibrarysReader() {
    IstioSet set = IstioManifests.fromYaml("""
        apiVersion: v1
        kind: Service
        metadata:
          name: reviews
        spec:
          ports:
          - port: 9080
          selector:
            app: reviews
        ---
        # only a comment
        ---
        apiVersion: networking.istio.io/v1alpha3
        kind: DestinationRule
        metadata:
          name: reviews
        spec:
          host: reviews
          subsets:
          - name: v1
            labels:
              version: v1
        """, GatewayApiTarget.V1_6_STANDARD);

    assertThat(set.others()).singleElement().isInstanceOf(Service.class);
    assertThat(set.destinationRules()).singleElement()
        .extracting(r -> r.spec().subsets().get(0).labels())
        .isEqualTo(java.util.Map.of("version", "v1"));
  }

  @ParameterizedTest
  @CsvSource({"-1,false", "0,true", "100,true", "101,false"})
  void weightIsBetween0And100(int weight, boolean valid) {
    String yaml = ROUTE.formatted(weight);
    if (valid) {
      assertThat(IstioManifests.fromYaml(yaml).virtualServices().get(0).spec().http().get(0)
          .route().get(0).weight()).contains(weight);
    } else {
      assertThatThrownBy(() -> IstioManifests.fromYaml(yaml))
          .hasMessage("document 0: VirtualService.networking.istio.io \"reviews\" is invalid: "
              + "spec.http[0].route[0].weight: Invalid value: " + weight
              + ": must be between 0 and 100, inclusive");
    }
  }

  @ParameterizedTest
  @CsvSource({"0,false", "1,true", "65535,true", "65536,false"})
  void serverPortIsBetween1And65535(int port, boolean valid) {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: edge
        spec:
          servers:
          - port:
              number: %d
              name: http
              protocol: HTTP
            hosts:
            - "*"
        """.formatted(port);
    if (valid) {
      assertThat(IstioManifests.fromYaml(yaml).gateways().get(0).spec().servers().get(0).port()
          .orElseThrow().number()).isEqualTo(port);
    } else {
      assertThatThrownBy(() -> IstioManifests.fromYaml(yaml)).hasMessageEndingWith(
          "spec.servers[0].port.number: Invalid value: " + port
              + ": must be between 1 and 65535, inclusive");
    }
  }

  @ParameterizedTest
  @CsvSource({"-0.5,false", "0,true", "100,true", "100.5,false"})
  void mirrorPercentageIsBetween0And100(String value, boolean valid) {
    String yaml = """
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: reviews
        spec:
          hosts:
          - reviews
          http:
          - route:
            - destination:
                host: reviews
            mirror:
              host: shadow
            mirrorPercentage:
              value: %s
        """.formatted(value);
    if (valid) {
      assertThat(IstioManifests.fromYaml(yaml).virtualServices()).hasSize(1);
    } else {
      assertThatThrownBy(() -> IstioManifests.fromYaml(yaml)).hasMessageEndingWith(
          "spec.http[0].mirrorPercentage.value: Invalid value: " + Double.parseDouble(value)
              + ": must be between 0 and 100, inclusive");
    }
  }

  @Test
  void reportsEveryProblemOfAResourceAtOnce() {
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: networking.istio.io/v2
        kind: VirtualService
        metadata:
          name: reviews
        spec:
          http:
          - match:
            - uri:
                exact: /a
                prefix: /a
            timeout: 10 seconds
            redirect:
              uri: /b
            route:
            - destination:
                subset: v1
        """)).isInstanceOf(IllegalArgumentException.class)
        .hasCauseInstanceOf(InvalidResourceException.class)
        .hasMessage("""
            document 0: VirtualService.networking.istio.io "reviews" is invalid (6 problems):
              apiVersion: Unsupported value: "networking.istio.io/v2": supported values: \
            "networking.istio.io/v1", "networking.istio.io/v1beta1", \
            "networking.istio.io/v1alpha3"
              spec.hosts: Required value: virtual service must have at least one host
              spec.http[0].redirect: Invalid value: "redirect": HTTP route cannot contain both \
            route and redirect
              spec.http[0].match[0].uri: Forbidden: only one of exact, prefix or regex may be set
              spec.http[0].route[0].destination.host: Required value: destination must have a host
              spec.http[0].timeout: Invalid value: "10 seconds": must be a duration, such as 10s \
            or 250ms""");
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWithItsPath() {
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata:
          name: reviews
        spec:
          host: reviews
          subsets: v1
        """)).hasMessage("document 0: DestinationRule.networking.istio.io \"reviews\" is "
        + "invalid: spec.subsets: Invalid value: \"v1\": spec.subsets in body must be of type "
        + "array");
  }

  @Test
  void subsetNamesAreRequiredAndUnique() {
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: DestinationRule
        metadata:
          name: reviews
        spec:
          host: reviews
          subsets:
          - name: v1
          - name: v1
          - labels:
              version: v3
        """)).hasMessageContaining("spec.subsets[1].name: Duplicate value: \"v1\"")
        .hasMessageContaining("spec.subsets[2].name: Required value: subset name is required");
  }

  @Test
  void otherIstioKindsAndBrokenDocumentsAreErrorsNamingTheDocument() {
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        ---
        apiVersion: networking.istio.io/v1
        kind: ServiceEntry
        metadata:
          name: external
        """)).hasMessage("document 1: unknown kind \"ServiceEntry\" (apiVersion "
        + "\"networking.istio.io/v1\"); read are Gateway, VirtualService and DestinationRule");
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: Gateway
        metadata:
          name: a
          name: b
        """)).hasMessageStartingWith("document 0: is not valid YAML: ")
        .hasMessageContaining("name");
    assertThatThrownBy(() -> IstioManifests.fromYaml("""
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        spec:
          ports:
          - port: 80
            nodePortt: 3
        """)).hasMessageStartingWith("document 0: (Service \"web\"): spec.ports[0].nodePortt");
  }

  @Test
  void refusesToExpandManyAliasesOfListsOrMaps() {
    StringBuilder yaml = new StringBuilder("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: laughs
          annotations:
            a0: &a0 [x, x, x, x, x, x, x, x, x, x]
        """);
    for (int i = 1; i <= 51; i++) {
      yaml.append("    a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }
    assertThatThrownBy(() -> IstioManifests.fromYaml(yaml.toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("document 0: is not valid YAML: ");
  }

  @Test
  void expandsAliasesAndResolvesScalarsAsKubernetesDoes() {
    VirtualService vs = IstioManifests.fromYaml("""
        apiVersion: networking.istio.io/v1
        kind: VirtualService
        metadata:
          name: reviews
          labels:
            on: "on"
        spec:
          hosts: &hosts
          - reviews
          exportTo: *hosts
          http:
          - route:
            - destination:
                host: reviews
              weight: 0x10
        """).virtualServices().get(0);

    assertThat(vs.spec().exportTo()).containsExactly("reviews");
    assertThat(vs.spec().http().get(0).route().get(0).weight()).contains(16);
    assertThat(vs.metadata().labels()).containsEntry("on", "on"); // keys as written, as core reads them
  }

  @Test
  void aStreamLongerThanTheLimitIsRefusedBeforeParsing() {
    String yaml = "#".repeat(IstioManifests.MAX_CHARACTERS + 1);
    assertThatThrownBy(() -> IstioManifests.fromYaml(yaml))
        .hasMessage("more than " + IstioManifests.MAX_CHARACTERS + " characters");
    assertThat(IstioManifests.fromYaml("#".repeat(IstioManifests.MAX_CHARACTERS)).istio())
        .isEmpty();
  }

  @Test
  void splitsAStreamOnlyAtDocumentMarkers() {
    assertThat(IstioManifests.split("a: 1\n---\nb: |\n  ---\n  text\n--- # c\n...\n---\nc: 3\n"))
        .containsExactly("a: 1\n", "b: |\n  ---\n  text\n", "c: 3\n\n");
  }

  private static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (var parser = YAML.createParser(yaml)) {
      var values = YAML.readValues(parser, JsonNode.class);
      while (values.hasNext()) {
        JsonNode document = values.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }
}
