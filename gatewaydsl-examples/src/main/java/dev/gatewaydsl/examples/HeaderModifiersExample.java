package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPHeaderFilter;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Changing headers on the way in and out. On the request the route sets {@code X-Environment}
 * (replacing a client's value), appends the gateway to {@code Via} and removes {@code X-Debug}, so
 * clients cannot switch on debugging; on the response it sets two security headers and removes
 * {@code Server} and {@code X-Powered-By}, which tell too much about the backend.
 */
public final class HeaderModifiersExample implements Example {

  @Override
  public String name() {
    return "header-modifiers";
  }

  @Override
  public String description() {
    return "request and response header modifier filters (set, add, remove)";
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

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/")
            .filter(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
                .set("X-Environment", "production")
                .add("Via", "1.1 shop-gateway")
                .remove("X-Debug")))
            .filter(HTTPRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty()
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .remove("Server", "X-Powered-By")))
            .backendRef(storeService, 8080))
        .build();

    return List.of(shop, store, storeService, gateway, route);
  }
}
