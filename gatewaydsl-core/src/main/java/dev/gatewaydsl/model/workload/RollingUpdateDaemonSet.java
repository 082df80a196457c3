package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code RollingUpdateDaemonSet}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#rollingupdatedaemonset-v1-apps">RollingUpdateDaemonSet in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableRollingUpdateDaemonSet.class)
public interface RollingUpdateDaemonSet {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code maxUnavailable}: {@link IntOrString}. */
  Optional<IntOrString> maxUnavailable();

  /** {@code maxSurge}: {@link IntOrString}. */
  Optional<IntOrString> maxSurge();

  // End of generated fields.

  /** Returns an empty builder of {@code RollingUpdateDaemonSet}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RollingUpdateDaemonSet}. */
  final class Builder extends ImmutableRollingUpdateDaemonSet.Builder {}
}
