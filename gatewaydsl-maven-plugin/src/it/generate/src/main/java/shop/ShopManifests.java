package shop;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.yaml.ManifestProvider;
import java.util.List;

/** The sample project's GitOps directory, as a user would write it. */
public final class ShopManifests implements ManifestProvider {
  @Override
  public List<KubernetesResource> resources() {
    Deployment web = Deployment.builder().name("web").namespace("shop")
        .selectorLabel("app", "web")
        .container(Container.of("web", "nginx:1.27").withPort(8080))
        .build();
    Service service = Service.exposing(web, 8080).build();
    Gateway gateway = Gateway.builder().name("web").namespace("shop")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80))
        .build();
    HTTPRoute route = HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();
    return List.of(Namespace.named("shop"), web, service, gateway, route);
  }
}
