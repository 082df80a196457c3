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
 * One entry of {@code GRPCRouteRule.filters} or {@code GRPCBackendRef.filters}: a processing step
 * of the kind {@code type} names, configured by the one field of that kind. The configurations
 * are HTTPRoute's.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutefilter">GRPCRouteFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableGRPCRouteFilter.class)
public interface GRPCRouteFilter extends WithGRPCRouteFilter, RouteFilter<GRPCRouteFilterType>, Validatable {

  /** {@code extensionRef}: for type {@code ExtensionRef}, an implementation's own filter. */
  Optional<LocalObjectReference> extensionRef();

  /** {@code {type: RequestHeaderModifier, requestHeaderModifier: headers}}. */
  static GRPCRouteFilter requestHeaderModifier(HTTPHeaderFilter headers) {
    return builder().type(GRPCRouteFilterType.REQUEST_HEADER_MODIFIER)
        .requestHeaderModifier(headers).build();
  }

  /** {@code {type: ResponseHeaderModifier, responseHeaderModifier: headers}}. */
  static GRPCRouteFilter responseHeaderModifier(HTTPHeaderFilter headers) {
    return builder().type(GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER)
        .responseHeaderModifier(headers).build();
  }

  /** {@code {type: RequestMirror, requestMirror: mirror}}. */
  static GRPCRouteFilter requestMirror(HTTPRequestMirrorFilter mirror) {
    return builder().type(GRPCRouteFilterType.REQUEST_MIRROR).requestMirror(mirror).build();
  }

  /**
   * Mirrors every call to the Service {@code service}, port {@code port}: {@code {type:
   * RequestMirror, requestMirror: {backendRef: {name: <service name>, port: port}}}}. See {@link
   * HTTPRequestMirrorFilter#to(Service, int)} for the defaults.
   */
  static GRPCRouteFilter requestMirror(Service service, int port) {
    return requestMirror(HTTPRequestMirrorFilter.to(service, port));
  }

  /** {@code {type: ExtensionRef, extensionRef: extension}}. */
  static GRPCRouteFilter extensionRef(LocalObjectReference extension) {
    return builder().type(GRPCRouteFilterType.EXTENSION_REF).extensionRef(extension).build();
  }

  /** Returns an empty builder of {@code GRPCRouteFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GRPCRouteFilter}. */
  final class Builder extends ImmutableGRPCRouteFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    GRPCRouteFilterType t = type();
    RouteChecks.sharedUnionMembers(this, GRPCRouteFilterType.REQUEST_HEADER_MODIFIER,
        GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER, GRPCRouteFilterType.REQUEST_MIRROR, path, violations);
    RouteChecks.unionMember(t, GRPCRouteFilterType.EXTENSION_REF, extensionRef(), "extensionRef",
        path, violations);
    RouteChecks.sharedMembers(this, path, violations);
  }
}
