package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code FlockerVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#flockervolumesource-v1-core">FlockerVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableFlockerVolumeSource.class)
public interface FlockerVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code datasetName}: string. */
  Optional<String> datasetName();

  /** {@code datasetUUID}: string. */
  Optional<String> datasetUUID();

  // End of generated fields.

  /** Returns an empty builder of {@code FlockerVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FlockerVolumeSource}. */
  final class Builder extends ImmutableFlockerVolumeSource.Builder {}
}
