package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodDNSConfigOption}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#poddnsconfigoption-v1-core">PodDNSConfigOption in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodDNSConfigOption.class)
public interface PodDNSConfigOption {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code value}: string. */
  Optional<String> value();

  // End of generated fields.

  /** Returns an empty builder of {@code PodDNSConfigOption}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodDNSConfigOption}. */
  final class Builder extends ImmutablePodDNSConfigOption.Builder {}
}
