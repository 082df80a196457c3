package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.validation.FieldPath;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Listeners of one Gateway that cannot share a port. */
final class ListenerPortRule implements AnalysisRule {

  /**
   * What each protocol needs of a port: plain HTTP, TLS (with SNI), a raw TCP stream, or UDP.
   * Two listeners on one port conflict when their families differ, except that UDP shares a port
   * number with anything (it is another socket). Other protocols are not judged.
   */
  private static final Map<String, String> FAMILY = Map.of(
      Listener.HTTP, "http",
      Listener.HTTPS, "tls",
      Listener.TLS, "tls",
      Listener.TCP, "tcp",
      Listener.UDP, "udp");

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (Gateway gateway : resources.ofType(Gateway.class)) {
      List<Listener> listeners = gateway.spec().listeners();
      for (int j = 0; j < listeners.size(); j++) {
        Listener later = listeners.get(j);
        for (int i = 0; i < j; i++) {
          Listener earlier = listeners.get(i);
          if (earlier.port() == later.port() && conflict(earlier.protocol(), later.protocol())) {
            report.accept(Diagnostic.of(DiagnosticCode.PROTOCOL_CONFLICT, gateway,
                FieldPath.of("spec", "listeners").index(j),
                "listener \"" + later.name() + "\" (" + later.protocol() + ") and listener \""
                    + earlier.name() + "\" (" + earlier.protocol() + ") cannot share port "
                    + later.port()));
            break;
          }
        }
      }
    }
  }

  static boolean conflict(String protocol, String other) {
    String family = FAMILY.get(protocol);
    String otherFamily = FAMILY.get(other);
    if (family == null || otherFamily == null || family.equals(otherFamily)) {
      return false;
    }
    return !family.equals("udp") && !otherFamily.equals("udp");
  }
}
