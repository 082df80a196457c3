package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code WindowsSecurityContextOptions}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#windowssecuritycontextoptions-v1-core">WindowsSecurityContextOptions in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableWindowsSecurityContextOptions.class)
public interface WindowsSecurityContextOptions {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code gmsaCredentialSpecName}: string. */
  Optional<String> gmsaCredentialSpecName();

  /** {@code gmsaCredentialSpec}: string. */
  Optional<String> gmsaCredentialSpec();

  /** {@code runAsUserName}: string. */
  Optional<String> runAsUserName();

  /** {@code hostProcess}: boolean. */
  Optional<Boolean> hostProcess();

  // End of generated fields.

  /** Returns an empty builder of {@code WindowsSecurityContextOptions}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WindowsSecurityContextOptions}. */
  final class Builder extends ImmutableWindowsSecurityContextOptions.Builder {}
}
