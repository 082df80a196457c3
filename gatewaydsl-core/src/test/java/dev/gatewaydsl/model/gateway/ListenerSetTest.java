package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.gateway.GatewayFieldsValidationTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import java.util.stream.IntStream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** ListenerSet: its shortcuts, its YAML (approved, checked by crd-check) and every rule. */
class ListenerSetTest {

  private static final Gateway EDGE = Gateway.builder().name("edge").namespace("infra")
      .gatewayClassName("istio")
      .listener(Listener.http("http", 80))
      .allowedListeners(ListenerNamespaces.selector(LabelSelector.matchLabel("edge", "true")))
      .build();

  private static ListenerSet.Builder shop() {
    return ListenerSet.builder().name("shop").namespace("shop").parentRef(EDGE);
  }

  private static void assertRejected(ListenerSet.Builder builder, String... problems) {
    assertThatThrownBy(builder::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage(message("ListenerSet", "shop", problems));
  }

  /** Builds, and what is accepted is written and reads back as the same value. */
  private static void assertAccepted(ListenerSet.Builder builder) {
    ListenerSet listenerSet = builder.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(listenerSet), listenerSet.target()))
        .containsExactly(listenerSet);
  }

  @Test
  void listenerSetWithHttpsAndTlsListeners() throws Exception {
    ListenerSet listenerSet = shop()
        .listener(Listener.https("shop", 443, "shop-tls").withHostname("shop.example.com"))
        .listener(Listener.tls("shop-db", 8443).withHostname("db.shop.example.com"))
        .listener(ListenerEntry.builder().name("shop-http").hostname("shop.example.com").port(80)
            .protocol(Listener.HTTP)
            .allowedRoutes(AllowedRoutes.fromNamespaces(RouteNamespaces.all()))
            .build())
        .build();
    String yaml = Manifests.toYaml(EDGE, listenerSet);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("listenerSetWithHttpsAndTlsListeners", yaml, CrdCheck.DEFAULT);
    CrdCheck.assertAccepted("listenerSetWithHttpsAndTlsListeners-experimental", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void parentRefOfAGatewayTakesItsNameAndNamespace() {
    assertThat(ParentGatewayReference.to(EDGE))
        .isEqualTo(ParentGatewayReference.builder().name("edge").namespace("infra").build());
    Gateway sameNamespace = Gateway.builder().name("edge").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();
    assertThat(ParentGatewayReference.to(sameNamespace).namespace()).isEmpty();
  }

  @Test
  void anEntryOfAListenerHasEveryFieldOfIt() {
    Listener listener = Listener.https("shop", 443, "shop-tls").withHostname("shop.example.com")
        .allowedRoutesFromAllNamespaces();
    ListenerEntry entry = ListenerEntry.of(listener);
    assertThat(List.of(entry.name(), entry.hostname(), entry.port(), entry.protocol(), entry.tls(),
        entry.allowedRoutes())).isEqualTo(List.of(listener.name(), listener.hostname(),
        listener.port(), listener.protocol(), listener.tls(), listener.allowedRoutes()));
  }

  @Test
  void isServedAsV1Only() {
    assertRejected(shop().apiVersion(GatewayApi.V1BETA1).listener(Listener.http("http", 80)),
        "apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1beta1\": supported values: "
            + "\"gateway.networking.k8s.io/v1\"");
  }

  @Test
  void needsAtLeastOneListenerAndTakesUpTo64() {
    assertRejected(shop(),
        "spec.listeners: Required value");
    ListenerSet.Builder builder = shop();
    IntStream.rangeClosed(1, 64).forEach(i -> builder.listener(Listener.http("l" + i, i)));
    assertAccepted(builder);
    builder.listener(Listener.http("l65", 65));
    assertRejected(builder, "spec.listeners: Too many: 65: must have at most 64 items");
  }

  @Test
  void needsAParentRef() {
    assertThatThrownBy(() -> ListenerSet.builder().name("shop")
            .listener(Listener.http("http", 80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ListenerSetSpec is invalid: parentRef: Required value");
  }

  @Test
  void parentRefIsChecked() {
    assertRejected(ListenerSet.builder().name("shop")
            .spec(ListenerSetSpec.builder()
                .parentRef(ParentGatewayReference.builder().group("Gateway.networking.k8s.io")
                    .kind("gateway kind").name("").namespace("Infra").build())
                .addListener(ListenerEntry.of(Listener.http("http", 80)))
                .build()),
        "spec.parentRef.group: Invalid value: \"Gateway.networking.k8s.io\": "
            + shouldMatch(GROUP),
        "spec.parentRef.kind: Invalid value: \"gateway kind\": " + shouldMatch(KIND),
        "spec.parentRef.namespace: Invalid value: \"Infra\": " + shouldMatch(NAMESPACE),
        "spec.parentRef.name: Required value");
  }

  @Test
  void listenerNamesAreUniqueWithinTheSet() {
    assertAccepted(shop().listener(Listener.http("a", 80)).listener(Listener.http("b", 81)));
    assertRejected(shop().listener(Listener.http("a", 80)).listener(Listener.http("a", 81)),
        "spec.listeners[1].name: Duplicate value: \"a\"");
  }

  @Test
  void portProtocolAndHostnameAreUniqueTogether() {
    assertAccepted(shop().listener(Listener.tcp("a", 5432)).listener(Listener.udp("b", 5432)));
    assertRejected(shop().listener(Listener.tcp("a", 5432)).listener(Listener.tcp("b", 5432)),
        "spec.listeners[1]: Duplicate value: \"5432/TCP\"");
  }

  @Test
  void theListenerRulesOfTheGatewayApply() {
    assertRejected(shop()
            .listener(Listener.tcp("tcp", 5432).withHostname("db.example.com"))
            .listener(Listener.http("http", 80).withTls(ListenerTLSConfig.terminate("x")))
            .listener(Listener.https("https", 443, "x").withTls(ListenerTLSConfig.passthrough()))
            .listener(ListenerEntry.builder().name("tls").port(8443).protocol(Listener.TLS).build())
            .listener(Listener.https("empty", 444, "x").withTls(ListenerTLSConfig.builder()
                .build())),
        "spec.listeners[0].hostname: Forbidden: hostname must not be specified for protocols "
            + "['TCP', 'UDP']",
        "spec.listeners[1].tls: Forbidden: tls must not be specified for protocols ['HTTP', "
            + "'TCP', 'UDP']",
        "spec.listeners[2].tls.mode: Invalid value: \"Passthrough\": tls mode must be Terminate "
            + "for protocol HTTPS",
        "spec.listeners[3].tls: Required value: tls mode must be set for protocol TLS",
        "spec.listeners[4].tls: Invalid value: \"object\": certificateRefs or options must be "
            + "specified when mode is Terminate");
  }
}
