package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code Container.ports}. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableContainerPort.class)
public interface ContainerPort extends WithContainerPort, Validatable {

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code hostPort}: int32. */
  Optional<Integer> hostPort();

  /** {@code containerPort}: int32, required. */
  int containerPort();

  /** {@code protocol}: {@link Protocol}. */
  Optional<Protocol> protocol();

  /** {@code hostIP}: string. */
  Optional<String> hostIP();

  // End of generated fields.

  /** {@code containerPort: port}, nothing else set. */
  static ContainerPort of(int port) {
    return builder().containerPort(port).build();
  }

  /** Returns an empty builder of {@code ContainerPort}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ContainerPort}. */
  final class Builder extends ImmutableContainerPort.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    name().ifPresent(n -> Syntax.portName(n, path.child("name"), violations));
    if (containerPort() == 0) {
      violations.required(path.child("containerPort"), "");
    } else {
      Syntax.port(containerPort(), path.child("containerPort"), violations);
    }
    // 0 is no host port
    hostPort().filter(p -> p != 0)
        .ifPresent(p -> Syntax.port(p, path.child("hostPort"), violations));
  }
}
