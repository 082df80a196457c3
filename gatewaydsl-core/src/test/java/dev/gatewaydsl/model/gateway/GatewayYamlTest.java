package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** The YAML of Gateways with every field, approved, and accepted by crd-check. */
class GatewayYamlTest {

  /** HTTP, HTTPS and TLS passthrough listeners, addresses and infrastructure. */
  static Gateway fullFeatured() {
    return Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).withHostname("*.example.com")
            .allowedRoutesFromAllNamespaces())
        .listener(Listener.https("https", 443, "web-tls").withHostname("shop.example.com"))
        .listener(Listener.tls("tls", 8443).withHostname("db.example.com"))
        .address(GatewaySpecAddress.ipAddress("192.0.2.10"))
        .address(GatewaySpecAddress.hostname("web.example.com"))
        .infrastructureLabel("team", "shop")
        .infrastructureAnnotation("service.beta.kubernetes.io/port_80_health-probe_port", "15021")
        .infrastructureParametersRef(
            LocalParametersReference.of("", "ConfigMap", "web-gateway-options"))
        .build();
  }

  /** Gateway-wide TLS (mutual TLS, backend client certificate), ListenerSets, TCP and UDP. */
  static Gateway tlsSettingsAndListenerSets() {
    return Gateway.builder().name("edge").namespace("infra")
        .gatewayClassName("istio")
        .listener(Listener.builder().name("https").port(443).protocol(Listener.HTTPS)
            .tls(ListenerTLSConfig.builder().mode(TLSModeType.TERMINATE)
                .addCertificateRef(SecretObjectReference.builder().group("").kind("Secret")
                    .name("edge-tls").namespace("certs").build())
                .putOption("example.com/min-tls-version", "1.3")
                .build())
            .allowedRoutes(AllowedRoutes.builder()
                .namespaces(RouteNamespaces.selector(LabelSelector.matchLabel("edge", "true")))
                .addKind(RouteGroupKind.of("HTTPRoute"))
                .build())
            .build())
        .listener(Listener.tcp("postgres", 5432))
        .listener(Listener.udp("dns", 53))
        .address(GatewaySpecAddress.namedAddress("edge-ip"))
        .address(GatewaySpecAddress.ipAddress("2001:db8::10"))
        .allowedListeners(ListenerNamespaces.selector(LabelSelector.matchLabel("edge", "true")))
        .tls(GatewayTLSConfig.builder()
            .backend(GatewayBackendTLS.clientCertificate("edge-client"))
            .frontend(FrontendTLSConfig.builder()
                .defaultConfig(TLSConfig.validation(
                    FrontendTLSValidation.caCertificateConfigMap("client-ca")))
                .addPerPort(TLSPortConfig.of(8443, TLSConfig.validation(
                    FrontendTLSValidation.builder()
                        .addCaCertificateRef(ObjectReference.configMap("partner-ca")
                            .withNamespace("partners"))
                        .mode(FrontendValidationModeType.ALLOW_INSECURE_FALLBACK)
                        .build())))
                .build())
            .build())
        .build();
  }

  @Test
  void fullFeaturedGateway() throws Exception {
    String yaml = Manifests.toYaml(fullFeatured());
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("fullFeaturedGateway", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void gatewayWithTlsSettingsAndListenerSets() throws Exception {
    String yaml = Manifests.toYaml(tlsSettingsAndListenerSets());
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("gatewayWithTlsSettingsAndListenerSets", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void httpsTerminatesTlsWithOneSecretOfTheGatewaysNamespace() {
    assertThat(listenerYaml(Listener.https("https", 443, "web-tls"))).isEqualTo("""
        - name: https
          port: 443
          protocol: HTTPS
          tls:
            certificateRefs:
            - name: web-tls
        """);
  }

  @Test
  void tlsPassesTlsThrough() {
    assertThat(listenerYaml(Listener.tls("tls", 8443))).isEqualTo("""
        - name: tls
          port: 8443
          protocol: TLS
          tls:
            mode: Passthrough
        """);
  }

  @Test
  void tcpAndUdpHaveJustNamePortAndProtocol() {
    assertThat(listenerYaml(Listener.tcp("postgres", 5432))).isEqualTo("""
        - name: postgres
          port: 5432
          protocol: TCP
        """);
    assertThat(listenerYaml(Listener.udp("dns", 53))).isEqualTo("""
        - name: dns
          port: 53
          protocol: UDP
        """);
  }

  @Test
  void withHostnameSetsTheHostname() {
    assertThat(listenerYaml(Listener.http("http", 80).withHostname("*.example.com")))
        .isEqualTo("""
            - name: http
              hostname: "*.example.com"
              port: 80
              protocol: HTTP
            """);
  }

  @Test
  void addressFactoriesWriteTheirType() {
    Gateway gateway = Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .address(GatewaySpecAddress.ipAddress("192.0.2.1"))
        .address(GatewaySpecAddress.hostname("web.example.com"))
        .address(GatewaySpecAddress.namedAddress("reserved"))
        .build();
    assertThat(Manifests.toYaml(gateway)).endsWith("""
          addresses:
          - type: IPAddress
            value: 192.0.2.1
          - type: Hostname
            value: web.example.com
          - type: NamedAddress
            value: reserved
        """);
  }

  @Test
  void infrastructureShortcutsAddUpAndReplaceByKey() {
    Gateway gateway = Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .infrastructureLabel("b", "1")
        .infrastructureLabel("a", "1")
        .infrastructureLabel("b", "2")
        .infrastructureAnnotation("note", "x")
        .build();
    assertThat(gateway.spec().infrastructure().orElseThrow().labels())
        .containsExactly(Map.entry("b", "2"), Map.entry("a", "1"));
    assertThat(Manifests.toYaml(gateway)).endsWith("""
          infrastructure:
            labels:
              a: "1"
              b: "2"
            annotations:
              note: x
        """);
  }

  @Test
  void noInfrastructureIsWrittenWhenNoneIsAsked() {
    assertThat(Manifests.toYaml(Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build())).doesNotContain("infrastructure");
  }

  @Test
  void defaultScopeIsWrittenAndServedByTheExperimentalChannel() throws Exception {
    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .spec(GatewaySpec.builder().gatewayClassName("istio").addListener(Listener.http("http", 80))
            .defaultScope(GatewayDefaultScope.ALL).build())
        .build();
    String yaml = Manifests.toYaml(gateway);
    assertThat(yaml).endsWith("""
          defaultScope: All
        """);
    CrdCheck.assertAccepted("defaultScope", yaml, CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  private static String listenerYaml(Listener listener) {
    String yaml = Manifests.toYaml(Gateway.builder().name("web").gatewayClassName("istio")
        .listener(listener).build());
    String listeners = yaml.substring(yaml.indexOf("  listeners:\n") + "  listeners:\n".length());
    return listeners.lines().map(line -> line.substring(2)).reduce("", (a, b) -> a + b + "\n");
  }
}
