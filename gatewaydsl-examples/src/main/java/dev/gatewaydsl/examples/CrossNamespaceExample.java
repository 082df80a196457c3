package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * A shared Gateway and a route that crosses namespaces. The platform team runs the Gateway {@code
 * shared-gateway} in {@code infra}; its listener takes routes from the namespaces labelled {@code
 * shared-gateway-access: "true"}, which {@code shop} is. The HTTPRoute in {@code shop} sends
 * {@code /payments} to the Service {@code payments-api} in {@code payments}, which the
 * ReferenceGrant in {@code payments} allows; without it the reference would be refused.
 */
public final class CrossNamespaceExample implements Example {

  @Override
  public String name() {
    return "cross-namespace";
  }

  @Override
  public String description() {
    return "shared Gateway in infra, route in shop, Service in payments, with a ReferenceGrant";
  }

  @Override
  public List<KubernetesResource> resources() {
    Namespace infra = Namespace.named("infra");
    Namespace shop = Namespace.named("shop").withLabel("shared-gateway-access", "true");
    Namespace payments = Namespace.named("payments");

    Deployment store = Deployment.builder().name("store").namespace("shop")
        .replicas(2)
        .selectorLabel("app", "store")
        .container(Container.of("store", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service storeService = Service.exposing(store, 8080).build();

    Deployment paymentsApi = Deployment.builder().name("payments-api").namespace("payments")
        .replicas(2)
        .selectorLabel("app", "payments-api")
        .container(Container.of("payments-api", "registry.k8s.io/echoserver:1.10")
            .withPort(8080))
        .build();
    Service paymentsApiService = Service.exposing(paymentsApi, 8080).build();

    Gateway gateway = Gateway.builder().name("shared-gateway").namespace("infra")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80).allowedRoutesFromNamespaces(
            LabelSelector.matchLabel("shared-gateway-access", "true")))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/payments").backendRef(
            HTTPBackendRef.to(paymentsApiService, 8080).inNamespaceOf(paymentsApiService)))
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080))
        .build();

    ReferenceGrant grant = ReferenceGrant.allowing(route, paymentsApiService);

    return List.of(infra, shop, payments, store, storeService, paymentsApi, paymentsApiService,
        gateway, route, grant);
  }
}
