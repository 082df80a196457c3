package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SleepAction}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#sleepaction-v1-core">SleepAction in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSleepAction.class)
public interface SleepAction {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code seconds}: int64, required. */
  long seconds();

  // End of generated fields.

  /** Returns an empty builder of {@code SleepAction}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SleepAction}. */
  final class Builder extends ImmutableSleepAction.Builder {}
}
