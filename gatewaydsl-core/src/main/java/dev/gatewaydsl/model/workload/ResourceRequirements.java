package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ResourceRequirements}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#resourcerequirements-v1-core">ResourceRequirements in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableResourceRequirements.class)
public interface ResourceRequirements {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code limits}: a map from string to {@link Quantity}. */
  Map<String, Quantity> limits();

  /** {@code requests}: a map from string to {@link Quantity}. */
  Map<String, Quantity> requests();

  /** {@code claims}: a list of {@link ResourceClaim}. */
  List<ResourceClaim> claims();

  // End of generated fields.

  /** Returns an empty builder of {@code ResourceRequirements}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ResourceRequirements}. */
  final class Builder extends ImmutableResourceRequirements.Builder {}
}
