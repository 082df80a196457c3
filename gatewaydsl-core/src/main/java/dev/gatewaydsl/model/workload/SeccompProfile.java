package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SeccompProfile}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#seccompprofile-v1-core">SeccompProfile in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSeccompProfile.class)
public interface SeccompProfile {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code localhostProfile}: string. */
  Optional<String> localhostProfile();

  // End of generated fields.

  /** Returns an empty builder of {@code SeccompProfile}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SeccompProfile}. */
  final class Builder extends ImmutableSeccompProfile.Builder {}
}
