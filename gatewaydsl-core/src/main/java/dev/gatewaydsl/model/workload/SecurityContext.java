package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code SecurityContext}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#securitycontext-v1-core">SecurityContext in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableSecurityContext.class)
public interface SecurityContext {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code capabilities}: {@link Capabilities}. */
  Optional<Capabilities> capabilities();

  /** {@code privileged}: boolean. */
  Optional<Boolean> privileged();

  /** {@code seLinuxOptions}: {@link SELinuxOptions}. */
  Optional<SELinuxOptions> seLinuxOptions();

  /** {@code windowsOptions}: {@link WindowsSecurityContextOptions}. */
  Optional<WindowsSecurityContextOptions> windowsOptions();

  /** {@code runAsUser}: int64. */
  Optional<Long> runAsUser();

  /** {@code runAsGroup}: int64. */
  Optional<Long> runAsGroup();

  /** {@code runAsNonRoot}: boolean. */
  Optional<Boolean> runAsNonRoot();

  /** {@code readOnlyRootFilesystem}: boolean. */
  Optional<Boolean> readOnlyRootFilesystem();

  /** {@code allowPrivilegeEscalation}: boolean. */
  Optional<Boolean> allowPrivilegeEscalation();

  /** {@code procMount}: string. */
  Optional<String> procMount();

  /** {@code seccompProfile}: {@link SeccompProfile}. */
  Optional<SeccompProfile> seccompProfile();

  /** {@code appArmorProfile}: {@link AppArmorProfile}. */
  Optional<AppArmorProfile> appArmorProfile();

  // End of generated fields.

  /** Returns an empty builder of {@code SecurityContext}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SecurityContext}. */
  final class Builder extends ImmutableSecurityContext.Builder {}
}
