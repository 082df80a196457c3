package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodResourceClaim}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podresourceclaim-v1-core">PodResourceClaim in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodResourceClaim.class)
public interface PodResourceClaim {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code resourceClaimName}: string. */
  Optional<String> resourceClaimName();

  /** {@code resourceClaimTemplateName}: string. */
  Optional<String> resourceClaimTemplateName();

  // End of generated fields.

  /** Returns an empty builder of {@code PodResourceClaim}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodResourceClaim}. */
  final class Builder extends ImmutablePodResourceClaim.Builder {}
}
