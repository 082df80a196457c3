package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SessionAffinityConfig}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#sessionaffinityconfig-v1-core">SessionAffinityConfig in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSessionAffinityConfig.class)
public interface SessionAffinityConfig {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code clientIP}: {@link ClientIPConfig}. */
  Optional<ClientIPConfig> clientIP();

  // End of generated fields.

  /** Returns an empty builder of {@code SessionAffinityConfig}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionAffinityConfig}. */
  final class Builder extends ImmutableSessionAffinityConfig.Builder {}
}
