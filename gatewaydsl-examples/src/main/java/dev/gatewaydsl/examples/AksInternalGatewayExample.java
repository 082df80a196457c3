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
 * An internal-only gateway on AKS (revision {@code asm-1-17}): the Azure load balancer gets a
 * private IP from the subnet {@code ingress-subnet}, its probes check Envoy's readiness on the
 * status port, and the status port itself gets no load-balancing rule, so it is not reachable
 * through the load balancer.
 */
public final class AksInternalGatewayExample implements Example {

  @Override
  public String name() {
    return "aks-internal";
  }

  @Override
  public String description() {
    return "internal-only Istio gateway on an AKS subnet, probes on the status port (asm-1-17)";
  }

  /** Gateway API v0.6.x, as the add-on's revision asm-1-17 needs. */
  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V0_6_STANDARD;
  }

  @Override
  public List<KubernetesResource> resources() {
    Deployment echo = Echoserver.deployment("internal");
    Service service = Echoserver.service(echo);

    AksIstio aks = AksIstio.revision("asm-1-17")
        .withHealthProbes()
        .withLoadBalancer(AzureLoadBalancer.internal()
            .internalSubnet("ingress-subnet")
            .noLoadBalancerRule(AksIstio.STATUS_PORT));

    Gateway gateway = aks.applyTo(Gateway.builder().name("internal").namespace("internal")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .build());

    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("internal")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    return List.of(echo, service, gateway, route);
  }
}
