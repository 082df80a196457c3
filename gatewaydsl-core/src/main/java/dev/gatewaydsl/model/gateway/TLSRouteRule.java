package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.workload.Service;
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
public interface TLSRouteRule extends WithTLSRouteRule, L4RouteRule<TLSRouteRule> {

  /** A rule sending every connection to {@code service}, port {@code port}, with no name. */
  static TLSRouteRule to(Service service, int port) {
    return builder().addBackendRef(BackendRef.to(service, port)).build();
  }

  @Override
  default TLSRouteRule backendRef(BackendRef backendRef) {
    return builder().mergeFrom(this).addBackendRef(backendRef).build();
  }

  /** Returns an empty builder of {@code TLSRouteRule}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TLSRouteRule}. */
  final class Builder extends ImmutableTLSRouteRule.Builder {}
}
