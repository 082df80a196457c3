package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatewaydsl.azure.AzureLoadBalancer.ProbeProtocol;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.ReferenceGrantFrom;
import dev.gatewaydsl.model.gateway.ReferenceGrantSpec;
import dev.gatewaydsl.model.gateway.ReferenceGrantTo;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AksIstioTest {
  private static final String P = "service.beta.kubernetes.io/";
  private static final String PROBE_PATH = P + "azure-load-balancer-health-probe-request-path";
  private static final AksIstio ASM_1_17 = AksIstio.revision("asm-1-17");

  /** A Gateway "web" in "shop" of class istio, for Gateway API v0.6.1 (asm-1-17). */
  private static Gateway gateway(Listener... listeners) {
    return gateway(Map.of(), listeners);
  }

  private static Gateway gateway(Map<String, String> annotations, Listener... listeners) {
    Gateway.Builder gateway = Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio");
    annotations.forEach(gateway::annotation);
    for (Listener listener : listeners) {
      gateway.listener(listener);
    }
    return gateway.build();
  }

  private static Gateway http80(Map<String, String> annotations) {
    return gateway(annotations, Listener.http("http", 80));
  }

  private static String invalid(String problem) {
    return "Gateway \"web\" is invalid: " + problem;
  }

  // ---- the revision label ----

  @Test
  void addsTheRevisionLabelOnly() {
    Gateway onAks = ASM_1_17.applyTo(gateway(Listener.http("http", 80)));

    assertThat(onAks.metadata().labels()).containsExactly(entry("istio.io/rev", "asm-1-17"));
    assertThat(onAks.metadata().annotations()).isEmpty();
  }

  @Test
  void replacesAnotherRevision() {
    Gateway old = ASM_1_17.applyTo(gateway(Listener.http("http", 80)));

    Gateway upgraded = AksIstio.revision("asm-1-18").applyTo(old);

    assertThat(upgraded.metadata().labels()).containsEntry("istio.io/rev", "asm-1-18");
  }

  @Test
  void keepsOtherLabels() {
    Gateway labelled = gateway(Listener.http("http", 80)).withMetadata(
        gateway(Listener.http("http", 80)).metadata().withLabels(Map.of("app", "web")));

    Gateway onAks = ASM_1_17.applyTo(labelled);

    assertThat(onAks.metadata().labels())
        .containsOnly(entry("app", "web"), entry("istio.io/rev", "asm-1-17"));
  }

  @Test
  void missingRevisionLabelFailsTheCheck() {
    assertThatThrownBy(() -> ASM_1_17.check(gateway(Listener.http("http", 80))))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("metadata.labels[istio.io/rev]: Required value: the control plane "
            + "of AKS revision asm-1-17 (Istio 1.17) takes the Gateway by this label"));
  }

  @Test
  void anotherRevisionsLabelFailsTheCheck() {
    Gateway forAsm118 = AksIstio.revision("asm-1-18").applyTo(gateway(Listener.http("http", 80)));

    assertThatThrownBy(() -> ASM_1_17.check(forAsm118))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("metadata.labels[istio.io/rev]: Invalid value: \"asm-1-18\": must "
            + "be \"asm-1-17\" for AKS revision asm-1-17 (Istio 1.17)"));
  }

  // ---- health probes ----

  @Test
  void withHealthProbesPointsEveryListenerPortAtTheStatusPort() {
    Gateway gw = gateway(Listener.http("http", 80),
        Listener.builder().name("https").port(443).protocol("HTTPS").build(),
        Listener.builder().name("http-other-host").port(80).protocol("HTTP")
            .hostname("example.com").build());

    Gateway onAks = ASM_1_17.withHealthProbes().applyTo(gw);

    assertThat(onAks.metadata().annotations()).containsOnly(
        entry(PROBE_PATH, "/healthz/ready"),
        entry(P + "port_80_health-probe_protocol", "http"),
        entry(P + "port_80_health-probe_port", "15021"),
        entry(P + "port_443_health-probe_protocol", "http"),
        entry(P + "port_443_health-probe_port", "15021"));
  }

  @Test
  void applyingTwiceChangesNothing() {
    AksIstio aks = ASM_1_17.withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"));
    Gateway once = aks.applyTo(gateway(Listener.http("http", 80)));

    assertThat(aks.applyTo(once)).isEqualTo(once);
  }

  @Test
  void keepsAnnotationsTheUserSet() {
    Gateway tuned = http80(Map.of(P + "port_80_health-probe_num-of-probe", "3",
        "team", "payments"));

    Gateway onAks = ASM_1_17.withHealthProbes().applyTo(tuned);

    assertThat(onAks.metadata().annotations())
        .containsEntry(P + "port_80_health-probe_num-of-probe", "3")
        .containsEntry("team", "payments")
        .containsEntry(P + "port_80_health-probe_protocol", "http");
  }

  @Test
  void aKeptAnnotationThatContradictsWhatWasAskedFails() {
    Gateway tuned = http80(Map.of(P + "port_80_health-probe_port", "80"));

    assertThatThrownBy(() -> ASM_1_17.withHealthProbes().applyTo(tuned))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("metadata.annotations[" + P + "port_80_health-probe_port]: "
            + "Invalid value: \"80\": contradicts the asked-for \"15021\""));
  }

  @Test
  void leavesTheInputUnchanged() {
    Gateway gw = gateway(Listener.http("http", 80));

    ASM_1_17.withHealthProbes().applyTo(gw);

    assertThat(gw.metadata().labels()).isEmpty();
    assertThat(gw.metadata().annotations()).isEmpty();
  }

  @Test
  void isAUnaryOperatorOnGateways() {
    AksIstio aks = ASM_1_17.withHealthProbes();
    Gateway gw = gateway(Listener.http("http", 80));

    assertThat(aks.apply(gw)).isEqualTo(aks.applyTo(gw));
  }

  // ---- load balancer options, placed in metadata on legacy revisions ----

  @Test
  void loadBalancerAnnotationsGoToMetadataOnLegacyRevisions() {
    Gateway onAks = ASM_1_17.withLoadBalancer(AzureLoadBalancer.internal()
        .internalSubnet("ingress").tcpIdleTimeoutMinutes(10)).applyTo(http80(Map.of()));

    assertThat(onAks.metadata().annotations()).containsOnly(
        entry(P + "azure-load-balancer-internal", "true"),
        entry(P + "azure-load-balancer-internal-subnet", "ingress"),
        entry(P + "azure-load-balancer-tcp-idle-timeout", "10"));
  }

  @Test
  void askingForInternalWhenTheGatewaySaysPublicFails() {
    Gateway publicOne = http80(Map.of(P + "azure-load-balancer-internal", "false"));

    assertThatThrownBy(() -> ASM_1_17.withLoadBalancer(AzureLoadBalancer.internal())
        .applyTo(publicOne))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("metadata.annotations[" + P + "azure-load-balancer-internal]: "
            + "Invalid value: \"false\": contradicts the asked-for \"true\""));
  }

  // ---- the checks of hand-written annotations ----

  private static void assertRejected(Map<String, String> annotations, String problem) {
    Gateway gw = http80(annotations);
    assertThatThrownBy(() -> ASM_1_17.applyTo(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(problem));
  }

  private static void assertAccepted(Map<String, String> annotations) {
    assertThat(ASM_1_17.applyTo(http80(annotations)).metadata().annotations())
        .containsAllEntriesOf(annotations);
  }

  @Test
  void internalSubnetWithoutInternalLoadBalancerIsRejected() {
    assertRejected(Map.of(P + "azure-load-balancer-internal-subnet", "ingress"),
        "metadata.annotations[" + P + "azure-load-balancer-internal-subnet]: Forbidden: needs "
            + P + "azure-load-balancer-internal: \"true\"; without it the load balancer is "
            + "public and the subnet is ignored");
  }

  @Test
  void internalSubnetWithInternalLoadBalancerIsAccepted() {
    assertAccepted(Map.of(P + "azure-load-balancer-internal", "true",
        P + "azure-load-balancer-internal-subnet", "ingress"));
  }

  @Test
  void internalFlagMustBeTrueOrFalse() {
    assertRejected(Map.of(P + "azure-load-balancer-internal", "yes"),
        "metadata.annotations[" + P + "azure-load-balancer-internal]: Unsupported value: "
            + "\"yes\": supported values: \"true\", \"false\"");
  }

  @Test
  void publicIpSettingsOnAnInternalLoadBalancerAreRejected() {
    assertRejected(Map.of(P + "azure-load-balancer-internal", "true",
        P + "azure-dns-label-name", "shop"),
        "metadata.annotations[" + P + "azure-dns-label-name]: Forbidden: configures a public "
            + "IP, but " + P + "azure-load-balancer-internal is \"true\"");
  }

  @ParameterizedTest
  // cloud-provider-azure accepts 4 to 100 since v1.28 (pkg/provider/azure_loadbalancer.go at
  // tag v1.28.0; 30 at v1.27.0)
  @ValueSource(strings = {"4", "100"})
  void idleTimeoutsFrom4To100AreAccepted(String minutes) {
    assertAccepted(Map.of(P + "azure-load-balancer-tcp-idle-timeout", minutes));
  }

  @ParameterizedTest
  @ValueSource(strings = {"3", "101", "ten"})
  void otherIdleTimeoutsAreRejected(String minutes) {
    assertRejected(Map.of(P + "azure-load-balancer-tcp-idle-timeout", minutes),
        "metadata.annotations[" + P + "azure-load-balancer-tcp-idle-timeout]: Invalid value: \""
            + minutes + "\": must be a whole number of minutes, between 4 and 100");
  }

  @Test
  void probeIntervalBelow5IsRejected() {
    assertRejected(Map.of(P + "azure-load-balancer-health-probe-interval", "4"),
        "metadata.annotations[" + P + "azure-load-balancer-health-probe-interval]: Invalid "
            + "value: \"4\": must be a whole number of seconds, at least 5");
  }

  @Test
  void probeCountBelow2IsRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_num-of-probe", "1"),
        "metadata.annotations[" + P + "port_80_health-probe_num-of-probe]: Invalid value: "
            + "\"1\": must be a whole number of probes, at least 2");
  }

  @Test
  void probeIntervalTimesCountOf120IsRejectedAnd115Accepted() {
    assertAccepted(Map.of(P + "azure-load-balancer-health-probe-interval", "5",
        P + "azure-load-balancer-health-probe-num-of-probe", "23"));
    assertRejected(Map.of(P + "azure-load-balancer-health-probe-interval", "5",
        P + "azure-load-balancer-health-probe-num-of-probe", "24"),
        "metadata.annotations[" + P + "azure-load-balancer-health-probe-interval]: Invalid "
            + "value: \"5\": interval times " + P + "azure-load-balancer-health-probe-num-of-probe"
            + " (5 x 24) must stay below 120 seconds");
  }

  @Test
  void aProbePortThatNoListenerAndNotTheStatusPortServesIsRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_port", "8080"),
        "metadata.annotations[" + P + "port_80_health-probe_port]: Invalid value: \"8080\": "
            + "probe port 8080 is served by no listener and is not the status port 15021; probe "
            + "the status port or a listener port");
  }

  @Test
  void probePortsMayNameAServicePort() {
    assertAccepted(Map.of(P + "port_80_health-probe_port", "status-port",
        P + "port_80_health-probe_request-path", "/healthz/ready"));
    assertRejected(Map.of(P + "port_80_health-probe_port", "metrics"),
        "metadata.annotations[" + P + "port_80_health-probe_port]: Invalid value: \"metrics\": "
            + "not a port number or the name of a port of the generated Service "
            + "(\"status-port\", \"http\")");
  }

  @Test
  void perPortSettingsOfAPortTheServiceDoesNotHaveAreRejected() {
    assertRejected(Map.of(P + "port_443_health-probe_protocol", "http"),
        "metadata.annotations[" + P + "port_443_health-probe_protocol]: Invalid value: "
            + "\"http\": port 443 is not a port of the generated Service (ports 15021, 80)");
  }

  @Test
  void unknownPerPortSettingsAreRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_path", "/"),
        "metadata.annotations[" + P + "port_80_health-probe_path]: Invalid value: \"/\": "
            + "unknown per-port setting \"health-probe_path\"; the Azure cloud provider reads "
            + "health-probe_protocol, health-probe_port, health-probe_request-path, "
            + "health-probe_interval, health-probe_num-of-probe, no_lb_rule, no_probe_rule");
  }

  @Test
  void unsupportedProbeProtocolsAreRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_protocol", "grpc"),
        "metadata.annotations[" + P + "port_80_health-probe_protocol]: Unsupported value: "
            + "\"grpc\": supported values: \"http\", \"https\", \"tcp\"");
  }

  @Test
  void probingTheStatusPortOverHttpOnAnotherPathIsRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_port", "15021",
        P + "port_80_health-probe_protocol", "http",
        P + "port_80_health-probe_request-path", "/"),
        "metadata.annotations[" + P + "port_80_health-probe_request-path]: Invalid value: "
            + "\"/\": port 80 is probed over http on the status port 15021, which answers on "
            + "/healthz/ready, not on /");
  }

  @Test
  void probingTheStatusPortOverHttpWithoutAPathIsRejected() {
    // the listener's appProtocol http makes the probe HTTP; Azure's default path is "/"
    assertRejected(Map.of(P + "port_80_health-probe_port", "15021"),
        "metadata.annotations[" + P + "port_80_health-probe_port]: Invalid value: \"15021\": "
            + "port 80 is probed over http on the status port 15021, which answers on "
            + "/healthz/ready; set " + P + "port_80_health-probe_request-path or " + PROBE_PATH);
  }

  @Test
  void probingTheStatusPortOverTcpNeedsNoPath() {
    assertAccepted(Map.of(P + "port_80_health-probe_port", "15021",
        P + "port_80_health-probe_protocol", "tcp"));
  }

  @Test
  void probingTheStatusPortOverHttpsIsRejected() {
    assertRejected(Map.of(P + "port_80_health-probe_port", "15021",
        P + "port_80_health-probe_protocol", "https", PROBE_PATH, "/healthz/ready"),
        "metadata.annotations[" + P + "port_80_health-probe_protocol]: Invalid value: "
            + "\"https\": the status port 15021 serves plain HTTP; probe it with http or tcp");
  }

  @Test
  void noLoadBalancerRuleOnAListenerPortIsRejected() {
    assertRejected(Map.of(P + "port_80_no_lb_rule", "true"),
        "metadata.annotations[" + P + "port_80_no_lb_rule]: Forbidden: port 80 is a listener "
            + "port; without a load-balancing rule it is not exposed");
  }

  @Test
  void noLoadBalancerRuleOnTheStatusPortIsAccepted() {
    assertAccepted(Map.of(P + "port_15021_no_lb_rule", "true",
        P + "port_80_no_probe_rule", "false"));
  }

  @Test
  void staticIpMustBeIpv4() {
    assertRejected(Map.of(P + "azure-load-balancer-ipv4", "10.0.0.300"),
        "metadata.annotations[" + P + "azure-load-balancer-ipv4]: Invalid value: \"10.0.0.300\": "
            + "must be an IPv4 address such as 20.50.60.70");
  }

  @Test
  void publicIpByNameAndByAddressTogetherAreRejected() {
    assertRejected(Map.of(P + "azure-pip-name", "web-ip", P + "azure-load-balancer-ipv4",
        "20.50.60.70"), "metadata.annotations[" + P + "azure-load-balancer-ipv4]: Forbidden: the "
            + "public IP is already chosen by " + P + "azure-pip-name; choose it by name or by "
            + "address, not both");
  }

  @Test
  void allowedRangesMustBeCidrs() {
    assertAccepted(Map.of(P + "azure-allowed-ip-ranges", "10.0.0.0/8, 192.168.0.0/16"));
    assertRejected(Map.of(P + "azure-allowed-ip-ranges", "10.0.0.0/8,office"),
        "metadata.annotations[" + P + "azure-allowed-ip-ranges]: Invalid value: "
            + "\"10.0.0.0/8,office\": must be comma-separated CIDRs such as 10.0.0.0/8");
  }

  @Test
  void allowedServiceTagsMustBeTags() {
    assertRejected(Map.of(P + "azure-allowed-service-tags", "Front Door"),
        "metadata.annotations[" + P + "azure-allowed-service-tags]: Invalid value: "
            + "\"Front Door\": must be comma-separated service tags such as "
            + "AzureFrontDoor.Backend");
  }

  @Test
  void severalProblemsAreReportedTogether() {
    Gateway gw = http80(Map.of(P + "azure-load-balancer-internal-subnet", "ingress",
        P + "port_80_health-probe_port", "8080"));

    assertThatThrownBy(() -> ASM_1_17.applyTo(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageStartingWith("Gateway \"web\" is invalid (2 problems):\n  metadata.annotations");
  }

  // ---- the Gateway itself ----

  @Test
  void aGatewayOfAnotherClassIsRejected() {
    Gateway nginx = Gateway.builder().name("web").target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("nginx").listener(Listener.http("http", 80)).build();

    assertThatThrownBy(() -> ASM_1_17.applyTo(nginx))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.gatewayClassName: Unsupported value: \"nginx\": supported "
            + "values: \"istio\""));
  }

  @Test
  void anApiVersionTheRevisionDoesNotServeIsRejected() {
    Gateway v1 = Gateway.builder().name("web").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();

    assertThatThrownBy(() -> ASM_1_17.applyTo(v1))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("apiVersion: Unsupported value: \"gateway.networking.k8s.io/v1\": "
            + "supported values: \"gateway.networking.k8s.io/v1beta1\", "
            + "\"gateway.networking.k8s.io/v1alpha2\" on AKS revision asm-1-17 (Istio 1.17); "
            + "build it with target(GatewayApiTarget.V0_6_STANDARD)"));
  }

  @Test
  void aListenerOnTheStatusPortIsRejected() {
    Gateway gw = gateway(Listener.http("status", 15021));

    assertThatThrownBy(() -> ASM_1_17.applyTo(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.listeners[0].port: Invalid value: 15021: is the status port "
            + "of Istio's gateway pods; a listener cannot use it"));
  }

  @Test
  void managedRevisionsTakeTheLabelOnAV1Gateway() {
    Gateway v1 = Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();

    Gateway onAks = AksIstio.revision("asm-1-26").applyTo(v1);

    assertThat(onAks.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(onAks.metadata().labels()).containsEntry("istio.io/rev", "asm-1-26");
  }

  // ---- spec.infrastructure: where current revisions take the annotations ----

  /** A v1 Gateway "web" in "shop" of class istio, for the managed CRDs (asm-1-26 and later). */
  private static Gateway.Builder v1Gateway() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80));
  }

  @Test
  void currentRevisionsPlaceTheAnnotationsInSpecInfrastructureButLeaveTheProbesToAks() {
    // asm-1-26+: the add-on's istio-gateway-class-defaults ConfigMap sets the probe annotations
    // (MicrosoftDocs/azure-aks-docs articles/aks/istio-gateway-api.md, "ConfigMap customizations")
    Gateway onAks = AksIstio.revision("asm-1-26").withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"))
        .applyTo(v1Gateway().build());

    assertThat(onAks.metadata().annotations()).isEmpty();
    assertThat(onAks.metadata().labels()).containsExactly(entry("istio.io/rev", "asm-1-26"));
    assertThat(onAks.spec().infrastructure().orElseThrow().annotations()).containsOnly(
        entry(P + "azure-load-balancer-internal", "true"),
        entry(P + "azure-load-balancer-internal-subnet", "ingress"));
    assertThat(onAks.spec().infrastructure().orElseThrow().parametersRef()).isEmpty();
  }

  @Test
  void onAsm125TheProbesAreStillWritten() {
    assertThat(AksIstio.revision("asm-1-25").withHealthProbes()
        .annotationsFor(v1Gateway().build())).containsOnly(
            entry(PROBE_PATH, "/healthz/ready"),
            entry(P + "port_80_health-probe_port", "15021"),
            entry(P + "port_80_health-probe_protocol", "http"));
  }

  @Test
  void infrastructureLabelsAndParametersAreKept() {
    Gateway onAks = AksIstio.revision("asm-1-26").withHealthProbes()
        .applyTo(v1Gateway().infrastructureLabel("team", "shop")
            .infrastructureAnnotation("example.com/owner", "shop").build());

    assertThat(onAks.spec().infrastructure().orElseThrow().labels())
        .containsExactly(entry("team", "shop"));
    assertThat(onAks.spec().infrastructure().orElseThrow().annotations())
        .containsExactly(entry("example.com/owner", "shop"));
  }

  @Test
  void eightInfrastructureAnnotationsAreAccepted() {
    Gateway.Builder gw = v1Gateway().label("istio.io/rev", "asm-1-26");
    for (int i = 1; i <= 8; i++) {
      gw.infrastructureAnnotation("example.com/a" + i, "x");
    }

    AksIstio.revision("asm-1-26").check(gw.build());
  }

  @Test
  void aNinthInfrastructureAnnotationIsRejected() {
    Gateway.Builder gw = v1Gateway().label("istio.io/rev", "asm-1-26");
    for (int i = 1; i <= 9; i++) {
      gw.infrastructureAnnotation("example.com/a" + i, "x");
    }

    assertThatThrownBy(() -> AksIstio.revision("asm-1-26").check(gw.build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.infrastructure.annotations: Too many: 9: must have at most 8 "
            + "items on AKS revision asm-1-26 (Istio 1.26); the entries: 9 set on the Gateway "
            + "(the health probe annotations AKS adds itself are not written here and do not "
            + "count)"));
  }

  @Test
  void aNinthInfrastructureLabelIsRejectedByTheModelItself() {
    Gateway.Builder gw = v1Gateway().label("istio.io/rev", "asm-1-26");
    for (int i = 1; i <= 9; i++) {
      gw.infrastructureLabel("l" + i, "x");
    }

    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.infrastructure.labels: Too many: 9: must have at most 8 properties"));
  }

  @Test
  void infrastructureBeforeIstio121IsRejected() {
    Gateway gw = v1Gateway().apiVersion("gateway.networking.k8s.io/v1beta1")
        .label("istio.io/rev", "asm-1-20").infrastructureLabel("team", "shop").build();

    assertThatThrownBy(() -> AksIstio.revision("asm-1-20").check(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.infrastructure: Forbidden: AKS revision asm-1-20 (Istio 1.20) "
            + "does not read spec.infrastructure (Istio reads it from 1.21); set the Gateway's "
            + "own metadata.labels and metadata.annotations instead"));
  }

  @Test
  void infrastructureFromIstio121IsAccepted() {
    Gateway gw = v1Gateway().apiVersion("gateway.networking.k8s.io/v1beta1")
        .label("istio.io/rev", "asm-1-21").infrastructureLabel("team", "shop").build();

    AksIstio.revision("asm-1-21").check(gw);
  }

  @Test
  void azureAnnotationsLeftInMetadataNextToInfrastructureAnnotationsAreRejected() {
    Gateway gw = v1Gateway().label("istio.io/rev", "asm-1-26")
        .annotation(P + "azure-load-balancer-internal", "true")
        .infrastructureAnnotation("example.com/owner", "shop").build();

    assertThatThrownBy(() -> AksIstio.revision("asm-1-26").check(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("metadata.annotations[" + P + "azure-load-balancer-internal]: "
            + "Forbidden: not copied to the generated Service: AKS revision asm-1-26 (Istio 1.26) "
            + "copies spec.infrastructure.annotations instead, since they are set; move it there"));
  }

  @Test
  void askingForMetadataAnnotationsWhereIstioCopiesInfrastructureFails() {
    Gateway gw = v1Gateway().apiVersion("gateway.networking.k8s.io/v1beta1")
        .infrastructureAnnotation("example.com/owner", "shop").build();

    assertThatThrownBy(() -> AksIstio.revision("asm-1-21")
        .withLoadBalancer(AzureLoadBalancer.internal()).applyTo(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid (2 problems):\n"
            + "  metadata.annotations[" + P + "azure-load-balancer-internal]: Forbidden: not "
            + "copied to the generated Service: AKS revision asm-1-21 (Istio 1.21) copies "
            + "spec.infrastructure.annotations instead, since they are set; move it there\n"
            + "  spec.infrastructure.annotations[" + P + "azure-load-balancer-internal]: Required "
            + "value: asked for \"true\", but " + P + "azure-load-balancer-internal is not where "
            + "AKS revision asm-1-21 (Istio 1.21) copies annotations from");
  }

  @Test
  void azureAnnotationsInInfrastructureAreCheckedThere() {
    Gateway gw = v1Gateway().label("istio.io/rev", "asm-1-26")
        .infrastructureAnnotation(P + "azure-load-balancer-internal-subnet", "ingress").build();

    assertThatThrownBy(() -> AksIstio.revision("asm-1-26").check(gw))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.infrastructure.annotations[" + P
            + "azure-load-balancer-internal-subnet]: Forbidden: needs " + P
            + "azure-load-balancer-internal: \"true\"; without it the load balancer is public "
            + "and the subnet is ignored"));
  }

  @Test
  void aV1beta1GatewayForACurrentRevisionIsRetargetableButAV06TargetFailsEarly() {
    Gateway v06 = gateway(Listener.http("http", 80));

    assertThatThrownBy(() -> AksIstio.revision("asm-1-26")
        .withLoadBalancer(AzureLoadBalancer.internal()).applyTo(v06))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageContaining("spec.infrastructure: Forbidden: not served by Gateway API v0.6.1");
  }

  // ---- kinds and apiVersions of a manifest set ----

  /** A Gateway API resource of a kind the core model does not have. */
  private record Other(String apiVersion, String kind, ObjectMeta metadata)
      implements KubernetesResource {}

  @Test
  void aGrpcRouteForAsm117IsRejected() {
    GRPCRoute grpc = GRPCRoute.builder().name("grpc").namespace("shop")
        .target(GatewayApiTarget.V0_6_EXPERIMENTAL)
        .rule(GRPCRouteRule.service("echo.Echo")).build();

    assertThatThrownBy(() -> ASM_1_17.check(List.of(grpc)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("GRPCRoute \"grpc\" is invalid: kind: Forbidden: GRPCRoute is not supported "
            + "by AKS revision asm-1-17 (Istio 1.17): Istio serves GRPCRoute from 1.22 "
            + "(asm-1-22), and AKS supports it with the managed Gateway API CRDs from asm-1-26");
  }

  @Test
  void aGrpcRouteForAsm126IsAccepted() {
    GRPCRoute grpc = GRPCRoute.builder().name("grpc").namespace("shop")
        .rule(GRPCRouteRule.service("echo.Echo")).build();

    AksIstio.revision("asm-1-26").check(List.of(grpc));
  }

  @Test
  void aV1ReferenceGrantForTheManagedCrdsIsRejected() {
    ReferenceGrant grant = ReferenceGrant.builder().name("allow").namespace("shop")
        .spec(ReferenceGrantSpec.builder()
            .addFrom(ReferenceGrantFrom.of("gateway.networking.k8s.io", "HTTPRoute", "web"))
            .addTo(ReferenceGrantTo.of("", "Service")).build())
        .build();

    assertThatThrownBy(() -> AksIstio.revision("asm-1-26").check(List.of(grant)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ReferenceGrant \"allow\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1\": supported values: "
            + "\"gateway.networking.k8s.io/v1beta1\" on AKS revision asm-1-26 (Istio 1.26); build "
            + "it with target(GatewayApiTarget.V1_2_STANDARD)");
  }

  @Test
  void theReferenceSetupPassesAndOtherResourcesAreIgnored() {
    Gateway gw = ASM_1_17.withHealthProbes().applyTo(gateway(Listener.http("http", 80)));
    HTTPRoute route = HTTPRoute.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).parentRef(gw)
        .rule(HTTPRouteRule.pathPrefix("/")).build();
    Other configMap = new Other("v1", "ConfigMap", ObjectMeta.named("settings"));

    ASM_1_17.check(List.of(gw, route, configMap));
  }

  @Test
  void aV1HttpRouteForAsm117IsRejected() {
    HTTPRoute route = HTTPRoute.builder().name("web").rule(HTTPRouteRule.pathPrefix("/")).build();

    assertThatThrownBy(() -> ASM_1_17.check(List.of(route)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"web\" is invalid: apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1\": supported values: "
            + "\"gateway.networking.k8s.io/v1beta1\", \"gateway.networking.k8s.io/v1alpha2\" on "
            + "AKS revision asm-1-17 (Istio 1.17); build it with "
            + "target(GatewayApiTarget.V0_6_STANDARD)");
  }

  // ---- revision names ----

  @ParameterizedTest
  @ValueSource(strings = {"asm-1-17", "asm-1-30", "asm-1-31", "asm-2-0", "asm-10-100"})
  void acceptsRevisionsOfTheFormAsmMajorMinorFromAsm117(String revision) {
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
  void perPortKeysNameThePort() {
    assertThat(AzureLoadBalancerAnnotations.healthProbeProtocol(8443))
        .isEqualTo(P + "port_8443_health-probe_protocol");
    assertThat(AzureLoadBalancerAnnotations.healthProbePort(1))
        .isEqualTo(P + "port_1_health-probe_port");
    assertThat(AzureLoadBalancerAnnotations.healthProbeRequestPath(65535))
        .isEqualTo(P + "port_65535_health-probe_request-path");
    assertThat(AzureLoadBalancerAnnotations.noLbRule(15021)).isEqualTo(P + "port_15021_no_lb_rule");
    assertThat(AzureLoadBalancerAnnotations.noProbeRule(80)).isEqualTo(P + "port_80_no_probe_rule");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void perPortKeysRejectPortsOutOfRange(int port) {
    assertThatThrownBy(() -> AzureLoadBalancerAnnotations.healthProbePort(port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 1 and 65535, inclusive: " + port);
  }

  @Test
  void equalSettingsAreEqual() {
    AksIstio a = ASM_1_17.withHealthProbes().withLoadBalancer(AzureLoadBalancer.internal()
        .portProbeProtocol(80, ProbeProtocol.TCP));
    AksIstio b = AksIstio.revision("asm-1-17").withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal().portProbeProtocol(80, ProbeProtocol.TCP));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.toString()).isEqualTo("AksIstio{revision=asm-1-17, healthProbes=true, "
        + "loadBalancer=AzureLoadBalancer{" + P + "azure-load-balancer-internal=true, "
        + P + "port_80_health-probe_protocol=tcp}}");
  }
}
