package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/** One entry of {@code Service.spec.ports}. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableServicePort.class)
public interface ServicePort extends WithServicePort, Validatable {

  /** {@code name}: required when the Service has several ports. */
  Optional<String> name();

  /** {@code protocol}: unset means TCP. */
  Optional<Protocol> protocol();

  /**
   * {@code appProtocol}: the application protocol, e.g. {@code http}; a label-key-like name. The
   * Azure cloud provider uses it as the health probe protocol.
   */
  Optional<String> appProtocol();

  /** {@code port}: the port the Service listens on, 1 to 65535. */
  int port();

  /** {@code targetPort}: the pods' port, by number or name; unset means the same as {@code port}. */
  Optional<IntOrString> targetPort();

  /** {@code port: port}, nothing else set. */
  static ServicePort of(int port) {
    return builder().port(port).build();
  }

  /** Returns an empty builder of {@code ServicePort}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ServicePort}. */
  final class Builder extends ImmutableServicePort.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    name().ifPresent(n -> Syntax.dns1123Label(n, path.child("name"), violations));
    appProtocol().ifPresent(a -> Syntax.qualifiedName(a, path.child("appProtocol"), violations));
    Syntax.port(port(), path.child("port"), violations);
    targetPort().ifPresent(target -> {
      if (target.isInt()) {
        Syntax.port(target.intValue(), path.child("targetPort"), violations);
      } else {
        Syntax.portName(target.stringValue(), path.child("targetPort"), violations);
      }
    });
  }
}
