package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * A canary release: the HTTPRoute splits the requests for {@code shop.example.com} by weight, 90
 * to the Service {@code store-v1} and 10 to {@code store-v2}. Each version has its own Deployment
 * and Service; the weights are relative, so moving the canary on means changing the two numbers.
 * (Both versions run the same echo server here; the pod name in its reply shows which answered.)
 */
public final class CanaryExample implements Example {

  @Override
  public String name() {
    return "canary";
  }

  @Override
  public String description() {
    return "weighted canary split, 90/10 between the Services store-v1 and store-v2";
  }

  @Override
  public List<KubernetesResource> resources() {
    Namespace shop = Namespace.named("shop");

    Deployment storeV1 = Deployment.builder().name("store-v1").namespace("shop")
        .replicas(3)
        .selectorLabel("app", "store")
        .selectorLabel("version", "v1")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeV1Service = Service.exposing(storeV1, 8080).build();

    Deployment storeV2 = Deployment.builder().name("store-v2").namespace("shop")
        .replicas(1)
        .selectorLabel("app", "store")
        .selectorLabel("version", "v2")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeV2Service = Service.exposing(storeV2, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/").backendRefs(
            HTTPBackendRef.to(storeV1Service, 8080).withWeight(90),
            HTTPBackendRef.to(storeV2Service, 8080).withWeight(10)))
        .build();

    return List.of(shop, storeV1, storeV1Service, storeV2, storeV2Service, gateway, route);
  }
}
