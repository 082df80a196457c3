package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SELinuxOptions}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#selinuxoptions-v1-core">SELinuxOptions in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSELinuxOptions.class)
public interface SELinuxOptions {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code user}: string. */
  Optional<String> user();

  /** {@code role}: string. */
  Optional<String> role();

  /** {@code type}: string. */
  Optional<String> type();

  /** {@code level}: string. */
  Optional<String> level();

  // End of generated fields.

  /** Returns an empty builder of {@code SELinuxOptions}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SELinuxOptions}. */
  final class Builder extends ImmutableSELinuxOptions.Builder {}
}
