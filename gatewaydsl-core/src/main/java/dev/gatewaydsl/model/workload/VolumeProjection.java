package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code VolumeProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#volumeprojection-v1-core">VolumeProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVolumeProjection.class)
public interface VolumeProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code secret}: {@link SecretProjection}. */
  Optional<SecretProjection> secret();

  /** {@code downwardAPI}: {@link DownwardAPIProjection}. */
  Optional<DownwardAPIProjection> downwardAPI();

  /** {@code configMap}: {@link ConfigMapProjection}. */
  Optional<ConfigMapProjection> configMap();

  /** {@code serviceAccountToken}: {@link ServiceAccountTokenProjection}. */
  Optional<ServiceAccountTokenProjection> serviceAccountToken();

  /** {@code clusterTrustBundle}: {@link ClusterTrustBundleProjection}. */
  Optional<ClusterTrustBundleProjection> clusterTrustBundle();

  /** {@code podCertificate}: {@link PodCertificateProjection}. */
  Optional<PodCertificateProjection> podCertificate();

  // End of generated fields.

  /** Returns an empty builder of {@code VolumeProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeProjection}. */
  final class Builder extends ImmutableVolumeProjection.Builder {}
}
