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
 * One entry of {@code GRPCRouteRule.backendRefs}: a backend, by default a Service and one of its
 * ports, its share of the traffic, and filters applied only to calls sent to it.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcbackendref">GRPCBackendRef</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCBackendRef.class)
public interface GRPCBackendRef extends WithGRPCBackendRef, CommonBackendRef, Validatable {

  /** {@code filters}: applied only to calls forwarded to this backend. */
  @Override
  List<GRPCRouteFilter> filters();

  /**
   * The Service {@code service}, port {@code port}: {@code {name: <service name>, port: port}}.
   * Default: group and kind unset (a core Service), no weight (1), and no {@code namespace}, so
   * the Service must be in the route's namespace; for another namespace add {@link
   * #inNamespaceOf(Service) inNamespaceOf(service)} (building the route without it fails).
   */
  static GRPCBackendRef to(Service service, int port) {
    return builder().name(service.metadata().name()).port(port)
        .serviceNamespace(CommonBackendRef.namespaceOf(service)).build();
  }

  /**
   * A copy with {@code namespace} set to the namespace of {@code service}, for a Service in
   * another namespace than the route (which then needs a ReferenceGrant there). A Service without
   * namespace leaves {@code namespace} unset.
   */
  default GRPCBackendRef inNamespaceOf(Service service) {
    return withNamespace(CommonBackendRef.namespaceOf(service));
  }

  /** A copy with {@code filter} added to {@code filters}. */
  default GRPCBackendRef filter(GRPCRouteFilter filter) {
    return builder().mergeFrom(this).addFilter(filter).build();
  }

  /** Returns an empty builder of {@code GRPCBackendRef}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCBackendRef}. */
  final class Builder extends ImmutableGRPCBackendRef.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.backendRef(this, path, violations);
    RouteChecks.grpcFilters(filters(), path.child("filters"), violations);
  }
}
