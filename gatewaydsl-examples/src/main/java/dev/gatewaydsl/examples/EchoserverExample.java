package dev.gatewaydsl.examples;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * The reference setup: an {@code echoserver} Deployment and Service in {@code default}, exposed
 * through an Istio Gateway and an HTTPRoute on AKS with the Istio add-on at revision {@code
 * asm-1-17}. That revision ships Gateway API v0.6.1, so the Gateway API resources target it: they
 * are written as {@code v1beta1} and may only use fields v0.6.1 has.
 */
public final class EchoserverExample implements Example {

  @Override
  public String name() {
    return "echoserver";
  }

  @Override
  public String description() {
    return "echoserver Deployment + Service behind an Istio Gateway and HTTPRoute on AKS (asm-1-17)";
  }

  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V0_6_STANDARD;
  }

  @Override
  public List<KubernetesResource> resources() {
    Deployment echo = Deployment.builder().name("echoserver").namespace("default")
        .replicas(1)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080))
        .build();

    Service service = Service.exposing(echo, 8080).build();

    Gateway gateway = Gateway.builder().name("echoserver").namespace("default")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();

    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();

    Gateway onAks = AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gateway);

    return List.of(echo, service, onAks, route);
  }
}
