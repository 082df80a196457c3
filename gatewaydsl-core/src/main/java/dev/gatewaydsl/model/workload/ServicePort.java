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

  // Generated from Kubernetes 1.36 by WorkloadModelGenerator: edit the generator, not these lines.

  /** {@code name}: string. */
  Optional<String> name();

  /** {@code protocol}: {@link Protocol}. */
  Optional<Protocol> protocol();

  /** {@code appProtocol}: string. */
  Optional<String> appProtocol();

  /** {@code port}: int32, required. */
  int port();

  /** {@code targetPort}: {@link IntOrString}. */
  Optional<IntOrString> targetPort();

  /** {@code nodePort}: int32. */
  Optional<Integer> nodePort();

  // End of generated fields.

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
    // 0 asks the cluster to pick one
    nodePort().filter(p -> p != 0)
        .ifPresent(p -> Syntax.port(p, path.child("nodePort"), violations));
  }
}
