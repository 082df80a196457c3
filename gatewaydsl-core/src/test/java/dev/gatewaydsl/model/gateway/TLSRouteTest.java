package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.minChars;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Collections;
import java.util.stream.IntStream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * TLSRoute: its hostnames rules here at every boundary; rules, backendRefs and parentRefs are the
 * checks TCPRoute shares (see {@link TCPRouteTest}), shown here to be wired in.
 */
class TLSRouteTest {
  private static final String HOSTNAME_SYNTAX = shouldMatch(HOSTNAME);

  static final Gateway GATEWAY = Gateway.builder().name("edge").namespace("infra")
      .gatewayClassName("istio")
      .listener(Listener.tls("tls", 443))
      .build();
  static final Service SHOP = TCPRouteTest.service("shop", 8443);

  private static TLSRoute.Builder route() {
    return TLSRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("shop").namespace("db");
  }

  private static TLSRoute.Builder valid() {
    return route().hostname("shop.example.com").rule(rule());
  }

  private static TLSRouteRule rule() {
    return TLSRouteRule.to(SHOP, 8443);
  }

  // --- YAML ---

  @Test
  void writesEveryStandardFieldInTheApiOrder() {
    TLSRoute route = route()
        .parentRef(ParentReference.to(GATEWAY, "tls"))
        .hostname("shop.example.com")
        .hostname("*.shop.example.com")
        .rule(TLSRouteRule.builder().name("passthrough")
            .addBackendRef(BackendRef.to(SHOP, 8443).withWeight(1))
            .addBackendRef(BackendRef.builder().group("").kind("Service").name("shop-canary")
                .namespace("db").port(8443).weight(0).build())
            .build())
        .build();
    String yaml = Manifests.toYaml(route);

    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("tlsroute-standard", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void writesUseDefaultGatewaysOfTheExperimentalChannelAsV1alpha3() {
    TLSRoute route = route().apiVersion(GatewayApi.V1ALPHA3)
        .spec(TLSRouteSpec.builder().useDefaultGateways(GatewayDefaultScope.ALL)
            .addHostname("shop.example.com").addRule(rule()).build())
        .build();
    String yaml = Manifests.toYaml(route);

    assertThat(yaml).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1alpha3
        kind: TLSRoute
        metadata:
          name: shop
          namespace: db
        spec:
          useDefaultGateways: All
          hostnames:
          - shop.example.com
          rules:
          - backendRefs:
            - name: shop
              port: 8443
        """);
    CrdCheck.assertAccepted("tlsroute-experimental", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void writesSixteenRulesWithoutHostnamesAsV1alpha2ForTheExperimentalChannelAndV061() {
    TLSRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2).parentRef(GATEWAY);
    Collections.nCopies(16, rule()).forEach(builder::rule);
    String yaml = Manifests.toYaml(builder.build());

    assertThat(yaml).startsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\n")
        .doesNotContain("hostnames");
    CrdCheck.assertAccepted("tlsroute-v1alpha2-v1.6.1", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
    CrdCheck.assertAccepted("tlsroute-v1alpha2-v0.6.1", yaml,
        CrdCheck.V0_6_1_EXPERIMENTAL);
  }

  // --- shortcuts ---

  @Test
  void shortcutsGiveParentHostnameBackendAndPortOnly() {
    TLSRoute route = route().parentRef(GATEWAY).hostname("shop.example.com")
        .rule(TLSRouteRule.to(SHOP, 8443).backendRef(TCPRouteTest.service("shop-v2", 8443), 8443))
        .build();

    assertThat(route.apiVersion()).isEqualTo(GatewayApi.V1);
    assertThat(Manifests.toYaml(route)).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: TLSRoute
        metadata:
          name: shop
          namespace: db
        spec:
          parentRefs:
          - namespace: infra
            name: edge
          hostnames:
          - shop.example.com
          rules:
          - backendRefs:
            - name: shop
              port: 8443
            - name: shop-v2
              port: 8443
        """);
  }

  @Test
  void backendRefVerbReturnsACopy() {
    TLSRouteRule one = rule();

    assertThat(one.backendRef(BackendRef.to(SHOP, 9443)).backendRefs()).hasSize(2);
    assertThat(one.backendRefs()).hasSize(1);
  }

  // --- apiVersion ---

  @Test
  void acceptsV1alpha3AndV1alpha2() {
    assertThat(Manifests.toYaml(valid().apiVersion(GatewayApi.V1ALPHA3).build()))
        .startsWith("apiVersion: gateway.networking.k8s.io/v1alpha3\nkind: TLSRoute\n");
    assertThat(Manifests.toYaml(valid().apiVersion(GatewayApi.V1ALPHA2).build()))
        .startsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TLSRoute\n");
  }

  @Test
  void rejectsVersionsTheCrdDoesNotServe() {
    assertThatThrownBy(() -> valid().apiVersion(GatewayApi.V1BETA1).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("TLSRoute \"shop\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1beta1\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1alpha3\", "
            + "\"gateway.networking.k8s.io/v1alpha2\"");
  }

  // --- hostnames ---

  @Test
  void requiresAHostnameAsV1() {
    assertThatThrownBy(() -> route().rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Required value");
  }

  @Test
  void requiresAHostnameAsV1alpha3() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA3).rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Required value");
  }

  @Test
  void needsNoHostnameAsV1alpha2() {
    assertThat(route().apiVersion(GatewayApi.V1ALPHA2).rule(rule()).build().spec().hostnames())
        .isEmpty();
  }

  @Test
  void allows1024Hostnames() {
    TLSRoute.Builder builder = route().rule(rule());
    IntStream.range(0, 1024).forEach(i -> builder.hostname("h" + i + ".example.com"));

    assertThat(builder.build().spec().hostnames()).hasSize(1024);
  }

  @Test
  void rejects1025Hostnames() {
    TLSRoute.Builder builder = route().rule(rule());
    IntStream.range(0, 1025).forEach(i -> builder.hostname("h" + i + ".example.com"));

    assertThatThrownBy(builder::build)
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Too many: 1025: "
            + "must have at most 1024 items");
  }

  @Test
  void rejects1025HostnamesAsV1alpha2() {
    TLSRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2).rule(rule());
    IntStream.range(0, 1025).forEach(i -> builder.hostname("h" + i + ".example.com"));

    assertThatThrownBy(builder::build)
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Too many: 1025: "
            + "must have at most 1024 items");
  }

  @Test
  void acceptsAWildcardAsTheFirstLabel() {
    assertThat(route().hostname("*.example.com").rule(rule()).build().spec().hostnames())
        .containsExactly("*.example.com");
  }

  @Test
  void rejectsAWildcardInAnotherLabel() {
    assertThatThrownBy(() -> route().hostname("shop.*.com").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid (2 problems):\n"
            + "  spec.hostnames: Invalid value: \"array\": Wildcards on hostnames must be the "
            + "first label, and the rest of hostname must be valid based on RFC-1123\n"
            + "  spec.hostnames[0]: Invalid value: \"shop.*.com\": " + HOSTNAME_SYNTAX);
  }

  @Test
  void rejectsABareWildcard() {
    assertThatThrownBy(() -> route().hostname("*").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid (2 problems):\n"
            + "  spec.hostnames: Invalid value: \"array\": Wildcards on hostnames must be the "
            + "first label, and the rest of hostname must be valid based on RFC-1123\n"
            + "  spec.hostnames[0]: Invalid value: \"*\": " + HOSTNAME_SYNTAX);
  }

  @Test
  void acceptsAHostnameOf253Characters() {
    String name = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "."
        + "d".repeat(61);

    assertThat(route().hostname(name).rule(rule()).build().spec().hostnames().get(0))
        .hasSize(253);
  }

  @Test
  void rejectsAHostnameOf254Characters() {
    String name = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "."
        + "d".repeat(62);

    assertThatThrownBy(() -> route().hostname(name).rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames[0]: " + tooLong(253, 254));
  }

  @Test
  void rejectsUpperCase() {
    assertThatThrownBy(() -> route().hostname("Shop.example.com").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid (2 problems):\n"
            + "  spec.hostnames: Invalid value: \"array\": Hostnames must be valid based on "
            + "RFC-1123\n"
            + "  spec.hostnames[0]: Invalid value: \"Shop.example.com\": " + HOSTNAME_SYNTAX);
  }

  @Test
  void rejectsAnEmptyHostname() {
    assertThatThrownBy(() -> route().hostname("").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid (3 problems):\n"
            + "  spec.hostnames: Invalid value: \"array\": Hostnames must be valid based on "
            + "RFC-1123\n"
            + "  spec.hostnames[0]: Invalid value: \"\": " + minChars(1) + "\n"
            + "  spec.hostnames[0]: Invalid value: \"\": " + HOSTNAME_SYNTAX);
  }

  @Test
  void acceptsAnIpv4LookalikeWithALeadingZero() {
    // not an IP for Kubernetes' isIP, and a valid RFC 1123 subdomain: the API server accepts it
    assertThat(route().hostname("10.0.0.01").rule(rule()).build().spec().hostnames())
        .containsExactly("10.0.0.01");
  }

  @Test
  void rejectsAnIpv4Address() {
    assertThatThrownBy(() -> route().hostname("10.0.0.1").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Invalid value: \"array\": "
            + "Hostnames cannot contain an IP");
  }

  @Test
  void rejectsAnIpv4AddressAsV1alpha3() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA3).hostname("10.0.0.1")
        .rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.hostnames: Invalid value: \"array\": "
            + "Hostnames cannot contain an IP");
  }

  @Test
  void acceptsAnIpv4AddressAsV1alpha2WhichHasNoCelRules() {
    assertThat(route().apiVersion(GatewayApi.V1ALPHA2).hostname("10.0.0.1").rule(rule())
        .build().spec().hostnames()).containsExactly("10.0.0.1");
  }

  @Test
  void rejectsAnIpv6AddressThreeTimes() {
    assertThatThrownBy(() -> route().hostname("::1").rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid (3 problems):\n"
            + "  spec.hostnames: Invalid value: \"array\": Hostnames cannot contain an IP\n"
            + "  spec.hostnames: Invalid value: \"array\": Hostnames must be valid based on "
            + "RFC-1123\n"
            + "  spec.hostnames[0]: Invalid value: \"::1\": " + HOSTNAME_SYNTAX);
  }

  // --- rules, backendRefs, parentRefs ---

  @Test
  void requiresARule() {
    assertThatThrownBy(() -> route().hostname("shop.example.com").build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules: Required value");
  }

  @Test
  void rejectsTwoRulesAsV1alpha3() {
    assertThatThrownBy(() -> valid().apiVersion(GatewayApi.V1ALPHA3).rule(rule()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules: Too many: 2: "
            + "must have at most 1 items");
  }

  @Test
  void allowsSixteenRulesAsV1alpha2() {
    TLSRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2);
    Collections.nCopies(16, rule()).forEach(builder::rule);

    assertThat(builder.build().spec().rules()).hasSize(16);
  }

  @Test
  void rejectsSeventeenRulesAsV1alpha2() {
    TLSRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2);
    Collections.nCopies(17, rule()).forEach(builder::rule);

    assertThatThrownBy(builder::build)
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules: Too many: 17: "
            + "must have at most 16 items");
  }

  @Test
  void rejectsRepeatedRuleNamesAsV1alpha2() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA2)
        .rule(rule().withName("a")).rule(rule().withName("a")).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules: Invalid value: \"array\": "
            + "Rule name must be unique within the route");
  }

  @Test
  void requiresABackendRef() {
    assertThatThrownBy(() -> route().hostname("shop.example.com")
        .rule(TLSRouteRule.builder().name("empty").build()).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules[0].backendRefs: Required value");
  }

  @Test
  void checksEachBackendRef() {
    assertThatThrownBy(() -> route().hostname("shop.example.com")
        .rule(TLSRouteRule.builder().addBackendRef(BackendRef.builder().name("x").build())
            .build())
        .build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.rules[0].backendRefs[0].port: "
            + "Required value: Must have port for Service reference");
  }

  @Test
  void checksParentRefs() {
    assertThatThrownBy(() -> valid().parentRef(GATEWAY).parentRef(GATEWAY).build())
        .hasMessage("TLSRoute \"shop\" is invalid: spec.parentRefs: Invalid value: "
            + "\"array\": sectionName must be unique when parentRefs includes 2 or more "
            + "references to the same parent");
  }
}
