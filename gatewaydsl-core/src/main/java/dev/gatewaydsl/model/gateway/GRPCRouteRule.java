package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code GRPCRoute.spec.rules}: calls that match any of {@code matches} pass {@code
 * filters} and go to {@code backendRefs}.
 *
 * <pre>{@code
 * GRPCRouteRule.method("com.example.User", "Login").backendRef(userService, 50051)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcrouterule">GRPCRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRouteRule.class)
public interface GRPCRouteRule extends WithGRPCRouteRule, RouteRule, Validatable {

  /** {@code name}: optional, unique within the route. */
  Optional<String> name();

  /** {@code matches}: any one must match; unset means every call. */
  List<GRPCRouteMatch> matches();

  /** {@code filters}: applied to matching calls. */
  List<GRPCRouteFilter> filters();

  /** {@code backendRefs}: where matching calls go, split by weight. */
  List<GRPCBackendRef> backendRefs();

  /** {@code sessionPersistence} (experimental channel): unset means none. */
  Optional<SessionPersistence> sessionPersistence();

  /**
   * A rule matching calls of {@code method} of the gRPC service {@code service}: {@code {matches:
   * [{method: {service: service, method: method}}]}}; no backend yet.
   */
  static GRPCRouteRule method(String service, String method) {
    return match(GRPCRouteMatch.method(service, method));
  }

  /**
   * A rule matching calls of every method of the gRPC service {@code service}: {@code {matches:
   * [{method: {service: service}}]}}; no backend yet.
   */
  static GRPCRouteRule service(String service) {
    return match(GRPCRouteMatch.service(service));
  }

  /** A rule with the one match {@code match}, no backend yet. */
  static GRPCRouteRule match(GRPCRouteMatch match) {
    return builder().addMatch(match).build();
  }

  /** A copy with {@link GRPCBackendRef#to(Service, int) GRPCBackendRef.to(service, port)} added. */
  default GRPCRouteRule backendRef(Service service, int port) {
    return backendRef(GRPCBackendRef.to(service, port));
  }

  /** A copy with {@code backendRef} added to {@code backendRefs}. */
  default GRPCRouteRule backendRef(GRPCBackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /** A copy with {@code first} and {@code more} added to {@code backendRefs}, e.g. a split. */
  default GRPCRouteRule backendRefs(GRPCBackendRef first, GRPCBackendRef... more) {
    return builder().mergeFrom(this).addBackendRef(first).addBackendRefs(more).build();
  }

  /** A copy with {@code filter} added to {@code filters}. */
  default GRPCRouteRule filter(GRPCRouteFilter filter) {
    return builder().mergeFrom(this).addFilter(filter).build();
  }

  /** Returns an empty builder of {@code GRPCRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRouteRule}. */
  final class Builder extends ImmutableGRPCRouteRule.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.each(matches(), path.child("matches"), violations);
    RouteChecks.grpcFilters(filters(), path.child("filters"), violations);
    RouteChecks.each(backendRefs(), path.child("backendRefs"), violations);
    sessionPersistence().ifPresent(s -> s.validate(path.child("sessionPersistence"), violations));
  }
}
