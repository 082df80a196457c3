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

  /** {@code name}: an IANA service name (at most 15 characters), for Services to refer to. */
  Optional<String> name();

  /** {@code containerPort}: 1 to 65535. */
  int containerPort();

  /** {@code protocol}: {@code TCP}, {@code UDP} or {@code SCTP}; unset means TCP. */
  Optional<Protocol> protocol();

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
    Syntax.port(containerPort(), path.child("containerPort"), violations);
  }
}
