package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.atLeast;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.model.workload.ServiceSpec;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Collections;
import java.util.stream.IntStream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class TCPRouteTest {

  static final Gateway GATEWAY = Gateway.builder().name("edge").namespace("infra")
      .gatewayClassName("istio")
      .listener(Listener.builder().name("postgres").port(5432).protocol(Listener.TCP).build())
      .listener(Listener.builder().name("postgres-replica").port(5433).protocol(Listener.TCP)
          .build())
      .build();
  static final Service POSTGRES = service("postgres", 5432);
  static final Service REPLICA = service("postgres-replica", 5432);

  static Service service(String name, int port) {
    return Service.builder().name(name).namespace("db")
        .spec(ServiceSpec.builder().addPort(ServicePort.of(port)).putSelector("app", name).build())
        .build();
  }

  private static TCPRoute.Builder route() {
    return TCPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("postgres").namespace("db");
  }

  private static TCPRouteRule rule() {
    return TCPRouteRule.to(POSTGRES, 5432);
  }

  // --- YAML ---

  @Test
  void sharedRouteShortcutsFillTheSpec() {
    TCPRoute route = route().parentRef(GATEWAY).useDefaultGateways(GatewayDefaultScope.NONE)
        .rule(rule()).build();

    assertThat(route.spec().parentRefs())
        .containsExactly(ParentReference.builder().namespace("infra").name("edge").build());
    assertThat(route.spec().useDefaultGateways()).contains(GatewayDefaultScope.NONE);
  }

  @Test
  void writesEveryStandardFieldInTheApiOrder() {
    TCPRoute route = route()
        .parentRef(ParentReference.to(GATEWAY, "postgres"))
        .parentRef(ParentReference.to(GATEWAY, "postgres-replica").withPort(5433))
        .rule(TCPRouteRule.builder().name("primary")
            .addBackendRef(BackendRef.builder().group("").kind("Service").name("postgres")
                .namespace("db").port(5432).weight(90).build())
            .addBackendRef(BackendRef.to(REPLICA, 5432).withWeight(10))
            .build())
        .build();
    String yaml = Manifests.toYaml(route);

    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("tcproute-standard", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void writesUseDefaultGatewaysOfTheExperimentalChannel() {
    TCPRoute route = route()
        .spec(TCPRouteSpec.builder().useDefaultGateways(GatewayDefaultScope.ALL).addRule(rule())
            .build())
        .build();
    String yaml = Manifests.toYaml(route);

    assertThat(yaml).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: TCPRoute
        metadata:
          name: postgres
          namespace: db
        spec:
          useDefaultGateways: All
          rules:
          - backendRefs:
            - name: postgres
              port: 5432
        """);
    CrdCheck.assertAccepted("tcproute-experimental", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void writesSixteenRulesAsV1alpha2ForTheExperimentalChannelAndV061() {
    TCPRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2).parentRef(GATEWAY);
    IntStream.range(0, 16).forEach(i -> builder.rule(rule()));
    String yaml = Manifests.toYaml(builder.build());

    assertThat(yaml).startsWith("apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: TCPRoute\n");
    CrdCheck.assertAccepted("tcproute-v1alpha2-v1.6.1", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
    CrdCheck.assertAccepted("tcproute-v1alpha2-v0.6.1", yaml,
        CrdCheck.V0_6_1_EXPERIMENTAL);
  }

  // --- shortcuts ---

  @Test
  void shortcutsGiveParentBackendAndPortOnly() {
    TCPRoute route = route().parentRef(GATEWAY)
        .rule(TCPRouteRule.to(POSTGRES, 5432).backendRef(REPLICA, 5432))
        .build();

    assertThat(Manifests.toYaml(route)).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: TCPRoute
        metadata:
          name: postgres
          namespace: db
        spec:
          parentRefs:
          - namespace: infra
            name: edge
          rules:
          - backendRefs:
            - name: postgres
              port: 5432
            - name: postgres-replica
              port: 5432
        """);
  }

  @Test
  void backendRefVerbReturnsACopy() {
    TCPRouteRule one = TCPRouteRule.to(POSTGRES, 5432);
    TCPRouteRule two = one.backendRef(BackendRef.to(REPLICA, 5432));

    assertThat(one.backendRefs()).hasSize(1);
    assertThat(two.backendRefs()).extracting(BackendRef::name)
        .containsExactly("postgres", "postgres-replica");
  }

  @Test
  void defaultsToV1() {
    assertThat(route().rule(rule()).build().apiVersion()).isEqualTo(GatewayApi.V1);
  }

  // --- apiVersion ---

  @Test
  void acceptsV1alpha2() {
    assertThat(route().apiVersion(GatewayApi.V1ALPHA2).rule(rule()).build().apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1alpha2");
  }

  @Test
  void rejectsVersionsTheCrdDoesNotServe() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1BETA1).rule(rule()).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("TCPRoute \"postgres\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1beta1\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1alpha2\"");
  }

  // --- rules ---

  @Test
  void requiresARule() {
    assertThatThrownBy(() -> route().spec(TCPRouteSpec.builder().build()).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules: Required value");
  }

  @Test
  void allowsOneRuleAsV1() {
    assertThat(route().rule(rule()).build().spec().rules()).hasSize(1);
  }

  @Test
  void rejectsTwoRulesAsV1() {
    assertThatThrownBy(() -> route().rule(rule()).rule(rule()).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules: Too many: 2: "
            + "must have at most 1 items");
  }

  @Test
  void allowsSixteenRulesAsV1alpha2() {
    TCPRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2);
    Collections.nCopies(16, rule()).forEach(builder::rule);

    assertThat(builder.build().spec().rules()).hasSize(16);
  }

  @Test
  void rejectsSeventeenRulesAsV1alpha2() {
    TCPRoute.Builder builder = route().apiVersion(GatewayApi.V1ALPHA2);
    Collections.nCopies(17, rule()).forEach(builder::rule);

    assertThatThrownBy(builder::build)
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules: Too many: 17: "
            + "must have at most 16 items");
  }

  @Test
  void allowsDifferentRuleNamesAsV1alpha2() {
    TCPRoute route = route().apiVersion(GatewayApi.V1ALPHA2)
        .rule(rule().withName("a")).rule(rule().withName("b")).rule(rule()).rule(rule())
        .build();

    assertThat(route.spec().rules()).hasSize(4);
  }

  @Test
  void rejectsRepeatedRuleNamesAsV1alpha2() {
    assertThatThrownBy(() -> route().apiVersion(GatewayApi.V1ALPHA2)
        .rule(rule().withName("a")).rule(rule().withName("a")).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules: Invalid value: \"array\": "
            + "Rule name must be unique within the route");
  }

  @Test
  void acceptsARuleNameThatIsASubdomain() {
    assertThat(route().rule(rule().withName("primary.v2")).build().spec().rules().get(0).name())
        .hasValue("primary.v2");
  }

  @Test
  void rejectsARuleNameThatIsNoSubdomain() {
    assertThatThrownBy(() -> route().rule(rule().withName("Primary")).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules[0].name: Invalid value: "
            + "\"Primary\": " + shouldMatch(SUBDOMAIN));
  }

  // --- backendRefs ---

  @Test
  void requiresABackendRef() {
    assertThatThrownBy(() -> route().rule(TCPRouteRule.builder().build()).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules[0].backendRefs: "
            + "Required value");
  }

  @Test
  void allowsSixteenBackendRefs() {
    TCPRouteRule rule = TCPRouteRule.builder()
        .addAllBackendRefs(Collections.nCopies(16, BackendRef.to(POSTGRES, 5432))).build();

    assertThat(route().rule(rule).build().spec().rules().get(0).backendRefs()).hasSize(16);
  }

  @Test
  void rejectsSeventeenBackendRefs() {
    TCPRouteRule rule = TCPRouteRule.builder()
        .addAllBackendRefs(Collections.nCopies(17, BackendRef.to(POSTGRES, 5432))).build();

    assertThatThrownBy(() -> route().rule(rule).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.rules[0].backendRefs: Too many: "
            + "17: must have at most 16 items");
  }

  // --- parentRefs ---

  @Test
  void allowsThirtyTwoParentRefs() {
    TCPRoute.Builder builder = route().rule(rule());
    IntStream.range(0, 32).forEach(i -> builder.parentRef(ParentReference.to(GATEWAY)
        .withSectionName("l" + i)));

    assertThat(builder.build().spec().parentRefs()).hasSize(32);
  }

  @Test
  void rejectsThirtyThreeParentRefs() {
    TCPRoute.Builder builder = route().rule(rule());
    IntStream.range(0, 33).forEach(i -> builder.parentRef(ParentReference.to(GATEWAY)
        .withSectionName("l" + i)));

    assertThatThrownBy(builder::build)
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.parentRefs: Too many: 33: "
            + "must have at most 32 items");
  }

  @Test
  void checksEachParentRef() {
    assertThatThrownBy(() -> route().rule(rule())
        .parentRef(ParentReference.builder().name("edge").port(0).build()).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.parentRefs[0].port: Invalid value: 0: "
            + atLeast(1));
  }

  @Test
  void allowsTheSameGatewayTwiceWithDifferentSectionNames() {
    TCPRoute route = route().rule(rule())
        .parentRef(ParentReference.to(GATEWAY, "postgres"))
        .parentRef(ParentReference.to(GATEWAY, "postgres-replica"))
        .build();

    assertThat(route.spec().parentRefs()).hasSize(2);
  }

  @Test
  void requiresSectionNamesForTheSameGatewayTwice() {
    assertThatThrownBy(() -> route().rule(rule())
        .parentRef(GATEWAY).parentRef(ParentReference.to(GATEWAY, "postgres")).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.parentRefs: Invalid value: "
            + "\"array\": sectionName must be specified when parentRefs includes 2 or more "
            + "references to the same parent");
  }

  @Test
  void requiresDifferentSectionNamesForTheSameGatewayTwice() {
    assertThatThrownBy(() -> route().rule(rule())
        .parentRef(ParentReference.to(GATEWAY, "postgres"))
        .parentRef(ParentReference.to(GATEWAY, "postgres")).build())
        .hasMessage("TCPRoute \"postgres\" is invalid: spec.parentRefs: Invalid value: "
            + "\"array\": sectionName must be unique when parentRefs includes 2 or more "
            + "references to the same parent");
  }

  // --- metadata ---

  @Test
  void requiresAName() {
    assertThatThrownBy(() -> TCPRoute.builder().rule(rule()).build())
        .hasMessage("TCPRoute \"\" is invalid: metadata.name: Required value: "
            + "name or generateName is required");
  }
}
