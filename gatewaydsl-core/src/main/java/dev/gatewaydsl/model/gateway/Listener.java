package dev.gatewaydsl.model.gateway;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
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
public interface Listener extends WithListener, Validatable {

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
  String name();

  /** {@code hostname}: the host this listener serves, e.g. {@code *.example.com}; any if empty. */
  Optional<String> hostname();

  /** {@code port}: 1 to 65535. */
  int port();

  /** {@code protocol}: {@code HTTP}, {@code HTTPS}, {@code TLS}, {@code TCP}, {@code UDP}, ... */
  String protocol();

  /** {@code allowedRoutes}: which routes may attach. Unset means routes of the same namespace. */
  Optional<AllowedRoutes> allowedRoutes();

  /**
   * A plain HTTP listener, e.g. {@code Listener.http("http", 80)} gives {@code name: http, port:
   * 80, protocol: HTTP}. Default: no hostname, routes from the Gateway's namespace only.
   */
  static Listener http(String name, int port) {
    return builder().name(name).port(port).protocol(HTTP).build();
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

  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Listener}. */
  final class Builder extends ImmutableListener.Builder {}

  @Override
  default void validate(FieldPath path, Violations violations) {
    Syntax.dns1123Subdomain(name(), path.child("name"), violations);
    hostname().ifPresent(h -> {
      Syntax.gatewayHostname(h, path.child("hostname"), violations);
      if (List.of(TCP, UDP).contains(protocol())) {
        violations.forbidden(path.child("hostname"),
            "hostname must not be specified for protocols ['TCP', 'UDP']");
      }
    });
    Syntax.port(port(), path.child("port"), violations);
    Syntax.gatewayProtocol(protocol(), path.child("protocol"), violations);
    allowedRoutes().ifPresent(a -> a.validate(path.child("allowedRoutes"), violations));
  }
}
