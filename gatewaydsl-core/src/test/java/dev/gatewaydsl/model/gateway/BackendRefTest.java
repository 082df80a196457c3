package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.atLeast;
import static dev.gatewaydsl.model.CrdSchemaMessages.atMost;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.yaml.Manifests;
import org.junit.jupiter.api.Test;

/** {@link BackendRef}, checked where it is used: in a TCPRoute rule. */
class BackendRefTest {
  private static final String AT = "TCPRoute \"r\" is invalid: spec.rules[0].backendRefs[0].";

  private static TCPRoute routeTo(BackendRef backendRef) {
    return TCPRoute.builder().name("r")
        .rule(TCPRouteRule.builder().addBackendRef(backendRef).build()).build();
  }

  /** The one backendRef of the route made by {@link #routeTo}, as built. */
  private static BackendRef builtRef(BackendRef backendRef) {
    return routeTo(backendRef).spec().rules().get(0).backendRefs().get(0);
  }

  private static BackendRef.Builder ref() {
    return BackendRef.builder().name("postgres").port(5432);
  }

  @Test
  void toServiceGivesNameAndPortOnly() {
    BackendRef ref = BackendRef.to(TCPRouteTest.POSTGRES, 5432);

    assertThat(ref).isEqualTo(BackendRef.builder().name("postgres").port(5432).build());
    assertThat(Manifests.toYaml(routeTo(ref))).contains("""
          - backendRefs:
            - name: postgres
              port: 5432
        """);
  }

  @Test
  void requiresAPortForAServiceByDefault() {
    assertThatThrownBy(() -> routeTo(BackendRef.builder().name("postgres").build()))
        .hasMessage(AT + "port: Required value: Must have port for Service reference");
  }

  @Test
  void requiresAPortForACoreServiceNamedExplicitly() {
    assertThatThrownBy(() -> routeTo(BackendRef.builder().group("").kind("Service")
        .name("postgres").build()))
        .hasMessage(AT + "port: Required value: Must have port for Service reference");
  }

  @Test
  void needsNoPortForAnotherKind() {
    assertThat(routeTo(BackendRef.builder().group("example.com").kind("Backend").name("b")
        .build()).spec().rules()).hasSize(1);
  }

  @Test
  void needsNoPortForAServiceKindOfAnotherGroup() {
    assertThat(routeTo(BackendRef.builder().group("example.com").kind("Service").name("b")
        .build()).spec().rules()).hasSize(1);
  }

  @Test
  void acceptsPortsOneAndMax() {
    assertThat(Manifests.toYaml(routeTo(ref().port(1).build()))).contains("      port: 1\n");
    assertThat(Manifests.toYaml(routeTo(ref().port(65535).build())))
        .contains("      port: 65535\n");
  }

  @Test
  void rejectsPortZero() {
    assertThatThrownBy(() -> routeTo(ref().port(0).build()))
        .hasMessage(AT + "port: Invalid value: 0: " + atLeast(1));
  }

  @Test
  void rejectsPortAboveMax() {
    assertThatThrownBy(() -> routeTo(ref().port(65536).build()))
        .hasMessage(AT + "port: Invalid value: 65536: " + atMost(65535));
  }

  @Test
  void acceptsWeightsZeroAndMax() {
    assertThat(Manifests.toYaml(routeTo(ref().weight(0).build()))).contains("      weight: 0\n");
    assertThat(Manifests.toYaml(routeTo(ref().weight(1_000_000).build())))
        .contains("      weight: 1000000\n");
  }

  @Test
  void rejectsANegativeWeight() {
    assertThatThrownBy(() -> routeTo(ref().weight(-1).build()))
        .hasMessage(AT + "weight: Invalid value: -1: should be greater than or equal to 0");
  }

  @Test
  void rejectsAWeightAboveMax() {
    assertThatThrownBy(() -> routeTo(ref().weight(1_000_001).build()))
        .hasMessage(AT + "weight: Invalid value: 1000001: should be less than or equal to "
            + "1000000");
  }

  @Test
  void requiresAName() {
    assertThatThrownBy(() -> routeTo(ref().name("").build()))
        .hasMessage(AT + "name: Required value");
  }

  @Test
  void acceptsANameOf253Characters() {
    assertThat(builtRef(ref().name("n".repeat(253)).build()).name()).hasSize(253);
  }

  @Test
  void rejectsANameOf254Characters() {
    assertThatThrownBy(() -> routeTo(ref().name("n".repeat(254)).build()))
        .hasMessage(AT + "name: " + tooLong(253, 254));
  }

  @Test
  void acceptsANamespaceThatIsALabel() {
    assertThat(builtRef(ref().namespace("db-2").build()).namespace()).contains("db-2");
  }

  @Test
  void rejectsANamespaceThatIsNoLabel() {
    assertThatThrownBy(() -> routeTo(ref().namespace("db.2").build()))
        .hasMessage(AT + "namespace: Invalid value: \"db.2\": "
            + shouldMatch(NAMESPACE));
  }

  @Test
  void acceptsAGroupThatIsASubdomain() {
    BackendRef built = builtRef(ref().group("example.com").kind("Backend").build());

    assertThat(built.group()).contains("example.com");
    assertThat(built.kind()).contains("Backend");
  }

  @Test
  void rejectsAGroupThatIsNoSubdomain() {
    assertThatThrownBy(() -> routeTo(ref().group("Example.com").build()))
        .hasMessage(AT + "group: Invalid value: \"Example.com\": "
            + shouldMatch(GROUP));
  }

  @Test
  void acceptsAKindStartingWithALetter() {
    assertThat(builtRef(ref().kind("B").build()).kind()).contains("B");
  }

  @Test
  void rejectsAKindStartingWithADigit() {
    assertThatThrownBy(() -> routeTo(ref().kind("1Backend").build()))
        .hasMessage(AT + "kind: Invalid value: \"1Backend\": " + shouldMatch(KIND));
  }
}
