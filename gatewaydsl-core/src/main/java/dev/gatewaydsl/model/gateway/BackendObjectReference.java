package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
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

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BackendObjectReference}. */
  final class Builder extends ImmutableBackendObjectReference.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    validateReference(group(), kind(), name(), namespace(), port(), path, violations);
  }

  /**
   * The rules of the fields every backend reference shares ({@code BackendObjectReference}
   * inline in {@code HTTPBackendRef}, {@code GRPCBackendRef}, ...), and the CEL rule that a
   * Service reference has a port.
   */
  static void validateReference(Optional<String> group, Optional<String> kind, String name,
      Optional<String> namespace, Optional<Integer> port, FieldPath path,
      Violations violations) {
    group.ifPresent(g -> Syntax.group(g, path.child("group"), violations));
    kind.ifPresent(k -> Syntax.kind(k, path.child("kind"), violations));
    Syntax.objectName(name, path.child("name"), violations);
    namespace.ifPresent(n -> Syntax.dns1123Label(n, path.child("namespace"), violations));
    port.ifPresent(p -> Syntax.port(p, path.child("port"), violations));
    boolean isService = group.orElse("").isEmpty() && kind.orElse("Service").equals("Service");
    if (isService && port.isEmpty()) {
      violations.required(path.child("port"), "Must have port for Service reference");
    }
  }

  /**
   * Reports a reference made from a Service ({@code serviceNamespace}) that names no {@code
   * namespace} although the Service is in another namespace than the route ({@code
   * routeNamespace}). Nothing is reported when either namespace is unknown.
   */
  static void validateServiceNamespace(String routeNamespace, String name,
      Optional<String> namespace, Optional<String> serviceNamespace, FieldPath path,
      Violations violations) {
    if (namespace.isPresent() || routeNamespace.isEmpty()) {
      return;
    }
    serviceNamespace.filter(s -> !s.equals(routeNamespace)).ifPresent(s ->
        violations.required(path.child("namespace"), "Service \"" + name + "\" is in namespace \""
            + s + "\", not in the route's namespace \"" + routeNamespace + "\"; use "
            + "inNamespaceOf(service) to reference it there"));
  }
}
