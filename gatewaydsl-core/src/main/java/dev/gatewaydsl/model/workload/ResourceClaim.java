package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ResourceClaim}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#resourceclaim-v1-core">ResourceClaim in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableResourceClaim.class)
public interface ResourceClaim {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code request}: string. */
  Optional<String> request();

  // End of generated fields.

  /** Returns an empty builder of {@code ResourceClaim}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceClaim}. */
  final class Builder extends ImmutableResourceClaim.Builder {}
}
