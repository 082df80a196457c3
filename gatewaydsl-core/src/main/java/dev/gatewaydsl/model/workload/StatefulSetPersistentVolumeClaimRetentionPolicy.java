package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code StatefulSetPersistentVolumeClaimRetentionPolicy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#statefulsetpersistentvolumeclaimretentionpolicy-v1-apps">StatefulSetPersistentVolumeClaimRetentionPolicy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableStatefulSetPersistentVolumeClaimRetentionPolicy.class)
public interface StatefulSetPersistentVolumeClaimRetentionPolicy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code whenDeleted}: string. */
  Optional<String> whenDeleted();

  /** {@code whenScaled}: string. */
  Optional<String> whenScaled();

  // End of generated fields.

  /** Returns an empty builder of {@code StatefulSetPersistentVolumeClaimRetentionPolicy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSetPersistentVolumeClaimRetentionPolicy}. */
  final class Builder extends ImmutableStatefulSetPersistentVolumeClaimRetentionPolicy.Builder {}
}
