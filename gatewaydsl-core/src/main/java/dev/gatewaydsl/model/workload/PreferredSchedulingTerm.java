package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PreferredSchedulingTerm}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#preferredschedulingterm-v1-core">PreferredSchedulingTerm in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePreferredSchedulingTerm.class)
public interface PreferredSchedulingTerm {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code weight}: int32, required. */
  int weight();

  /** {@code preference}: {@link NodeSelectorTerm}, required. */
  NodeSelectorTerm preference();

  // End of generated fields.

  /** Returns an empty builder of {@code PreferredSchedulingTerm}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PreferredSchedulingTerm}. */
  final class Builder extends ImmutablePreferredSchedulingTerm.Builder {}
}
