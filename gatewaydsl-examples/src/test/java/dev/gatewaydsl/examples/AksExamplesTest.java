package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** The approved output of the AKS examples, and the checks each passes. */
class AksExamplesTest {

  private static void verify(Example example) {
    Approvals.verify(Manifests.toYaml(example.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void currentRevision() {
    verify(new AksCurrentRevisionExample());
  }

  @Test
  void httpsGatewayWithRedirect() {
    verify(new AksHttpsGatewayExample());
  }

  @Test
  void internalGateway() {
    verify(new AksInternalGatewayExample());
  }

  @Test
  void localTrafficPolicy() {
    verify(new AksLocalTrafficPolicyExample());
  }

  @Test
  void staticPublicIp() {
    verify(new AksStaticPublicIpExample());
  }

  @Test
  void canaryUpgradeStable() {
    verify(AksCanaryUpgradeExample.stable());
  }

  @Test
  void canaryUpgradeCanary() {
    verify(AksCanaryUpgradeExample.canary());
  }

  @Test
  void theCanaryStagesDifferOnlyInTheRevisionLabel() {
    Gateway stable = (Gateway) AksCanaryUpgradeExample.stable().resources().get(0);
    Gateway canary = (Gateway) AksCanaryUpgradeExample.canary().resources().get(0);

    assertThat(canary.withMetadata(canary.metadata().withLabels(stable.metadata().labels())))
        .isEqualTo(stable);
    assertThat(canary.metadata().labels()).containsEntry(AksIstio.REVISION_LABEL, "asm-1-18");
  }

  @Test
  void everyAksExamplePassesItsRevisionsChecks() {
    AksIstio.revision("asm-1-17").check(new AksInternalGatewayExample().resources());
    AksIstio.revision("asm-1-17").check(new AksStaticPublicIpExample().resources());
    AksIstio.revision("asm-1-17").check(AksCanaryUpgradeExample.stable().resources());
    AksIstio.revision("asm-1-18").check(AksCanaryUpgradeExample.canary().resources());
    AksIstio.revision("asm-1-30").check(new AksCurrentRevisionExample().resources());
    AksIstio.revision("asm-1-30").check(new AksHttpsGatewayExample().resources());
  }
}
