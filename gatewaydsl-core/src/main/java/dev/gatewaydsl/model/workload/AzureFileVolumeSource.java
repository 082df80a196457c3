package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code AzureFileVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#azurefilevolumesource-v1-core">AzureFileVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableAzureFileVolumeSource.class)
public interface AzureFileVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code secretName}: string, required. */
  String secretName();

  /** {@code shareName}: string, required. */
  String shareName();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code AzureFileVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AzureFileVolumeSource}. */
  final class Builder extends ImmutableAzureFileVolumeSource.Builder {}
}
