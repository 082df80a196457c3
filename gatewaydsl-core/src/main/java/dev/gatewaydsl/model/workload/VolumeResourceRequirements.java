package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code VolumeResourceRequirements}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#volumeresourcerequirements-v1-core">VolumeResourceRequirements in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVolumeResourceRequirements.class)
public interface VolumeResourceRequirements {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code limits}: a map from string to {@link Quantity}. */
  Map<String, Quantity> limits();

  /** {@code requests}: a map from string to {@link Quantity}. */
  Map<String, Quantity> requests();

  // End of generated fields.

  /** Returns an empty builder of {@code VolumeResourceRequirements}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeResourceRequirements}. */
  final class Builder extends ImmutableVolumeResourceRequirements.Builder {}
}
