package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.azure.AzureLoadBalancer;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.ArrayList;
import java.util.List;

/**
 * An internal gateway on AKS as it runs today: revision {@code asm-1-28} on Kubernetes 1.35
 * (Gateway API v1.4.1, which AKS installs there), listeners on 80, 443, 8080 and 8443, an internal
 * load balancer in the subnet {@code ingress}, and {@code externalTrafficPolicy: Local} to keep
 * the clients' source IPs. The traffic policy is not a Gateway field: it goes to the per-Gateway
 * customization ConfigMap AKS documents ({@code web-aks-options}, referenced from {@code
 * spec.infrastructure.parametersRef}), which also unsets the probe annotations the add-on would
 * otherwise add, as AKS requires for {@code Local}. The certificate Secret {@code web-tls} is
 * created in the cluster (e.g. from Azure Key Vault by the Secrets Store CSI driver), not kept in
 * Git, so the example only refers to it.
 */
public final class AksLocalTrafficPolicyExample implements Example {

  private static final AksIstio AKS = AksIstio.revision("asm-1-28").kubernetes("1.35")
      .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"))
      .withExternalTrafficPolicyLocal();

  @Override
  public String name() {
    return "aks-local";
  }

  @Override
  public String description() {
    return "internal gateway on asm-1-28 / Kubernetes 1.35 with externalTrafficPolicy Local "
        + "(per-Gateway ConfigMap)";
  }

  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return AKS.profile().target();
  }

  @Override
  public List<KubernetesResource> resources() {
    GatewayApiTarget target = AKS.profile().target();
    Deployment echo = Echoserver.deployment("edge");
    Service service = Echoserver.service(echo);
    String certificate = "web-tls";

    List<KubernetesResource> gatewayAndOptions = AKS.manifests(Gateway.builder().name("web")
        .namespace("edge").target(target).gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .listener(Listener.https("https", 443, certificate))
        .listener(Listener.http("http-alt", 8080))
        .listener(Listener.https("https-alt", 8443, certificate))
        .build());
    Gateway gateway = (Gateway) gatewayAndOptions.get(0);

    HTTPRoute route = HTTPRoute.builder().name("web").namespace("edge").target(target)
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    List<KubernetesResource> resources = new ArrayList<>(List.of(echo, service));
    resources.addAll(gatewayAndOptions);
    resources.add(route);
    return resources;
  }
}
