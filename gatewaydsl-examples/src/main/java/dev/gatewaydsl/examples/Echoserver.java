package dev.gatewaydsl.examples;

import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;

/** The echoserver backend the AKS examples route to. */
final class Echoserver {
  private Echoserver() {}

  /** One echoserver pod on port 8080, labelled {@code run: echoserver}. */
  static Deployment deployment(String namespace) {
    return Deployment.builder().name("echoserver").namespace(namespace)
        .replicas(1)
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "gcr.io/google_containers/echoserver:1.10")
            .withPort(8080))
        .build();
  }

  /** The Service in front of {@link #deployment(String)}, on port 8080. */
  static Service service(Deployment deployment) {
    return Service.exposing(deployment, 8080).build();
  }
}
