package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code RollingUpdateStatefulSetStrategy}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#rollingupdatestatefulsetstrategy-v1-apps">RollingUpdateStatefulSetStrategy in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableRollingUpdateStatefulSetStrategy.class)
public interface RollingUpdateStatefulSetStrategy {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code partition}: int32. */
  Optional<Integer> partition();

  /** {@code maxUnavailable}: {@link IntOrString}. */
  Optional<IntOrString> maxUnavailable();

  // End of generated fields.

  /** Returns an empty builder of {@code RollingUpdateStatefulSetStrategy}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RollingUpdateStatefulSetStrategy}. */
  final class Builder extends ImmutableRollingUpdateStatefulSetStrategy.Builder {}
}
