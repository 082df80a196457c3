package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** {@code PodSpec}: the containers of a pod. */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutablePodSpec.class)
public interface PodSpec extends Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code volumes}: a list of {@link Volume}. */
  List<Volume> volumes();

  /** {@code initContainers}: a list of {@link Container}. */
  List<Container> initContainers();

  /** {@code containers}: a list of {@link Container}, required. */
  List<Container> containers();

  /** {@code ephemeralContainers}: a list of {@link EphemeralContainer}. */
  List<EphemeralContainer> ephemeralContainers();

  /** {@code restartPolicy}: string. */
  Optional<String> restartPolicy();

  /** {@code terminationGracePeriodSeconds}: int64. */
  Optional<Long> terminationGracePeriodSeconds();

  /** {@code activeDeadlineSeconds}: int64. */
  Optional<Long> activeDeadlineSeconds();

  /** {@code dnsPolicy}: string. */
  Optional<String> dnsPolicy();

  /** {@code nodeSelector}: a map from string to string. */
  Map<String, String> nodeSelector();

  /** {@code serviceAccountName}: string. */
  Optional<String> serviceAccountName();

  /** {@code serviceAccount}: string. */
  Optional<String> serviceAccount();

  /** {@code automountServiceAccountToken}: boolean. */
  Optional<Boolean> automountServiceAccountToken();

  /** {@code nodeName}: string. */
  Optional<String> nodeName();

  /** {@code hostNetwork}: boolean. */
  Optional<Boolean> hostNetwork();

  /** {@code hostPID}: boolean. */
  Optional<Boolean> hostPID();

  /** {@code hostIPC}: boolean. */
  Optional<Boolean> hostIPC();

  /** {@code shareProcessNamespace}: boolean. */
  Optional<Boolean> shareProcessNamespace();

  /** {@code securityContext}: {@link PodSecurityContext}. */
  Optional<PodSecurityContext> securityContext();

  /** {@code imagePullSecrets}: a list of {@link LocalObjectReference}. */
  List<LocalObjectReference> imagePullSecrets();

  /** {@code hostname}: string. */
  Optional<String> hostname();

  /** {@code subdomain}: string. */
  Optional<String> subdomain();

  /** {@code affinity}: {@link Affinity}. */
  Optional<Affinity> affinity();

  /** {@code schedulerName}: string. */
  Optional<String> schedulerName();

  /** {@code tolerations}: a list of {@link Toleration}. */
  List<Toleration> tolerations();

  /** {@code hostAliases}: a list of {@link HostAlias}. */
  List<HostAlias> hostAliases();

  /** {@code priorityClassName}: string. */
  Optional<String> priorityClassName();

  /** {@code priority}: int32. */
  Optional<Integer> priority();

  /** {@code dnsConfig}: {@link PodDNSConfig}. */
  Optional<PodDNSConfig> dnsConfig();

  /** {@code readinessGates}: a list of {@link PodReadinessGate}. */
  List<PodReadinessGate> readinessGates();

  /** {@code runtimeClassName}: string. */
  Optional<String> runtimeClassName();

  /** {@code enableServiceLinks}: boolean. */
  Optional<Boolean> enableServiceLinks();

  /** {@code preemptionPolicy}: string. */
  Optional<String> preemptionPolicy();

  /** {@code overhead}: a map from string to {@link Quantity}. */
  Map<String, Quantity> overhead();

  /** {@code topologySpreadConstraints}: a list of {@link TopologySpreadConstraint}. */
  List<TopologySpreadConstraint> topologySpreadConstraints();

  /** {@code setHostnameAsFQDN}: boolean. */
  Optional<Boolean> setHostnameAsFQDN();

  /** {@code os}: {@link PodOS}. */
  Optional<PodOS> os();

  /** {@code hostUsers}: boolean. */
  Optional<Boolean> hostUsers();

  /** {@code schedulingGates}: a list of {@link PodSchedulingGate}. */
  List<PodSchedulingGate> schedulingGates();

  /** {@code resourceClaims}: a list of {@link PodResourceClaim}. */
  List<PodResourceClaim> resourceClaims();

  /** {@code resources}: {@link ResourceRequirements}. */
  Optional<ResourceRequirements> resources();

  /** {@code hostnameOverride}: string. */
  Optional<String> hostnameOverride();

  /** {@code schedulingGroup}: {@link PodSchedulingGroup}. */
  Optional<PodSchedulingGroup> schedulingGroup();

  // End of generated fields.

  /**
   * A copy that meets what the Pod Security Standard {@code restricted} asks of security contexts:
   * the pod runs as non-root with the runtime's default seccomp profile (a {@code Localhost}
   * profile already set is kept), and every container and init container may not escalate
   * privileges, drops all capabilities, runs as non-root and is not privileged. Other fields of the
   * contexts are kept; capabilities added stay added. For a pod with one container {@code app}:
   *
   * <pre>
   * containers:
   * - name: app
   *   image: example/app:1.0
   *   securityContext:
   *     capabilities:
   *       drop:
   *       - ALL
   *     runAsNonRoot: true
   *     allowPrivilegeEscalation: false
   * securityContext:
   *   runAsNonRoot: true
   *   seccompProfile:
   *     type: RuntimeDefault
   * </pre>
   *
   * <p>What the profile forbids elsewhere is left as written, for the checks to report: host
   * namespaces and ports, {@code hostPath} and other volume types than {@code configMap}, {@code
   * csi}, {@code downwardAPI}, {@code emptyDir}, {@code ephemeral}, {@code persistentVolumeClaim},
   * {@code projected} and {@code secret}, {@code runAsUser: 0}, and capabilities added other than
   * {@code NET_BIND_SERVICE}.
   *
   * @see <a href="https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted">Pod
   *     Security Standards: Restricted</a>
   */
  default PodSpec withRestrictedSecurity() {
    return RestrictedSecurity.apply(this);
  }

  /** Returns an empty builder of {@code PodSpec}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PodSpec}. */
  final class Builder extends ImmutablePodSpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    PodTemplates.pod(this, Set.of(), path, violations);
  }
}
