package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code AzureDiskVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#azurediskvolumesource-v1-core">AzureDiskVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableAzureDiskVolumeSource.class)
public interface AzureDiskVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code diskName}: string, required. */
  String diskName();

  /** {@code diskURI}: string, required. */
  String diskURI();

  /** {@code cachingMode}: string. */
  Optional<String> cachingMode();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code kind}: string. */
  Optional<String> kind();

  // End of generated fields.

  /** Returns an empty builder of {@code AzureDiskVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AzureDiskVolumeSource}. */
  final class Builder extends ImmutableAzureDiskVolumeSource.Builder {}
}
