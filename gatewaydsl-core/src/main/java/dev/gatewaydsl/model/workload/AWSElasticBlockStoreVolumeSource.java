package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code AWSElasticBlockStoreVolumeSource}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#awselasticblockstorevolumesource-v1-core">AWSElasticBlockStoreVolumeSource in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableAWSElasticBlockStoreVolumeSource.class)
public interface AWSElasticBlockStoreVolumeSource {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumeID}: string, required. */
  String volumeID();

  /** {@code fsType}: string. */
  Optional<String> fsType();

  /** {@code partition}: int32. */
  Optional<Integer> partition();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  // End of generated fields.

  /** Returns an empty builder of {@code AWSElasticBlockStoreVolumeSource}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AWSElasticBlockStoreVolumeSource}. */
  final class Builder extends ImmutableAWSElasticBlockStoreVolumeSource.Builder {}
}
