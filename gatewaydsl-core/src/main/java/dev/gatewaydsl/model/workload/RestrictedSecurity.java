package dev.gatewaydsl.model.workload;

import java.util.List;

/**
 * The one place that knows what the Pod Security Standard {@code restricted} requires of the
 * security contexts of a pod, as of Kubernetes 1.36: {@link PodSpec#withRestrictedSecurity()} and
 * the workload builders' {@code restricted()} both apply it from here.
 *
 * @see <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted">Pod
 *     Security Standards: Restricted</a>
 */
final class RestrictedSecurity {
  /** The only seccomp profile types the profile allows besides {@code RuntimeDefault}. */
  private static final String LOCALHOST = "Localhost";

  private RestrictedSecurity() {}

  /** {@code spec} with the pod's and every container's and init container's context set. */
  static PodSpec apply(PodSpec spec) {
    PodSecurityContext.Builder pod = PodSecurityContext.builder();
    spec.securityContext().ifPresent(pod::mergeFrom);
    pod.runAsNonRoot(true);
    boolean localhost = spec.securityContext().flatMap(PodSecurityContext::seccompProfile)
        .filter(p -> LOCALHOST.equals(p.type())).isPresent();
    if (!localhost) {
      pod.seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build());
    }
    return PodSpec.builder().mergeFrom(spec).securityContext(pod.build())
        .initContainers(restrict(spec.initContainers()))
        .containers(restrict(spec.containers())).build();
  }

  /** Applies the preset to the pod spec being built by {@code template}. */
  static void apply(PodTemplateSpec.Builder template) {
    template.spec(apply(template.specBuilder().build()));
  }

  private static List<Container> restrict(List<Container> containers) {
    return containers.stream().map(RestrictedSecurity::restrict).toList();
  }

  private static Container restrict(Container container) {
    SecurityContext.Builder context = SecurityContext.builder();
    container.securityContext().ifPresent(context::mergeFrom);
    Capabilities.Builder capabilities = Capabilities.builder();
    container.securityContext().flatMap(SecurityContext::capabilities)
        .ifPresent(capabilities::mergeFrom);
    context.allowPrivilegeEscalation(false)
        .runAsNonRoot(true)
        .capabilities(capabilities.drop(List.of("ALL")).build());
    if (container.securityContext().flatMap(SecurityContext::privileged).orElse(false)) {
      context.privileged(false);
    }
    return Container.builder().mergeFrom(container).securityContext(context.build()).build();
  }
}
