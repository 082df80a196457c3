package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields a Gateway's {@link Listener} and a ListenerSet's {@link ListenerEntry} share, and
 * their rules, which the two CRDs state alike. Not API.
 */
interface ListenerFields {

  String name();

  Optional<String> hostname();

  int port();

  String protocol();

  Optional<ListenerTLSConfig> tls();

  Optional<AllowedRoutes> allowedRoutes();

  /**
   * Checks one listener: the CRD's per-listener CEL rules on the list (stated as {@code self.all(l,
   * ...)}), reported at the listener's own field. Protocols are compared case-sensitively, as the
   * v1.6.1 rules do. The schema facts of its fields (name, hostname, port, protocol patterns and
   * bounds) are the schema walk's.
   */
  static void validate(ListenerFields listener, FieldPath path, Violations violations) {
    String protocol = listener.protocol();
    if (listener.hostname().isPresent() && List.of(Listener.TCP, Listener.UDP).contains(protocol)) {
      violations.forbidden(path.child("hostname"),
          "hostname must not be specified for protocols ['TCP', 'UDP']");
    }
    FieldPath tlsPath = path.child("tls");
    listener.tls().ifPresent(tls -> {
      tls.validate(tlsPath, violations);
      if (List.of(Listener.HTTP, Listener.TCP, Listener.UDP).contains(protocol)) {
        violations.forbidden(tlsPath,
            "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']");
      }
      if (protocol.equals(Listener.HTTPS)
          && tls.mode().filter(m -> m != TLSModeType.TERMINATE).isPresent()) {
        violations.invalid(tlsPath.child("mode"), tls.mode().get().wire(),
            "tls mode must be Terminate for protocol HTTPS");
      }
    });
    // an unset mode defaults to Terminate, so only a missing tls fails this rule
    if (protocol.equals(Listener.TLS) && listener.tls().isEmpty()) {
      violations.required(tlsPath, "tls mode must be set for protocol TLS");
    }
    listener.allowedRoutes().ifPresent(a -> a.validate(path.child("allowedRoutes"), violations));
  }

  /**
   * Checks the listeners of a Gateway or ListenerSet: each valid, names unique, and no two with the same
   * port, protocol and hostname (their number is the schema walk's).
   */
  static void validateAll(List<? extends ListenerFields> listeners, FieldPath at,
      Violations violations) {
    Set<String> names = new HashSet<>();
    Set<List<Object>> endpoints = new HashSet<>();
    for (int i = 0; i < listeners.size(); i++) {
      ListenerFields listener = listeners.get(i);
      validate(listener, at.index(i), violations);
      if (!names.add(listener.name())) {
        violations.duplicate(at.index(i).child("name"), listener.name());
      }
      // an absent hostname differs from every hostname (the CEL rule uses has())
      List<Object> endpoint = List.of(listener.port(), listener.protocol(), listener.hostname());
      if (!endpoints.add(endpoint)) {
        violations.duplicate(at.index(i), listener.port() + "/" + listener.protocol()
            + listener.hostname().map(h -> "/" + h).orElse(""));
      }
    }
  }
}
