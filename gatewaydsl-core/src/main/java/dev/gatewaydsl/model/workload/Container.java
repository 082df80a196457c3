package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One entry of {@code PodSpec.containers}: an image to run and the ports it listens on.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container">Container</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableContainer.class)
public interface Container extends WithContainer, Validatable {

  /** {@code name}: a DNS-1123 label, unique in the pod. */
  String name();

  /** {@code image}, e.g. {@code gcr.io/google_containers/echoserver:1.10}. */
  String image();

  /** {@code command}: replaces the image's entrypoint. */
  List<String> command();

  /** {@code args}: arguments to the entrypoint. */
  List<String> args();

  /** {@code ports}: the ports the container listens on. */
  List<ContainerPort> ports();

  /** {@code env}: environment variables. */
  List<EnvVar> env();

  /** {@code readinessProbe}: when the container is ready to receive traffic. */
  Optional<Probe> readinessProbe();

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

  /** A copy with the environment variable {@code name=value} added. */
  default Container withEnv(String name, String value) {
    return builder().mergeFrom(this).addEnv(EnvVar.of(name, value)).build();
  }

  /** Returns an empty builder of {@code Container}. */
  static Builder builder() {
    return new Builder();
  }

  private static boolean isValidPortName(String name) {
    Violations problems = Violations.of("", "");
    Syntax.portName(name, FieldPath.root(), problems);
    return problems.isEmpty();
  }

  /** Builds {@link Container}. */
  final class Builder extends ImmutableContainer.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    Syntax.dns1123Label(name(), path.child("name"), violations);
    if (image().isBlank()) {
      violations.required(path.child("image"), "");
    }
    Set<String> portNames = new HashSet<>();
    for (int i = 0; i < ports().size(); i++) {
      ContainerPort port = ports().get(i);
      FieldPath at = path.child("ports").index(i);
      port.validate(at, violations);
      // as the API server: a valid name used twice in one container is a duplicate
      port.name().filter(n -> isValidPortName(n) && !portNames.add(n))
          .ifPresent(n -> violations.duplicate(at.child("name"), n));
    }
    for (int i = 0; i < env().size(); i++) {
      env().get(i).validate(path.child("env").index(i), violations);
    }
    readinessProbe().ifPresent(p -> p.validate(path.child("readinessProbe"), violations));
  }
}
