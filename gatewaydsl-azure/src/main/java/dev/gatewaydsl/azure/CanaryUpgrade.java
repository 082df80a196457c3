package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.util.List;
import java.util.Objects;

/**
 * A minor-revision canary upgrade of the AKS Istio add-on, from a stable revision to a canary
 * one, as AKS describes it (learn.microsoft.com/azure/aks/istio-upgrade): {@code az aks mesh
 * upgrade start} deploys the canary control plane next to the stable one; the Gateway's {@code
 * istio.io/rev} label decides which of them owns it, so the Gateway is re-applied labelled for the
 * canary; then {@code az aks mesh upgrade complete} removes the stable control plane, or the
 * Gateway is labelled for the stable revision again and {@code az aks mesh upgrade rollback}
 * removes the canary.
 *
 * <pre>{@code
 * CanaryUpgrade upgrade = CanaryUpgrade.of(AksIstio.revision("asm-1-17").withHealthProbes(),
 *     AksMeshRevision.of("asm-1-18"));
 * Gateway before = upgrade.stableGateway(gateway);   // istio.io/rev: asm-1-17
 * Gateway during = upgrade.canaryGateway(gateway);   // istio.io/rev: asm-1-18
 * }</pre>
 *
 * <p>Both are rendered from the same Gateway with the same settings, each in its revision's
 * placement and for its revision's Gateway API target, so an upgrade across {@code asm-1-26}
 * moves the load balancer annotations from the Gateway's metadata to {@code spec.infrastructure}.
 */
public final class CanaryUpgrade {

  /** How many minor revisions AKS lets one upgrade skip ahead: to n+1, or n+2 if supported. */
  public static final int MAX_MINORS = 2;

  private final AksIstio stable;
  private final AksIstio canary;

  private CanaryUpgrade(AksIstio stable, AksIstio canary) {
    this.stable = stable;
    this.canary = canary;
  }

  /**
   * An upgrade from {@code stable}'s revision to {@code canary}, with {@code stable}'s settings.
   *
   * @throws IllegalArgumentException unless {@code canary} is one or two minor revisions newer
   */
  public static CanaryUpgrade of(AksIstio stable, AksMeshRevision canary) {
    Objects.requireNonNull(stable, "stable");
    Objects.requireNonNull(canary, "canary");
    int minors = stable.profile().minorsTo(canary);
    if (minors < 1 || minors > MAX_MINORS) {
      throw new IllegalArgumentException("Cannot upgrade the AKS Istio add-on from "
          + stable.revision() + " to " + canary + ": a canary upgrade goes to the next minor "
          + "revision, or the one after it if both are supported");
    }
    return new CanaryUpgrade(stable, stable.forRevision(canary));
  }

  /** The settings for the stable (current) revision. */
  public AksIstio stable() {
    return stable;
  }

  /** The same settings for the canary (new) revision. */
  public AksIstio canary() {
    return canary;
  }

  /** {@code gateway} as applied before the upgrade, and again for a rollback. */
  public Gateway stableGateway(Gateway gateway) {
    return render(stable, gateway);
  }

  /** {@code gateway} as applied once the canary control plane runs, and kept after completion. */
  public Gateway canaryGateway(Gateway gateway) {
    return render(canary, gateway);
  }

  /** The steps in order, as commands and what to apply. */
  public List<String> steps() {
    String to = canary.revision();
    String from = stable.revision();
    return List.of(
        "1. apply the Gateway labelled istio.io/rev: " + from + " (stableGateway)",
        "2. az aks mesh upgrade start --resource-group $RESOURCE_GROUP --name $CLUSTER "
            + "--revision " + to,
        "3. apply the Gateway labelled istio.io/rev: " + to + " (canaryGateway); the " + to
            + " control plane takes it over",
        "4a. az aks mesh upgrade complete --resource-group $RESOURCE_GROUP --name $CLUSTER",
        "4b. or roll back: apply stableGateway again, then az aks mesh upgrade rollback "
            + "--resource-group $RESOURCE_GROUP --name $CLUSTER");
  }

  /** Retargets {@code gateway} to the revision's Gateway API target, then applies the settings. */
  private static Gateway render(AksIstio aks, Gateway gateway) {
    GatewayApiTarget target = aks.profile().target();
    Gateway retargeted = gateway.target() == target ? gateway
        : Gateway.builder().mergeFrom(gateway).target(target)
            .apiVersion(target.defaultApiVersion(gateway.kind())).build();
    return aks.applyTo(retargeted);
  }

  @Override
  public String toString() {
    return "CanaryUpgrade{" + stable.revision() + " -> " + canary.revision() + "}";
  }
}
