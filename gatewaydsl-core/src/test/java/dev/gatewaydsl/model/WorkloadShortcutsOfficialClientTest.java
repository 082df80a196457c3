package dev.gatewaydsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.google.gson.JsonParser;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.EnvVar;
import dev.gatewaydsl.model.workload.HorizontalPodAutoscaler;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.PodDisruptionBudget;
import dev.gatewaydsl.model.workload.Probe;
import dev.gatewaydsl.model.workload.Volume;
import dev.gatewaydsl.yaml.Manifests;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1VolumeMount;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;
import io.kubernetes.client.openapi.models.V2MetricSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of the workload shortcuts by code we did not write: what we write for a Deployment
 * built with them (and for its HPA and PDB) passes the official Kubernetes Java client's strict
 * check of each kind, which refuses unknown fields, wrong types and missing required fields, and
 * the client reads back the values the shortcuts set. The test lives outside the model's package,
 * where users call the shortcuts from.
 */
class WorkloadShortcutsOfficialClientTest {

  private static Deployment web() {
    return Deployment.builder().name("web").namespace("shop").replicas(2)
        .selectorLabel("app", "web")
        .restricted()
        .container(Container.of("app", "example/app:1.0").withPort(8080)
            .withRequests("500m", "256Mi")
            .withLimits("1", "512Mi")
            .withLivenessProbe(Probe.httpGet("/healthz", 8080))
            .withReadinessProbe(Probe.tcpSocket(8080))
            .withStartupProbe(Probe.exec("cat", "/tmp/started"))
            .withEnv("LOG_LEVEL", "info")
            .withEnv(EnvVar.fromSecretKey("DB_PASSWORD", "db", "password")))
        .volume(Volume.configMap("config", "app-config"), "app", "/etc/app")
        .build();
  }

  /** Our YAML of {@code resource} as the JSON the client reads. */
  private static String json(KubernetesResource resource) {
    return Manifests.readTree(Manifests.toYaml(resource)).toString();
  }

  @Test
  void theDeploymentPassesTheClientsStrictCheckAndReadsBackWithTheShortcutsValues() {
    String json = json(web());

    assertThatCode(() -> V1Deployment.validateJsonElement(JsonParser.parseString(json)))
        .doesNotThrowAnyException();
    V1PodSpec pod = JSON.getGson().fromJson(json, V1Deployment.class).getSpec().getTemplate()
        .getSpec();
    V1Container app = pod.getContainers().get(0);

    assertThat(app.getResources().getRequests()).isEqualTo(Map.of(
        "cpu", Quantity.fromString("500m"), "memory", Quantity.fromString("256Mi")));
    assertThat(app.getResources().getLimits()).isEqualTo(Map.of(
        "cpu", Quantity.fromString("1"), "memory", Quantity.fromString("512Mi")));
    assertThat(app.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/healthz");
    assertThat(app.getLivenessProbe().getHttpGet().getPort().getIntValue()).isEqualTo(8080);
    assertThat(app.getReadinessProbe().getTcpSocket().getPort().getIntValue()).isEqualTo(8080);
    assertThat(app.getStartupProbe().getExec().getCommand())
        .containsExactly("cat", "/tmp/started");
    assertThat(app.getEnv()).hasSize(2);
    assertThat(app.getEnv().get(1).getName()).isEqualTo("DB_PASSWORD");
    assertThat(app.getEnv().get(1).getValueFrom().getSecretKeyRef().getName()).isEqualTo("db");
    assertThat(app.getEnv().get(1).getValueFrom().getSecretKeyRef().getKey())
        .isEqualTo("password");
    assertThat(pod.getVolumes()).hasSize(1);
    assertThat(pod.getVolumes().get(0).getName()).isEqualTo("config");
    assertThat(pod.getVolumes().get(0).getConfigMap().getName()).isEqualTo("app-config");
    assertThat(app.getVolumeMounts()).containsExactly(
        new V1VolumeMount().name("config").mountPath("/etc/app"));
    assertThat(app.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
    assertThat(app.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(app.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
    assertThat(app.getSecurityContext().getPrivileged()).isNull();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(pod.getSecurityContext().getSeccompProfile().getType())
        .isEqualTo("RuntimeDefault");
  }

  @Test
  void theHpaOnCpuPassesTheClientsStrictCheckAndReadsBackWithTheShortcutsValues() {
    String json = json(HorizontalPodAutoscaler.onCpu(web(), 2, 10, 70).build());

    assertThatCode(() -> V2HorizontalPodAutoscaler.validateJsonElement(
        JsonParser.parseString(json))).doesNotThrowAnyException();
    V2HorizontalPodAutoscaler hpa = JSON.getGson().fromJson(json,
        V2HorizontalPodAutoscaler.class);

    assertThat(hpa.getMetadata().getName()).isEqualTo("web");
    assertThat(hpa.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(hpa.getSpec().getScaleTargetRef().getApiVersion()).isEqualTo("apps/v1");
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("web");
    assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isEqualTo(10);
    List<V2MetricSpec> metrics = hpa.getSpec().getMetrics();
    assertThat(metrics).hasSize(1);
    assertThat(metrics.get(0).getType()).isEqualTo("Resource");
    assertThat(metrics.get(0).getResource().getName()).isEqualTo("cpu");
    assertThat(metrics.get(0).getResource().getTarget().getType()).isEqualTo("Utilization");
    assertThat(metrics.get(0).getResource().getTarget().getAverageUtilization()).isEqualTo(70);
  }

  @Test
  void thePdbPassesTheClientsStrictCheckAndReadsBackWithTheShortcutsValues() {
    String json = json(PodDisruptionBudget.forDeployment(web(), IntOrString.of(1)).build());

    assertThatCode(() -> V1PodDisruptionBudget.validateJsonElement(
        JsonParser.parseString(json))).doesNotThrowAnyException();
    V1PodDisruptionBudget pdb = JSON.getGson().fromJson(json, V1PodDisruptionBudget.class);

    assertThat(pdb.getMetadata().getName()).isEqualTo("web");
    assertThat(pdb.getMetadata().getNamespace()).isEqualTo("shop");
    assertThat(pdb.getSpec().getMinAvailable().getIntValue()).isEqualTo(1);
    assertThat(pdb.getSpec().getSelector().getMatchLabels()).isEqualTo(Map.of("app", "web"));
  }

  @Test
  void theClientsStrictCheckRefusesAFieldItDoesNotKnow() {
    String json = json(web()).replace("\"allowPrivilegeEscalation\"",
        "\"allowPrivilegeEscalations\"");

    assertThatCode(() -> V1Deployment.validateJsonElement(JsonParser.parseString(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("allowPrivilegeEscalations");
  }
}
