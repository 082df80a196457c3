package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sLeanStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code core/v1} {@code VolumeMount}, with every field of Kubernetes 1.36.
 *
 * @see <a href="https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.36/#volumemount-v1-core">VolumeMount in the Kubernetes API reference</a>
 */
@Value.Immutable
@K8sLeanStyle
@JsonDeserialize(as = ImmutableVolumeMount.class)
public interface VolumeMount {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string, required. */
  String name();

  /** {@code readOnly}: boolean. */
  Optional<Boolean> readOnly();

  /** {@code recursiveReadOnly}: string. */
  Optional<String> recursiveReadOnly();

  /** {@code mountPath}: string, required. */
  String mountPath();

  /** {@code subPath}: string. */
  Optional<String> subPath();

  /** {@code mountPropagation}: string. */
  Optional<String> mountPropagation();

  /** {@code subPathExpr}: string. */
  Optional<String> subPathExpr();

  // End of generated fields.

  /**
   * The volume {@code name} mounted at {@code mountPath}, every other field left unset. {@code
   * VolumeMount.of("config", "/etc/app")} gives, as an entry of a container's {@code
   * volumeMounts}:
   *
   * <pre>
   * volumeMounts:
   * - name: config
   *   mountPath: /etc/app
   * </pre>
   */
  static VolumeMount of(String name, String mountPath) {
    return builder().name(name).mountPath(mountPath).build();
  }

  /** Returns an empty builder of {@code VolumeMount}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link VolumeMount}. */
  final class Builder extends ImmutableVolumeMount.Builder {}
}
