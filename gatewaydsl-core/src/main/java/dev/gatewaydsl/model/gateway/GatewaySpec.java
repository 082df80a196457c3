package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/** {@code Gateway.spec}: the class of the Gateway and its listeners. */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGatewaySpec.class)
public interface GatewaySpec extends WithGatewaySpec, Validatable {

  /** The most listeners a Gateway may have. */
  int MAX_LISTENERS = 64;

  /** {@code gatewayClassName}: the GatewayClass, e.g. {@code istio}. */
  String gatewayClassName();

  /** {@code listeners}: 1 to 64, names unique. */
  List<Listener> listeners();

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GatewaySpec}. */
  final class Builder extends ImmutableGatewaySpec.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    FieldPath className = path.child("gatewayClassName");
    if (gatewayClassName().isEmpty()) {
      violations.required(className, "");
    } else if (gatewayClassName().length() > 253) {
      violations.tooLong(className, 253);
    }
    FieldPath at = path.child("listeners");
    if (listeners().isEmpty()) {
      violations.required(at, "a Gateway needs at least one listener");
    } else if (listeners().size() > MAX_LISTENERS) {
      violations.tooMany(at, listeners().size(), MAX_LISTENERS);
    }
    Set<String> names = new HashSet<>();
    Set<List<Object>> endpoints = new HashSet<>();
    for (int i = 0; i < listeners().size(); i++) {
      Listener listener = listeners().get(i);
      listener.validate(at.index(i), violations);
      if (!names.add(listener.name())) {
        violations.duplicate(at.index(i).child("name"), listener.name());
      }
      // an absent hostname differs from every hostname, "null" included (the CEL rule uses has())
      List<Object> endpoint = List.of(listener.port(), listener.protocol(), listener.hostname());
      if (!endpoints.add(endpoint)) {
        violations.duplicate(at.index(i), listener.port() + "/" + listener.protocol()
            + listener.hostname().map(h -> "/" + h).orElse(""));
      }
    }
  }
}
