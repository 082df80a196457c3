package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayApiTargetTest {

  private static Gateway.Builder gateway() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80));
  }

  private static HTTPRoute.Builder routeWithParentPort() {
    return HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(ParentReference.builder().name("web").port(80).build());
  }

  @Test
  void servesFieldAnswersForTheNewestServedVersionOfTheKind() {
    assertThat(GatewayApiTarget.V1_6_EXPERIMENTAL.servesField("HTTPRoute", "spec.rules[].retry"))
        .isTrue();
    assertThat(GatewayApiTarget.V1_6_STANDARD.servesField("HTTPRoute", "spec.rules[].retry"))
        .isFalse();
    assertThat(GatewayApiTarget.V1_6_STANDARD.servesField("HTTPRoute", "spec.rules[].name"))
        .isTrue();
    assertThat(GatewayApiTarget.V0_6_STANDARD.servesField("HTTPRoute", "spec.rules[].name"))
        .isFalse();
    assertThat(GatewayApiTarget.V0_6_STANDARD.servesField("GRPCRoute", "spec.rules")).isFalse();
  }

  @Test
  void defaultsToTheNewestStandardChannelAndItsV1() {
    Gateway gw = gateway().build();

    assertThat(gw.target()).isEqualTo(GatewayApiTarget.V1_6_STANDARD);
    assertThat(gw.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
  }

  @Test
  void defaultsToV1beta1ForGatewayApiV06() {
    Gateway gw = gateway().target(GatewayApiTarget.V0_6_STANDARD).build();

    assertThat(gw.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
  }

  @Test
  void rejectsAnApiVersionTheTargetDoesNotServe() {
    Gateway.Builder v1OnOldCluster = gateway().target(GatewayApiTarget.V0_6_STANDARD)
        .apiVersion(GatewayApi.V1);

    assertThatThrownBy(v1OnOldCluster::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1\": supported values: "
            + "\"gateway.networking.k8s.io/v1beta1\", \"gateway.networking.k8s.io/v1alpha2\"");
  }

  @Test
  void acceptsEveryVersionTheTargetServes() {
    assertThat(gateway().apiVersion(GatewayApi.V1BETA1).build().apiVersion())
        .isEqualTo(GatewayApi.V1BETA1);
    assertThat(gateway().target(GatewayApiTarget.V0_6_STANDARD)
        .apiVersion("gateway.networking.k8s.io/v1alpha2").build().apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1alpha2");
  }

  @Test
  void rejectsAFieldTheOldReleaseDoesNotHave() {
    HTTPRoute.Builder route = routeWithParentPort().target(GatewayApiTarget.V0_6_STANDARD);

    assertThatThrownBy(route::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"web\" is invalid: spec.parentRefs[0].port: Forbidden: not served "
            + "by Gateway API v0.6.1 (standard channel); it is an experimental-channel field: "
            + "build with target(GatewayApiTarget.V0_6_EXPERIMENTAL) for a cluster with that "
            + "channel");
  }

  @Test
  void acceptsTheFieldWhereTheTargetServesIt() {
    assertThat(routeWithParentPort().target(GatewayApiTarget.V0_6_EXPERIMENTAL).build()
        .spec().parentRefs().get(0).port()).contains(80);
    assertThat(routeWithParentPort().build().spec().parentRefs().get(0).port()).contains(80);
  }

  @Test
  void aCopyForAnotherTargetKeepsItsApiVersionWhichThatTargetMustServe() {
    Gateway v1 = gateway().build();

    assertThatThrownBy(() -> v1.withTarget(GatewayApiTarget.V0_6_STANDARD))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1\": supported values: "
            + "\"gateway.networking.k8s.io/v1beta1\", \"gateway.networking.k8s.io/v1alpha2\"");
    assertThat(v1.withApiVersion(GatewayApi.V1BETA1).withTarget(GatewayApiTarget.V0_6_STANDARD)
        .target()).isEqualTo(GatewayApiTarget.V0_6_STANDARD);
  }

  @Test
  void isNotWrittenAndTakesNoPartInEquality() {
    Gateway standard = gateway().apiVersion(GatewayApi.V1BETA1).build();
    Gateway old = gateway().target(GatewayApiTarget.V0_6_STANDARD).build();

    assertThat(old).isEqualTo(standard);
    assertThat(Manifests.toYaml(old)).isEqualTo(Manifests.toYaml(standard))
        .doesNotContain("target");
  }

  @Test
  void readingForATargetChecksAgainstIt() {
    String yaml = Manifests.toYaml(routeWithParentPort().apiVersion(GatewayApi.V1BETA1).build());

    assertThat(((HTTPRoute) Manifests.fromYaml(yaml, GatewayApiTarget.V0_6_EXPERIMENTAL).get(0))
        .target()).isEqualTo(GatewayApiTarget.V0_6_EXPERIMENTAL);
    assertThatThrownBy(() -> Manifests.fromYaml(yaml, GatewayApiTarget.V0_6_STANDARD))
        .hasMessageStartingWith("document 0: HTTPRoute \"web\" is invalid: "
            + "spec.parentRefs[0].port: Forbidden: not served by Gateway API v0.6.1");
    assertThat(((HTTPRoute) Manifests.fromYaml(yaml).get(0)).target())
        .isEqualTo(GatewayApiTarget.V1_6_STANDARD);
  }

  @Test
  void readingAFileForATargetChecksAgainstIt(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("route.yaml");
    Files.writeString(file,
        Manifests.toYaml(routeWithParentPort().apiVersion(GatewayApi.V1BETA1).build()));

    assertThat(((HTTPRoute) Manifests.fromYaml(file, GatewayApiTarget.V0_6_EXPERIMENTAL).get(0))
        .target()).isEqualTo(GatewayApiTarget.V0_6_EXPERIMENTAL);
    assertThatThrownBy(() -> Manifests.fromYaml(file, GatewayApiTarget.V0_6_STANDARD))
        .hasMessageStartingWith("document 0: HTTPRoute \"web\" is invalid: "
            + "spec.parentRefs[0].port: Forbidden: not served by Gateway API v0.6.1");
  }

  @Test
  void describesItself() {
    assertThat(GatewayApiTarget.V1_6_EXPERIMENTAL.describe())
        .isEqualTo("Gateway API v1.6.1 (experimental channel)");
  }
}
