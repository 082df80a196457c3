package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AksMeshRevision;
import dev.gatewaydsl.azure.CanaryUpgrade;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.Listener;
import java.util.List;

/**
 * A canary upgrade of the AKS Istio add-on from {@code asm-1-17} to {@code asm-1-18}: the same
 * Gateway, rendered for the stable revision (applied before {@code az aks mesh upgrade start}, and
 * again for a rollback) or for the canary revision (applied once both control planes run, kept
 * after {@code az aks mesh upgrade complete}). One example per stage, so that each writes one
 * Gateway file.
 */
public final class AksCanaryUpgradeExample implements Example {

  private final boolean canary;

  private AksCanaryUpgradeExample(boolean canary) {
    this.canary = canary;
  }

  /** The stage before the upgrade starts (and after a rollback). */
  public static AksCanaryUpgradeExample stable() {
    return new AksCanaryUpgradeExample(false);
  }

  /** The stage once the canary control plane runs (and after completion). */
  public static AksCanaryUpgradeExample canary() {
    return new AksCanaryUpgradeExample(true);
  }

  /** The upgrade both stages belong to. */
  static CanaryUpgrade upgrade() {
    return CanaryUpgrade.of(AksIstio.revision("asm-1-17").withHealthProbes(),
        AksMeshRevision.of("asm-1-18"));
  }

  @Override
  public String name() {
    return canary ? "aks-canary-upgrade-canary" : "aks-canary-upgrade-stable";
  }

  @Override
  public String description() {
    return canary
        ? "canary upgrade asm-1-17 -> asm-1-18: the Gateway once the asm-1-18 control plane runs"
        : "canary upgrade asm-1-17 -> asm-1-18: the Gateway before the upgrade and for a rollback";
  }

  /** Gateway API v0.6.x, as the add-on's revision asm-1-17 needs. */
  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V0_6_STANDARD;
  }

  @Override
  public List<KubernetesResource> resources() {
    Gateway gateway = Gateway.builder().name("web").namespace("canary")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();
    CanaryUpgrade upgrade = upgrade();
    return List.of(canary ? upgrade.canaryGateway(gateway) : upgrade.stableGateway(gateway));
  }
}
