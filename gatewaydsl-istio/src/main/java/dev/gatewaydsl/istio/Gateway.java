package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Istio's {@code Gateway} ({@code networking.istio.io}): the servers (ports, protocols, hosts and
 * TLS) of the gateway pods its {@code selector} picks. Fields from istio/api {@code
 * networking/v1alpha3/gateway.proto}.
 *
 * @param apiVersion {@code apiVersion}, e.g. {@code networking.istio.io/v1}
 * @param metadata {@code metadata}
 * @param metadataUnmodelled the other metadata fields
 * @param spec {@code spec}
 * @param unmodelled the other top-level fields
 */
public record Gateway(String apiVersion, ObjectMeta metadata, Unmodelled metadataUnmodelled,
    Spec spec, Unmodelled unmodelled) implements IstioResource {

  /** Checks every field; all problems are reported together. */
  public Gateway {
    Violations violations = Resources.start("Gateway", apiVersion, metadata);
    spec.validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }

  @Override
  public String kind() {
    return "Gateway";
  }

  /** Reads a {@code Gateway} document. */
  static Gateway read(JsonNode document) {
    Resources.Parts<Spec> parts = Resources.read("Gateway", document, Spec::read);
    return new Gateway(parts.apiVersion(), parts.metadata(), parts.metadataUnmodelled(),
        parts.spec(), parts.unmodelled());
  }

  @Override
  public ObjectNode toTree() {
    return Resources.write(this, spec.toTree());
  }

  /**
   * {@code spec}.
   *
   * @param servers {@code servers}: at least one
   * @param selector {@code selector}: the labels of the gateway pods
   * @param unmodelled the other fields
   */
  public record Spec(List<Server> servers, Map<String, String> selector, Unmodelled unmodelled) {
    /** Copies the collections. */
    public Spec {
      servers = List.copyOf(servers);
      selector = Maps.copy(selector);
    }

    static Spec read(TreeReader r, Violations v) {
      return new Spec(r.objects("servers", Server::read), r.stringMap("selector"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().objects("servers", servers, Server::toTree)
          .stringMap("selector", selector).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (servers.isEmpty()) {
        violations.required(path.child("servers"), "gateway must have at least one server");
      }
      for (int i = 0; i < servers.size(); i++) {
        servers.get(i).validate(path.child("servers").index(i), violations);
      }
    }
  }

  /**
   * A server of the gateway: one port, its hosts and TLS.
   *
   * @param port {@code port}: required
   * @param bind {@code bind}: the address to listen on, or empty
   * @param hosts {@code hosts}: {@code [namespace/]dnsName}, at least one
   * @param tls {@code tls}
   * @param name {@code name}, or empty
   * @param unmodelled the other fields
   */
  public record Server(Optional<Port> port, String bind, List<String> hosts,
      Optional<ServerTLSSettings> tls, String name, Unmodelled unmodelled) {
    /** Copies the hosts. */
    public Server {
      hosts = List.copyOf(hosts);
    }

    static Server read(TreeReader r) {
      return new Server(r.object("port", Port::read), r.string("bind"), r.strings("hosts"),
          r.object("tls", ServerTLSSettings::read), r.string("name"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().object("port", port, Port::toTree).string("bind", bind)
          .strings("hosts", hosts).object("tls", tls, ServerTLSSettings::toTree)
          .string("name", name).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (port.isEmpty()) {
        violations.required(path.child("port"), "port is required");
      }
      port.ifPresent(p -> p.validate(path.child("port"), violations));
      if (hosts.isEmpty()) {
        violations.required(path.child("hosts"), "server config must contain at least one host");
      }
      tls.filter(t -> !t.mode().isEmpty() && !ServerTLSSettings.MODES.contains(t.mode()))
          .ifPresent(t -> violations.notSupported(path.child("tls").child("mode"), t.mode(),
              ServerTLSSettings.MODES));
      for (int i = 0; i < hosts.size(); i++) {
        String host = hosts.get(i);
        int slash = host.indexOf('/');
        if (host.isEmpty() || slash == host.length() - 1 || host.indexOf('/', slash + 1) >= 0) {
          violations.invalid(path.child("hosts").index(i), host,
              "must be a host name, optionally after \"namespace/\"");
        }
      }
    }
  }

  /**
   * {@code port} of a server.
   *
   * @param number {@code number}: 1 to 65535
   * @param protocol {@code protocol}: HTTP, HTTPS, GRPC, GRPC-WEB, HTTP2, MONGO, TCP or TLS
   * @param name {@code name}
   * @param targetPort {@code targetPort}
   * @param unmodelled the other fields
   */
  public record Port(int number, String protocol, String name, Optional<Integer> targetPort,
      Unmodelled unmodelled) {
    /** The protocols a server port may name, upper case. */
    public static final List<String> PROTOCOLS =
        List.of("HTTP", "HTTPS", "GRPC", "GRPC-WEB", "HTTP2", "MONGO", "TCP", "TLS");

    static Port read(TreeReader r) {
      return new Port(r.integer("number").orElse(0), r.string("protocol"), r.string("name"),
          r.integer("targetPort"), r.rest());
    }

    JsonNode toTree() {
      TreeWriter w = new TreeWriter();
      if (number != 0) {
        w.node().put("number", number);
      }
      return w.string("protocol", protocol).string("name", name)
          .integer("targetPort", targetPort).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      Maps.port(number, path.child("number"), violations);
      if (protocol.isEmpty()) {
        violations.required(path.child("protocol"), "protocol is required");
      } else if (!PROTOCOLS.contains(protocol.toUpperCase(java.util.Locale.ROOT))) {
        violations.notSupported(path.child("protocol"), protocol, PROTOCOLS);
      }
    }
  }

  /**
   * {@code tls} of a server.
   *
   * @param httpsRedirect {@code httpsRedirect}: answer plain HTTP with a redirect to HTTPS
   * @param mode {@code mode}: PASSTHROUGH, SIMPLE, MUTUAL, AUTO_PASSTHROUGH, ISTIO_MUTUAL or
   *     OPTIONAL_MUTUAL, or empty (PASSTHROUGH)
   * @param credentialName {@code credentialName}: the Secret holding the certificate
   * @param unmodelled the other fields
   */
  public record ServerTLSSettings(Optional<Boolean> httpsRedirect, String mode,
      String credentialName, Unmodelled unmodelled) {
    /** The TLS modes. */
    public static final List<String> MODES = List.of("PASSTHROUGH", "SIMPLE", "MUTUAL",
        "AUTO_PASSTHROUGH", "ISTIO_MUTUAL", "OPTIONAL_MUTUAL");

    static ServerTLSSettings read(TreeReader r) {
      return new ServerTLSSettings(r.bool("httpsRedirect"), r.string("mode"),
          r.string("credentialName"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().bool("httpsRedirect", httpsRedirect).string("mode", mode)
          .string("credentialName", credentialName).rest(unmodelled).node();
    }

    /** The mode in effect: {@code PASSTHROUGH} when none is set. */
    public String effectiveMode() {
      return mode.isEmpty() ? "PASSTHROUGH" : mode;
    }
  }
}
