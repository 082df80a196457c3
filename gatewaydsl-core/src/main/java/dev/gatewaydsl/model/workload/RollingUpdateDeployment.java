package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code apps/v1} {@code RollingUpdateDeployment}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#rollingupdatedeployment-v1-apps">RollingUpdateDeployment in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableRollingUpdateDeployment.class)
public interface RollingUpdateDeployment {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code maxUnavailable}: {@link IntOrString}. */
  Optional<IntOrString> maxUnavailable();

  /** {@code maxSurge}: {@link IntOrString}. */
  Optional<IntOrString> maxSurge();

  // End of generated fields.

  /** Returns an empty builder of {@code RollingUpdateDeployment}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RollingUpdateDeployment}. */
  final class Builder extends ImmutableRollingUpdateDeployment.Builder {}
}
