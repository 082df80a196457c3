package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code AppArmorProfile}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#apparmorprofile-v1-core">AppArmorProfile in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableAppArmorProfile.class)
public interface AppArmorProfile {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code type}: string, required. */
  String type();

  /** {@code localhostProfile}: string. */
  Optional<String> localhostProfile();

  // End of generated fields.

  /** Returns an empty builder of {@code AppArmorProfile}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AppArmorProfile}. */
  final class Builder extends ImmutableAppArmorProfile.Builder {}
}
