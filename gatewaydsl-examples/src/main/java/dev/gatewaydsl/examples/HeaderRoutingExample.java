package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPMethod;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Routing by more than the path. Requests with the header {@code x-beta: true} <em>or</em> the
 * query parameter {@code beta=true} go to {@code store-beta} (two matches in one rule: any one
 * suffices); {@code POST} requests under {@code /orders} go to {@code orders} (path and method in
 * one match: both must hold); everything else goes to {@code store}.
 */
public final class HeaderRoutingExample implements Example {

  @Override
  public String name() {
    return "header-routing";
  }

  @Override
  public String description() {
    return "routing by header, query parameter and method";
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

    Deployment storeBeta = Deployment.builder().name("store-beta").namespace("shop")
        .replicas(1)
        .selectorLabel("app", "store-beta")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeBetaService = Service.exposing(storeBeta, 8080).build();

    Deployment orders = Deployment.builder().name("orders").namespace("shop")
        .replicas(2)
        .selectorLabel("app", "orders")
        .container(Container.of("orders", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service ordersService = Service.exposing(orders, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.builder()
            .addMatches(HTTPRouteMatch.header("x-beta", "true"),
                HTTPRouteMatch.queryParam("beta", "true"))
            .build()
            .backendRef(storeBetaService, 8080))
        .rule(HTTPRouteRule.match(HTTPRouteMatch.pathPrefix("/orders").withMethod(HTTPMethod.POST))
            .backendRef(ordersService, 8080))
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080))
        .build();

    return List.of(shop, store, storeService, storeBeta, storeBetaService, orders, ordersService,
        gateway, route);
  }
}
