package dev.gatewaydsl.benchmarks.coldstart;

import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.util.List;

/**
 * The echoserver seed set built with gatewaydsl (validated as it is built) and printed with
 * {@code Manifests.writeYaml}: what a user's build tool runs. Its jar, {@code
 * target/gatewaydsl-echoserver.jar}, holds gatewaydsl-core, gatewaydsl-azure and their runtime
 * dependencies only.
 */
public final class GatewaydslEchoserver {
  private GatewaydslEchoserver() {}

  public static void main(String[] args) throws IOException {
    Manifests.writeYaml(resources(), System.out);
  }

  /** The four resources, in order. */
  public static List<KubernetesResource> resources() {
    Deployment echo = Deployment.builder().name("echoserver").namespace("default")
        .replicas(1)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080))
        .build();
    Service service = Service.exposing(echo, 8080).build();
    Gateway gateway = Gateway.builder().name("echoserver").namespace("default")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();
    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
        .target(GatewayApiTarget.V0_6_STANDARD)
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(service, 8080))
        .build();
    Gateway onAks = AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gateway);
    return List.of(echo, service, onAks, route);
  }
}
