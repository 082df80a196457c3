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
 * One entry of {@code TLSRoute.spec.rules}: the backends that TLS connections matching the route's
 * hostnames (by SNI) go to, split by weight.
 *
 * <pre>{@code
 * TLSRouteRule.to(service, 8443)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#tlsrouterule">TLSRouteRule</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableTLSRouteRule.class)
public interface TLSRouteRule extends WithTLSRouteRule, RouteRule, Validatable {

  /** {@code name}: optional, unique within the route. */
  Optional<String> name();

  /** {@code backendRefs}: 1 to 16 backends. */
  List<BackendRef> backendRefs();

  /**
   * A rule sending every connection to {@code service}, port {@code port}: {@code backendRefs:
   * [{name: <service name>, port: port}]}, as {@link BackendRef#to(Service, int)}. No name.
   */
  static TLSRouteRule to(Service service, int port) {
    return builder().addBackendRef(BackendRef.to(service, port)).build();
  }

  /** A copy with {@link BackendRef#to(Service, int) BackendRef.to(service, port)} added. */
  default TLSRouteRule backendRef(Service service, int port) {
    return backendRef(BackendRef.to(service, port));
  }

  /** A copy with {@code backendRef} added to {@code backendRefs}. */
  default TLSRouteRule backendRef(BackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /** Returns an empty builder of {@code TLSRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSRouteRule}. */
  final class Builder extends ImmutableTLSRouteRule.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    RouteChecks.rule(name(), backendRefs(), path, violations);
  }
}
