package example;

import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;

/** What a user writes: the reference setup, built, validated, analysed, written and read back. */
public final class Consumer {
  private Consumer() {}

  /**
   * Prints the manifests of the reference setup.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Deployment echo = Deployment.builder().name("echoserver").namespace("default")
        .replicas(1)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080))
        .build();
    Service svc = Service.exposing(echo, 8080).build();
    Gateway gateway = Gateway.builder().name("echoserver").namespace("default")
        .gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromAllNamespaces())
        .build();
    HTTPRoute route = HTTPRoute.builder().name("echoserver").namespace("default")
        .parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/").backendRef(svc, 8080))
        .build();
    Gateway onAks = AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gateway);

    String yaml = Manifests.toYaml(echo, svc, onAks, route);
    List<KubernetesResource> read = Manifests.fromYaml(yaml);
    List<Diagnostic> diagnostics = Manifests.analyze(read);
    System.out.println(yaml);
    diagnostics.forEach(d -> System.out.println(d.message()));

    try {
      HTTPRoute.builder().name("echoserver").namespace("default")
          .parentRef(gateway)
          .rule(HTTPRouteRule.pathPrefix("api").backendRef(svc, 8080))
          .build();
    } catch (InvalidResourceException e) {
      System.out.println(e.getMessage());
    }
  }
}
