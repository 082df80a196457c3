package dev.gatewaydsl.benchmarks;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.ArrayList;
import java.util.List;

/**
 * The fleet written with fabric8's Gateway API model ({@code kubernetes-model-gatewayapi}) and its
 * idiomatic YAML, {@code Serialization.asYaml}, one call per resource; each call starts its
 * document with {@code ---}. fabric8's builders do not validate.
 */
public final class Fabric8Side {
  private Fabric8Side() {}

  /** Builds every resource and writes the YAML stream. */
  public static String yaml(Fleet fleet) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata resource : resources(fleet)) {
      out.append(Serialization.asYaml(resource));
    }
    return out.toString();
  }

  /** The Gateway, then one route per team. */
  public static List<HasMetadata> resources(Fleet fleet) {
    List<HasMetadata> resources = new ArrayList<>(fleet.size() + 1);
    resources.add(gateway());
    for (Fleet.Team team : fleet.teams()) {
      resources.add(route(team));
    }
    return resources;
  }

  static Gateway gateway() {
    return new GatewayBuilder()
        .withNewMetadata()
          .withName(Fleet.GATEWAY_NAME).withNamespace(Fleet.GATEWAY_NAMESPACE)
          .addToLabels("app.kubernetes.io/managed-by", "platform-generator")
        .endMetadata()
        .withNewSpec()
          .withGatewayClassName("istio")
          .addNewListener()
            .withName(Fleet.LISTENER).withHostname(Fleet.WILDCARD_HOSTNAME)
            .withPort(80).withProtocol("HTTP")
            .withNewAllowedRoutes().withNewNamespaces().withFrom("All").endNamespaces()
            .endAllowedRoutes()
          .endListener()
        .endSpec()
        .build();
  }

  static HTTPRoute route(Fleet.Team team) {
    return new HTTPRouteBuilder()
        .withNewMetadata()
          .withName(team.name()).withNamespace(team.name())
          .addToLabels("app.kubernetes.io/managed-by", "platform-generator")
          .addToLabels("app.kubernetes.io/part-of", "storefront")
          .addToLabels("team", team.name())
        .endMetadata()
        .withNewSpec()
          .addNewParentRef()
            .withName(Fleet.GATEWAY_NAME).withNamespace(Fleet.GATEWAY_NAMESPACE)
            .withSectionName(Fleet.LISTENER)
          .endParentRef()
          .addToHostnames(team.hostname())
          .addNewRule()
            .addNewMatch().withNewPath().withType("PathPrefix").withValue("/api").endPath()
              .addNewHeader().withName(Fleet.ENVIRONMENT_HEADER).withValue(Fleet.ENVIRONMENT)
              .endHeader()
            .endMatch()
            .addNewFilter().withType("RequestHeaderModifier")
              .withNewRequestHeaderModifier()
                .addNewSet().withName(Fleet.TEAM_HEADER).withValue(team.name()).endSet()
              .endRequestHeaderModifier()
            .endFilter()
            .addNewBackendRef().withName(team.api()).withPort(Fleet.BACKEND_PORT).withWeight(90)
            .endBackendRef()
            .addNewBackendRef().withName(team.apiCanary()).withPort(Fleet.BACKEND_PORT)
              .withWeight(10)
            .endBackendRef()
          .endRule()
          .addNewRule()
            .addNewMatch().withNewPath().withType("PathPrefix").withValue("/").endPath()
              .addNewHeader().withName(Fleet.ENVIRONMENT_HEADER).withValue(Fleet.ENVIRONMENT)
              .endHeader()
            .endMatch()
            .addNewBackendRef().withName(team.web()).withPort(Fleet.BACKEND_PORT).withWeight(80)
            .endBackendRef()
            .addNewBackendRef().withName(team.webNext()).withPort(Fleet.BACKEND_PORT)
              .withWeight(20)
            .endBackendRef()
          .endRule()
        .endSpec()
        .build();
  }
}
