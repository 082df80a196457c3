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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  /**
   * Istio 1.21 (istio/istio 1.21.6, kube-gateway.yaml): spec.infrastructure read; every object
   * labelled with both gateway-name labels; selector gateway.networking.k8s.io/gateway-name; no
   * metrics port, no ipFamilyPolicy.
   */
  @Test
  void internalGatewayOnAsm121() {
    AksIstio aks = AksIstio.revision("asm-1-21").withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"));
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(GatewayApiTarget.V0_6_STANDARD)
        .withMetadata(echoserver(GatewayApiTarget.V0_6_STANDARD).metadata()
            .withLabels(java.util.Map.of("team", "shop")))));

    Approvals.verify(Manifests.toYaml(preview.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  /**
   * Istio 1.24 (istio/istio 1.24.6, kube-gateway.yaml): istio.io/gateway-name gone, managed
   * label in the template, the metrics port, ipFamilyPolicy PreferDualStack; a listener name with
   * a dot becomes a port name with a dash (sanitizeListenerNameForPort in deploymentcontroller.go).
   */
  @Test
  void dottedListenerOnAsm124() {
    AksIstio aks = AksIstio.revision("asm-1-24").withHealthProbes();
    IstioPreview preview = aks.preview(aks.applyTo(Gateway.builder().name("echoserver")
        .namespace("default").target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio")
        .listener(Listener.http("http.v1", 80)).build()));

    Approvals.verify(Manifests.toYaml(preview.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  // istio/istio deploymentcontroller.go: 1.17.8 RenderServiceAccountApply labels the SA with
  // istio.io/gateway-name only; from 1.18.7 apply() sets gateway.istio.io/managed on every object
  @ParameterizedTest
  @CsvSource({"asm-1-17, false", "asm-1-18, true", "asm-1-20, true", "asm-1-21, true",
      "asm-1-30, true"})
  void theManagedLabelIsOnTheServiceAccountFrom118(String revision, boolean managed) {
    AksIstio aks = AksIstio.revision(revision);
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(aks.profile().target())));

    assertThat(preview.serviceAccount().metadata().labels().containsKey(
        "gateway.istio.io/managed")).isEqualTo(managed);
    assertThat(preview.service().metadata().labels())
        .containsEntry("gateway.istio.io/managed", "istio.io-gateway-controller");
  }

  // kube-gateway.yaml: the metrics container port 15020 from 1.23.3 (absent at 1.22.8 and
  // 1.23.2, present at 1.23.6); ipFamilyPolicy from 1.24 (absent at 1.23.6, present at 1.24.6);
  // gateway-class-name labels from 1.28 (commit 6c87c646, present at 1.28.10, absent at 1.27.9)
  @ParameterizedTest
  @CsvSource({"asm-1-22, false, false, false", "asm-1-23, true, false, false",
      "asm-1-24, true, true, false", "asm-1-27, true, true, false", "asm-1-28, true, true, true"})
  void partsOfEachRelease(String revision, boolean metrics, boolean ipFamilyPolicy,
      boolean classLabel) {
    AksIstio aks = AksIstio.revision(revision);
    IstioPreview preview = aks.preview(aks.applyTo(echoserver(aks.profile().target())));

    assertThat(preview.deployment().spec().template().spec().containers().get(0).ports())
        .extracting(p -> p.name().orElse("")).contains("status-port")
        .matches(names -> names.contains("metrics") == metrics);
    assertThat(preview.service().spec().ipFamilyPolicy().isPresent()).isEqualTo(ipFamilyPolicy);
    assertThat(preview.service().metadata().labels()
        .containsKey("gateway.networking.k8s.io/gateway-class-name")).isEqualTo(classLabel);
  }

  // kube-gateway.yaml at 1.18.7: loadBalancerIP whenever spec.addresses is set; at 1.19.10 and
  // 1.20.8 only with ServiceType LoadBalancer
  @ParameterizedTest
  @CsvSource({"asm-1-18, true", "asm-1-19, false", "asm-1-20, false"})
  void aClusterIpServiceGetsTheLoadBalancerIpOnlyUpTo118(String revision, boolean set) {
    AksIstio aks = AksIstio.revision(revision);
    Gateway gw = aks.applyTo(Gateway.builder().name("web").target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio").listener(Listener.http("http", 80))
        .annotation(IstioPreview.SERVICE_TYPE, "ClusterIP")
        .address(dev.gatewaydsl.model.gateway.GatewaySpecAddress.ipAddress("10.0.0.7"))
        .build());

    assertThat(aks.preview(gw).service().spec().loadBalancerIP().isPresent()).isEqualTo(set);
  }

  // sanitizeListenerNameForPort (istio/istio commit b43d5076, first in 1.24.0; deploymentcontroller
  // .go at 1.24.6): '.' becomes '-'; at 1.23.6 the name is used as it is
  @Test
  void aDottedListenerNameBecomesADashedPortNameFrom124() {
    AksIstio aks = AksIstio.revision("asm-1-28").kubernetes("1.35");
    Gateway gw = aks.applyTo(Gateway.builder().name("web").namespace("shop")
        .target(aks.profile().target()).gatewayClassName("istio")
        .listener(Listener.http("http.v1", 80)).build());

    assertThat(aks.preview(gw).service().spec().ports()).extracting(p -> p.name().orElse(""))
        .containsExactly("status-port", "http-v1");
    AksIstio asm123 = AksIstio.revision("asm-1-23");
    Gateway old = asm123.applyTo(Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio")
        .listener(Listener.http("http.v1", 80)).build());
    assertThatThrownBy(() -> asm123.preview(old))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageStartingWith("Service \"web-istio\" is invalid: spec.ports[1].name: Invalid "
            + "value: \"http.v1\"");
  }

  @Test
  void onCurrentRevisionsTheServiceGetsTheInfrastructureAnnotationsAndWhatAksAdds() {
    AksIstio aks = AksIstio.revision("asm-1-30").withHealthProbes();
    Gateway gateway = aks.applyTo(Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio").listener(Listener.http("http", 80))
        .annotation("example.com/note", "kept on the Gateway")
        .infrastructureAnnotation("gateway.networking.k8s.io/ignored", "x")
        .infrastructureAnnotation("example.com/owner", "shop")
        .build());

    // Istio copies spec.infrastructure.annotations; AKS's istio-gateway-class-defaults ConfigMap
    // adds port 80's probe (MicrosoftDocs/azure-aks-docs articles/aks/istio-gateway-api.md)
    assertThat(aks.preview(gateway).service().metadata().annotations()).containsOnly(
        entry("example.com/owner", "shop"),
        entry(P + "port_80_health-probe_port", "15021"),
        entry(P + "port_80_health-probe_protocol", "http"),
        entry(P + "port_80_health-probe_request-path", "/healthz/ready"));
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
