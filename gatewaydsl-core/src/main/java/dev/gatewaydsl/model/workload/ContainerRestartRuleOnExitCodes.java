package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ContainerRestartRuleOnExitCodes}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#containerrestartruleonexitcodes-v1-core">ContainerRestartRuleOnExitCodes in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableContainerRestartRuleOnExitCodes.class)
public interface ContainerRestartRuleOnExitCodes {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code operator}: string, required. */
  String operator();

  /** {@code values}: a list of int32s. */
  List<Integer> values();

  // End of generated fields.

  /** Returns an empty builder of {@code ContainerRestartRuleOnExitCodes}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerRestartRuleOnExitCodes}. */
  final class Builder extends ImmutableContainerRestartRuleOnExitCodes.Builder {}
}
