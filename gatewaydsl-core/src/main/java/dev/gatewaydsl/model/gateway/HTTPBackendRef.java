package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code HTTPRouteRule.backendRefs}: a backend, by default a Service and one of its
 * ports, its share of the traffic, and filters applied only to requests sent to it.
 *
 * <pre>{@code
 * HTTPBackendRef.to(stable, 8080).withWeight(90)
 * HTTPBackendRef.to(payments, 8080).inNamespaceOf(payments)   // Service in another namespace
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpbackendref">HTTPBackendRef</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPBackendRef.class)
public interface HTTPBackendRef extends WithHTTPBackendRef, CommonBackendRef, Validatable {

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

  /** {@code weight}: the share of traffic, 0 to 1,000,000; unset means 1. */
  Optional<Integer> weight();

  /** {@code filters}: applied only to requests forwarded to this backend. */
  List<HTTPRouteFilter> filters();

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
   * Default: group and kind unset (a core Service), no weight (1), and no {@code namespace}, so
   * the Service must be in the route's namespace. For a Service in another namespace add {@link
   * #inNamespaceOf(Service) inNamespaceOf(service)}; building a route whose namespace differs from
   * the Service's without it fails and says so.
   */
  static HTTPBackendRef to(Service service, int port) {
    Builder ref = builder().name(service.metadata().name()).port(port);
    if (!service.metadata().namespace().isEmpty()) {
      ref.serviceNamespace(service.metadata().namespace());
    }
    return ref.build();
  }

  /**
   * A copy with {@code namespace} set to the namespace of {@code service}: {@code namespace:
   * <service namespace>}, for a Service in another namespace than the route (which then needs a
   * ReferenceGrant there, see {@link ReferenceGrant#allowing}). A Service without namespace
   * leaves {@code namespace} unset.
   */
  default HTTPBackendRef inNamespaceOf(Service service) {
    String namespace = service.metadata().namespace();
    return withNamespace(namespace.isEmpty() ? Optional.empty() : Optional.of(namespace));
  }

  /** A copy with {@code filter} added to {@code filters}. */
  default HTTPBackendRef filter(HTTPRouteFilter filter) {
    return builder().mergeFrom(this).addFilter(filter).build();
  }

  /** Returns an empty builder of {@code HTTPBackendRef}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPBackendRef}. */
  final class Builder extends ImmutableHTTPBackendRef.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.backendReference(group(), kind(), name(), namespace(), port(), path,
        violations);
    RouteChecks.httpFilters(filters(), path.child("filters"), violations);
  }
}
