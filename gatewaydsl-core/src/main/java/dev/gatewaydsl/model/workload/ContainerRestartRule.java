package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ContainerRestartRule}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#containerrestartrule-v1-core">ContainerRestartRule in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableContainerRestartRule.class)
public interface ContainerRestartRule {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code action}: string, required. */
  String action();

  /** {@code exitCodes}: {@link ContainerRestartRuleOnExitCodes}. */
  Optional<ContainerRestartRuleOnExitCodes> exitCodes();

  // End of generated fields.

  /** Returns an empty builder of {@code ContainerRestartRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerRestartRule}. */
  final class Builder extends ImmutableContainerRestartRule.Builder {}
}
