package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.Listener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CanaryUpgradeTest {
  private static final AksIstio STABLE = AksIstio.revision("asm-1-17").withHealthProbes();

  private static Gateway web() {
    return Gateway.builder().name("web").namespace("shop").target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio").listener(Listener.http("http", 80)).build();
  }

  @Test
  void theSameGatewayIsLabelledForEachRevisionWithTheSameSettings() {
    CanaryUpgrade upgrade = CanaryUpgrade.of(STABLE, AksMeshRevision.of("asm-1-18"));

    Gateway stable = upgrade.stableGateway(web());
    Gateway canary = upgrade.canaryGateway(web());

    assertThat(stable.metadata().labels()).containsEntry("istio.io/rev", "asm-1-17");
    assertThat(canary.metadata().labels()).containsEntry("istio.io/rev", "asm-1-18");
    assertThat(canary.metadata().annotations()).isEqualTo(stable.metadata().annotations());
    assertThat(canary.spec()).isEqualTo(stable.spec());
    assertThat(upgrade.canary()).isEqualTo(AksIstio.revision("asm-1-18").withHealthProbes());
  }

  @Test
  void stepsFollowTheAddOnsCanaryUpgrade() {
    CanaryUpgrade upgrade = CanaryUpgrade.of(STABLE, AksMeshRevision.of("asm-1-18"));

    assertThat(upgrade.steps()).containsExactly(
        "1. apply the Gateway labelled istio.io/rev: asm-1-17 (stableGateway)",
        "2. az aks mesh upgrade start --resource-group $RESOURCE_GROUP --name $CLUSTER "
            + "--revision asm-1-18",
        "3. apply the Gateway labelled istio.io/rev: asm-1-18 (canaryGateway); the asm-1-18 "
            + "control plane takes it over",
        "4a. az aks mesh upgrade complete --resource-group $RESOURCE_GROUP --name $CLUSTER",
        "4b. or roll back: apply stableGateway again, then az aks mesh upgrade rollback "
            + "--resource-group $RESOURCE_GROUP --name $CLUSTER");
    assertThat(upgrade).hasToString("CanaryUpgrade{asm-1-17 -> asm-1-18}");
  }

  @Test
  void anUpgradeAcrossTheManagedCrdsRetargetsTheGateway() {
    CanaryUpgrade upgrade = CanaryUpgrade.of(AksIstio.revision("asm-1-25"),
        AksMeshRevision.of("asm-1-26"));

    Gateway canary = upgrade.canaryGateway(web());

    assertThat(upgrade.stableGateway(web()).apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1beta1");
    assertThat(canary.target()).isEqualTo(GatewayApiTarget.V1_2_STANDARD);
    assertThat(canary.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
  }

  @Test
  void anUpgradeAcrossTheManagedCrdsMovesTheAnnotationsToInfrastructureAndLeavesProbesToAks() {
    CanaryUpgrade upgrade = CanaryUpgrade.of(AksIstio.revision("asm-1-25").withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal()), AksMeshRevision.of("asm-1-26"));

    Gateway stable = upgrade.stableGateway(web());
    Gateway canary = upgrade.canaryGateway(web());

    assertThat(stable.spec().infrastructure()).isEmpty();
    assertThat(stable.metadata().annotations()).containsKeys(
        "service.beta.kubernetes.io/azure-load-balancer-internal",
        "service.beta.kubernetes.io/port_80_health-probe_port");
    assertThat(canary.metadata().annotations()).isEmpty();
    assertThat(canary.spec().infrastructure().orElseThrow().annotations()).containsOnly(
        entry("service.beta.kubernetes.io/azure-load-balancer-internal", "true"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"asm-1-18", "asm-1-19"})
  void oneOrTwoMinorsAheadAreAllowed(String canary) {
    assertThat(CanaryUpgrade.of(STABLE, AksMeshRevision.of(canary)).canary().revision())
        .isEqualTo(canary);
  }

  @ParameterizedTest
  @ValueSource(strings = {"asm-1-17", "asm-1-20"})
  void theSameRevisionOrThreeMinorsAheadAreRefused(String canary) {
    assertThatThrownBy(() -> CanaryUpgrade.of(STABLE, AksMeshRevision.of(canary)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot upgrade the AKS Istio add-on from asm-1-17 to " + canary + ": a "
            + "canary upgrade goes to the next minor revision, or the one after it if both are "
            + "supported");
  }

  @Test
  void aDowngradeIsRefused() {
    assertThatThrownBy(() -> CanaryUpgrade.of(AksIstio.revision("asm-1-18"),
        AksMeshRevision.of("asm-1-17")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot upgrade the AKS Istio add-on from asm-1-18 to asm-1-17");
  }
}
