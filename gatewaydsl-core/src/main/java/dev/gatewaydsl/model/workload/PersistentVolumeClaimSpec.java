package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PersistentVolumeClaimSpec}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#persistentvolumeclaimspec-v1-core">PersistentVolumeClaimSpec in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePersistentVolumeClaimSpec.class)
public interface PersistentVolumeClaimSpec {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code accessModes}: a list of strings. */
  List<String> accessModes();

  /** {@code selector}: {@link LabelSelector}. */
  Optional<LabelSelector> selector();

  /** {@code resources}: {@link VolumeResourceRequirements}. */
  Optional<VolumeResourceRequirements> resources();

  /** {@code volumeName}: string. */
  Optional<String> volumeName();

  /** {@code storageClassName}: string. */
  Optional<String> storageClassName();

  /** {@code volumeMode}: string. */
  Optional<String> volumeMode();

  /** {@code dataSource}: {@link TypedLocalObjectReference}. */
  Optional<TypedLocalObjectReference> dataSource();

  /** {@code dataSourceRef}: {@link TypedObjectReference}. */
  Optional<TypedObjectReference> dataSourceRef();

  /** {@code volumeAttributesClassName}: string. */
  Optional<String> volumeAttributesClassName();

  // End of generated fields.

  /** Returns an empty builder of {@code PersistentVolumeClaimSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PersistentVolumeClaimSpec}. */
  final class Builder extends ImmutablePersistentVolumeClaimSpec.Builder {}
}
