package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of {@code Gateway.spec.listeners}: a port, a protocol and optionally a hostname on
 * which the Gateway accepts connections, and which routes may attach to it.
 *
 * @see <a href="https://gateway-api.sigs.k8s.io/reference/spec/#listener">Listener</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableListener.class)
public interface Listener extends WithListener, Validatable, ListenerFields {

  /** Protocol {@code HTTP}. */
  String HTTP = "HTTP";
  /** Protocol {@code HTTPS}. */
  String HTTPS = "HTTPS";
  /** Protocol {@code TLS}. */
  String TLS = "TLS";
  /** Protocol {@code TCP}. */
  String TCP = "TCP";
  /** Protocol {@code UDP}. */
  String UDP = "UDP";

  /** {@code name}: unique within the Gateway; routes pick it as their {@code sectionName}. */
  @Override
  String name();

  /**
   * {@code hostname}: the host this listener serves, e.g. {@code *.example.com}; any if unset.
   * Not for TCP and UDP.
   */
  @Override
  Optional<String> hostname();

  /** {@code port}: 1 to 65535. */
  @Override
  int port();

  /** {@code protocol}: {@code HTTP}, {@code HTTPS}, {@code TLS}, {@code TCP}, {@code UDP}, ... */
  @Override
  String protocol();

  /**
   * {@code tls}: required for {@code TLS}, forbidden for {@code HTTP}, {@code TCP} and {@code
   * UDP}; with {@code HTTPS}, mode {@code Terminate} only.
   */
  @Override
  Optional<ListenerTLSConfig> tls();

  /** {@code allowedRoutes}: which routes may attach. Unset means routes of the same namespace. */
  @Override
  Optional<AllowedRoutes> allowedRoutes();

  /**
   * A plain HTTP listener, e.g. {@code Listener.http("http", 80)} gives {@code name: http, port:
   * 80, protocol: HTTP}. Default: no hostname, routes from the Gateway's namespace only.
   */
  static Listener http(String name, int port) {
    return builder().name(name).port(port).protocol(HTTP).build();
  }

  /**
   * An HTTPS listener that terminates TLS with the certificate in the Secret {@code secretName},
   * e.g. {@code Listener.https("https", 443, "web-tls")} gives {@code name: https, port: 443,
   * protocol: HTTPS, tls: {certificateRefs: [{name: web-tls}]}}. Default: the Secret is in the
   * Gateway's own namespace ({@code namespace} unset), group and kind are left to {@code ""} and
   * {@code Secret}, {@code mode} to {@code Terminate}; no hostname.
   */
  static Listener https(String name, int port, String secretName) {
    return builder().name(name).port(port).protocol(HTTPS)
        .tls(ListenerTLSConfig.terminate(secretName)).build();
  }

  /**
   * A TLS listener that passes TLS through to the backends, routed by SNI (TLSRoute): {@code
   * Listener.tls("tls", 8443)} gives {@code name: tls, port: 8443, protocol: TLS, tls: {mode:
   * Passthrough}}. Default: no hostname.
   */
  static Listener tls(String name, int port) {
    return builder().name(name).port(port).protocol(TLS)
        .tls(ListenerTLSConfig.passthrough()).build();
  }

  /** A TCP listener (TCPRoute): {@code name: <name>, port: <port>, protocol: TCP}. */
  static Listener tcp(String name, int port) {
    return builder().name(name).port(port).protocol(TCP).build();
  }

  /** A UDP listener (UDPRoute): {@code name: <name>, port: <port>, protocol: UDP}. */
  static Listener udp(String name, int port) {
    return builder().name(name).port(port).protocol(UDP).build();
  }

  /**
   * A copy that lets routes of every namespace attach: {@code allowedRoutes: {namespaces: {from:
   * All}}}. Replaces any {@code allowedRoutes} set before.
   */
  default Listener allowedRoutesFromAllNamespaces() {
    return withAllowedRoutes(AllowedRoutes.fromNamespaces(RouteNamespaces.all()));
  }

  /**
   * A copy that lets routes attach from the namespaces {@code selector} selects: {@code
   * allowedRoutes: {namespaces: {from: Selector, selector: ...}}}. Replaces any {@code
   * allowedRoutes} set before.
   */
  default Listener allowedRoutesFromNamespaces(LabelSelector selector) {
    return withAllowedRoutes(AllowedRoutes.fromNamespaces(RouteNamespaces.selector(selector)));
  }

  /** Returns an empty builder of {@code Listener}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Listener}. */
  final class Builder extends ImmutableListener.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    ListenerFields.validate(this, path, violations);
  }
}
