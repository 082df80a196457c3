package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code StatefulSetUpdateStrategy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#statefulsetupdatestrategy-v1-apps">StatefulSetUpdateStrategy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableStatefulSetUpdateStrategy.class)
public interface StatefulSetUpdateStrategy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string. */
  Optional<String> type();

  /** {@code rollingUpdate}: {@link RollingUpdateStatefulSetStrategy}. */
  Optional<RollingUpdateStatefulSetStrategy> rollingUpdate();

  // End of generated fields.

  /** Returns an empty builder of {@code StatefulSetUpdateStrategy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link StatefulSetUpdateStrategy}. */
  final class Builder extends ImmutableStatefulSetUpdateStrategy.Builder {}
}
