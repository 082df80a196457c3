package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code PodSecurityContext}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#podsecuritycontext-v1-core">PodSecurityContext in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodSecurityContext.class)
public interface PodSecurityContext {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

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

  /** {@code supplementalGroups}: a list of int64s. */
  List<Long> supplementalGroups();

  /** {@code supplementalGroupsPolicy}: string. */
  Optional<String> supplementalGroupsPolicy();

  /** {@code fsGroup}: int64. */
  Optional<Long> fsGroup();

  /** {@code sysctls}: a list of {@link Sysctl}. */
  List<Sysctl> sysctls();

  /** {@code fsGroupChangePolicy}: string. */
  Optional<String> fsGroupChangePolicy();

  /** {@code seccompProfile}: {@link SeccompProfile}. */
  Optional<SeccompProfile> seccompProfile();

  /** {@code appArmorProfile}: {@link AppArmorProfile}. */
  Optional<AppArmorProfile> appArmorProfile();

  /** {@code seLinuxChangePolicy}: string. */
  Optional<String> seLinuxChangePolicy();

  // End of generated fields.

  /** Returns an empty builder of {@code PodSecurityContext}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSecurityContext}. */
  final class Builder extends ImmutablePodSecurityContext.Builder {}
}
