package dev.gatewaydsl.istio.migration;

import dev.gatewaydsl.model.KubernetesResource;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a conversion.
 *
 * @param kept the resources of the input that were not Istio's, unchanged
 * @param generated the resources made: Gateways, routes, per-subset Services, ReferenceGrants
 * @param report what was not converted, or converted with a difference
 */
public record Migration(List<KubernetesResource> kept, List<KubernetesResource> generated,
    MigrationReport report) {

  /** Copies the lists. */
  public Migration {
    kept = List.copyOf(kept);
    generated = List.copyOf(generated);
  }

  /** The migrated set: {@link #kept()} then {@link #generated()}; what replaces the input. */
  public List<KubernetesResource> resources() {
    List<KubernetesResource> all = new ArrayList<>(kept);
    all.addAll(generated);
    return List.copyOf(all);
  }
}
