package dev.gatewaydsl.model.gateway;

import java.util.Optional;

/**
 * What the filters of HTTPRoute and GRPCRoute share: the type, the header modifiers and the
 * request mirror, with HTTPRoute's configuration types. Code that works on the filters of any
 * route kind (the backend namespace check, for one) reads them through this type.
 *
 * @param <T> the kind's filter type enum
 */
public interface RouteFilter<T extends Enum<T>> {

  /** {@code type}: which of the fields below is set. */
  T type();

  /** {@code requestHeaderModifier}: for type {@code RequestHeaderModifier}. */
  Optional<HTTPHeaderFilter> requestHeaderModifier();

  /** {@code responseHeaderModifier}: for type {@code ResponseHeaderModifier}. */
  Optional<HTTPHeaderFilter> responseHeaderModifier();

  /** {@code requestMirror}: for type {@code RequestMirror}. */
  Optional<HTTPRequestMirrorFilter> requestMirror();

  /**
   * {@code externalAuth}: for type {@code ExternalAuth} (experimental channel). Default: none, for
   * the kinds whose filters do not have it.
   */
  default Optional<HTTPExternalAuthFilter> externalAuth() {
    return Optional.empty();
  }
}
