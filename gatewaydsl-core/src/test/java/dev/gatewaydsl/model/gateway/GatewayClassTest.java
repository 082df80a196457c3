package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.CONTROLLER;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static dev.gatewaydsl.model.gateway.GatewayFieldsValidationTest.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** GatewayClass: its shortcut, its YAML (approved, checked by crd-check) and every rule. */
class GatewayClassTest {

  private static final String ISTIO = "istio.io/gateway-controller";

  private static GatewayClass.Builder istio() {
    return GatewayClass.builder().name("istio").controllerName(ISTIO);
  }

  private static void assertRejected(GatewayClass.Builder builder, String... problems) {
    assertThatThrownBy(builder::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage(message("GatewayClass", "istio", problems));
  }

  /** Builds, and what is accepted is written and reads back as the same value. */
  private static void assertAccepted(GatewayClass.Builder builder) {
    GatewayClass gatewayClass = builder.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(gatewayClass), gatewayClass.target()))
        .containsExactly(gatewayClass);
  }

  @Test
  void ofGivesANameAndAControllerAndNothingElse() {
    assertThat(Manifests.toYaml(GatewayClass.of("istio", ISTIO))).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: GatewayClass
        metadata:
          name: istio
        spec:
          controllerName: istio.io/gateway-controller
        """);
  }

  @Test
  void gatewayClassWithParametersAndDescription() throws Exception {
    GatewayClass gatewayClass = istio()
        .label("team", "platform")
        .parametersRef(ParametersReference.of("", "ConfigMap", "istio-gateway-defaults")
            .withNamespace("istio-system"))
        .description("Istio gateways of the AKS service mesh add-on")
        .build();
    String yaml = Manifests.toYaml(gatewayClass);
    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("gatewayClassWithParametersAndDescription", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void v1beta1IsServedTooForGatewayApiV06Clusters() throws Exception {
    GatewayClass gatewayClass = istio().apiVersion(GatewayApi.V1BETA1).build();
    String yaml = Manifests.toYaml(gatewayClass);
    assertThat(yaml).startsWith("apiVersion: gateway.networking.k8s.io/v1beta1\n");
    CrdCheck.assertAccepted("gatewayClassV1beta1", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void otherVersionsAreNotSupported() {
    assertRejected(istio().apiVersion("gateway.networking.k8s.io/v1alpha2"),
        "apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1alpha2\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1beta1\"");
  }

  @Test
  void isClusterScoped() {
    assertRejected(istio().namespace("istio-system"),
        "metadata.namespace: Forbidden: not allowed on this type");
  }

  @Test
  void needsAName() {
    assertThatThrownBy(() -> GatewayClass.builder().controllerName(ISTIO).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("GatewayClass \"\" is invalid: metadata.name: Required value: name or "
            + "generateName is required");
  }

  @Test
  void controllerNameIsADomainPrefixedPath() {
    assertAccepted(GatewayClass.builder().name("istio")
        .controllerName("example.net/gateway-controller/v2:a~b"));
    assertRejected(GatewayClass.builder().name("istio").controllerName("istio"),
        "spec.controllerName: Invalid value: \"istio\": " + shouldMatch(CONTROLLER));
    assertRejected(GatewayClass.builder().name("istio").controllerName("Istio.io/controller"),
        "spec.controllerName: Invalid value: \"Istio.io/controller\": " + shouldMatch(CONTROLLER));
  }

  @Test
  void controllerNameTakesUpTo253Characters() {
    String name = "example.net/" + "c".repeat(241);
    assertAccepted(GatewayClass.builder().name("istio").controllerName(name));
    assertRejected(GatewayClass.builder().name("istio").controllerName(name + "c"),
        "spec.controllerName: " + tooLong(253, 254));
  }

  @Test
  void descriptionTakesUpTo64Characters() {
    assertAccepted(istio().description("é".repeat(64)));
    assertRejected(istio().description("d".repeat(65)),
        "spec.description: " + tooLong(64, 65));
  }

  @Test
  void parametersRefIsChecked() {
    assertAccepted(istio().parametersRef(ParametersReference.of("example.com", "Params", "p")));
    assertRejected(istio().parametersRef(ParametersReference.of("Example.com", "Params", "")
            .withNamespace("-system")),
        "spec.parametersRef.group: Invalid value: \"Example.com\": " + shouldMatch(GROUP),
        "spec.parametersRef.namespace: Invalid value: \"-system\": " + shouldMatch(NAMESPACE),
        "spec.parametersRef.name: Required value");
  }

  @Test
  void parametersRefNameTakesUpTo253Characters() {
    assertAccepted(istio().parametersRef(ParametersReference.of("", "ConfigMap", "p".repeat(253))));
    assertRejected(istio().parametersRef(ParametersReference.of("", "ConfigMap", "p".repeat(254))),
        "spec.parametersRef.name: " + tooLong(253, 254));
  }
}
