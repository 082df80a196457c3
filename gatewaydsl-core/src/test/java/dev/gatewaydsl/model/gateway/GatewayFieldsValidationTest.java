package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.ADDRESS_TYPE;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.LABEL_VALUE;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.PROTOCOL;
import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.atLeast;
import static dev.gatewaydsl.model.CrdSchemaMessages.atMost;
import static dev.gatewaydsl.model.CrdSchemaMessages.outsidePattern;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the Gateway CRD (v1.6.1), on both sides of its boundary, with exact messages. */
class GatewayFieldsValidationTest {

  private static Gateway.Builder gateway() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio");
  }

  private static Gateway.Builder gateway(Listener... listeners) {
    Gateway.Builder builder = gateway();
    for (Listener listener : listeners) {
      builder.listener(listener);
    }
    return builder;
  }

  private static Gateway.Builder withHttpListener() {
    return gateway(Listener.http("http", 80));
  }

  /** Building fails with exactly {@code problems}, in this order. */
  static void assertRejected(Gateway.Builder builder, String... problems) {
    assertThatThrownBy(builder::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage(message("Gateway", "web", problems));
  }

  /** The message of an {@link InvalidResourceException} with {@code problems}. */
  static String message(String kind, String name, String... problems) {
    return problems.length == 1
        ? kind + " \"" + name + "\" is invalid: " + problems[0]
        : kind + " \"" + name + "\" is invalid (" + problems.length + " problems):\n  "
            + String.join("\n  ", problems);
  }

  /** Builds, and what is accepted is written and reads back as the same value. */
  private static void assertAccepted(Gateway.Builder builder) {
    Gateway gateway = builder.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(gateway), gateway.target()))
        .containsExactly(gateway);
  }

  private static String repeat(char c, int times) {
    return String.valueOf(c).repeat(times);
  }

  /** A DNS subdomain of exactly {@code length} characters: labels of 63 joined by dots. */
  private static String subdomain(int length) {
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      if (out.length() > 0) {
        out.append('.');
      }
      out.append(repeat('a', Math.min(63, length - out.length())));
    }
    return out.toString();
  }

  private static Listener https(ListenerTLSConfig tls) {
    return Listener.builder().name("https").port(443).protocol(Listener.HTTPS).tls(tls).build();
  }

  @Nested
  class Listeners {

    @Test
    void needsAtLeastOne() {
      assertRejected(gateway(), "spec.listeners: Required value");
    }

    @Test
    void takesUpTo64() {
      Gateway.Builder builder = gateway();
      IntStream.rangeClosed(1, 64).forEach(i -> builder.listener(Listener.http("l" + i, i)));
      assertAccepted(builder);
      builder.listener(Listener.http("l65", 65));
      assertRejected(builder, "spec.listeners: Too many: 65: must have at most 64 items");
    }

    @Test
    void namesAreUnique() {
      assertAccepted(gateway(Listener.http("a", 80), Listener.http("b", 81)));
      assertRejected(gateway(Listener.http("a", 80), Listener.http("a", 81)),
          "spec.listeners[1].name: Duplicate value: \"a\"");
    }

    @Test
    void portProtocolAndHostnameAreUniqueTogether() {
      assertAccepted(gateway(Listener.http("a", 80), Listener.http("b", 80).withHostname("x.io")));
      assertRejected(gateway(Listener.http("a", 80).withHostname("x.io"),
              Listener.http("b", 80).withHostname("x.io")),
          "spec.listeners[1]: Duplicate value: \"80/HTTP/x.io\"");
    }

    @Test
    void hostnameIsForbiddenForTcpAndUdp() {
      assertAccepted(gateway(Listener.tls("tls", 443).withHostname("db.example.com")));
      assertRejected(gateway(Listener.tcp("tcp", 5432).withHostname("db.example.com")),
          "spec.listeners[0].hostname: Forbidden: hostname must not be specified for protocols "
              + "['TCP', 'UDP']");
      assertRejected(gateway(Listener.udp("udp", 53).withHostname("dns.example.com")),
          "spec.listeners[0].hostname: Forbidden: hostname must not be specified for protocols "
              + "['TCP', 'UDP']");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP", "TCP", "UDP"})
    void tlsIsForbiddenForHttpTcpAndUdp(String protocol) {
      Listener listener = Listener.builder().name("l").port(443).protocol(protocol)
          .tls(ListenerTLSConfig.terminate("web-tls")).build();
      assertRejected(gateway(listener), "spec.listeners[0].tls: Forbidden: tls must not be "
          + "specified for protocols ['HTTP', 'TCP', 'UDP']");
    }

    @Test
    void tlsIsAllowedForHttpsAndTls() {
      assertAccepted(gateway(https(ListenerTLSConfig.terminate("web-tls")),
          Listener.builder().name("tls").port(8443).protocol(Listener.TLS)
              .tls(ListenerTLSConfig.terminate("db-tls")).build()));
    }

    @Test
    void protocolsAreComparedCaseSensitivelyAsTheCrdDoes() {
      // v1.6.1's rules test 'HTTP', not 'http': the API server accepts this
      assertAccepted(gateway(Listener.builder().name("l").port(80).protocol("http")
          .tls(ListenerTLSConfig.terminate("web-tls")).build()));
    }

    @Test
    void httpsTlsModeMustBeTerminate() {
      assertAccepted(gateway(https(ListenerTLSConfig.terminate("web-tls")
          .withMode(TLSModeType.TERMINATE))));
      assertRejected(gateway(https(ListenerTLSConfig.passthrough())),
          "spec.listeners[0].tls.mode: Invalid value: \"Passthrough\": tls mode must be "
              + "Terminate for protocol HTTPS");
    }

    @Test
    void httpsWithoutTlsIsAcceptedAsByTheCrd() {
      assertAccepted(gateway(Listener.builder().name("https").port(443).protocol(Listener.HTTPS)
          .build()));
    }

    @Test
    void tlsProtocolNeedsTls() {
      assertAccepted(gateway(Listener.tls("tls", 8443)));
      assertRejected(gateway(Listener.builder().name("tls").port(8443).protocol(Listener.TLS)
          .build()),
          "spec.listeners[0].tls: Required value: tls mode must be set for protocol TLS");
    }

    @Test
    void terminateNeedsCertificateRefsOrOptions() {
      assertAccepted(gateway(https(ListenerTLSConfig.builder().putOption("example.com/cert", "a")
          .build())));
      assertAccepted(gateway(Listener.tls("tls", 8443)));
      assertRejected(gateway(https(ListenerTLSConfig.builder().build())),
          "spec.listeners[0].tls: Invalid value: \"object\": certificateRefs or options must be "
              + "specified when mode is Terminate");
      assertRejected(gateway(https(ListenerTLSConfig.builder().mode(TLSModeType.TERMINATE)
              .build())),
          "spec.listeners[0].tls: Invalid value: \"object\": certificateRefs or options must be "
              + "specified when mode is Terminate");
    }

    @Test
    void takesUpTo64CertificateRefs() {
      ListenerTLSConfig.Builder tls = ListenerTLSConfig.builder();
      IntStream.rangeClosed(1, 64).forEach(i -> tls.addCertificateRef(
          SecretObjectReference.secret("s" + i)));
      assertAccepted(gateway(https(tls.build())));
      tls.addCertificateRef(SecretObjectReference.secret("s65"));
      assertRejected(gateway(https(tls.build())),
          "spec.listeners[0].tls.certificateRefs: Too many: 65: must have at most 64 items");
    }

    @Test
    void takesUpTo16Options() {
      ListenerTLSConfig.Builder tls = ListenerTLSConfig.builder();
      IntStream.rangeClosed(1, 16).forEach(i -> tls.putOption("example.com/o" + i, "v"));
      assertAccepted(gateway(https(tls.build())));
      tls.putOption("example.com/o17", "v");
      assertRejected(gateway(https(tls.build())),
          "spec.listeners[0].tls.options: Too many: 17: must have at most 16 properties");
    }

    @Test
    void optionValuesTakeUpTo4096Characters() {
      assertAccepted(gateway(https(ListenerTLSConfig.builder()
          .putOption("example.com/o", repeat('é', 4096)).build())));
      assertRejected(gateway(https(ListenerTLSConfig.builder()
              .putOption("example.com/o", repeat('v', 4097)).build())),
          "spec.listeners[0].tls.options[example.com/o]: " + tooLong(4096, 4097));
    }

    @Test
    void certificateRefsAreChecked() {
      SecretObjectReference valid = SecretObjectReference.builder().group("").kind("Secret")
          .name(repeat('n', 253)).namespace(repeat('a', 63)).build();
      assertAccepted(gateway(https(ListenerTLSConfig.builder().addCertificateRef(valid).build())));
      SecretObjectReference invalid = SecretObjectReference.builder().group("Example.com")
          .kind("9Secret").name(repeat('n', 254)).namespace(repeat('a', 64)).build();
      assertRejected(gateway(https(ListenerTLSConfig.builder().addCertificateRef(invalid)
              .build())),
          "spec.listeners[0].tls.certificateRefs[0].group: Invalid value: \"Example.com\": "
              + shouldMatch(GROUP),
          "spec.listeners[0].tls.certificateRefs[0].kind: Invalid value: \"9Secret\": "
              + shouldMatch(KIND),
          "spec.listeners[0].tls.certificateRefs[0].name: " + tooLong(253, 254),
          "spec.listeners[0].tls.certificateRefs[0].namespace: " + tooLong(63, 64));
    }

    @Test
    void certificateRefNameIsRequired() {
      assertRejected(gateway(Listener.https("https", 443, "")),
          "spec.listeners[0].tls.certificateRefs[0].name: Required value");
    }

    @Test
    void allowedRoutesFromNoneIsNotSupported() {
      Listener listener = Listener.http("http", 80).withAllowedRoutes(AllowedRoutes
          .fromNamespaces(RouteNamespaces.builder().from(FromNamespaces.NONE).build()));
      assertRejected(gateway(listener), "spec.listeners[0].allowedRoutes.namespaces.from: "
          + "Unsupported value: \"None\": supported values: \"All\", \"Selector\", \"Same\"");
      assertAccepted(gateway(Listener.http("http", 80).withAllowedRoutes(AllowedRoutes
          .fromNamespaces(RouteNamespaces.same()))));
    }

    @Test
    void allowedRoutesFromSelectorMayLackASelectorAsTheCrdAllows() {
      assertAccepted(gateway(Listener.http("http", 80)
          .allowedRoutesFromNamespaces(LabelSelector.matchLabel("team", "shop"))));
      Listener listener = Listener.http("http", 80).withAllowedRoutes(AllowedRoutes
          .fromNamespaces(RouteNamespaces.builder().from(FromNamespaces.SELECTOR).build()));
      assertAccepted(gateway(listener));
    }
  }

  @Nested
  class ListenerFieldsAndClassName {

    @Test
    void gatewayClassNameTakes1To253Characters() {
      assertAccepted(gateway(Listener.http("http", 80)).gatewayClassName(repeat('c', 253)));
      assertRejected(gateway(Listener.http("http", 80)).gatewayClassName(repeat('c', 254)),
          "spec.gatewayClassName: " + tooLong(253, 254));
      assertRejected(gateway(Listener.http("http", 80)).gatewayClassName(""),
          "spec.gatewayClassName: Required value");
    }

    @Test
    void portsAre1To65535() {
      assertAccepted(gateway(Listener.http("a", 1), Listener.http("b", 65535)));
      assertRejected(gateway(Listener.http("a", 0), Listener.http("b", 65536)),
          "spec.listeners[0].port: Invalid value: 0: " + atLeast(1),
          "spec.listeners[1].port: Invalid value: 65536: " + atMost(65535));
    }

    @Test
    void namesAreSubdomains() {
      assertAccepted(gateway(Listener.http(subdomain(253), 80)));
      assertRejected(gateway(Listener.http("Web", 80)),
          "spec.listeners[0].name: Invalid value: \"Web\": " + shouldMatch(SUBDOMAIN));
    }

    @Test
    void hostnamesMayStartWithAWildcard() {
      assertAccepted(gateway(Listener.http("http", 80).withHostname("*.example.com")));
      assertRejected(gateway(Listener.http("http", 80).withHostname("example.*")),
          "spec.listeners[0].hostname: Invalid value: \"example.*\": " + shouldMatch(HOSTNAME));
    }

    @Test
    void protocolsAreCoreNamesOrDomainPrefixed() {
      assertAccepted(gateway(Listener.builder().name("l").port(80).protocol("example.com/quic")
          .build()));
      assertRejected(gateway(Listener.builder().name("l").port(80).protocol("example.com")
              .build()),
          "spec.listeners[0].protocol: Invalid value: \"example.com\": " + shouldMatch(PROTOCOL));
    }

    @Test
    void allowedRoutesTakeUpTo8Kinds() {
      AllowedRoutes.Builder routes = AllowedRoutes.builder();
      IntStream.rangeClosed(1, 8).forEach(i -> routes.addKind(RouteGroupKind.of("Route" + i)));
      assertAccepted(gateway(Listener.http("http", 80).withAllowedRoutes(routes.build())));
      routes.addKind(RouteGroupKind.of("Route9"));
      assertRejected(gateway(Listener.http("http", 80).withAllowedRoutes(routes.build())),
          "spec.listeners[0].allowedRoutes.kinds: Too many: 9: must have at most 8 items");
    }
  }

  @Nested
  class Addresses {

    private Gateway.Builder with(GatewaySpecAddress... addresses) {
      Gateway.Builder builder = withHttpListener();
      for (GatewaySpecAddress address : addresses) {
        builder.address(address);
      }
      return builder;
    }

    @Test
    void takesUpTo16() {
      Gateway.Builder builder = withHttpListener();
      IntStream.rangeClosed(1, 16).forEach(i -> builder.address(
          GatewaySpecAddress.ipAddress("192.0.2." + i)));
      assertAccepted(builder);
      builder.address(GatewaySpecAddress.ipAddress("192.0.2.17"));
      assertRejected(builder, "spec.addresses: Too many: 17: must have at most 16 items");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "010.0.2.1", "2001:db8::1", "::", "::ffff:192.0.2.1",
        "1:2:3:4:5:6:192.0.2.1", "1:2:3:4:5:6:7:8"})
    void ipAddressValuesAreIpv4OrIpv6(String ip) {
      assertAccepted(with(GatewaySpecAddress.ipAddress(ip)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.0.2.1", "192.0.2", "fe80::1%eth0", "[2001:db8::1]", "1::2::3",
        "web.example.com", " 192.0.2.1", "", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:192.0.2.1"})
    void ipAddressValuesThatAreNoIpAreRejected(String value) {
      assertRejected(with(GatewaySpecAddress.ipAddress(value)), "spec.addresses[0].value: Invalid "
          + "value: \"" + value + "\": must be an IPv4 or IPv6 address when type is IPAddress");
    }

    @Test
    void anUnsetTypeIsIpAddress() {
      assertAccepted(with(GatewaySpecAddress.builder().value("192.0.2.1").build()));
      assertAccepted(with(GatewaySpecAddress.builder().build()));
      assertRejected(with(GatewaySpecAddress.builder().value("web.example.com").build()),
          "spec.addresses[0].value: Invalid value: \"web.example.com\": must be an IPv4 or IPv6 "
              + "address when type is IPAddress");
    }

    @Test
    void hostnameValuesAreHostnames() {
      assertAccepted(with(GatewaySpecAddress.hostname("*.example.com")));
      assertAccepted(with(GatewaySpecAddress.builder().type(GatewaySpecAddress.HOSTNAME).build()));
      assertRejected(with(GatewaySpecAddress.hostname("Web.example.com")),
          "spec.addresses[0].value: Invalid value: \"Web.example.com\": Hostname value must be "
              + "empty or contain only valid characters (matching "
              + "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)");
    }

    @Test
    void anEmptyHostnameValueIsRejectedAsByTheCrdDespiteItsMessage() {
      assertRejected(with(GatewaySpecAddress.hostname("")),
          "spec.addresses[0].value: Invalid value: \"\": Hostname value must be "
              + "empty or contain only valid characters (matching "
              + "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NamedAddress", "example.com/custom", "example.com/a:b/c~d",
        "Hostnames", "xIPAddressy", "Example.com/custom"})
    void typesAreCoreOrDomainPrefixedAsTheCrdPatternReads(String type) {
      assertAccepted(with(GatewaySpecAddress.builder().type(type).value("anything").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "custom", "example.com/", "ipaddress"})
    void otherTypesAreRejected(String type) {
      assertRejected(with(GatewaySpecAddress.builder().type(type).build()),
          outsidePattern("spec.addresses[0].type", type, ADDRESS_TYPE));
    }

    @Test
    void typesTakeUpTo253Characters() {
      String type = "example.com/" + repeat('t', 241);
      assertAccepted(with(GatewaySpecAddress.builder().type(type).build()));
      assertRejected(with(GatewaySpecAddress.builder().type(type + "t").build()),
          "spec.addresses[0].type: " + tooLong(253, 254));
    }

    @Test
    void valuesTakeUpTo253Characters() {
      assertAccepted(with(GatewaySpecAddress.namedAddress(repeat('v', 253))));
      assertRejected(with(GatewaySpecAddress.namedAddress(repeat('v', 254))),
          "spec.addresses[0].value: " + tooLong(253, 254));
    }

    @Test
    void ipAddressValuesAreUniqueWhateverTheTypeWasWrittenAs() {
      assertAccepted(with(GatewaySpecAddress.ipAddress("192.0.2.1"),
          GatewaySpecAddress.ipAddress("192.0.2.2")));
      assertRejected(with(GatewaySpecAddress.builder().value("192.0.2.1").build(),
              GatewaySpecAddress.ipAddress("192.0.2.1")),
          "spec.addresses[1].value: Duplicate value: \"192.0.2.1\": IPAddress values must be "
              + "unique");
    }

    @Test
    void hostnameValuesAreUnique() {
      assertRejected(with(GatewaySpecAddress.hostname("web.example.com"),
              GatewaySpecAddress.hostname("web.example.com")),
          "spec.addresses[1].value: Duplicate value: \"web.example.com\": Hostname values must be "
              + "unique");
    }

    @Test
    void otherValuesMayRepeat() {
      assertAccepted(with(GatewaySpecAddress.namedAddress("web"),
          GatewaySpecAddress.namedAddress("web"), GatewaySpecAddress.hostname("web"),
          GatewaySpecAddress.builder().type(GatewaySpecAddress.HOSTNAME).build(),
          GatewaySpecAddress.builder().type(GatewaySpecAddress.HOSTNAME).build()));
    }
  }

  @Nested
  class Infrastructure {

    @Test
    void takesUpTo8Labels() {
      Gateway.Builder builder = withHttpListener();
      IntStream.rangeClosed(1, 8).forEach(i -> builder.infrastructureLabel("l" + i, "v"));
      assertAccepted(builder);
      builder.infrastructureLabel("l9", "v");
      assertRejected(builder,
          "spec.infrastructure.labels: Too many: 9: must have at most 8 properties");
    }

    @Test
    void takesUpTo16Annotations() {
      Gateway.Builder builder = withHttpListener();
      IntStream.rangeClosed(1, 16).forEach(i -> builder.infrastructureAnnotation("a" + i, "v"));
      assertAccepted(builder);
      builder.infrastructureAnnotation("a17", "v");
      assertRejected(builder,
          "spec.infrastructure.annotations: Too many: 17: must have at most 16 properties");
    }

    @Test
    void keyPrefixesAreLowerCaseForLabelsAndAnnotations() {
      assertAccepted(withHttpListener().infrastructureLabel("example.com/Team_1", "v")
          .infrastructureAnnotation("example.com/Team_1", "v"));
      assertRejected(withHttpListener().infrastructureLabel("Example.com/team", "v")
              .infrastructureAnnotation("Example.com/team", "v"),
          "spec.infrastructure.labels: Invalid value: \"Example.com/team\": Label keys must be "
              + "in the form of an optional DNS subdomain prefix followed by a required name "
              + "segment of up to 63 characters.",
          "spec.infrastructure.annotations: Invalid value: \"Example.com/team\": Annotation "
              + "keys must be in the form of an optional DNS subdomain prefix followed by a "
              + "required name segment of up to 63 characters.");
    }

    @Test
    void keyNamesTakeUpTo63Characters() {
      assertAccepted(withHttpListener().infrastructureLabel(repeat('k', 63), "v"));
      assertRejected(withHttpListener().infrastructureLabel(repeat('k', 64), "v"),
          "spec.infrastructure.labels: Invalid value: \"" + repeat('k', 64) + "\": Label keys "
              + "must be in the form of an optional DNS subdomain prefix followed by a required "
              + "name segment of up to 63 characters.");
    }

    @Test
    void keyPrefixesTakeUpTo252Characters() {
      String prefix = subdomain(252);
      assertAccepted(withHttpListener().infrastructureLabel(prefix + "/k", "v")
          .infrastructureAnnotation(prefix + "/k", "v"));
      String key = subdomain(253) + "/k";
      assertRejected(withHttpListener().infrastructureLabel(key, "v")
              .infrastructureAnnotation(key, "v"),
          "spec.infrastructure.labels: Invalid value: \"" + key + "\": If specified, the label "
              + "key's prefix must be a DNS subdomain not longer than 253 characters in total.",
          "spec.infrastructure.annotations: Invalid value: \"" + key + "\": If specified, the "
              + "annotation key's prefix must be a DNS subdomain not longer than 253 characters in "
              + "total.");
    }

    @Test
    void labelValuesAreLabelValues() {
      assertAccepted(withHttpListener().infrastructureLabel("a", repeat('v', 63))
          .infrastructureLabel("b", ""));
      assertRejected(withHttpListener().infrastructureLabel("a", repeat('v', 64)),
          "spec.infrastructure.labels[a]: " + tooLong(63, 64));
      assertRejected(withHttpListener().infrastructureLabel("a", "-v"),
          "spec.infrastructure.labels[a]: Invalid value: \"-v\": " + shouldMatch(LABEL_VALUE));
    }

    @Test
    void annotationValuesTakeUpTo4096Characters() {
      assertAccepted(withHttpListener().infrastructureAnnotation("a", repeat('v', 4096)));
      assertRejected(withHttpListener().infrastructureAnnotation("a", repeat('v', 4097)),
          "spec.infrastructure.annotations[a]: " + tooLong(4096, 4097));
    }

    @Test
    void parametersRefIsChecked() {
      assertAccepted(withHttpListener().infrastructureParametersRef(
          LocalParametersReference.of("", "ConfigMap", "options")));
      assertRejected(withHttpListener().infrastructureParametersRef(
              LocalParametersReference.of("example.com", "config map", "")),
          "spec.infrastructure.parametersRef.kind: Invalid value: \"config map\": "
              + shouldMatch(KIND),
          "spec.infrastructure.parametersRef.name: Required value");
    }
  }

  @Nested
  class AllowedListenersOfTheGateway {

    @Test
    void fromMayBeNone() {
      assertAccepted(withHttpListener().allowedListeners(ListenerNamespaces.none()));
      assertAccepted(withHttpListener().allowedListeners(ListenerNamespaces.all()));
    }

    @Test
    void fromSelectorMayLackASelectorAsTheCrdAllows() {
      assertAccepted(withHttpListener().allowedListeners(
          ListenerNamespaces.selector(LabelSelector.matchLabel("team", "shop"))));
      assertAccepted(withHttpListener().allowedListeners(
          ListenerNamespaces.builder().from(FromNamespaces.SELECTOR).build()));
    }
  }

  @Nested
  class TlsOfTheGateway {

    private Gateway.Builder frontend(FrontendTLSConfig frontend) {
      return withHttpListener().tls(GatewayTLSConfig.builder().frontend(frontend).build());
    }

    private FrontendTLSValidation caRefs(int count) {
      FrontendTLSValidation.Builder validation = FrontendTLSValidation.builder();
      IntStream.rangeClosed(1, count).forEach(i -> validation.addCaCertificateRef(
          ObjectReference.configMap("ca" + i)));
      return validation.build();
    }

    @Test
    void validationTakes1To16CaCertificateRefs() {
      assertAccepted(frontend(FrontendTLSConfig.of(TLSConfig.validation(caRefs(1)))));
      assertAccepted(frontend(FrontendTLSConfig.of(TLSConfig.validation(caRefs(16)))));
      assertRejected(frontend(FrontendTLSConfig.of(TLSConfig.validation(caRefs(0)))),
          "spec.tls.frontend.default.validation.caCertificateRefs: Required value");
      assertRejected(frontend(FrontendTLSConfig.of(TLSConfig.validation(caRefs(17)))),
          "spec.tls.frontend.default.validation.caCertificateRefs: Too many: 17: must have at "
              + "most 16 items");
    }

    @Test
    void caCertificateRefsAreChecked() {
      FrontendTLSValidation validation = FrontendTLSValidation.builder()
          .addCaCertificateRef(ObjectReference.of("", "ConfigMap", "ca").withNamespace("Certs"))
          .build();
      assertRejected(frontend(FrontendTLSConfig.of(TLSConfig.validation(validation))),
          "spec.tls.frontend.default.validation.caCertificateRefs[0].namespace: Invalid value: "
              + "\"Certs\": " + shouldMatch(NAMESPACE));
    }

    @Test
    void perPortTakesUpTo64UniquePorts() {
      FrontendTLSConfig.Builder frontend = FrontendTLSConfig.builder()
          .defaultConfig(TLSConfig.builder().build());
      IntStream.rangeClosed(1, 64).forEach(port -> frontend.addPerPort(
          TLSPortConfig.of(port, TLSConfig.validation(caRefs(1)))));
      assertAccepted(frontend(frontend.build()));
      frontend.addPerPort(TLSPortConfig.of(65, TLSConfig.builder().build()));
      assertRejected(frontend(frontend.build()),
          "spec.tls.frontend.perPort: Too many: 65: must have at most 64 items");
    }

    @Test
    void perPortPortsAreUniqueAndValid() {
      FrontendTLSConfig frontend = FrontendTLSConfig.builder()
          .defaultConfig(TLSConfig.builder().build())
          .addPerPort(TLSPortConfig.of(443, TLSConfig.builder().build()))
          .addPerPort(TLSPortConfig.of(443, TLSConfig.builder().build()))
          .addPerPort(TLSPortConfig.of(0, TLSConfig.builder().build()))
          .build();
      assertRejected(frontend(frontend),
          "spec.tls.frontend.perPort[1].port: Duplicate value: 443",
          "spec.tls.frontend.perPort[2].port: Invalid value: 0: " + atLeast(1));
    }

    @Test
    void backendClientCertificateRefIsChecked() {
      assertAccepted(withHttpListener().tls(GatewayTLSConfig.builder()
          .backend(GatewayBackendTLS.clientCertificate("gateway-client")).build()));
      assertRejected(withHttpListener().tls(GatewayTLSConfig.builder()
              .backend(GatewayBackendTLS.clientCertificate("")).build()),
          "spec.tls.backend.clientCertificateRef.name: Required value");
    }
  }

  @Test
  void reportsEveryProblemAtOnce() {
    Gateway.Builder builder = gateway(Listener.builder().name("tls").port(0)
        .protocol(Listener.TLS).build())
        .address(GatewaySpecAddress.ipAddress("localhost"))
        .infrastructureLabel("a", "-");
    assertRejected(builder,
        "spec.listeners[0].tls: Required value: tls mode must be set for protocol TLS",
        "spec.listeners[0].port: Invalid value: 0: " + atLeast(1),
        "spec.addresses[0].value: Invalid value: \"localhost\": must be an IPv4 or IPv6 address "
            + "when type is IPAddress",
        "spec.infrastructure.labels[a]: Invalid value: \"-\": " + shouldMatch(LABEL_VALUE));
  }
}
