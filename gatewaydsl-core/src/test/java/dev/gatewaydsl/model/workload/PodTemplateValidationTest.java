package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.PORT_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pod template every workload kind shares (core/v1 {@code ValidatePodSpec}, {@code
 * validateContainers}, {@code validateInitContainers}, {@code ValidateVolumeMounts}, {@code
 * validateEnvVarValueFrom}, {@code ValidateResourceRequirements}), read from YAML as a user writes
 * it, through a Deployment.
 */
class PodTemplateValidationTest {

  private static final String POD = "spec.template.spec.";
  private static final String CONTAINER = POD + "containers[0].";

  /** A Deployment {@code web} whose pod spec is {@code lines}, written at the pod spec's depth. */
  private static String deployment(String... lines) {
    return """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
        """ + Arrays.stream(lines).map(line -> "      " + line + "\n")
        .collect(Collectors.joining());
  }

  /** A pod spec with one container {@code web}, its extra lines {@code container} below it. */
  private static String withContainer(String... container) {
    String[] lines = new String[container.length + 3];
    lines[0] = "containers:";
    lines[1] = "- name: web";
    lines[2] = "  image: nginx";
    for (int i = 0; i < container.length; i++) {
      lines[i + 3] = "  " + container[i];
    }
    return deployment(lines);
  }

  private static PodSpec pod(String yaml) {
    return ((Deployment) WorkloadProblems.read(yaml)).spec().template().spec();
  }

  // ---- volumes: DNS-1123 labels, unique ----

  @Test
  void volumesWithDifferentNamesAreAccepted() {
    PodSpec pod = pod(deployment("volumes:", "- name: data", "- name: cache",
        "containers:", "- name: web", "  image: nginx"));

    assertThat(pod.volumes()).extracting(Volume::name).containsExactly("data", "cache");
  }

  @Test
  void aSecondVolumeOfTheSameNameIsDuplicate() {
    assertThat(WorkloadProblems.of(deployment("volumes:", "- name: data", "- name: data",
        "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "volumes[1].name: Duplicate value: \"data\"");
  }

  @Test
  void aVolumeNameOutsideLabelSyntaxIsRejected() {
    assertThat(WorkloadProblems.of(deployment("volumes:", "- name: Data",
        "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "volumes[0].name: Invalid value: \"Data\": " + DNS1123_LABEL);
  }

  // ---- volume mounts: name a volume, at a path of their own ----

  @Test
  void aMountOfAVolumeOfThePodIsAccepted() {
    PodSpec pod = pod(deployment("volumes:", "- name: data", "containers:", "- name: web",
        "  image: nginx", "  volumeMounts:", "  - name: data", "    mountPath: /data"));

    assertThat(pod.containers().get(0).volumeMounts()).hasSize(1);
  }

  @Test
  void aMountNamingNoVolumeIsNotFound() {
    assertThat(WorkloadProblems.of(deployment("volumes:", "- name: data", "containers:",
        "- name: web", "  image: nginx", "  volumeMounts:", "  - name: cache",
        "    mountPath: /cache")))
        .containsExactly(CONTAINER + "volumeMounts[0].name: Not found: \"cache\"");
  }

  @Test
  void anInitContainerMountNamingNoVolumeIsNotFound() {
    assertThat(WorkloadProblems.of(deployment("initContainers:", "- name: init",
        "  image: busybox", "  volumeMounts:", "  - name: cache", "    mountPath: /cache",
        "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "initContainers[0].volumeMounts[0].name: Not found: \"cache\"");
  }

  @Test
  void aMountWithoutPathIsRequired() {
    assertThat(WorkloadProblems.of(deployment("volumes:", "- name: data", "containers:",
        "- name: web", "  image: nginx", "  volumeMounts:", "  - name: data",
        "    mountPath: ''")))
        .containsExactly(CONTAINER + "volumeMounts[0].mountPath: Required value");
  }

  @Test
  void twoMountsAtOnePathAreRejected() {
    assertThat(WorkloadProblems.of(deployment("volumes:", "- name: data", "- name: cache",
        "containers:", "- name: web", "  image: nginx", "  volumeMounts:", "  - name: data",
        "    mountPath: /data", "  - name: cache", "    mountPath: /data")))
        .containsExactly(
            CONTAINER + "volumeMounts[1].mountPath: Invalid value: \"/data\": must be unique");
  }

  @Test
  void twoMountsOfOneVolumeAtDifferentPathsAreAccepted() {
    PodSpec pod = pod(deployment("volumes:", "- name: data", "containers:", "- name: web",
        "  image: nginx", "  volumeMounts:", "  - name: data", "    mountPath: /a",
        "  - name: data", "    mountPath: /b"));

    assertThat(pod.containers().get(0).volumeMounts()).hasSize(2);
  }

  // ---- container names: unique across containers and init containers ----

  @Test
  void initContainerWithAnotherNameIsAccepted() {
    PodSpec pod = pod(deployment("initContainers:", "- name: init", "  image: busybox",
        "containers:", "- name: web", "  image: nginx"));

    assertThat(pod.initContainers()).extracting(Container::name).containsExactly("init");
  }

  @Test
  void initContainerNamedLikeAContainerIsDuplicate() {
    assertThat(WorkloadProblems.of(deployment("initContainers:", "- name: web",
        "  image: busybox", "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "initContainers[0].name: Duplicate value: \"web\"");
  }

  @Test
  void twoContainersOfOneNameAreDuplicate() {
    assertThat(WorkloadProblems.of(deployment("containers:", "- name: web", "  image: nginx",
        "- name: web", "  image: envoy")))
        .containsExactly(POD + "containers[1].name: Duplicate value: \"web\"");
  }

  @Test
  void containerWithoutNameIsRequired() {
    assertThat(WorkloadProblems.of(deployment("containers:", "- name: ''", "  image: nginx")))
        .containsExactly(CONTAINER + "name: Required value");
  }

  // ---- probes: all three, of every container; init containers only as sidecars ----

  @Test
  void livenessAndStartupProbesNeedOneHandlerToo() {
    assertThat(WorkloadProblems.of(withContainer("livenessProbe:", "  periodSeconds: 5",
        "startupProbe:", "  periodSeconds: 5")))
        .containsExactly(
            CONTAINER + "livenessProbe: Required value: must specify a handler type",
            CONTAINER + "startupProbe: Required value: must specify a handler type");
  }

  @Test
  void livenessProbeSucceedingOnceIsAccepted() {
    PodSpec pod = pod(withContainer("livenessProbe:", "  tcpSocket:", "    port: 80",
        "  successThreshold: 1", "startupProbe:", "  tcpSocket:", "    port: 80",
        "  successThreshold: 1"));

    assertThat(pod.containers().get(0).livenessProbe()).isPresent();
  }

  @Test
  void livenessOrStartupProbeSucceedingTwiceIsRejected() {
    assertThat(WorkloadProblems.of(withContainer("livenessProbe:", "  tcpSocket:",
        "    port: 80", "  successThreshold: 2", "startupProbe:", "  tcpSocket:", "    port: 80",
        "  successThreshold: 2")))
        .containsExactly(
            CONTAINER + "livenessProbe.successThreshold: Invalid value: 2: must be 1",
            CONTAINER + "startupProbe.successThreshold: Invalid value: 2: must be 1");
  }

  @Test
  void readinessProbeMaySucceedSeveralTimes() {
    PodSpec pod = pod(withContainer("readinessProbe:", "  tcpSocket:", "    port: 80",
        "  successThreshold: 3"));

    assertThat(pod.containers().get(0).readinessProbe().orElseThrow().successThreshold())
        .contains(3);
  }

  @Test
  void initContainerProbeIsForbidden() {
    assertThat(WorkloadProblems.of(deployment("initContainers:", "- name: init",
        "  image: busybox", "  readinessProbe:", "    tcpSocket:", "      port: 80",
        "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "initContainers[0].readinessProbe: Forbidden: may not be set for "
            + "init containers without restartPolicy=Always");
  }

  @Test
  void sidecarInitContainerProbeIsAcceptedAndChecked() {
    String sidecar = deployment("initContainers:", "- name: proxy", "  image: envoy",
        "  restartPolicy: Always", "  readinessProbe:", "    tcpSocket:", "      port: 80",
        "containers:", "- name: web", "  image: nginx");

    assertThat(pod(sidecar).initContainers().get(0).readinessProbe()).isPresent();
    assertThat(WorkloadProblems.of(deployment("initContainers:", "- name: proxy",
        "  image: envoy", "  restartPolicy: Always", "  readinessProbe:", "    periodSeconds: 5",
        "containers:", "- name: web", "  image: nginx")))
        .containsExactly(POD + "initContainers[0].readinessProbe: Required value: must specify "
            + "a handler type");
  }

  // ---- ports: containerPort 1-65535 and required, hostPort 1-65535 when set ----

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void hostPortAtTheEndsOfTheRangeIsAccepted(int port) {
    PodSpec pod = pod(withContainer("ports:", "- containerPort: 80", "  hostPort: " + port));

    assertThat(pod.containers().get(0).ports().get(0).hostPort()).contains(port);
  }

  @Test
  void hostPortZeroIsNoHostPort() {
    PodSpec pod = pod(withContainer("ports:", "- containerPort: 80", "  hostPort: 0"));

    assertThat(pod.containers().get(0).ports().get(0).hostPort()).contains(0);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536})
  void hostPortOutsideTheRangeIsRejected(int port) {
    assertThat(WorkloadProblems.of(withContainer("ports:", "- containerPort: 80",
        "  hostPort: " + port)))
        .containsExactly(CONTAINER + "ports[0].hostPort: Invalid value: " + port + ": "
            + PORT_RANGE);
  }

  @Test
  void containerPortZeroIsRequired() {
    assertThat(WorkloadProblems.of(withContainer("ports:", "- containerPort: 0")))
        .containsExactly(CONTAINER + "ports[0].containerPort: Required value");
  }

  @Test
  void portNamesAreIanaServiceNamesUniqueInTheContainer() {
    assertThat(WorkloadProblems.of(withContainer("ports:", "- name: http", "  containerPort: 80",
        "- name: http", "  containerPort: 81", "- name: http-metrics-port", "  containerPort: 82")))
        .containsExactly(
            CONTAINER + "ports[1].name: Duplicate value: \"http\"",
            CONTAINER + "ports[2].name: Invalid value: \"http-metrics-port\": must be no more "
                + "than 15 characters");
  }

  // ---- environment: a value or exactly one source ----

  @Test
  void anEnvVarFromOneSourceIsAccepted() {
    PodSpec pod = pod(withContainer("env:", "- name: PASSWORD", "  valueFrom:",
        "    secretKeyRef:", "      name: db", "      key: password"));

    assertThat(pod.containers().get(0).env().get(0).valueFrom()).isPresent();
  }

  @Test
  void anEnvVarFromTwoSourcesIsRejected() {
    assertThat(WorkloadProblems.of(withContainer("env:", "- name: PASSWORD", "  valueFrom:",
        "    secretKeyRef:", "      name: db", "      key: password", "    configMapKeyRef:",
        "      name: db", "      key: password")))
        .containsExactly(CONTAINER + "env[0].valueFrom: Invalid value: \"\": may not have more "
            + "than one field specified at a time");
  }

  @Test
  void anEnvVarWithAValueAndASourceIsRejected() {
    assertThat(WorkloadProblems.of(withContainer("env:", "- name: MODE", "  value: fast",
        "  valueFrom:", "    fieldRef:", "      fieldPath: metadata.name")))
        .containsExactly(CONTAINER + "env[0].valueFrom: Invalid value: \"\": may not be "
            + "specified when `value` is not empty");
  }

  @Test
  void aKeyReferenceNeedsAKey() {
    assertThat(WorkloadProblems.of(withContainer("env:", "- name: MODE", "  valueFrom:",
        "    configMapKeyRef:", "      name: settings", "      key: ''")))
        .containsExactly(CONTAINER + "env[0].valueFrom.configMapKeyRef.key: Required value");
  }

  // ---- resources: quantities and container resource names ----

  @Test
  void quantitiesAndResourcesOfContainersAreAccepted() {
    PodSpec pod = pod(withContainer("resources:", "  requests:", "    cpu: 500m",
        "    memory: 1Gi", "    ephemeral-storage: 2G", "  limits:", "    nvidia.com/gpu: 1",
        "    hugepages-2Mi: 64Mi"));

    assertThat(pod.containers().get(0).resources().orElseThrow().requests())
        .containsEntry("cpu", Quantity.of("500m")).containsEntry("memory", Quantity.of("1Gi"));
  }

  @Test
  void aQuantityWithAnUnknownSuffixIsRefused() {
    assertThatThrownBy(() -> Manifests.fromYaml(withContainer("resources:", "  limits:",
        "    memory: 1GB")))
        .hasRootCauseMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }

  @Test
  void aResourceNameThatIsNoResourceIsRejected() {
    assertThat(WorkloadProblems.of(withContainer("resources:", "  requests:", "    gpu: 1",
        "    pods: 1", "  limits:", "    example.com/Gpu!: 1")))
        .containsExactlyInAnyOrder(
            CONTAINER + "resources.limits[example.com/Gpu!]: Invalid value: example.com/Gpu!: "
                + "name part must consist of alphanumeric characters, '-', '_' or '.', and must "
                + "start and end with an alphanumeric character (e.g. 'MyName', or 'my.name', or "
                + "'123-abc')",
            CONTAINER + "resources.requests[gpu]: Invalid value: gpu: must be a standard resource "
                + "type or fully qualified",
            CONTAINER + "resources.requests[pods]: Invalid value: pods: must be a standard "
                + "resource for containers");
  }

  @ParameterizedTest
  @CsvSource({"cpu, 500m, 500m", "cpu, 0.5, 500m", "cpu, 499m, 0.5", "memory, 1Gi, 1024Mi",
      "memory, 1G, 1Gi", "nvidia.com/gpu, 2, 2", "hugepages-2Mi, 64Mi, 64Mi"})
  void aRequestUpToItsLimitIsAccepted(String name, String request, String limit) {
    PodSpec pod = pod(withContainer("resources:", "  requests:", "    " + name + ": " + request,
        "  limits:", "    " + name + ": " + limit));

    assertThat(pod.containers().get(0).resources().orElseThrow().requests()).containsKey(name);
  }

  @ParameterizedTest
  @CsvSource({"cpu, 501m, 500m, 501m, 500m", "cpu, 1.5, 1, 1500m, 1",
      "memory, 1025Mi, 1Gi, 1025Mi, 1Gi", "memory, 2048Mi, 1024Mi, 2Gi, 1Gi",
      "memory, 1e3, 0.5k, 1k, 500"})
  void aRequestOverItsLimitIsRejectedInTheApiServersUnits(String name, String request,
      String limit, String requestShown, String limitShown) {
    assertThat(WorkloadProblems.of(withContainer("resources:", "  requests:",
        "    " + name + ": " + request, "  limits:", "    " + name + ": " + limit)))
        .containsExactly(CONTAINER + "resources.requests: Invalid value: \"" + requestShown
            + "\": must be less than or equal to " + name + " limit of " + limitShown);
  }

  @Test
  void anExtendedResourceIsRequestedExactlyAtItsLimit() {
    assertThat(WorkloadProblems.of(withContainer("resources:", "  requests:",
        "    nvidia.com/gpu: 1", "    example.com/fpga: 1", "  limits:", "    nvidia.com/gpu: 2")))
        .containsExactly(
            CONTAINER + "resources.requests: Invalid value: \"1\": must be equal to "
                + "nvidia.com/gpu limit of 2",
            CONTAINER + "resources.limits: Required value: Limit must be set for non "
                + "overcommitable resources");
  }

  @Test
  void aZeroAmountIsAcceptedAndANegativeOneRejected() {
    assertThat(pod(withContainer("resources:", "  requests:", "    cpu: 0")).containers().get(0)
        .resources().orElseThrow().requests().get("cpu")).hasToString("0");
    assertThat(WorkloadProblems.of(withContainer("resources:", "  limits:", "    cpu: -0.5")))
        .containsExactly(CONTAINER + "resources.limits[cpu]: Invalid value: \"-500m\": must be "
            + "greater than or equal to 0");
  }

  // ---- restart policy ----

  @Test
  void anUnknownRestartPolicyIsUnsupported() {
    assertThat(WorkloadProblems.of(deployment("restartPolicy: Sometimes", "containers:",
        "- name: web", "  image: nginx")))
        .containsExactly(
            POD + "restartPolicy: Unsupported value: \"Sometimes\": supported values: "
                + "\"Always\", \"OnFailure\", \"Never\"",
            POD + "restartPolicy: Unsupported value: \"Sometimes\": supported values: "
                + "\"Always\"");
  }

  @Test
  void aDeploymentsPodsRestartAlwaysAndHaveNoDeadline() {
    assertThat(WorkloadProblems.of(deployment("restartPolicy: OnFailure",
        "activeDeadlineSeconds: 60", "containers:", "- name: web", "  image: nginx")))
        .containsExactly(
            POD + "restartPolicy: Unsupported value: \"OnFailure\": supported values: "
                + "\"Always\"",
            POD + "activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not "
                + "Supported");
  }

  @Test
  void aDeploymentsPodsMayRestartAlways() {
    assertThat(pod(deployment("restartPolicy: Always", "containers:", "- name: web",
        "  image: nginx")).restartPolicy()).contains("Always");
  }

  // ---- through the builder: the same rules ----

  @Test
  void theBuilderChecksMountsToo() {
    Deployment.Builder web = Deployment.builder().name("web").selectorLabel("app", "web")
        .container(Container.builder().name("web").image("nginx")
            .addVolumeMount(VolumeMount.builder().name("data").mountPath("/data").build())
            .build());

    assertThatThrownBy(web::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage("Deployment \"web\" is invalid: " + CONTAINER
            + "volumeMounts[0].name: Not found: \"data\"");
    web.specBuilder().templateBuilder().specBuilder()
        .addVolume(Volume.builder().name("data").build());
    assertThat(web.build().spec().template().spec().volumes()).hasSize(1);
  }
}
