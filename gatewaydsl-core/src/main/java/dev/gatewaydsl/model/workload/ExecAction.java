package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code ExecAction}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#execaction-v1-core">ExecAction in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableExecAction.class)
public interface ExecAction {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code command}: a list of strings. */
  List<String> command();

  // End of generated fields.

  /** Returns an empty builder of {@code ExecAction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExecAction}. */
  final class Builder extends ImmutableExecAction.Builder {}
}
