package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_SUBDOMAIN;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.PROTOCOL;
import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.atLeast;
import static dev.gatewaydsl.model.CrdSchemaMessages.atMost;
import static dev.gatewaydsl.model.CrdSchemaMessages.minChars;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Gateway's rules: its apiVersion, and the schema and CEL rules of {@code spec} in the Gateway
 * API v1.6.1 CRD ({@code gateway.networking.k8s.io_gateways.yaml}).
 */
class GatewayValidationTest {

  private static final String HOSTNAME_DETAIL = shouldMatch(HOSTNAME);
  private static final String PROTOCOL_DETAIL = shouldMatch(PROTOCOL);
  private static final String KIND_DETAIL = shouldMatch(KIND);

  private static Gateway.Builder gatewayWithoutListeners() {
    return Gateway.builder().name("echoserver").namespace("default").gatewayClassName("istio");
  }

  private static Gateway gatewayWith(Listener... listeners) {
    Gateway.Builder gw = gatewayWithoutListeners();
    for (Listener listener : listeners) {
      gw.listener(listener);
    }
    return gw.build();
  }

  private static Listener.Builder listener() {
    return Listener.builder().name("http").port(80).protocol(Listener.HTTP);
  }

  private static String invalid(String problem) {
    return "Gateway \"echoserver\" is invalid: " + problem;
  }

  // ---- apiVersion ----

  @ParameterizedTest
  @ValueSource(strings = {GatewayApi.V1, GatewayApi.V1BETA1})
  void servedApiVersionIsAccepted(String apiVersion) {
    Gateway gw = gatewayWithoutListeners().apiVersion(apiVersion)
        .listener(Listener.http("http", 80)).build();

    assertThat(gw.apiVersion()).isEqualTo(apiVersion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"gateway.networking.k8s.io/v1alpha2", "v1", "networking.k8s.io/v1", ""})
  void otherApiVersionIsUnsupported(String apiVersion) {
    Gateway.Builder gw = gatewayWithoutListeners().apiVersion(apiVersion)
        .listener(Listener.http("http", 80));

    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("apiVersion: Unsupported value: \"" + apiVersion + "\": "
            + "supported values: \"gateway.networking.k8s.io/v1\", "
            + "\"gateway.networking.k8s.io/v1beta1\""));
  }

  @Test
  void apiVersionDefaultsToV1() {
    assertThat(gatewayWith(Listener.http("http", 80)).apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1");
  }

  // ---- gatewayClassName: 1 to 253 characters ----

  @Test
  void gatewayClassNameOf253CharactersIsAccepted() {
    Gateway gw = gatewayWithoutListeners().gatewayClassName(letters(253))
        .listener(Listener.http("http", 80)).build();

    assertThat(gw.spec().gatewayClassName()).hasSize(253);
  }

  @Test
  void gatewayClassNameOf254CharactersIsTooLong() {
    Gateway.Builder gw = gatewayWithoutListeners().gatewayClassName(letters(254))
        .listener(Listener.http("http", 80));

    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.gatewayClassName: " + tooLong(253, 254)));
  }

  @Test
  void emptyGatewayClassNameIsRequired() {
    Gateway.Builder gw = gatewayWithoutListeners().gatewayClassName("")
        .listener(Listener.http("http", 80));

    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.gatewayClassName: Required value"));
  }

  // ---- listeners: 1 to 64 ----

  private static List<Listener> listeners(int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> Listener.http("http-" + i, 8000 + i)).toList();
  }

  @Test
  void oneListenerIsEnough() {
    assertThat(gatewayWith(Listener.http("http", 80)).spec().listeners()).hasSize(1);
  }

  @Test
  void noListenerIsRequiredValue() {
    assertThatThrownBy(() -> gatewayWithoutListeners().build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners: Required value"));
  }

  @Test
  void sixtyFourListenersAreAccepted() {
    Gateway gw = gatewayWith(listeners(64).toArray(Listener[]::new));

    assertThat(gw.spec().listeners()).hasSize(64);
  }

  @Test
  void sixtyFiveListenersAreTooMany() {
    Listener[] listeners = listeners(65).toArray(Listener[]::new);

    assertThatThrownBy(() -> gatewayWith(listeners))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners: Too many: 65: must have at most 64 items"));
  }

  // ---- listener name: a DNS-1123 subdomain, unique ----

  @ParameterizedTest
  @ValueSource(strings = {"http", "https-443", "web.example.com", "1"})
  void listenerNameInSubdomainSyntaxIsAccepted(String name) {
    assertThat(gatewayWith(listener().name(name).build()).spec().listeners().get(0).name())
        .isEqualTo(name);
  }

  @Test
  void listenerNameOf253CharactersIsAccepted() {
    assertThat(gatewayWith(listener().name(letters(253)).build()).spec().listeners()).hasSize(1);
  }

  @Test
  void listenerNameOf254CharactersIsRejected() {
    String name = letters(254);

    assertThatThrownBy(() -> gatewayWith(listener().name(name).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].name: " + tooLong(253, 254)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP", "http_1", "-http", "http-"})
  void listenerNameOutsideSubdomainSyntaxIsRejected(String name) {
    assertThatThrownBy(() -> gatewayWith(listener().name(name).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].name: Invalid value: \"" + name + "\": "
            + shouldMatch(SUBDOMAIN)));
  }

  @Test
  void emptyListenerNameIsMissing() {
    // an empty string is left out of the YAML written, so the API server sees no name
    assertThatThrownBy(() -> gatewayWith(listener().name("").build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].name: Required value"));
  }

  @Test
  void listenersWithDifferentNamesAreAccepted() {
    Gateway gw = gatewayWith(Listener.http("http", 80), Listener.http("http-alt", 8080));

    assertThat(gw.spec().listeners()).extracting(Listener::name).containsExactly("http", "http-alt");
  }

  @Test
  void secondListenerWithTheSameNameIsDuplicate() {
    assertThatThrownBy(() -> gatewayWith(Listener.http("http", 80), Listener.http("http", 8080)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[1].name: Duplicate value: \"http\""));
  }

  // ---- port, protocol and hostname: unique together ----

  @Test
  void listenersOnTheSamePortAndProtocolWithoutHostnamesAreDuplicates() {
    assertThatThrownBy(() -> gatewayWith(Listener.http("a", 80), Listener.http("b", 80)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[1]: Duplicate value: \"80/HTTP\""));
  }

  @Test
  void listenersOnTheSamePortProtocolAndHostnameAreDuplicates() {
    Listener a = listener().name("a").hostname("example.com").build();
    Listener b = listener().name("b").hostname("example.com").build();

    assertThatThrownBy(() -> gatewayWith(a, b))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[1]: Duplicate value: \"80/HTTP/example.com\""));
  }

  @Test
  void listenersDifferingOnlyInHostnameAreAccepted() {
    Listener a = listener().name("a").hostname("a.example.com").build();
    Listener b = listener().name("b").hostname("b.example.com").build();

    assertThat(gatewayWith(a, b).spec().listeners()).hasSize(2);
  }

  @Test
  void listenerWithAHostnameAndOneWithoutOnTheSamePortAreAccepted() {
    // "null" is a valid hostname and must not be confused with an absent one
    Listener named = listener().name("a").hostname("null").build();
    Listener any = listener().name("b").build();

    assertThat(gatewayWith(named, any).spec().listeners()).hasSize(2);
  }

  @Test
  void listenersDifferingOnlyInProtocolAreAccepted() {
    Listener http = listener().name("a").build();
    Listener custom = listener().name("b").protocol("example.com/custom").build();

    assertThat(gatewayWith(http, custom).spec().listeners()).hasSize(2);
  }

  // ---- listener port: 1 to 65535 ----

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void listenerPortAtTheEndsOfTheRangeIsAccepted(int port) {
    assertThat(gatewayWith(Listener.http("http", port)).spec().listeners().get(0).port())
        .isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void listenerPortJustOutsideTheRangeIsRejected(int port) {
    assertThatThrownBy(() -> gatewayWith(Listener.http("http", port)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].port: Invalid value: " + port + ": "
            + (port < 1 ? atLeast(1) : atMost(65535))));
  }

  // ---- listener hostname ----

  @ParameterizedTest
  @ValueSource(strings = {"example.com", "*.example.com", "foo.bar.example.com", "localhost"})
  void hostnameInWildcardSubdomainSyntaxIsAccepted(String hostname) {
    assertThat(gatewayWith(listener().hostname(hostname).build()).spec().listeners().get(0)
        .hostname()).contains(hostname);
  }

  @Test
  void hostnameOf253CharactersIsAccepted() {
    String hostname = "*." + letters(251);

    assertThat(gatewayWith(listener().hostname(hostname).build()).spec().listeners()).hasSize(1);
  }

  @Test
  void hostnameOf254CharactersIsRejected() {
    String hostname = "*." + letters(252);

    assertThatThrownBy(() -> gatewayWith(listener().hostname(hostname).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].hostname: " + tooLong(253, 254)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*", "*.*.example.com", "foo.*.com", "*example.com", "Example.com",
      "example.com.", "exa_mple.com"})
  void hostnameOutsideWildcardSubdomainSyntaxIsRejected(String hostname) {
    assertThatThrownBy(() -> gatewayWith(listener().hostname(hostname).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].hostname: Invalid value: \"" + hostname + "\": "
            + HOSTNAME_DETAIL));
  }

  @Test
  void emptyHostnameIsTooShortAndOutsideWildcardSubdomainSyntax() {
    assertThatThrownBy(() -> gatewayWith(listener().hostname("").build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"echoserver\" is invalid (2 problems):\n"
            + "  spec.listeners[0].hostname: Invalid value: \"\": " + minChars(1) + "\n"
            + "  spec.listeners[0].hostname: Invalid value: \"\": " + HOSTNAME_DETAIL);
  }

  @ParameterizedTest
  @ValueSource(strings = {Listener.TCP, Listener.UDP})
  void hostnameOnATcpOrUdpListenerIsForbidden(String protocol) {
    Listener listener = listener().protocol(protocol).hostname("example.com").build();

    assertThatThrownBy(() -> gatewayWith(listener))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].hostname: Forbidden: "
            + "hostname must not be specified for protocols ['TCP', 'UDP']"));
  }

  @ParameterizedTest
  @ValueSource(strings = {Listener.HTTP, Listener.HTTPS, Listener.TLS, "example.com/tcp"})
  void hostnameOnOtherProtocolsIsAccepted(String protocol) {
    Listener.Builder builder = listener().protocol(protocol).hostname("example.com");
    if (protocol.equals(Listener.TLS)) {
      builder.tls(ListenerTLSConfig.passthrough());
    }
    Listener listener = builder.build();

    assertThat(gatewayWith(listener).spec().listeners().get(0).hostname()).contains("example.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {Listener.TCP, Listener.UDP})
  void tcpOrUdpListenerWithoutHostnameIsAccepted(String protocol) {
    Listener listener = listener().protocol(protocol).build();

    assertThat(gatewayWith(listener).spec().listeners().get(0).protocol()).isEqualTo(protocol);
  }

  // ---- listener protocol ----

  @ParameterizedTest
  @ValueSource(strings = {"HTTP", "HTTPS", "TLS", "TCP", "UDP", "h2c", "X-Proto",
      "example.com/custom", "istio.io/PROXY2"})
  void protocolInProtocolTypeSyntaxIsAccepted(String protocol) {
    Listener.Builder builder = listener().protocol(protocol);
    if (protocol.equals(Listener.TLS)) {
      builder.tls(ListenerTLSConfig.passthrough()); // TLS listeners need a mode
    }
    assertThat(gatewayWith(builder.build()).spec().listeners().get(0)
        .protocol()).isEqualTo(protocol);
  }

  @Test
  void protocolOf255CharactersIsAccepted() {
    String protocol = "P".repeat(255);

    assertThat(gatewayWith(listener().protocol(protocol).build()).spec().listeners()).hasSize(1);
  }

  @Test
  void protocolOf256CharactersIsRejected() {
    String protocol = "P".repeat(256);

    assertThatThrownBy(() -> gatewayWith(listener().protocol(protocol).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].protocol: " + tooLong(255, 256)));
  }

  @Test
  void emptyProtocolIsMissing() {
    assertThatThrownBy(() -> gatewayWith(listener().protocol("").build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].protocol: Required value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my_proto", "-HTTP", "HTTP-", "HTTP/", "example.com/", "HTTP 2"})
  void protocolOutsideProtocolTypeSyntaxIsRejected(String protocol) {
    assertThatThrownBy(() -> gatewayWith(listener().protocol(protocol).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].protocol: Invalid value: \"" + protocol + "\": "
            + PROTOCOL_DETAIL));
  }

  // ---- allowedRoutes.namespaces ----

  private static Listener allowing(RouteNamespaces namespaces) {
    return listener().allowedRoutes(AllowedRoutes.fromNamespaces(namespaces)).build();
  }

  @ParameterizedTest
  @EnumSource(value = FromNamespaces.class, names = {"ALL", "SAME"})
  void fromAllOrSameIsAccepted(FromNamespaces from) {
    Listener listener = allowing(RouteNamespaces.builder().from(from).build());

    assertThat(gatewayWith(listener).spec().listeners().get(0).allowedRoutes()).isPresent();
  }

  @Test
  void fromNoneIsUnsupportedForRoutes() {
    Listener listener = allowing(RouteNamespaces.builder().from(FromNamespaces.NONE).build());

    assertThatThrownBy(() -> gatewayWith(listener))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].allowedRoutes.namespaces.from: Unsupported value: "
            + "\"None\": supported values: \"All\", \"Selector\", \"Same\""));
  }

  @Test
  void fromSelectorWithASelectorIsAccepted() {
    Listener listener = Listener.http("http", 80)
        .allowedRoutesFromNamespaces(LabelSelector.matchLabel("shared-gateway-access", "true"));

    assertThat(gatewayWith(listener).spec().listeners().get(0).allowedRoutes()).isPresent();
  }

  @Test
  void fromSelectorWithAnEmptySelectorIsAccepted() {
    // an empty selector selects every namespace, which is valid
    Listener listener =
        Listener.http("http", 80).allowedRoutesFromNamespaces(LabelSelector.builder().build());

    assertThat(gatewayWith(listener).spec().listeners()).hasSize(1);
  }

  @Test
  void fromSelectorWithoutASelectorIsAcceptedAsTheCrdAcceptsIt() {
    Listener listener = allowing(RouteNamespaces.builder().from(FromNamespaces.SELECTOR).build());

    assertThat(gatewayWith(listener).spec().listeners()).hasSize(1);
  }

  // ---- allowedRoutes.kinds: at most 8 ----

  private static Listener allowingKinds(int count) {
    AllowedRoutes.Builder allowed = AllowedRoutes.builder();
    IntStream.range(0, count).forEach(i -> allowed.addKind(RouteGroupKind.of("Route" + i)));
    return listener().allowedRoutes(allowed.build()).build();
  }

  @Test
  void eightKindsAreAccepted() {
    assertThat(gatewayWith(allowingKinds(8)).spec().listeners().get(0).allowedRoutes()
        .orElseThrow().kinds()).hasSize(8);
  }

  @Test
  void nineKindsAreTooMany() {
    Listener listener = allowingKinds(9);

    assertThatThrownBy(() -> gatewayWith(listener))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.listeners[0].allowedRoutes.kinds: Too many: 9: must have at most 8 items"));
  }

  private static Listener allowingKind(RouteGroupKind kind) {
    return listener().allowedRoutes(AllowedRoutes.builder().addKind(kind).build()).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPRoute", "GRPCRoute", "x", "My-Route2"})
  void kindInKindSyntaxIsAccepted(String kind) {
    assertThat(gatewayWith(allowingKind(RouteGroupKind.of(kind))).spec().listeners()).hasSize(1);
  }

  @Test
  void kindOf63CharactersIsAccepted() {
    assertThat(gatewayWith(allowingKind(RouteGroupKind.of("K".repeat(63)))).spec().listeners())
        .hasSize(1);
  }

  @Test
  void kindOf64CharactersIsRejected() {
    String kind = "K".repeat(64);

    assertThatThrownBy(() -> gatewayWith(allowingKind(RouteGroupKind.of(kind))))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].allowedRoutes.kinds[0].kind: "
            + tooLong(63, 64)));
  }

  @Test
  void emptyKindIsMissing() {
    assertThatThrownBy(() -> gatewayWith(allowingKind(RouteGroupKind.of(""))))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].allowedRoutes.kinds[0].kind: Required value"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1Route", "HTTP_Route", "Route-", "-Route"})
  void kindOutsideKindSyntaxIsRejected(String kind) {
    assertThatThrownBy(() -> gatewayWith(allowingKind(RouteGroupKind.of(kind))))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].allowedRoutes.kinds[0].kind: Invalid value: \""
            + kind + "\": " + KIND_DETAIL));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "gateway.networking.k8s.io", "example.com"})
  void kindGroupThatIsEmptyOrASubdomainIsAccepted(String group) {
    RouteGroupKind kind = RouteGroupKind.builder().group(group).kind("HTTPRoute").build();

    assertThat(gatewayWith(allowingKind(kind)).spec().listeners()).hasSize(1);
  }

  @Test
  void kindGroupOutsideSubdomainSyntaxIsRejected() {
    RouteGroupKind kind = RouteGroupKind.builder().group("Gateway.Networking").kind("HTTPRoute")
        .build();

    assertThatThrownBy(() -> gatewayWith(allowingKind(kind)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].allowedRoutes.kinds[0].group: Invalid value: "
            + "\"Gateway.Networking\": " + shouldMatch(GROUP)));
  }

  // ---- all problems at once ----

  @Test
  void everyProblemOfTheGatewayIsReportedTogether() {
    // GIVEN a Gateway with a bad name, an empty class, and a listener with a bad port and protocol
    Gateway.Builder gw = Gateway.builder().name("Echo").namespace("default").gatewayClassName("")
        .listener(Listener.builder().name("http").port(0).protocol("").build());

    // WHEN / THEN every problem is listed, under the name as written
    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"Echo\" is invalid (4 problems):\n"
            + "  metadata.name: Invalid value: \"Echo\": " + DNS1123_SUBDOMAIN + "\n"
            + "  spec.listeners[0].port: Invalid value: 0: " + atLeast(1) + "\n"
            + "  spec.listeners[0].protocol: Required value\n"
            + "  spec.gatewayClassName: Required value");
  }

  @Test
  void copyWithAnInvalidValueIsCheckedToo() {
    // GIVEN a valid Gateway
    Gateway gw = gatewayWith(Listener.http("http", 80));

    // WHEN a copy gets an unserved apiVersion / THEN the copy is rejected
    assertThatThrownBy(() -> gw.withApiVersion("gateway.networking.k8s.io/v1alpha2"))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1alpha2\": "
            + "supported values: \"gateway.networking.k8s.io/v1\", "
            + "\"gateway.networking.k8s.io/v1beta1\""));
  }
}
