package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code RBDVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#rbdvolumesource-v1-core">RBDVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableRBDVolumeSource.class)
public interface RBDVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code monitors}: a list of strings, required. */
  List<String> monitors();

  /** {@code image}: string, required. */
  String image();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code pool}: string. */
  Optional<String> pool();

  /** {@code user}: string. */
  Optional<String> user();

  /** {@code keyring}: string. */
  Optional<String> keyring();

  /** {@code secretRef}: {@link LocalObjectReference}. */
  Optional<LocalObjectReference> secretRef();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code RBDVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RBDVolumeSource}. */
  final class Builder extends ImmutableRBDVolumeSource.Builder {}
}
