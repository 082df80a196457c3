package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.model.LabelSelector;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ClusterTrustBundleProjection}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#clustertrustbundleprojection-v1-core">ClusterTrustBundleProjection in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableClusterTrustBundleProjection.class)
public interface ClusterTrustBundleProjection {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code signerName}: string. */
  Optional<String> signerName();

  /** {@code labelSelector}: {@link LabelSelector}. */
  Optional<LabelSelector> labelSelector();

  /** {@code optional}: boolean. */
  Optional<Boolean> optional();

  /** {@code path}: string, required. */
  String path();

  // End of generated fields.

  /** Returns an empty builder of {@code ClusterTrustBundleProjection}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ClusterTrustBundleProjection}. */
  final class Builder extends ImmutableClusterTrustBundleProjection.Builder {}
}
