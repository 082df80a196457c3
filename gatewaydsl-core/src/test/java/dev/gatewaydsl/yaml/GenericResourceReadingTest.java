package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kinds the library does not model are read as {@link GenericResource}s and written back
 * unchanged; with strict kinds they are refused; modelled kinds stay strict.
 */
class GenericResourceReadingTest {
  private static final YAMLMapper INDEPENDENT = new YAMLMapper();
  private static final ReadOptions STRICT = ReadOptions.defaults().withStrictKinds(true);

  static final String CERTIFICATE = """
      apiVersion: cert-manager.io/v1
      kind: Certificate
      metadata:
        name: shop-example-com
        namespace: shop
      spec:
        secretName: shop-example-com-tls
        duration: 2160h
        renewBefore: 360h
        commonName: shop.example.com
        dnsNames:
        - shop.example.com
        - www.shop.example.com
        privateKey:
          algorithm: ECDSA
          size: 256
          rotationPolicy: Always
        issuerRef:
          name: letsencrypt-prod
          kind: ClusterIssuer
          group: cert-manager.io
      """;

  static final String SCALED_OBJECT = """
      apiVersion: keda.sh/v1alpha1
      kind: ScaledObject
      metadata:
        name: orders
        namespace: shop
        labels:
          app.kubernetes.io/name: orders
        annotations:
          scaledobject.keda.sh/transfer-hpa-ownership: "true"
      spec:
        scaleTargetRef:
          name: orders
        pollingInterval: 30
        cooldownPeriod: 300
        minReplicaCount: 1
        maxReplicaCount: 20
        advanced:
          horizontalPodAutoscalerConfig:
            behavior:
              scaleDown:
                stabilizationWindowSeconds: 300
                policies:
                - type: Percent
                  value: 50
                  periodSeconds: 60
        triggers:
        - type: azure-servicebus
          metadata:
            queueName: orders
            messageCount: "5"
          authenticationRef:
            name: servicebus-auth
        - type: cpu
          metricType: Utilization
          metadata:
            value: "60"
      """;

  static final String ROLLOUT = """
      apiVersion: argoproj.io/v1alpha1
      kind: Rollout
      metadata:
        name: web
        namespace: shop
      spec:
        replicas: 5
        revisionHistoryLimit: 2
        selector:
          matchLabels:
            app: web
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: ghcr.io/example/web:1.4.2
              ports:
              - name: http
                containerPort: 8080
                protocol: TCP
              resources:
                requests:
                  cpu: 100m
                  memory: 128Mi
        strategy:
          canary:
            canaryService: web-canary
            stableService: web-stable
            trafficRouting:
              plugins:
                argoproj-labs/gatewayAPI:
                  httpRoute: web
                  namespace: shop
            steps:
            - setWeight: 20
            - pause: {}
            - setWeight: 50
            - pause:
                duration: 10m
            - setWeight: 100
      """;

  static final String VIRTUAL_SERVICE = """
      apiVersion: networking.istio.io/v1
      kind: VirtualService
      metadata:
        name: reviews
        namespace: bookinfo
      spec:
        hosts:
        - reviews
        http:
        - match:
          - headers:
              end-user:
                exact: jason
          route:
          - destination:
              host: reviews
              subset: v2
        - route:
          - destination:
              host: reviews
              subset: v1
            weight: 90
          - destination:
              host: reviews
              subset: v3
            weight: 10
          timeout: 0.5s
          retries:
            attempts: 3
            perTryTimeout: 2s
            retryOn: gateway-error,connect-failure
      """;

  static List<String> examples() {
    return List.of(CERTIFICATE, SCALED_OBJECT, ROLLOUT, VIRTUAL_SERVICE);
  }

  @ParameterizedTest
  @MethodSource("examples")
  void theIssuesExamplesAreReadAndWrittenBackByteForByte(String yaml) throws IOException {
    List<KubernetesResource> read = Manifests.fromYaml(yaml);

    assertThat(read).singleElement().isInstanceOf(GenericResource.class);
    assertThat(Manifests.toYaml(read)).isEqualTo(yaml);
    assertThat(INDEPENDENT.readTree(Manifests.toYaml(read))).isEqualTo(INDEPENDENT.readTree(yaml));
  }

  /** A key cannot be a literal block: one with a line break is quoted (found by the property). */
  @ParameterizedTest
  @ValueSource(strings = {"a:\na", "a\nb", "#\n#", "a\r\nb"})
  void keysWithLineBreaksReadBackAsThemselves(String key) {
    ObjectNode body = INDEPENDENT.createObjectNode();
    body.putObject("spec").put(key, 0);
    GenericResource thing = GenericResource.builder().apiVersion("example.com/v1").kind("Thing")
        .name("x").body(body).build();

    String yaml = Manifests.toYaml(thing);

    assertThat(yaml).contains("\"" + key.replace("\r", "\\r").replace("\n", "\\n") + "\"");
    assertThat(Manifests.fromYaml(yaml)).containsExactly(thing);
  }

  @Test
  void theTypedPartsAreTypedAndTheRestIsTheTreeInOrder() throws IOException {
    GenericResource certificate = (GenericResource) Manifests.fromYaml(CERTIFICATE).get(0);

    assertThat(certificate.apiVersion()).isEqualTo("cert-manager.io/v1");
    assertThat(certificate.group()).isEqualTo("cert-manager.io");
    assertThat(certificate.kind()).isEqualTo("Certificate");
    assertThat(certificate.metadata().name()).isEqualTo("shop-example-com");
    assertThat(certificate.metadata().namespace()).isEqualTo("shop");
    assertThat(certificate.body().fieldNames()).toIterable().containsExactly("spec");
    assertThat(certificate.body().get("spec").fieldNames()).toIterable().containsExactly(
        "secretName", "duration", "renewBefore", "commonName", "dnsNames", "privateKey",
        "issuerRef");
    assertThat(certificate.body().at("/spec/privateKey/size").intValue()).isEqualTo(256);
  }

  @Test
  void metadataTheModelDoesNotHoldIsKeptAfterTheModelledFields() throws IOException {
    String yaml = """
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          finalizers:
          - example.com/cleanup
          labels:
            z: "1"
            a: "2"
          name: w
          ownerReferences:
          - apiVersion: apps/v1
            kind: Deployment
            name: web
            uid: 6a1d8a3e-0000-4000-8000-000000000000
            controller: true
          generation: 3
        data:
          key: value
        """;

    GenericResource widget = (GenericResource) Manifests.fromYaml(yaml).get(0);

    assertThat(widget.metadata().labels()).containsOnlyKeys("a", "z");
    assertThat(widget.additionalMetadata().fieldNames()).toIterable()
        .containsExactly("generation");
    String written = Manifests.toYaml(widget);
    assertThat(written).isEqualTo("""
        apiVersion: example.com/v1
        kind: Widget
        metadata:
          name: w
          labels:
            a: "2"
            z: "1"
          ownerReferences:
          - apiVersion: apps/v1
            kind: Deployment
            name: web
            uid: 6a1d8a3e-0000-4000-8000-000000000000
            controller: true
          finalizers:
          - example.com/cleanup
          generation: 3
        data:
          key: value
        """);
    assertThat(INDEPENDENT.readTree(written)).isEqualTo(INDEPENDENT.readTree(yaml));
    assertThat(Manifests.toYaml(Manifests.fromYaml(written))).isEqualTo(written);
  }

  @Test
  void withStrictKindsAnUnmodelledKindIsRefusedListingTheKnownKinds() {
    String yaml = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n" + CERTIFICATE;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml, STRICT))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 1: unknown kind \"Certificate\" (apiVersion "
            + "\"cert-manager.io/v1\"); known kinds: ")
        .hasMessageContaining("gateway.networking.k8s.io/HTTPRoute")
        .hasMessageContaining("apps/Deployment");
    assertThat(Manifests.fromYaml(yaml)).hasSize(2).last().isInstanceOf(GenericResource.class);
  }

  @Test
  void strictKindsStillReadModelledKinds() {
    assertThat(Manifests.fromYaml("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n",
        STRICT)).singleElement().isInstanceOf(Namespace.class);
  }

  @Test
  void strictKindsApplyToFilesAndReadersToo(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("cert.yaml");
    Files.writeString(file, CERTIFICATE);

    assertThatThrownBy(() -> Manifests.fromYaml(file, STRICT))
        .hasMessageContaining("unknown kind \"Certificate\"");
    assertThatThrownBy(() -> Manifests.fromYaml(file, STRICT, new ManifestLines()))
        .hasMessageContaining("unknown kind \"Certificate\"");
    assertThatThrownBy(() -> Manifests.fromYaml(new java.io.StringReader(CERTIFICATE), STRICT,
        new ManifestLines())).hasMessageContaining("unknown kind \"Certificate\"");
    assertThat(Manifests.fromYaml(file)).singleElement().isInstanceOf(GenericResource.class);
  }

  @Test
  void anUnknownKindOfTheGatewayApiGroupIsRefusedEvenByDefault() {
    String yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoutes\nmetadata:\n"
        + "  name: web\n";

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessageStartingWith("document 0: unknown kind \"HTTPRoutes\" (apiVersion "
            + "\"gateway.networking.k8s.io/v1\"); known kinds: ");
  }

  @Test
  void aModelledKindStaysStrict() {
    String configMap = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n"
        + "  finalizer:\n  - x\ndata:\n  k: v\n";
    String deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: web:1
                imagePullPolcy: IfNotPresent
        """;

    assertThatThrownBy(() -> Manifests.fromYaml(configMap))
        .hasMessage("document 0 (ConfigMap \"a\"): metadata.finalizer: unknown field "
            + "\"finalizer\"");
    assertThatThrownBy(() -> Manifests.fromYaml(deployment))
        .hasMessage("document 0 (Deployment \"web\"): spec.template.spec.containers[0]"
            + ".imagePullPolcy: unknown field \"imagePullPolcy\"");
  }

  @Test
  void aGenericResourceIsValidatedForWhatEveryObjectHas() {
    assertThatThrownBy(() -> Manifests.fromYaml("apiVersion: cert-manager.io/v1\n"
        + "kind: Certificate\nmetadata:\n  name: Web_1\n  namespace: Shop\n"))
        .hasMessage("document 0: Certificate \"Web_1\" is invalid (2 problems): metadata.name: Invalid "
            + "value: \"Web_1\": a lowercase RFC 1123 subdomain must consist of lower case "
            + "alphanumeric characters, '-' or '.', and must start and end with an alphanumeric "
            + "character (e.g. 'example.com') metadata.namespace: Invalid value: \"Shop\": a "
            + "lowercase RFC 1123 label must consist of lower case alphanumeric characters or "
            + "'-', and must start and end with an alphanumeric character (e.g. 'my-name', or "
            + "'123-abc')");
    assertThatThrownBy(() -> Manifests.fromYaml("apiVersion: cert-manager.io/v1\n"
        + "kind: Certificate\nmetadata:\n  namespace: shop\n"))
        .hasMessage("document 0: Certificate \"\" is invalid: metadata.name: Required value: "
            + "name or generateName is required");
  }

  @Test
  void theModelledMetadataOfAGenericResourceIsBoundWithItsTypes() {
    assertThatThrownBy(() -> Manifests.fromYaml("apiVersion: example.com/v1\nkind: Widget\n"
        + "metadata:\n  name: w\n  labels:\n    replicas: 3\n"))
        .hasMessage("document 0 (Widget \"w\"): metadata.labels.replicas: Invalid value: "
            + "\"integer\": metadata.labels.replicas in body must be of type string");
    assertThatThrownBy(() -> Manifests.fromYaml("apiVersion: example.com/v1\nkind: Widget\n"
        + "metadata: w\n"))
        .hasMessage("document 0 (Widget \"\"): metadata: Invalid value: \"string\": metadata in "
            + "body must be of type object");
  }

  @ParameterizedTest
  @ValueSource(strings = {"example.com/v1/beta", "v2", "Example.com/v1", "example.com/V1",
      "example.com/", "/v1"})
  void anApiVersionOfTheWrongFormIsRefused(String apiVersion) {
    assertThatThrownBy(() -> Manifests.fromYaml("apiVersion: " + apiVersion + "\nkind: Widget\n"
        + "metadata:\n  name: w\n"))
        .hasMessageStartingWith("document 0: Widget \"w\" is invalid: apiVersion: Invalid value: \""
            + apiVersion + "\": ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "apps/v1", "example.com/v1", "example.com/v1beta1", "x/v2alpha3"})
  void anApiVersionOfTheRightFormIsRead(String apiVersion) {
    assertThat(Manifests.fromYaml("apiVersion: " + apiVersion + "\nkind: Widget\n"
        + "metadata:\n  name: w\n")).singleElement().isInstanceOf(GenericResource.class);
  }

  @Test
  void aListMayMixModelledAndGenericItems() {
    String yaml = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: ConfigMap
          metadata:
            name: settings
        - apiVersion: discovery.k8s.io/v1
          kind: EndpointSlice
          metadata:
            name: web-abc
          addressType: IPv4
          endpoints:
          - addresses:
            - 10.0.0.1
        """;

    List<KubernetesResource> read = Manifests.fromYaml(yaml);

    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isInstanceOf(ConfigMap.class);
    assertThat(read.get(1)).isInstanceOf(GenericResource.class);
    assertThat(((GenericResource) read.get(1)).body().fieldNames()).toIterable()
        .containsExactly("addressType", "endpoints");
  }

  static Stream<Path> istioNetworkingSamples() throws IOException {
    Path folder = UpstreamData.gatewayApi().resolveSibling("istio")
        .resolve("1.30.3/samples/bookinfo/networking");
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  /**
   * Istio's own classic routing samples: every document (Gateway, VirtualService, DestinationRule
   * of {@code networking.istio.io}) was refused as an unknown kind; now each is read and written
   * back as the same tree, fields in their order, compared with an independent YAML reader.
   */
  @ParameterizedTest
  @MethodSource("istioNetworkingSamples")
  void istiosClassicSamplesAreReadAndWrittenBackAsTheSameTrees(Path file) throws IOException {
    List<KubernetesResource> read = Manifests.fromYaml(file);
    List<JsonNode> original = documents(Files.readString(file));

    assertThat(read).hasSameSizeAs(original).isNotEmpty()
        .allSatisfy(r -> assertThat(r).isInstanceOf(GenericResource.class));
    List<JsonNode> written = documents(Manifests.toYaml(read));
    for (int i = 0; i < original.size(); i++) {
      assertThat(written.get(i).equals(SAME_NUMBER, original.get(i)))
          .as("document %d: %s is %s", i, written.get(i), original.get(i)).isTrue();
      ObjectNode body = ((ObjectNode) original.get(i)).deepCopy();
      body.remove(List.of("apiVersion", "kind", "metadata"));
      assertThat(paths(((GenericResource) read.get(i)).body(), "")).isEqualTo(paths(body, ""));
    }
    assertThat(Manifests.toYaml(Manifests.fromYaml(Manifests.toYaml(read))))
        .isEqualTo(Manifests.toYaml(read));
    assertThatThrownBy(() -> Manifests.fromYaml(file, STRICT))
        .hasMessageContaining("unknown kind");
  }

  /**
   * Numbers by value: {@code 100.0} in a sample is the number 100, which is what kubectl sends
   * (go-yaml reads a float, Go's JSON writes {@code 100}), and what the reader keeps.
   */
  private static final Comparator<JsonNode> SAME_NUMBER = (a, b) -> a.isNumber() && b.isNumber()
      ? a.decimalValue().compareTo(b.decimalValue()) : a.equals(b) ? 0 : 1;

  /** Every path of {@code tree} in document order, so that two trees compare with their order. */
  private static List<String> paths(JsonNode tree, String at) {
    List<String> paths = new ArrayList<>();
    if (tree.isObject()) {
      tree.fields().forEachRemaining(field -> {
        paths.add(at + "/" + field.getKey());
        paths.addAll(paths(field.getValue(), at + "/" + field.getKey()));
      });
    } else if (tree.isArray()) {
      for (int i = 0; i < tree.size(); i++) {
        paths.addAll(paths(tree.get(i), at + "/" + i));
      }
    }
    return paths;
  }

  private static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = INDEPENDENT.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document != null && !document.isNull() && !document.isMissingNode()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }
}
