package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code EmptyDirVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#emptydirvolumesource-v1-core">EmptyDirVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableEmptyDirVolumeSource.class)
public interface EmptyDirVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code medium}: string. */
  Optional<String> medium();

  /** {@code sizeLimit}: {@link Quantity}. */
  Optional<Quantity> sizeLimit();

  // End of generated fields.

  /** Returns an empty builder of {@code EmptyDirVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EmptyDirVolumeSource}. */
  final class Builder extends ImmutableEmptyDirVolumeSource.Builder {}
}
