package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.HTTPURLRewriteFilter;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import java.util.List;

/**
 * Rewriting the URL before it reaches the backend. The {@code catalog} service lives at the root
 * of its own virtual host, {@code catalog.shop.internal}, but is published under {@code
 * shop.example.com/catalog}: a URL rewrite filter replaces the matched prefix {@code /catalog}
 * with {@code /} (so {@code /catalog/shoes} arrives as {@code /shoes}) and sets the {@code Host}
 * header to {@code catalog.shop.internal}. The rest of the site goes to {@code store} unchanged.
 */
public final class UrlRewriteExample implements Example {

  @Override
  public String name() {
    return "url-rewrite";
  }

  @Override
  public String description() {
    return "URL rewrite: prefix /catalog replaced by /, Host set to catalog.shop.internal";
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

    Deployment catalog = Deployment.builder().name("catalog").namespace("shop")
        .replicas(2)
        .selectorLabel("app", "catalog")
        .container(Container.of("catalog", "registry.k8s.io/echoserver:1.10").withPort(8080))
        .build();
    Service catalogService = Service.exposing(catalog, 8080).build();

    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("example")
        .listener(Listener.http("http", 80))
        .build();

    HTTPRoute route = HTTPRoute.builder().name("store").namespace("shop")
        .parentRef(gateway)
        .hostname("shop.example.com")
        .rule(HTTPRouteRule.pathPrefix("/catalog")
            .filter(HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.replacePrefixMatch("/")
                .withHostname("catalog.shop.internal")))
            .backendRef(catalogService, 8080))
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(storeService, 8080))
        .build();

    return List.of(shop, store, storeService, catalog, catalogService, gateway, route);
  }
}
