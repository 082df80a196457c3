package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Gateway API {@code BackendObjectReference}: a backend without a weight, by default a Service
 * and one of its ports, e.g. the {@code backendRef} of a request mirror or of an external
 * authorization filter.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#backendobjectreference">BackendObjectReference</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableBackendObjectReference.class)
public interface BackendObjectReference extends WithBackendObjectReference, Validatable {

  /** {@code group}: unset or empty means the core group (Services). */
  Optional<String> group();

  /** {@code kind}: unset means {@code Service}. */
  Optional<String> kind();

  /** {@code name} of the backend. */
  String name();

  /** {@code namespace}: unset means the route's; another one needs a ReferenceGrant there. */
  Optional<String> namespace();

  /** {@code port}: required for a Service. */
  Optional<Integer> port();

  /**
   * The namespace of the Service this reference was made from by {@link #to(Service, int)}, so
   * that the route can tell a cross-namespace reference that lacks {@code namespace}. Not written
   * to YAML and not part of equality.
   */
  @Value.Auxiliary
  @JsonIgnore
  Optional<String> serviceNamespace();

  /**
   * The Service {@code service}, port {@code port}: {@code {name: <service name>, port: port}}.
   * Default: group and kind unset (a core Service) and no {@code namespace}, so the Service must
   * be in the route's namespace; building a route in another namespace than the Service's
   * fails and names the fix, {@link #inNamespaceOf(Service)}.
   */
  static BackendObjectReference to(Service service, int port) {
    Builder ref = builder().name(service.metadata().name()).port(port);
    if (!service.metadata().namespace().isEmpty()) {
      ref.serviceNamespace(service.metadata().namespace());
    }
    return ref.build();
  }

  /**
   * A copy with {@code namespace} set to the namespace of {@code service}, for a Service in
   * another namespace than the route (which then needs a ReferenceGrant there, see {@link
   * ReferenceGrant#allowing}). A Service without namespace leaves {@code namespace} unset.
   */
  default BackendObjectReference inNamespaceOf(Service service) {
    String namespace = service.metadata().namespace();
    return withNamespace(namespace.isEmpty() ? Optional.empty() : Optional.of(namespace));
  }

  /** Returns an empty builder of {@code BackendObjectReference}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendObjectReference}. */
  final class Builder extends ImmutableBackendObjectReference.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.backendReference(group(), kind(), port(), path, violations);
  }
}
