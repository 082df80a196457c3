package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * HTTPS with an HTTP to HTTPS redirect: the Gateway's {@code https} listener terminates TLS with
 * the certificate in the Secret {@code shop-example-com-tls} (type {@code kubernetes.io/tls}, e.g.
 * issued by cert-manager; not part of the example), and a route on its {@code http} listener
 * answers every plain HTTP request with a 301 to the same URL over HTTPS. Each route names its
 * listener ({@code sectionName}), so the store is served over HTTPS only.
 */
public final class HttpsRedirectExample implements Example {

  @Override
  public String name() {
    return "https-redirect";
  }

  @Override
  public String description() {
    return "HTTPS listener terminating TLS with a certificate Secret, HTTP redirected to it (301)";
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
        .listener(Listener.http("http", 80).withHostname("shop.example.com"))
        .listener(Listener.https("https", 443, "shop-example-com-tls")
            .withHostname("shop.example.com"))
        .build();

    HTTPRoute redirect = HTTPRoute.builder().name("store-https-redirect").namespace("shop")
        .parentRef(ParentReference.to(gateway, "http"))
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/").filter(HTTPRouteFilter.requestRedirectToHttps()))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(ParentReference.to(gateway, "https"))
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080))
        .build();

    return List.of(shop, store, storeService, gateway, redirect, route);
  }
}
