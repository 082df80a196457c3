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
 * The configuration of an {@code ExternalAuth} filter (experimental channel): the authorization
 * service every request is checked with, and the protocol it speaks, {@code GRPC} (Envoy {@code
 * ext_authz}) with {@code grpc} settings or {@code HTTP} with {@code http} settings.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httpexternalauthfilter">HTTPExternalAuthFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPExternalAuthFilter.class)
public interface HTTPExternalAuthFilter extends WithHTTPExternalAuthFilter, Validatable {

  /** {@code protocol}. */
  HTTPRouteExternalAuthProtocol protocol();

  /** {@code backendRef}: the authorization service. */
  BackendObjectReference backendRef();

  /** {@code grpc}: set exactly when the protocol is {@code GRPC}. */
  Optional<GRPCAuthConfig> grpc();

  /** {@code http}: set exactly when the protocol is {@code HTTP}. */
  Optional<HTTPAuthConfig> http();

  /** {@code forwardBody}: unset means the body is not sent. */
  Optional<ForwardBodyConfig> forwardBody();

  /**
   * An {@code ext_authz} gRPC service: {@code {protocol: GRPC, backendRef: {name: <service name>,
   * port: port}, grpc: {}}}. Default: all request headers sent, no body, the route's namespace
   * (see {@link BackendObjectReference#to(Service, int)}).
   */
  static HTTPExternalAuthFilter grpc(Service service, int port) {
    return builder().protocol(HTTPRouteExternalAuthProtocol.GRPC)
        .backendRef(BackendObjectReference.to(service, port)).grpc(GRPCAuthConfig.empty())
        .build();
  }

  /**
   * An HTTP authorization service: {@code {protocol: HTTP, backendRef: {name: <service name>,
   * port: port}, http: {}}}. Default: no path prefix, the headers always sent only, no body, the
   * route's namespace (see {@link BackendObjectReference#to(Service, int)}).
   */
  static HTTPExternalAuthFilter http(Service service, int port) {
    return builder().protocol(HTTPRouteExternalAuthProtocol.HTTP)
        .backendRef(BackendObjectReference.to(service, port)).http(HTTPAuthConfig.empty())
        .build();
  }

  /**
   * A copy whose {@code backendRef} names the namespace of {@code service}, for a Service in
   * another namespace than the route; see {@link BackendObjectReference#inNamespaceOf(Service)}.
   */
  default HTTPExternalAuthFilter inNamespaceOf(Service service) {
    return withBackendRef(backendRef().inNamespaceOf(service));
  }

  /** Returns an empty builder of {@code HTTPExternalAuthFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPExternalAuthFilter}. */
  final class Builder extends ImmutableHTTPExternalAuthFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    backendRef().validate(path.child("backendRef"), violations);
    grpc().ifPresent(g -> g.validate(path.child("grpc"), violations));
    http().ifPresent(h -> h.validate(path.child("http"), violations));
    boolean isGrpc = protocol() == HTTPRouteExternalAuthProtocol.GRPC;
    boolean isHttp = protocol() == HTTPRouteExternalAuthProtocol.HTTP;
    if (isGrpc && grpc().isEmpty()) {
      violations.invalid(path, "object", "grpc must be specified when protocol is set to 'GRPC'");
    }
    if (grpc().isPresent() && !isGrpc) {
      violations.invalid(path, "object", "protocol must be 'GRPC' when grpc is set");
    }
    if (isHttp && http().isEmpty()) {
      violations.invalid(path, "object", "http must be specified when protocol is set to 'HTTP'");
    }
    if (http().isPresent() && !isHttp) {
      violations.invalid(path, "object", "protocol must be 'HTTP' when http is set");
    }
  }
}
