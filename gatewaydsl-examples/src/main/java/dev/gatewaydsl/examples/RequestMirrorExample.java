package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRequestMirrorFilter;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Trying a new version on real traffic without risk: the route serves every request from {@code
 * store} and mirrors a copy of 25 percent of them to {@code store-next}. The gateway ignores the
 * responses of the mirror, so clients only ever see {@code store}'s.
 */
public final class RequestMirrorExample implements Example {

  @Override
  public String name() {
    return "request-mirror";
  }

  @Override
  public String description() {
    return "requests served by store, 25% of them mirrored to store-next";
  }

  @Override
  public List<KubernetesResource> resources() {
    Namespace shop = Namespace.named("shop");

    Deployment store = Deployment.builder().name("store").namespace("shop")
        .replicas(2)
        .selectorLabel("app", "store")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeService = Service.exposing(store, 8080).build();

    Deployment storeNext = Deployment.builder().name("store-next").namespace("shop")
        .replicas(1)
        .selectorLabel("app", "store-next")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeNextService = Service.exposing(storeNext, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/")
            .filter(HTTPRouteFilter.requestMirror(
                HTTPRequestMirrorFilter.to(storeNextService, 8080).withPercent(25)))
            .backendRef(storeService, 8080))
        .build();

    return List.of(shop, store, storeService, storeNext, storeNextService, gateway, route);
  }
}
