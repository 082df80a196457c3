package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRetry;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.SessionPersistence;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Two HTTPRoute features of the experimental channel only: {@code retry} (requests to {@code
 * store} that get a 502, 503 or 504 are tried up to 3 more times, with a backoff of 100 ms) and
 * {@code sessionPersistence} (a cookie {@code cart-session} keeps each shopper on one {@code cart}
 * pod). The resources are built with {@code .target(GatewayApiTarget.V1_6_EXPERIMENTAL)}, without
 * which building the route fails. The cluster needs the experimental-channel CRDs of Gateway API
 * v1.6.1: the standard CRDs reject both fields.
 */
public final class ExperimentalExample implements Example {

  @Override
  public String name() {
    return "experimental";
  }

  @Override
  public String description() {
    return "HTTPRoute retry and session persistence (needs the experimental-channel CRDs)";
  }

  @Override
  public GatewayApiTarget gatewayApiTarget() {
    return GatewayApiTarget.V1_6_EXPERIMENTAL;
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

    Deployment cart = Deployment.builder().name("cart").namespace("shop")
        .replicas(3)
        .selectorLabel("app", "cart")
        .container(Container.of("cart", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service cartService = Service.exposing(cart, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/cart").backendRef(cartService, 8080)
            .withSessionPersistence(SessionPersistence.cookie("cart-session")))
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080)
            .withRetry(HTTPRouteRetry.of(3, 502, 503, 504).withBackoff("100ms")))
        .build();

    return List.of(shop, store, storeService, cart, cartService, gateway, route);
  }
}
