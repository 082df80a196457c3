package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Timeouts per rule. Report downloads under {@code /reports} may take up to two minutes ({@code
 * request: 2m}); every other request gets 10 seconds in all ({@code request: 10s}), of which one
 * call to a {@code store} pod may take 3 ({@code backendRequest: 3s}): where the implementation
 * retries, a slow pod then leaves time for another try.
 */
public final class TimeoutsExample implements Example {

  @Override
  public String name() {
    return "timeouts";
  }

  @Override
  public String description() {
    return "request and backend request timeouts per route rule";
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

    Deployment reports = Deployment.builder().name("reports").namespace("shop")
        .replicas(1)
        .selectorLabel("app", "reports")
        .container(Container.of("reports", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service reportsService = Service.exposing(reports, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/reports").backendRef(reportsService, 8080)
            .timeouts("2m"))
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080)
            .timeouts("10s", "3s"))
        .build();

    return List.of(shop, store, storeService, reports, reportsService, gateway, route);
  }
}
