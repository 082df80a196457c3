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
import java.util.List;

/**
 * A public gateway on AKS (revision {@code asm-1-17}) on the static public IP {@code shop-web-ip},
 * chosen by name as AKS recommends, which lives in its own resource group ({@code shop-network}),
 * with the DNS name {@code
 * shop-web.<region>.cloudapp.azure.com}, a 15-minute TCP idle timeout and probes on the status
 * port. The cluster's identity needs the Network Contributor role on that resource group.
 */
public final class AksStaticPublicIpExample implements Example {

  @Override
  public String name() {
    return "aks-static-ip";
  }

  @Override
  public String description() {
    return "public Istio gateway on a static public IP with a DNS label (asm-1-17)";
  }

  /** Gateway API v0.6.x, as the add-on's revision asm-1-17 needs. */
  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V0_6_STANDARD;
  }

  @Override
  public List<KubernetesResource> resources() {
    Deployment echo = Echoserver.deployment("shop");
    Service service = Echoserver.service(echo);

    AksIstio aks = AksIstio.revision("asm-1-17")
        .withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.external()
            .publicIpName("shop-web-ip")
            .publicIpResourceGroup("shop-network")
            .dnsLabel("shop-web")
            .tcpIdleTimeoutMinutes(15));

    Gateway gateway = aks.applyTo(Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .build());

    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    return List.of(echo, service, gateway, route);
  }
}
