package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.yaml.Manifests;
import org.junit.jupiter.api.Test;

/** Every approved route scenario reads back from its YAML as an equal value. */
class RouteRoundTripTest {

  @Test
  void httpRoutesReadBackEqual() {
    HTTPRoute standard = HTTPRouteYamlTest.standardChannelRoute();
    HTTPRoute experimental = HTTPRouteYamlTest.experimentalChannelRoute();

    assertThat(Manifests.fromYaml(Manifests.toYaml(standard))).containsExactly(standard);
    assertThat(Manifests.fromYaml(Manifests.toYaml(experimental),
        GatewayApiTarget.V1_6_EXPERIMENTAL)).containsExactly(experimental);
  }

  @Test
  void grpcRoutesReadBackEqual() {
    GRPCRoute standard = GRPCRouteYamlTest.standardChannelRoute();
    GRPCRoute experimental = GRPCRouteYamlTest.experimentalChannelRoute();

    assertThat(Manifests.fromYaml(Manifests.toYaml(standard))).containsExactly(standard);
    assertThat(Manifests.fromYaml(Manifests.toYaml(experimental),
        GatewayApiTarget.V1_6_EXPERIMENTAL)).containsExactly(experimental);
  }
}
