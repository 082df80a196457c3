package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AksIstioTest {
  private static final String PROBE_PATH =
      "service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path";

  private static Gateway gateway(Listener... listeners) {
    Gateway.Builder gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("istio");
    for (Listener listener : listeners) {
      gateway.listener(listener);
    }
    return gateway.build();
  }

  @Test
  void addsTheRevisionLabelOnly() {
    Gateway onAks = AksIstio.revision("asm-1-17").applyTo(gateway(Listener.http("http", 80)));

    assertThat(onAks.metadata().labels()).containsExactly(entry("istio.io/rev", "asm-1-17"));
    assertThat(onAks.metadata().annotations()).isEmpty();
  }

  @Test
  void withHealthProbesPointsEveryListenerPortAtTheStatusPort() {
    Gateway gw = gateway(Listener.http("http", 80),
        Listener.builder().name("https").port(443).protocol("HTTPS").build(),
        Listener.builder().name("http-other-host").port(80).protocol("HTTP")
            .hostname("example.com").build());

    Gateway onAks = AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gw);

    assertThat(onAks.metadata().annotations()).containsOnly(
        entry(PROBE_PATH, "/healthz/ready"),
        entry("service.beta.kubernetes.io/port_80_health-probe_protocol", "http"),
        entry("service.beta.kubernetes.io/port_80_health-probe_port", "15021"),
        entry("service.beta.kubernetes.io/port_443_health-probe_protocol", "http"),
        entry("service.beta.kubernetes.io/port_443_health-probe_port", "15021"));
  }

  @Test
  void applyingTwiceChangesNothing() {
    AksIstio aks = AksIstio.revision("asm-1-17").withHealthProbes();
    Gateway once = aks.applyTo(gateway(Listener.http("http", 80)));

    assertThat(aks.applyTo(once)).isEqualTo(once);
  }

  @Test
  void keepsAnnotationsTheUserSet() {
    Gateway tuned = gateway(Listener.http("http", 80)).withMetadata(
        gateway(Listener.http("http", 80)).metadata()
            .withAnnotations(java.util.Map.of(
                "service.beta.kubernetes.io/port_80_health-probe_port", "10256",
                "team", "payments")));

    Gateway onAks = AksIstio.revision("asm-1-17").withHealthProbes().applyTo(tuned);

    assertThat(onAks.metadata().annotations())
        .containsEntry("service.beta.kubernetes.io/port_80_health-probe_port", "10256")
        .containsEntry("team", "payments")
        .containsEntry("service.beta.kubernetes.io/port_80_health-probe_protocol", "http");
  }

  @Test
  void replacesAnotherRevision() {
    Gateway old = AksIstio.revision("asm-1-17").applyTo(gateway(Listener.http("http", 80)));

    Gateway upgraded = AksIstio.revision("asm-1-18").applyTo(old);

    assertThat(upgraded.metadata().labels()).containsEntry("istio.io/rev", "asm-1-18");
  }

  @Test
  void keepsOtherLabels() {
    Gateway labelled = gateway(Listener.http("http", 80)).withMetadata(
        gateway(Listener.http("http", 80)).metadata().withLabels(java.util.Map.of("app", "web")));

    Gateway onAks = AksIstio.revision("asm-1-17").applyTo(labelled);

    assertThat(onAks.metadata().labels())
        .containsOnly(entry("app", "web"), entry("istio.io/rev", "asm-1-17"));
  }

  @Test
  void leavesTheInputUnchanged() {
    Gateway gw = gateway(Listener.http("http", 80));

    AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gw);

    assertThat(gw.metadata().labels()).isEmpty();
    assertThat(gw.metadata().annotations()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"asm-1-17", "asm-1-0", "asm-0-1", "asm-2-30", "asm-10-100"})
  void acceptsRevisionsOfTheFormAsmMajorMinor(String revision) {
    assertThat(AksIstio.revision(revision).revision()).isEqualTo(revision);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "asm-1", "asm-1-", "asm--17", "asm-1-17-1", "ASM-1-17", "asm-01-17",
      "asm-1-017", "1-17", "asm-1.17", " asm-1-17", "asm-1-17 ", "default"})
  void rejectsOtherRevisionNames(String revision) {
    assertThatThrownBy(() -> AksIstio.revision(revision))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid AKS Istio revision \"" + revision
            + "\": must be asm-<major>-<minor>, e.g. \"asm-1-17\"");
  }

  @Test
  void isAUnaryOperatorOnGateways() {
    AksIstio aks = AksIstio.revision("asm-1-17").withHealthProbes();
    Gateway gw = gateway(Listener.http("http", 80));

    assertThat(aks.apply(gw)).isEqualTo(aks.applyTo(gw));
  }

  @Test
  void perPortKeysNameThePort() {
    assertThat(AzureLoadBalancerAnnotations.healthProbeProtocol(8443))
        .isEqualTo("service.beta.kubernetes.io/port_8443_health-probe_protocol");
    assertThat(AzureLoadBalancerAnnotations.healthProbePort(1))
        .isEqualTo("service.beta.kubernetes.io/port_1_health-probe_port");
    assertThat(AzureLoadBalancerAnnotations.healthProbeRequestPath(65535))
        .isEqualTo("service.beta.kubernetes.io/port_65535_health-probe_request-path");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void perPortKeysRejectPortsOutOfRange(int port) {
    assertThatThrownBy(() -> AzureLoadBalancerAnnotations.healthProbePort(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 1 and 65535, inclusive: " + port);
  }
}
