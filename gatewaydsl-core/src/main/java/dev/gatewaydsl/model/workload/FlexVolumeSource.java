package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code FlexVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#flexvolumesource-v1-core">FlexVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableFlexVolumeSource.class)
public interface FlexVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code driver}: string, required. */
  String driver();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code options}: a map from string to string. */
  Map<String, String> options();

  // End of generated fields.

  /** Returns an empty builder of {@code FlexVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FlexVolumeSource}. */
  final class Builder extends ImmutableFlexVolumeSource.Builder {}
}
