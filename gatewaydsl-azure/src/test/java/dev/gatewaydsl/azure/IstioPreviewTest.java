package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/** What Istio creates for a Gateway, per revision. */
class IstioPreviewTest {
  private static final String P = "service.beta.kubernetes.io/";

  /** The reference setup's Gateway, before AksIstio. */
  private static Gateway echoserver(GatewayApiTarget target) {
    return Gateway.builder().name("echoserver").namespace("default").target(target)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();
  }

  @Test
  void referenceSetupOnAsm117() {
    AksIstio aks = AksIstio.revision("asm-1-17").withHealthProbes();
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)));

    Approvals.verify(Manifests.toYaml(preview.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void theReferenceServiceCarriesTheProbeAnnotationsAndTheStatusPort() {
    AksIstio aks = AksIstio.revision("asm-1-17").withHealthProbes();
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)));

    assertThat(preview.service().metadata().name()).isEqualTo("echoserver-istio");
    assertThat(preview.service().metadata().annotations()).containsOnly(
        entry(P + "azure-load-balancer-health-probe-request-path", "/healthz/ready"),
        entry(P + "port_80_health-probe_port", "15021"),
        entry(P + "port_80_health-probe_protocol", "http"));
    assertThat(preview.service().spec().ports()).extracting(ServicePort::port)
        .containsExactly(15021, 80);
    assertThat(preview.service().spec().type()).contains("LoadBalancer");
    assertThat(preview.deployment().spec().template().metadata().labels())
        .containsEntry("istio.io/rev", "asm-1-17");
  }

  @Test
  void internalGatewayOnAsm118() {
    AksIstio aks = AksIstio.revision("asm-1-18").withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress")
            .noLoadBalancerRule(AksIstio.STATUS_PORT));
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)));

    Approvals.verify(Manifests.toYaml(preview.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void currentRevisionAsm126() {
    AksIstio aks = AksIstio.revision("asm-1-26");
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V1_6_STANDARD)
        .withMetadata(echoserver(GatewayApiTarget.V1_6_STANDARD).metadata()
            .withLabels(java.util.Map.of("team", "shop")))));

    Approvals.verify(Manifests.toYaml(preview.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void referenceSetupOnCurrentRevisionAsm130() {
    AksIstio aks = AksIstio.revision("asm-1-30").withHealthProbes();
    Gateway gateway = aks.applyTo(Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .label("team", "shop")
        .infrastructureLabel("team", "shop")
        .build());

    Approvals.verify(Manifests.toYaml(aks.preview(gateway).resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void onCurrentRevisionsTheServiceGetsTheInfrastructureAnnotationsOnly() {
    AksIstio aks = AksIstio.revision("asm-1-30").withHealthProbes();
    Gateway gateway = aks.applyTo(Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio").listener(Listener.http("http", 80))
        .annotation("example.com/note", "kept on the Gateway")
        .infrastructureAnnotation("gateway.networking.k8s.io/ignored", "x")
        .build());

    assertThat(aks.preview(gateway).service().metadata().annotations()).containsOnly(
        entry(P + "azure-load-balancer-health-probe-request-path", "/healthz/ready"),
        entry(P + "port_80_health-probe_port", "15021"),
        entry(P + "port_80_health-probe_protocol", "http"));
  }

  @Test
  void aSingleIpAddressBecomesTheServicesLoadBalancerIp() {
    AksIstio aks = AksIstio.revision("asm-1-30");
    Gateway gateway = aks.applyTo(Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .address(dev.gatewaydsl.model.gateway.GatewaySpecAddress.ipAddress("20.50.60.70"))
        .build());

    assertThat(aks.preview(gateway).service().spec().loadBalancerIP()).contains("20.50.60.70");
  }

  @Test
  void anAddressThatContradictsTheIpv4AnnotationIsRejected() {
    AksIstio aks = AksIstio.revision("asm-1-30")
        .withLoadBalancer(AzureLoadBalancer.external().ipv4("20.50.60.71"));
    Gateway gateway = Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .address(dev.gatewaydsl.model.gateway.GatewaySpecAddress.ipAddress("20.50.60.70"))
        .build();

    assertThatThrownBy(() -> aks.applyTo(gateway))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid: spec.addresses[0].value: Invalid value: "
            + "\"20.50.60.70\": contradicts " + P + "azure-load-balancer-ipv4: \"20.50.60.71\"; "
            + "give the address once");
  }

  @Test
  void aGatewayWithAHostnameAddressIsNotDeployedByIstio() {
    AksIstio aks = AksIstio.revision("asm-1-30");
    Gateway gateway = aks.applyTo(Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .address(dev.gatewaydsl.model.gateway.GatewaySpecAddress.hostname("ingress.example.com"))
        .build());

    assertThatThrownBy(() -> aks.preview(gateway))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gateway \"web\" has 1 address(es) that are not a single IP address: Istio "
            + "deploys nothing for it (manual deployment), so there is nothing to preview");
  }

  @Test
  void serviceTypeComesFromTheGatewayAnnotation() {
    AksIstio aks = AksIstio.revision("asm-1-17");
    Gateway gw = aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)).withMetadata(
        aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)).metadata()
            .withAnnotations(java.util.Map.of(IstioPreview.SERVICE_TYPE, "ClusterIP")));

    assertThat(aks.preview(gw).service().spec().type()).contains("ClusterIP");
  }

  @Test
  void nameAndServiceAccountOverridesAreHonoured() {
    AksIstio aks = AksIstio.revision("asm-1-18");
    Gateway gw = aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD));
    gw = gw.withMetadata(gw.metadata().withAnnotations(java.util.Map.of(
        IstioPreview.NAME_OVERRIDE, "ingress", IstioPreview.SERVICE_ACCOUNT_OVERRIDE, "ingress-sa",
        "kubectl.kubernetes.io/last-applied-configuration", "{}")));

    IstioPreview preview = aks.preview(gw);

    assertThat(preview.deployment().metadata().name()).isEqualTo("ingress");
    assertThat(preview.service().metadata().name()).isEqualTo("ingress");
    assertThat(preview.serviceAccount().metadata().name()).isEqualTo("ingress-sa");
    assertThat(preview.deployment().spec().template().spec().serviceAccountName())
        .contains("ingress-sa");
    assertThat(preview.service().metadata().annotations()).isEmpty();
  }

  @Test
  void aServicePortPerDistinctListenerPortNamedAfterTheFirstListener() {
    AksIstio aks = AksIstio.revision("asm-1-17");
    Gateway gw = aks.applyTo(Gateway.builder().name("web").target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("web", 80))
        .listener(Listener.builder().name("shop").port(80).protocol("HTTP")
            .hostname("shop.example.com").build())
        .listener(Listener.builder().name("tls").port(443).protocol("HTTPS").build())
        .build());

    assertThat(aks.preview(gw).service().spec().ports()).containsExactly(
        ServicePort.builder().name("status-port").protocol(
            dev.gatewaydsl.model.workload.Protocol.TCP).appProtocol("tcp").port(15021).build(),
        ServicePort.builder().name("web").protocol(dev.gatewaydsl.model.workload.Protocol.TCP)
            .appProtocol("http").port(80).build(),
        ServicePort.builder().name("tls").protocol(dev.gatewaydsl.model.workload.Protocol.TCP)
            .appProtocol("https").port(443).build());
  }

  @Test
  void aListenerNameThatIsNoServicePortNameMakesAnInvalidService() {
    AksIstio aks = AksIstio.revision("asm-1-17");
    Gateway gw = aks.applyTo(Gateway.builder().name("web").target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio").listener(Listener.http("web.http", 80)).build());

    assertThatThrownBy(() -> aks.preview(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageStartingWith("Service \"web-istio\" is invalid: spec.ports[1].name: Invalid "
            + "value: \"web.http\": a lowercase RFC 1123 label");
  }

  @Test
  void previewChecksTheGatewayFirst() {
    assertThatThrownBy(() -> AksIstio.revision("asm-1-17")
        .preview(echoserver(GatewayApiTarget.V0_6_STANDARD)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageStartingWith("Gateway \"echoserver\" is invalid: metadata.labels[istio.io/rev]");
  }

  @Test
  void readsBackAsTheSameResources() {
    AksIstio aks = AksIstio.revision("asm-1-18").withHealthProbes();
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)));

    assertThat(Manifests.fromYaml(Manifests.toYaml(preview.resources())))
        .isEqualTo(preview.resources());
  }
}
