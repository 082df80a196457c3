package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.LocalParametersReference;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.gateway.TLSRoute;
import dev.gatewaydsl.model.gateway.TLSRouteRule;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AKS add-on as it runs today (issue 13): the Gateway API bundle per Kubernetes version, the
 * add-on's own probe annotations, the per-Gateway customization ConfigMap, and one rule set for
 * {@code check} and the analysis. Sources: MicrosoftDocs/azure-aks-docs {@code
 * articles/aks/managed-gateway-api.md} (commit 9c4bd64), {@code articles/aks/istio-gateway-api.md}
 * (commit a756347), {@code articles/aks/istio-support-policy.md} (commit 103b196).
 */
class AksAsItRunsTodayTest {
  private static final String P = "service.beta.kubernetes.io/";
  private static final AksIstio ASM_1_28_ON_1_35 = AksIstio.revision("asm-1-28")
      .kubernetes("1.35").withHealthProbes()
      .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"));

  /** Listeners on 80, 443, 8080 and 8443, for the revision's bundle. */
  private static Gateway.Builder fourListeners(AksIstio aks) {
    return Gateway.builder().name("web").namespace("shop").target(aks.profile().target())
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .listener(Listener.https("https", 443, "web-cert"))
        .listener(Listener.http("http-alt", 8080))
        .listener(Listener.https("https-alt", 8443, "web-cert"));
  }

  @Test
  void fourListenersAndAnInternalLoadBalancerInASubnetBuildOnAsm128WithKubernetes135() {
    Gateway onAks = ASM_1_28_ON_1_35.applyTo(fourListeners(ASM_1_28_ON_1_35).build());

    assertThat(onAks.target()).isEqualTo(GatewayApiTarget.V1_4_STANDARD);
    assertThat(onAks.spec().infrastructure().orElseThrow().annotations()).containsOnly(
        entry(P + "azure-load-balancer-internal", "true"),
        entry(P + "azure-load-balancer-internal-subnet", "ingress"));
    assertThat(ASM_1_28_ON_1_35.preview(onAks).service().metadata().annotations()).containsOnly(
        entry(P + "azure-load-balancer-internal", "true"),
        entry(P + "azure-load-balancer-internal-subnet", "ingress"),
        entry(P + "port_80_health-probe_port", "15021"),
        entry(P + "port_80_health-probe_protocol", "http"),
        entry(P + "port_80_health-probe_request-path", "/healthz/ready"));
    assertThat(ASM_1_28_ON_1_35.customizationFor(onAks)).isEmpty();
  }

  @Test
  void aNinthEntryIsRefusedNamingWhereTheEntriesCameFrom() {
    Gateway.Builder gateway = fourListeners(ASM_1_28_ON_1_35);
    for (int i = 1; i <= 6; i++) {
      gateway.infrastructureAnnotation("example.com/note-" + i, "x");
    }
    assertThat(ASM_1_28_ON_1_35.applyTo(gateway.build()).spec().infrastructure().orElseThrow()
        .annotations()).hasSize(8);

    gateway.infrastructureAnnotation("example.com/note-7", "x");

    assertThatThrownBy(() -> ASM_1_28_ON_1_35.applyTo(gateway.build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid: spec.infrastructure.annotations: Too many: 9: "
            + "must have at most 8 items on AKS revision asm-1-28 (Istio 1.28) on Kubernetes "
            + "1.35; the entries: 2 from withLoadBalancer(AzureLoadBalancer{" + P
            + "azure-load-balancer-internal=true, " + P + "azure-load-balancer-internal-subnet="
            + "ingress}), 7 set on the Gateway (the health probe annotations AKS adds itself are "
            + "not written here and do not count)");
  }

  @Test
  void externalTrafficPolicyLocalGoesToAPerGatewayConfigMapThatUnsetsAksProbes() throws Exception {
    AksIstio aks = AksIstio.revision("asm-1-28").kubernetes("1.35")
        .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"))
        .withExternalTrafficPolicyLocal();

    List<KubernetesResource> manifests = aks.manifests(fourListeners(aks).build());

    Gateway gateway = (Gateway) manifests.get(0);
    ConfigMap options = (ConfigMap) manifests.get(1);
    assertThat(gateway.spec().infrastructure().orElseThrow().parametersRef())
        .contains(LocalParametersReference.of("", "ConfigMap", "web-aks-options"));
    assertThat(options.metadata().name()).isEqualTo("web-aks-options");
    assertThat(options.metadata().namespace()).isEqualTo("shop");
    assertThat(options.data()).containsOnlyKeys("service");
    assertThat(options.data().get("service")).isEqualTo("""
        metadata:
          annotations:
            service.beta.kubernetes.io/port_80_health-probe_port: null
            service.beta.kubernetes.io/port_80_health-probe_protocol: null
            service.beta.kubernetes.io/port_80_health-probe_request-path: null
        spec:
          externalTrafficPolicy: "Local"
        """);
    assertEveryFieldIsOnTheAllowList(options);
    Service service = aks.preview(gateway).service();
    assertThat(service.spec().externalTrafficPolicy()).contains("Local");
    assertThat(service.metadata().annotations()).containsOnly(
        entry(P + "azure-load-balancer-internal", "true"),
        entry(P + "azure-load-balancer-internal-subnet", "ingress"));
    assertThat(Manifests.fromYaml(Manifests.toYaml(manifests))).isEqualTo(manifests);
  }

  /**
   * Reads each overlay of the ConfigMap back as YAML and checks every leaf path against the allow
   * list table of AKS's docs, written out here independently of {@link AksGatewayCustomization}.
   */
  private static void assertEveryFieldIsOnTheAllowList(ConfigMap options) throws Exception {
    Map<String, List<String>> allowList = Map.of(
        "service", List.of("metadata.labels.", "metadata.annotations.", "spec.type",
            "spec.loadBalancerSourceRanges", "spec.loadBalancerClass",
            "spec.externalTrafficPolicy", "spec.internalTrafficPolicy", "spec.healthCheckNodePort"),
        "horizontalPodAutoscaler", List.of("metadata.labels.", "metadata.annotations.",
            "spec.behavior.scaleUp.", "spec.behavior.scaleDown.", "spec.metrics",
            "spec.minReplicas", "spec.maxReplicas"),
        "podDisruptionBudget", List.of("metadata.labels.", "metadata.annotations.",
            "spec.minAvailable", "spec.unhealthyPodEvictionPolicy"));
    for (Map.Entry<String, String> data : options.data().entrySet()) {
      List<String> paths = new ArrayList<>();
      leaves(new YAMLMapper().readTree(data.getValue()), "", paths);
      assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(allowList.get(data.getKey()))
          .as("%s %s", data.getKey(), path)
          .anyMatch(allowed -> allowed.endsWith(".") ? path.startsWith(allowed)
              : path.equals(allowed)));
    }
  }

  private static void leaves(JsonNode node, String path, List<String> out) {
    if (node.isObject() && !path.endsWith("annotations") && !path.endsWith("labels")) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
      }
    } else if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> out.add(path + "." + k));
    } else {
      out.add(path);
    }
  }

  @Test
  void hpaPdbAndAnotherProbeGoToTheConfigMapToo() throws Exception {
    AksIstio aks = AksIstio.revision("asm-1-30").kubernetes("1.36")
        .withHealthProbe("/ready", 8081)
        .withCustomization(AksGatewayCustomization.empty()
            .set(AksGatewayCustomization.Resource.HORIZONTAL_POD_AUTOSCALER, "spec.minReplicas", 3)
            .set(AksGatewayCustomization.Resource.HORIZONTAL_POD_AUTOSCALER, "spec.maxReplicas", 6)
            .set(AksGatewayCustomization.Resource.POD_DISRUPTION_BUDGET, "spec.minAvailable", 1));
    Gateway gateway = aks.applyTo(Gateway.builder().name("web").namespace("shop")
        .target(aks.profile().target()).gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build());

    ConfigMap options = aks.customizationFor(gateway).orElseThrow();

    assertThat(options.data()).containsOnly(
        entry("service", """
            metadata:
              annotations:
                service.beta.kubernetes.io/port_80_health-probe_port: "8081"
                service.beta.kubernetes.io/port_80_health-probe_protocol: "http"
                service.beta.kubernetes.io/port_80_health-probe_request-path: "/ready"
            """),
        entry("horizontalPodAutoscaler", """
            spec:
              maxReplicas: 6
              minReplicas: 3
            """),
        entry("podDisruptionBudget", """
            spec:
              minAvailable: 1
            """));
    assertEveryFieldIsOnTheAllowList(options);
    assertThat(aks.preview(gateway).service().metadata().annotations()).contains(
        entry(P + "port_80_health-probe_port", "8081"),
        entry(P + "port_80_health-probe_request-path", "/ready"));
  }

  @Test
  void fieldsOutsideAksAllowListAreRefused() {
    assertThatThrownBy(() -> AksGatewayCustomization.empty()
        .set(AksGatewayCustomization.Resource.SERVICE, "spec.sessionAffinity", "ClientIP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("service spec.sessionAffinity: not on AKS's service customization allow "
            + "list, so the add-on's webhook would block the ConfigMap; allowed: "
            + "metadata.labels[<key>], metadata.annotations[<key>], spec.type, "
            + "spec.loadBalancerSourceRanges, spec.loadBalancerClass, spec.externalTrafficPolicy, "
            + "spec.internalTrafficPolicy, spec.healthCheckNodePort");
    assertThatThrownBy(() -> AksGatewayCustomization.empty()
        .set(AksGatewayCustomization.Resource.POD_DISRUPTION_BUDGET, "spec.maxUnavailable", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("podDisruptionBudget spec.maxUnavailable: not on AKS's pod "
            + "disruption budget customization allow list");
  }

  @Test
  void theHpaKeepsAtLeastTwoReplicas() {
    AksGatewayCustomization two = AksGatewayCustomization.empty()
        .set(AksGatewayCustomization.Resource.HORIZONTAL_POD_AUTOSCALER, "spec.minReplicas", 2);

    assertThat(two.isEmpty()).isFalse();
    assertThatThrownBy(() -> two.set(AksGatewayCustomization.Resource.HORIZONTAL_POD_AUTOSCALER,
        "spec.minReplicas", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("horizontalPodAutoscaler spec.minReplicas: 1: AKS's allow list requires at "
            + "least 2");
  }

  @Test
  void aCustomizationBeforeAsm126IsRefused() {
    AksIstio aks = AksIstio.revision("asm-1-25").withExternalTrafficPolicyLocal();

    assertThatThrownBy(() -> aks.applyTo(Gateway.builder().name("web")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build()))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"web\" is invalid: spec.infrastructure.parametersRef: Forbidden: "
            + "AKS revision asm-1-25 (Istio 1.25) has no per-Gateway customization ConfigMap (AKS "
            + "supports it from asm-1-26, with the managed Gateway API); externalTrafficPolicy, "
            + "HPA and PDB settings cannot be applied");
  }

  // ---- the bundle decides the apiVersions ----

  private static HTTPRoute route(GatewayApiTarget target) {
    return HTTPRoute.builder().name("checkout").namespace("shop").target(target)
        .rule(HTTPRouteRule.pathPrefix("/")).build();
  }

  private static Service payments() {
    return Service.builder().name("payments").namespace("payments").port(ServicePort.of(8080))
        .build();
  }

  @ParameterizedTest(name = "Kubernetes {0}")
  @CsvSource({"1.33, gateway.networking.k8s.io/v1beta1", "1.34, gateway.networking.k8s.io/v1beta1",
      "1.35, gateway.networking.k8s.io/v1beta1", "1.36, gateway.networking.k8s.io/v1"})
  void aReferenceGrantDefaultsToAVersionTheBundleServes(String kubernetes, String apiVersion) {
    AksIstio aks = AksIstio.revision("asm-1-30").kubernetes(kubernetes);
    ReferenceGrant grant = ReferenceGrant.allowing(route(aks.profile().target()), payments());

    assertThat(grant.apiVersion()).isEqualTo(apiVersion);
    assertThat(ReferenceGrant.builder().name("g").target(aks.profile().target()).spec(
        grant.spec()).build().apiVersion()).isEqualTo(apiVersion);
    aks.check(List.of(grant));
  }

  private static TLSRoute tlsRoute() {
    return TLSRoute.builder().name("db").namespace("shop").hostname("db.example.com")
        .rule(TLSRouteRule.to(Service.builder().name("db").namespace("shop")
            .port(ServicePort.of(5432)).build(), 5432)).build();
  }

  @Test
  void tlsRouteV1IsRefusedBelowV151() {
    assertThatThrownBy(() -> AksIstio.revision("asm-1-30").kubernetes("1.35")
        .check(List.of(tlsRoute())))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("TLSRoute \"db\" is invalid: kind: Forbidden: TLSRoute is not supported by AKS "
            + "revision asm-1-30 (Istio 1.30) on Kubernetes 1.35: the standard channel serves "
            + "TLSRoute from Gateway API v1.5.1, which AKS installs on Kubernetes 1.36 and later; "
            + "the cluster's bundle is Gateway API v1.4.1 (standard channel)");
    assertThatThrownBy(() -> AksIstio.revision("asm-1-30").check(List.of(tlsRoute())))
        .isInstanceOf(InvalidResourceException.class);
    AksIstio.revision("asm-1-30").kubernetes("1.36").check(List.of(tlsRoute()));
  }

  // ---- one rule set: check and the analysis ----

  @Test
  void checkAndTheAnalysisReportTheSameProblems() {
    AksIstio aks = AksIstio.revision("asm-1-26");
    Gateway unlabelled = Gateway.builder().name("a").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();
    Gateway statusPort = aks.applyTo(Gateway.builder().name("b").namespace("shop")
        .gatewayClassName("istio").listener(Listener.http("http", 80)).build())
        .withSpec(Gateway.builder().name("b").gatewayClassName("istio")
            .listener(Listener.http("status", AksIstio.STATUS_PORT)).build().spec());
    Gateway.Builder crowded = Gateway.builder().name("c").namespace("shop")
        .gatewayClassName("istio").label(AksIstio.REVISION_LABEL, "asm-1-26")
        .listener(Listener.http("http", 80));
    for (int i = 1; i <= 9; i++) {
      crowded.infrastructureAnnotation("example.com/a" + i, "x");
    }
    ReferenceGrant v1Grant = ReferenceGrant.allowing(route(GatewayApiTarget.V1_6_STANDARD),
        payments());
    List<KubernetesResource> set = List.of(unlabelled, statusPort, crowded.build(), v1Grant,
        tlsRoute());

    List<String> fromCheck = new ArrayList<>();
    for (KubernetesResource resource : set) {
      try {
        aks.check(List.of(resource));
      } catch (InvalidResourceException e) {
        e.violations().forEach(v -> fromCheck.add(Diagnostic.describe(resource) + ": " + v));
      }
    }
    List<String> fromAnalysis = Manifests.analyze(set, List.of(new AksIstioChecks(aks))).stream()
        .filter(d -> d.code().startsWith("Aks"))
        .map(d -> Diagnostic.describe(d.resource()) + ": " + d.path() + ": " + d.message())
        .toList();

    assertThat(fromCheck).hasSize(5).containsExactlyInAnyOrderElementsOf(fromAnalysis);
    assertThat(fromCheck).anyMatch(p -> p.startsWith("Gateway \"shop/a\": metadata.labels"))
        .anyMatch(p -> p.startsWith("Gateway \"shop/b\": spec.listeners[0].port"))
        .anyMatch(p -> p.startsWith("Gateway \"shop/c\": spec.infrastructure.annotations"))
        .anyMatch(p -> p.startsWith("ReferenceGrant \"payments/shop-httproute-to-payments\": "
            + "apiVersion"))
        .anyMatch(p -> p.startsWith("TLSRoute \"shop/db\": kind"));
  }

  @Test
  void withoutARevisionTheAnalysisTakesItFromTheGatewaysLabel() {
    Gateway gateway = AksIstio.revision("asm-1-26").applyTo(Gateway.builder().name("web")
        .namespace("shop").gatewayClassName("istio").listener(Listener.http("http", 80)).build());
    ReferenceGrant v1Grant = ReferenceGrant.allowing(route(GatewayApiTarget.V1_6_STANDARD),
        payments());

    assertThat(Manifests.analyze(List.of(gateway, v1Grant), List.of(new AksIstioChecks()))
        .stream().map(Diagnostic::toString).filter(d -> d.contains("Aks")))
        .containsExactly("error AksNotSupportedByRevision: ReferenceGrant "
            + "\"payments/shop-httproute-to-payments\": apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1\": supported values: "
            + "\"gateway.networking.k8s.io/v1beta1\" on AKS revision asm-1-26 (Istio 1.26); build "
            + "it with target(GatewayApiTarget.V1_2_STANDARD)");
  }
}
