package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code EphemeralContainer}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#ephemeralcontainer-v1-core">EphemeralContainer in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableEphemeralContainer.class)
public interface EphemeralContainer {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code image}: string. */
  Optional<String> image();

  /** {@code command}: a list of strings. */
  List<String> command();

  /** {@code args}: a list of strings. */
  List<String> args();

  /** {@code workingDir}: string. */
  Optional<String> workingDir();

  /** {@code ports}: a list of {@link ContainerPort}. */
  List<ContainerPort> ports();

  /** {@code envFrom}: a list of {@link EnvFromSource}. */
  List<EnvFromSource> envFrom();

  /** {@code env}: a list of {@link EnvVar}. */
  List<EnvVar> env();

  /** {@code resources}: {@link ResourceRequirements}. */
  Optional<ResourceRequirements> resources();

  /** {@code resizePolicy}: a list of {@link ContainerResizePolicy}. */
  List<ContainerResizePolicy> resizePolicy();

  /** {@code restartPolicy}: string. */
  Optional<String> restartPolicy();

  /** {@code restartPolicyRules}: a list of {@link ContainerRestartRule}. */
  List<ContainerRestartRule> restartPolicyRules();

  /** {@code volumeMounts}: a list of {@link VolumeMount}. */
  List<VolumeMount> volumeMounts();

  /** {@code volumeDevices}: a list of {@link VolumeDevice}. */
  List<VolumeDevice> volumeDevices();

  /** {@code livenessProbe}: {@link Probe}. */
  Optional<Probe> livenessProbe();

  /** {@code readinessProbe}: {@link Probe}. */
  Optional<Probe> readinessProbe();

  /** {@code startupProbe}: {@link Probe}. */
  Optional<Probe> startupProbe();

  /** {@code lifecycle}: {@link Lifecycle}. */
  Optional<Lifecycle> lifecycle();

  /** {@code terminationMessagePath}: string. */
  Optional<String> terminationMessagePath();

  /** {@code terminationMessagePolicy}: string. */
  Optional<String> terminationMessagePolicy();

  /** {@code imagePullPolicy}: string. */
  Optional<String> imagePullPolicy();

  /** {@code securityContext}: {@link SecurityContext}. */
  Optional<SecurityContext> securityContext();

  /** {@code stdin}: boolean. */
  Optional<Boolean> stdin();

  /** {@code stdinOnce}: boolean. */
  Optional<Boolean> stdinOnce();

  /** {@code tty}: boolean. */
  Optional<Boolean> tty();

  /** {@code targetContainerName}: string. */
  Optional<String> targetContainerName();

  // End of generated fields.

  /** Returns an empty builder of {@code EphemeralContainer}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EphemeralContainer}. */
  final class Builder extends ImmutableEphemeralContainer.Builder {}
}
