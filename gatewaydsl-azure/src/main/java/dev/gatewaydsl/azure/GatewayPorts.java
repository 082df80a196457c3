package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import java.util.Collections;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports of the Service Istio generates for a Gateway: the status port 15021 ({@code
 * status-port}, appProtocol {@code tcp}) and one port per distinct listener port, named after the
 * first listener on it, with the listener's protocol in lower case as appProtocol (istio/istio
 * {@code extractServicePorts} in {@code pilot/pkg/config/kube/gateway/deploymentcontroller.go}).
 * From Istio 1.24 the name has each {@code .} turned into {@code -} and is cut to 63 characters
 * ({@code sanitizeListenerNameForPort}, istio/istio commit b43d5076, first in tag 1.24.0; the same
 * file at tag 1.24.6). Not API.
 */
final class GatewayPorts {

  /** The Service port name of the status port. */
  static final String STATUS_PORT_NAME = "status-port";

  /** One Service port. */
  record Port(int number, String name, String appProtocol, boolean listener) {}

  private GatewayPorts() {}

  /** The Istio minor from which listener names are sanitized into port names. */
  static final int FIRST_SANITIZED_MINOR = 24;

  /**
   * The ports on {@code revision}, by number; iteration order is the Service's port order (status
   * port first).
   */
  static Map<Integer, Port> of(Gateway gateway, AksMeshRevision revision) {
    boolean sanitize = revision.istioMinor() >= FIRST_SANITIZED_MINOR;
    Map<Integer, Port> ports = new LinkedHashMap<>();
    ports.put(AksIstio.STATUS_PORT, new Port(AksIstio.STATUS_PORT, STATUS_PORT_NAME, "tcp", false));
    for (Listener listener : gateway.spec().listeners()) {
      if (listener.port() != AksIstio.STATUS_PORT) {
        String name = sanitize ? sanitize(listener.name()) : listener.name();
        ports.putIfAbsent(listener.port(), new Port(listener.port(), name,
            listener.protocol().toLowerCase(Locale.ROOT), true));
      }
    }
    return Collections.unmodifiableMap(ports);
  }

  /** Istio's {@code sanitizeListenerNameForPort}: dots to dashes, at most 63 characters. */
  static String sanitize(String listenerName) {
    String name = listenerName.replace('.', '-');
    return name.length() <= 63 ? name : name.substring(0, 63);
  }
}
