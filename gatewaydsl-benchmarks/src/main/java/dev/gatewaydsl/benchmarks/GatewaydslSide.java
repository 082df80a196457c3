package dev.gatewaydsl.benchmarks;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPHeaderFilter;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteFilter;
import dev.gatewaydsl.model.gateway.HTTPRouteMatch;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.List;

/** The fleet written with gatewaydsl: builders (which validate) and {@link Manifests}. */
public final class GatewaydslSide {
  private GatewaydslSide() {}

  /** Builds and validates every resource and writes the YAML stream. */
  public static String yaml(Fleet fleet) {
    return Manifests.toYaml(resources(fleet));
  }

  /** The Gateway, then one route per team. */
  public static List<KubernetesResource> resources(Fleet fleet) {
    List<KubernetesResource> resources = new ArrayList<>(fleet.size() + 1);
    Gateway gateway = gateway();
    resources.add(gateway);
    for (Fleet.Team team : fleet.teams()) {
      resources.add(route(gateway, team));
    }
    return resources;
  }

  static Gateway gateway() {
    return Gateway.builder().name(Fleet.GATEWAY_NAME).namespace(Fleet.GATEWAY_NAMESPACE)
        .label("app.kubernetes.io/managed-by", "platform-generator")
        .gatewayClassName("istio")
        .listener(Listener.http(Fleet.LISTENER, 80).withHostname(Fleet.WILDCARD_HOSTNAME)
            .allowedRoutesFromAllNamespaces())
        .build();
  }

  static HTTPRoute route(Gateway gateway, Fleet.Team team) {
    return HTTPRoute.builder().name(team.name()).namespace(team.name())
        .label("app.kubernetes.io/managed-by", "platform-generator")
        .label("app.kubernetes.io/part-of", "storefront")
        .label("team", team.name())
        .parentRef(ParentReference.to(gateway, Fleet.LISTENER))
        .hostname(team.hostname())
        .rule(HTTPRouteRule.match(HTTPRouteMatch.pathPrefix("/api")
                .addHeader(Fleet.ENVIRONMENT_HEADER, Fleet.ENVIRONMENT))
            .filter(HTTPRouteFilter.requestHeaderModifier(
                HTTPHeaderFilter.empty().set(Fleet.TEAM_HEADER, team.name())))
            .backendRefs(weighted(team.api(), 90), weighted(team.apiCanary(), 10)))
        .rule(HTTPRouteRule.match(HTTPRouteMatch.pathPrefix("/")
                .addHeader(Fleet.ENVIRONMENT_HEADER, Fleet.ENVIRONMENT))
            .backendRefs(weighted(team.web(), 80), weighted(team.webNext(), 20)))
        .build();
  }

  private static HTTPBackendRef weighted(String service, int weight) {
    return HTTPBackendRef.builder().name(service).port(Fleet.BACKEND_PORT).weight(weight).build();
  }
}
