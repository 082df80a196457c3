package dev.gatewaydsl.benchmarks.coldstart;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.GatewayBuilder;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1beta1.HTTPRouteBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.util.List;

/**
 * The echoserver example of {@code gatewaydsl-examples}, the same four objects built with fabric8
 * and printed with {@code Serialization.asYaml}: the other side of the cold-start comparison. Its
 * jar, {@code target/fabric8-echoserver.jar}, holds fabric8 and its dependencies only.
 */
public final class Fabric8Echoserver {
  private Fabric8Echoserver() {}

  public static void main(String[] args) {
    StringBuilder out = new StringBuilder();
    for (HasMetadata resource : resources()) {
      out.append(Serialization.asYaml(resource));
    }
    System.out.print(out);
    System.out.flush();
  }

  /** Deployment, Service, Gateway (with the AKS Istio label and probe annotations), HTTPRoute. */
  public static List<HasMetadata> resources() {
    Deployment deployment = new DeploymentBuilder()
        .withNewMetadata().withName("echoserver").withNamespace("default").endMetadata()
        .withNewSpec()
          .withReplicas(1)
          .withNewSelector().addToMatchLabels("run", "echoserver").endSelector()
          .withNewTemplate()
            .withNewMetadata().addToLabels("run", "echoserver").endMetadata()
            .withNewSpec()
              .addNewContainer()
                .withName("echoserver").withImage("gcr.io/google_containers/echoserver:1.10")
                .addNewPort().withContainerPort(8080).endPort()
              .endContainer()
            .endSpec()
          .endTemplate()
        .endSpec()
        .build();
    Service service = new ServiceBuilder()
        .withNewMetadata().withName("echoserver").withNamespace("default").endMetadata()
        .withNewSpec()
          .addNewPort().withProtocol("TCP").withPort(8080).withTargetPort(new IntOrString(8080))
          .endPort()
          .addToSelector("run", "echoserver")
        .endSpec()
        .build();
    Gateway gateway = new GatewayBuilder()
        .withNewMetadata()
          .withName("echoserver").withNamespace("default")
          .addToLabels("istio.io/rev", "asm-1-17")
          .addToAnnotations(
              "service.beta.kubernetes.io/azure-load-balancer-health-probe-request-path",
              "/healthz/ready")
          .addToAnnotations("service.beta.kubernetes.io/port_80_health-probe_port", "15021")
          .addToAnnotations("service.beta.kubernetes.io/port_80_health-probe_protocol", "http")
        .endMetadata()
        .withNewSpec()
          .withGatewayClassName("istio")
          .addNewListener()
            .withName("http").withPort(80).withProtocol("HTTP")
            .withNewAllowedRoutes().withNewNamespaces().withFrom("All").endNamespaces()
            .endAllowedRoutes()
          .endListener()
        .endSpec()
        .build();
    HTTPRoute route = new HTTPRouteBuilder()
        .withNewMetadata().withName("echoserver").withNamespace("default").endMetadata()
        .withNewSpec()
          .addNewParentRef().withNamespace("default").withName("echoserver").endParentRef()
          .addNewRule()
            .addNewMatch().withNewPath().withType("PathPrefix").withValue("/").endPath()
            .endMatch()
            .addNewBackendRef().withName("echoserver").withPort(8080).endBackendRef()
          .endRule()
        .endSpec()
        .build();
    return List.of(deployment, service, gateway, route);
  }
}
