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
 * One entry of {@code HTTPRouteRule.filters} or {@code HTTPBackendRef.filters}: a processing step
 * of the kind {@code type} names, configured by the one field of that kind.
 *
 * <pre>{@code
 * HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty().set("X-Env", "prod"))
 * HTTPRouteFilter.requestRedirectToHttps()
 * HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.replacePrefixMatch("/"))
 * HTTPRouteFilter.requestMirror(shadow, 8080)
 * }</pre>
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#httproutefilter">HTTPRouteFilter</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableHTTPRouteFilter.class)
public interface HTTPRouteFilter extends WithHTTPRouteFilter, RouteFilter<HTTPRouteFilterType>, Validatable {

  /** {@code requestRedirect}: for type {@code RequestRedirect}. */
  Optional<HTTPRequestRedirectFilter> requestRedirect();

  /** {@code urlRewrite}: for type {@code URLRewrite}. */
  Optional<HTTPURLRewriteFilter> urlRewrite();

  /** {@code cors}: for type {@code CORS}. */
  Optional<HTTPCORSFilter> cors();

  /** {@code externalAuth}: for type {@code ExternalAuth} (experimental channel). */
  @Override
  Optional<HTTPExternalAuthFilter> externalAuth();

  /** {@code extensionRef}: for type {@code ExtensionRef}, an implementation's own filter. */
  Optional<LocalObjectReference> extensionRef();

  /** {@code {type: RequestHeaderModifier, requestHeaderModifier: headers}}. */
  static HTTPRouteFilter requestHeaderModifier(HTTPHeaderFilter headers) {
    return builder().type(HTTPRouteFilterType.REQUEST_HEADER_MODIFIER)
        .requestHeaderModifier(headers).build();
  }

  /** {@code {type: ResponseHeaderModifier, responseHeaderModifier: headers}}. */
  static HTTPRouteFilter responseHeaderModifier(HTTPHeaderFilter headers) {
    return builder().type(HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER)
        .responseHeaderModifier(headers).build();
  }

  /** {@code {type: RequestMirror, requestMirror: mirror}}. */
  static HTTPRouteFilter requestMirror(HTTPRequestMirrorFilter mirror) {
    return builder().type(HTTPRouteFilterType.REQUEST_MIRROR).requestMirror(mirror).build();
  }

  /**
   * Mirrors every request to the Service {@code service}, port {@code port}: {@code {type:
   * RequestMirror, requestMirror: {backendRef: {name: <service name>, port: port}}}}. See {@link
   * HTTPRequestMirrorFilter#to(Service, int)} for the defaults.
   */
  static HTTPRouteFilter requestMirror(Service service, int port) {
    return requestMirror(HTTPRequestMirrorFilter.to(service, port));
  }

  /** {@code {type: RequestRedirect, requestRedirect: redirect}}. */
  static HTTPRouteFilter requestRedirect(HTTPRequestRedirectFilter redirect) {
    return builder().type(HTTPRouteFilterType.REQUEST_REDIRECT).requestRedirect(redirect).build();
  }

  /**
   * The HTTP to HTTPS redirect: {@code {type: RequestRedirect, requestRedirect: {scheme: https,
   * statusCode: 301}}}. Default: the request's hostname and path, port 443.
   */
  static HTTPRouteFilter requestRedirectToHttps() {
    return requestRedirect(HTTPRequestRedirectFilter.toHttps());
  }

  /** {@code {type: URLRewrite, urlRewrite: rewrite}}. */
  static HTTPRouteFilter urlRewrite(HTTPURLRewriteFilter rewrite) {
    return builder().type(HTTPRouteFilterType.URL_REWRITE).urlRewrite(rewrite).build();
  }

  /** {@code {type: CORS, cors: cors}}. */
  static HTTPRouteFilter cors(HTTPCORSFilter cors) {
    return builder().type(HTTPRouteFilterType.CORS).cors(cors).build();
  }

  /**
   * {@code {type: ExternalAuth, externalAuth: auth}} (experimental channel), e.g. with {@link
   * HTTPExternalAuthFilter#grpc(Service, int)}.
   */
  static HTTPRouteFilter externalAuth(HTTPExternalAuthFilter auth) {
    return builder().type(HTTPRouteFilterType.EXTERNAL_AUTH).externalAuth(auth).build();
  }

  /** {@code {type: ExtensionRef, extensionRef: extension}}. */
  static HTTPRouteFilter extensionRef(LocalObjectReference extension) {
    return builder().type(HTTPRouteFilterType.EXTENSION_REF).extensionRef(extension).build();
  }

  /** Returns an empty builder of {@code HTTPRouteFilter}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HTTPRouteFilter}. */
  final class Builder extends ImmutableHTTPRouteFilter.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    HTTPRouteFilterType t = type();
    RouteChecks.unionMember(t, HTTPRouteFilterType.CORS, cors(), "cors", path, violations);
    RouteChecks.sharedUnionMembers(this, HTTPRouteFilterType.REQUEST_HEADER_MODIFIER,
        HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER, HTTPRouteFilterType.REQUEST_MIRROR, path, violations);
    RouteChecks.unionMember(t, HTTPRouteFilterType.REQUEST_REDIRECT, requestRedirect(),
        "requestRedirect", path, violations);
    RouteChecks.unionMember(t, HTTPRouteFilterType.URL_REWRITE, urlRewrite(), "urlRewrite", path,
        violations);
    RouteChecks.unionMember(t, HTTPRouteFilterType.EXTENSION_REF, extensionRef(), "extensionRef",
        path, violations);
    RouteChecks.unionMember(t, HTTPRouteFilterType.EXTERNAL_AUTH, externalAuth(), "externalAuth",
        path, violations);
    RouteChecks.sharedMembers(this, path, violations);
    requestRedirect().ifPresent(r -> r.validate(path.child("requestRedirect"), violations));
    urlRewrite().ifPresent(r -> r.validate(path.child("urlRewrite"), violations));
    cors().ifPresent(c -> c.validate(path.child("cors"), violations));
    externalAuth().ifPresent(a -> a.validate(path.child("externalAuth"), violations));
  }
}
