package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.ObjectMeta;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PersistentVolumeClaimTemplate}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimtemplate-v1-core">PersistentVolumeClaimTemplate in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePersistentVolumeClaimTemplate.class)
public interface PersistentVolumeClaimTemplate {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code metadata}: {@link ObjectMeta}. Default: empty. */
  @Value.Default
  default ObjectMeta metadata() {
    return ObjectMeta.empty();
  }

  /** {@code spec}: {@link PersistentVolumeClaimSpec}, required. */
  PersistentVolumeClaimSpec spec();

  // End of generated fields.

  /** Returns an empty builder of {@code PersistentVolumeClaimTemplate}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistentVolumeClaimTemplate}. */
  final class Builder extends ImmutablePersistentVolumeClaimTemplate.Builder {}
}
