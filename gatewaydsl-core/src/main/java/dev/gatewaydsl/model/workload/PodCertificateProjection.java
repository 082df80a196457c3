package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodCertificateProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podcertificateprojection-v1-core">PodCertificateProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodCertificateProjection.class)
public interface PodCertificateProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code signerName}: string, required. */
  String signerName();

  /** {@code keyType}: string, required. */
  String keyType();

  /** {@code maxExpirationSeconds}: int32. */
  Optional<Integer> maxExpirationSeconds();

  /** {@code credentialBundlePath}: string. */
  Optional<String> credentialBundlePath();

  /** {@code keyPath}: string. */
  Optional<String> keyPath();

  /** {@code certificateChainPath}: string. */
  Optional<String> certificateChainPath();

  /** {@code userAnnotations}: a map from string to string. */
  Map<String, String> userAnnotations();

  // End of generated fields.

  /** Returns an empty builder of {@code PodCertificateProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodCertificateProjection}. */
  final class Builder extends ImmutablePodCertificateProjection.Builder {}
}
