package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Collections;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * UDPRoute. Its parts are checked like TCPRoute's (same shared checks, tested at every boundary in
 * {@link TCPRouteTest} and {@link BackendRefTest}); here each check is shown to be wired in.
 */
class UDPRouteTest {

  static final Gateway GATEWAY = Gateway.builder().name("edge").namespace("infra")
      .gatewayClassName("istio")
      .listener(Listener.builder().name("dns").port(53).protocol(Listener.UDP).build())
      .build();
  static final Service COREDNS = TCPRouteTest.service("coredns", 53);

  private static UDPRoute.Builder route() {
    return UDPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("dns").namespace("db");
  }

  private static UDPRouteRule rule() {
    return UDPRouteRule.to(COREDNS, 53);
  }

  @Test
  void writesEveryStandardFieldInTheApiOrder() {
    UDPRoute route = route()
        .parentRef(ParentReference.to(GATEWAY, "dns"))
        .rule(UDPRouteRule.builder().name("resolvers")
            .addBackendRef(BackendRef.to(COREDNS, 53).withWeight(3))
            .addBackendRef(BackendRef.builder().group("").kind("Service").name("fallback")
                .namespace("infra").port(5353).weight(1).build())
            .build())
        .build();
    String yaml = Manifests.toYaml(route);

    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("udproute-standard", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void writesUseDefaultGatewaysOfTheExperimentalChannel() {
    UDPRoute route = route()
        .spec(UDPRouteSpec.builder().useDefaultGateways(GatewayDefaultScope.NONE).addRule(rule())
            .build())
        .build();
    String yaml = Manifests.toYaml(route);

    assertThat(yaml).contains("spec:\n  useDefaultGateways: None\n  rules:\n");
    CrdCheck.assertAccepted("udproute-experimental", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void writesSixteenRulesAsV1alpha2ForTheExperimentalChannelAndV061() {
    UDPRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2).parentRef(GATEWAY);
    Collections.nCopies(16, rule()).forEach(builder::rule);
    String yaml = Manifests.toYaml(builder.build());

    assertThat(yaml).startsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: UDPRoute\n");
    CrdCheck.assertAccepted("udproute-v1alpha2-v1.6.1", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
    CrdCheck.assertAccepted("udproute-v1alpha2-v0.6.1", yaml,
        CrdCheck.V0_6_1_EXPERIMENTAL);
  }

  @Test
  void shortcutsGiveParentBackendAndPortOnly() {
    UDPRoute route = route().parentRef(GATEWAY)
        .rule(UDPRouteRule.to(COREDNS, 53).backendRef(TCPRouteTest.service("fallback", 53), 53))
        .build();

    assertThat(route.apiVersion()).isEqualTo(GatewayApi.V1);
    assertThat(Manifests.toYaml(route)).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: UDPRoute
        metadata:
          name: dns
          namespace: db
        spec:
          parentRefs:
          - namespace: infra
            name: edge
          rules:
          - backendRefs:
            - name: coredns
              port: 53
            - name: fallback
              port: 53
        """);
  }

  @Test
  void backendRefVerbReturnsACopy() {
    UDPRouteRule one = rule();

    assertThat(one.backendRef(BackendRef.to(COREDNS, 5353)).backendRefs()).hasSize(2);
    assertThat(one.backendRefs()).hasSize(1);
  }

  @Test
  void acceptsV1alpha2() {
    assertThat(Manifests.toYaml(route().apiVersion(GatewayApi.V1ALPHA2).rule(rule()).build()))
        .startsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: UDPRoute\n");
  }

  @Test
  void rejectsVersionsTheCrdDoesNotServe() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA3).rule(rule()).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("UDPRoute \"dns\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1alpha3\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1alpha2\"");
  }

  @Test
  void requiresARule() {
    assertThatThrownBy(() -> route().spec(UDPRouteSpec.builder().build()).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules: Required value");
  }

  @Test
  void rejectsTwoRulesAsV1() {
    assertThatThrownBy(() -> route().rule(rule()).rule(rule()).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules: Too many: 2: "
            + "must have at most 1 items");
  }

  @Test
  void rejectsSeventeenRulesAsV1alpha2() {
    UDPRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2);
    Collections.nCopies(17, rule()).forEach(builder::rule);

    assertThatThrownBy(builder::build)
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules: Too many: 17: "
            + "must have at most 16 items");
  }

  @Test
  void allowsDifferentRuleNamesAsV1alpha2() {
    assertThat(route().apiVersion(GatewayApi.V1ALPHA2)
        .rule(rule().withName("a")).rule(rule().withName("b")).build().spec().rules())
        .hasSize(2);
  }

  @Test
  void rejectsRepeatedRuleNamesAsV1alpha2() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA2)
        .rule(rule().withName("a")).rule(rule().withName("a")).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules: Invalid value: \"array\": "
            + "Rule name must be unique within the route");
  }

  @Test
  void checksRuleNames() {
    assertThatThrownBy(() -> route().rule(rule().withName("-a")).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules[0].name: Invalid value: \"-a\": "
            + shouldMatch(SUBDOMAIN));
  }

  @Test
  void requiresABackendRef() {
    assertThatThrownBy(() -> route().rule(UDPRouteRule.builder().build()).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules[0].backendRefs: Required value");
  }

  @Test
  void rejectsSeventeenBackendRefs() {
    UDPRouteRule rule = UDPRouteRule.builder()
        .addAllBackendRefs(Collections.nCopies(17, BackendRef.to(COREDNS, 53))).build();

    assertThatThrownBy(() -> route().rule(rule).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules[0].backendRefs: Too many: "
            + "17: must have at most 16 items");
  }

  @Test
  void checksEachBackendRef() {
    assertThatThrownBy(() -> route()
        .rule(UDPRouteRule.builder().addBackendRef(BackendRef.builder().name("x").build()).build())
        .build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.rules[0].backendRefs[0].port: "
            + "Required value: Must have port for Service reference");
  }

  @Test
  void checksParentRefs() {
    assertThatThrownBy(() -> route().rule(rule())
        .parentRef(GATEWAY).parentRef(GATEWAY).build())
        .hasMessage("UDPRoute \"dns\" is invalid: spec.parentRefs: Invalid value: "
            + "\"array\": sectionName must be unique when parentRefs includes 2 or more "
            + "references to the same parent");
  }
}
