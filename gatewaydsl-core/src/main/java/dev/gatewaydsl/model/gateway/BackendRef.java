package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of the {@code backendRefs} of a TCPRoute, TLSRoute or UDPRoute rule: a backend, by
 * default a Service and one of its ports, and its share of the connections.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#backendref">BackendRef</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendRef.class)
public interface BackendRef extends WithBackendRef, CommonBackendRef, Validatable {

  /**
   * The Service {@code service}, port {@code port}: {@code {name: <service name>, port: port}}.
   * Default: group and kind left unset (a core Service), no namespace (the route's own), no weight
   * (1).
   */
  static BackendRef to(Service service, int port) {
    return builder().name(service.metadata().name()).port(port).build();
  }

  /** Returns an empty builder of {@code BackendRef}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendRef}. */
  final class Builder extends ImmutableBackendRef.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    boolean isService = group().orElse("").isEmpty() && kind().orElse("Service").equals("Service");
    if (isService && port().isEmpty()) {
      violations.required(path.child("port"), "Must have port for Service reference");
    }
  }
}
