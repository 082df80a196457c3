package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The YAML of the workload fields a gateway Deployment needs: a ServiceAccount, named container
 * ports, a readiness probe, pod template annotations and {@code serviceAccountName}, and a
 * Service with {@code appProtocol} and {@code type}.
 */
class WorkloadYamlTest {

  private static List<KubernetesResource> gatewayWorkload() {
    ServiceAccount sa = ServiceAccount.builder().name("web-istio").namespace("shop")
        .label("istio.io/gateway-name", "web").build();

    Deployment.Builder deployment = Deployment.builder().name("web-istio").namespace("shop")
        .label("gateway.istio.io/managed", "istio.io-gateway-controller")
        .selectorLabel("istio.io/gateway-name", "web")
        .container(Container.of("istio-proxy", "auto")
            .withPort(ContainerPort.builder().name("status-port").containerPort(15021)
                .protocol(Protocol.TCP).build())
            .withReadinessProbe(Probe.builder()
                .httpGet(HTTPGetAction.builder().path("/healthz/ready")
                    .port(IntOrString.of(15021)).scheme(URIScheme.HTTP).build())
                .initialDelaySeconds(0).timeoutSeconds(1).periodSeconds(15)
                .successThreshold(1).failureThreshold(4).build()));
    deployment.specBuilder().templateBuilder().metadataBuilder()
        .putAnnotation("inject.istio.io/templates", "gateway");
    deployment.specBuilder().templateBuilder().specBuilder().serviceAccountName("web-istio");

    Service.Builder service = Service.builder().name("web-istio").namespace("shop")
        .port(ServicePort.builder().name("status-port").protocol(Protocol.TCP).appProtocol("tcp")
            .port(15021).build())
        .port(ServicePort.builder().name("http").protocol(Protocol.TCP).appProtocol("http")
            .port(80).build())
        .selector("istio.io/gateway-name", "web");
    service.specBuilder().type("LoadBalancer");
    return List.of(sa, deployment.build(), service.build());
  }

  @Test
  void gatewayServiceAccountDeploymentAndService() {
    Approvals.verify(Manifests.toYaml(gatewayWorkload()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void readsBackAsTheSameResources() {
    List<KubernetesResource> resources = gatewayWorkload();

    assertThat(Manifests.fromYaml(Manifests.toYaml(resources))).isEqualTo(resources);
  }
}
