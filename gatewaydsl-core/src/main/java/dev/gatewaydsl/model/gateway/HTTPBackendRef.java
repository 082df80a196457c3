package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
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

  /** {@code filters}: applied only to requests forwarded to this backend. */
  @Override
  List<HTTPRouteFilter> filters();

  /**
   * The Service {@code service}, port {@code port}: {@code {name: <service name>, port: port}}.
   * Default: group and kind unset (a core Service), no weight (1), and no {@code namespace}, so
   * the Service must be in the route's namespace. For a Service in another namespace add {@link
   * #inNamespaceOf(Service) inNamespaceOf(service)}; building a route whose namespace differs from
   * the Service's without it fails and says so.
   */
  static HTTPBackendRef to(Service service, int port) {
    return builder().name(service.metadata().name()).port(port)
        .serviceNamespace(CommonBackendRef.namespaceOf(service)).build();
  }

  /**
   * A copy with {@code namespace} set to the namespace of {@code service}: {@code namespace:
   * <service namespace>}, for a Service in another namespace than the route (which then needs a
   * ReferenceGrant there, see {@link ReferenceGrant#allowing}). A Service without namespace
   * leaves {@code namespace} unset.
   */
  default HTTPBackendRef inNamespaceOf(Service service) {
    return withNamespace(CommonBackendRef.namespaceOf(service));
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
    RouteChecks.backendRef(this, path, violations);
    RouteChecks.httpFilters(filters(), path.child("filters"), violations);
  }
}
