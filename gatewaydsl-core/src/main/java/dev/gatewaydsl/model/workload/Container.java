package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code PodSpec.containers}: an image to run and the ports it listens on.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container">Container</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableContainer.class)
public interface Container extends Validatable {

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

  // End of generated fields.

  /** A container named {@code name} running {@code image}, with nothing else set. */
  static Container of(String name, String image) {
    return builder().name(name).image(image).build();
  }

  /** A copy with {@code containerPort: port} (protocol left to its default, TCP) added. */
  default Container withPort(int port) {
    return withPort(ContainerPort.of(port));
  }

  /** A copy with {@code port} added to {@code ports}. */
  default Container withPort(ContainerPort port) {
    return builder().mergeFrom(this).addPort(port).build();
  }

  /** A copy with {@code livenessProbe: probe}. */
  default Container withLivenessProbe(Probe probe) {
    return builder().mergeFrom(this).livenessProbe(probe).build();
  }

  /** A copy with {@code readinessProbe: probe}. */
  default Container withReadinessProbe(Probe probe) {
    return builder().mergeFrom(this).readinessProbe(probe).build();
  }

  /** A copy with {@code startupProbe: probe}. */
  default Container withStartupProbe(Probe probe) {
    return builder().mergeFrom(this).startupProbe(probe).build();
  }

  /** A copy with the environment variable {@code name=value} added. */
  default Container withEnv(String name, String value) {
    return builder().mergeFrom(this).addEnv(EnvVar.of(name, value)).build();
  }

  /**
   * A copy with {@code env} added to {@code env}, such as a variable from a Secret's key: {@code
   * withEnv(EnvVar.fromSecretKey("DB_PASSWORD", "db", "password"))} gives:
   *
   * <pre>
   * env:
   * - name: DB_PASSWORD
   *   valueFrom:
   *     secretKeyRef:
   *       name: db
   *       key: password
   * </pre>
   */
  default Container withEnv(EnvVar env) {
    return builder().mergeFrom(this).addEnv(env).build();
  }

  /**
   * A copy with {@code resources.requests} {@code cpu} and {@code memory} set (replacing earlier
   * values of those two; limits and other requests are kept). {@code
   * withRequests("500m", "256Mi")} gives:
   *
   * <pre>
   * resources:
   *   requests:
   *     cpu: 500m
   *     memory: 256Mi
   * </pre>
   *
   * @throws IllegalArgumentException if either is not a {@link Quantity}
   */
  default Container withRequests(String cpu, String memory) {
    ResourceRequirements.Builder resources = ResourceRequirements.builder();
    resources().ifPresent(resources::mergeFrom);
    return builder().mergeFrom(this).resources(resources.putRequest("cpu", Quantity.of(cpu))
        .putRequest("memory", Quantity.of(memory)).build()).build();
  }

  /**
   * A copy with {@code resources.limits} {@code cpu} and {@code memory} set (replacing earlier
   * values of those two; requests and other limits are kept). {@code withLimits("1", "512Mi")}
   * gives:
   *
   * <pre>
   * resources:
   *   limits:
   *     cpu: "1"
   *     memory: 512Mi
   * </pre>
   *
   * @throws IllegalArgumentException if either is not a {@link Quantity}
   */
  default Container withLimits(String cpu, String memory) {
    ResourceRequirements.Builder resources = ResourceRequirements.builder();
    resources().ifPresent(resources::mergeFrom);
    return builder().mergeFrom(this).resources(resources.putLimit("cpu", Quantity.of(cpu))
        .putLimit("memory", Quantity.of(memory)).build()).build();
  }

  /**
   * A copy with {@code mount} added to {@code volumeMounts}. {@code
   * withVolumeMount(VolumeMount.of("config", "/etc/app"))} gives:
   *
   * <pre>
   * volumeMounts:
   * - name: config
   *   mountPath: /etc/app
   * </pre>
   */
  default Container withVolumeMount(VolumeMount mount) {
    return builder().mergeFrom(this).addVolumeMount(mount).build();
  }

  /** Returns an empty builder of {@code Container}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Container}. */
  final class Builder extends ImmutableContainer.Builder {}

  /**
   * Checks the container as one of a pod's {@code containers}: its name, image, ports,
   * environment, resource names and probes. The pod checks its volume mounts.
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    PodTemplates.common(this, path, violations);
    PodTemplates.probes(this, path, violations);
  }
}
