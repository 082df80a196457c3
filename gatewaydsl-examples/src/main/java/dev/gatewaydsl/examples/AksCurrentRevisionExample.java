package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * The reference setup on a current add-on revision, {@code asm-1-30}, with AKS' managed Gateway
 * API CRDs ({@code az aks update --enable-gateway-api}): the Gateway API resources are {@code v1},
 * and the add-on sets the Azure load balancer probe annotations of the generated Service itself
 * (its AKS-managed gateway class defaults), so {@code withHealthProbes()} writes none; other
 * load balancer settings would go to the Gateway's {@code spec.infrastructure.annotations}. The
 * revision label stays on the Gateway's own labels: it decides which control plane owns the
 * Gateway.
 */
public final class AksCurrentRevisionExample implements Example {

  @Override
  public String name() {
    return "aks-current";
  }

  @Override
  public String description() {
    return "the echoserver setup on a current AKS revision (asm-1-30), probes set by the add-on";
  }

  @Override
  public List<KubernetesResource> resources() {
    Deployment echo = Echoserver.deployment("current");
    Service service = Echoserver.service(echo);

    Gateway gateway = AksIstio.revision("asm-1-30").withHealthProbes()
        .applyTo(Gateway.builder().name("echoserver").namespace("current")
            .gatewayClassName("istio")
            .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
            .build());

    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("current")
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    return List.of(echo, service, gateway, route);
  }
}
