package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ProjectedVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#projectedvolumesource-v1-core">ProjectedVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableProjectedVolumeSource.class)
public interface ProjectedVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code sources}: a list of {@link VolumeProjection}. */
  List<VolumeProjection> sources();

  /** {@code defaultMode}: int32. */
  Optional<Integer> defaultMode();

  // End of generated fields.

  /** Returns an empty builder of {@code ProjectedVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ProjectedVolumeSource}. */
  final class Builder extends ImmutableProjectedVolumeSource.Builder {}
}
