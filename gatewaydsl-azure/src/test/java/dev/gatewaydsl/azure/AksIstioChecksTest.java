package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import org.junit.jupiter.api.Test;

class AksIstioChecksTest {

  private static Gateway gateway(String gatewayClassName) {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName(gatewayClassName)
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();
  }

  private static List<String> analyze(KubernetesResource... resources) {
    return Manifests.analyze(List.of(resources), List.of(new AksIstioChecks())).stream()
        .map(Diagnostic::toString).toList();
  }

  @Test
  void anIstioGatewayWithoutTheRevisionLabel() {
    assertThat(analyze(gateway("istio"))).containsExactly(
        "error AksRevisionLabelMissing: Gateway \"shop/web\": metadata.labels: Gateway of class "
            + "\"istio\" has no label \"istio.io/rev\", so it is tied to no revision of the "
            + "AKS Istio add-on (on asm-1-17 its pods get no proxy; later the add-on picks a "
            + "revision, which changes under a canary upgrade); add the revision, e.g. with "
            + "AksIstio.revision(\"asm-1-17\").applyTo(gateway)");
  }

  @Test
  void anIstioGatewayWithTheRevisionLabel() {
    assertThat(analyze(AksIstio.revision("asm-1-26").applyTo(gateway("istio")))).isEmpty();
  }

  @Test
  void aGatewayOfAnotherClassNeedsNoRevision() {
    assertThat(analyze(gateway("cilium"))).isEmpty();
  }

  @Test
  void withoutTheAksRulesTheCoreAnalysisSaysNothingOfIt() {
    assertThat(Manifests.analyze(List.of(gateway("istio")))).isEmpty();
  }
}
