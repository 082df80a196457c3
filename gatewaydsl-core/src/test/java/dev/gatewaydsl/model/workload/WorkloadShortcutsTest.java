package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every workload shortcut writes the YAML its Javadoc shows: each expected text below is the
 * {@code <pre>} block of the shortcut's Javadoc, compared with the block of that key in what
 * {@link Manifests#toYaml} writes for a Deployment using it.
 */
class WorkloadShortcutsTest {

  private static final String IMAGE = "example/app:1.0";

  private static Deployment.Builder web() {
    return Deployment.builder().name("web").namespace("shop").selectorLabel("app", "web");
  }

  /** The YAML of the Deployment {@code shop/web} running {@code container}. */
  private static String yamlOf(Container container) {
    return Manifests.toYaml(web().container(container).build());
  }

  /**
   * The lines of {@code yaml} from the first line {@code key:} to the end of its value (deeper
   * lines, and list entries at its own indentation), moved left to column 0.
   */
  private static String block(String yaml, String key) {
    List<String> lines = List.of(yaml.split("\n"));
    int start = 0;
    while (!lines.get(start).trim().equals(key + ":")
        && !lines.get(start).trim().startsWith(key + ": ")) {
      start++;
    }
    int indent = lines.get(start).indexOf(key);
    List<String> block = new ArrayList<>(List.of(lines.get(start).substring(indent)));
    for (int i = start + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int depth = line.length() - line.stripLeading().length();
      if (depth > indent || depth == indent && line.stripLeading().startsWith("- ")) {
        block.add(line.substring(indent));
      } else {
        break;
      }
    }
    return String.join("\n", block) + "\n";
  }

  /**
   * The lines of {@code yaml} from the first line {@code key:} to its end, moved left by that
   * line's indentation: for a Deployment, the rest of its pod spec.
   */
  private static String from(String yaml, String key) {
    int at = yaml.indexOf(key + ":");
    int lineStart = yaml.lastIndexOf('\n', at) + 1;
    return yaml.substring(lineStart).replaceAll("(?m)^ {" + (at - lineStart) + "}", "");
  }

  @Test
  void requestsAreWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE).withRequests("500m", "256Mi")),
        "resources")).isEqualTo("""
            resources:
              requests:
                cpu: 500m
                memory: 256Mi
            """);
  }

  @Test
  void limitsAreWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE).withLimits("1", "512Mi")),
        "resources")).isEqualTo("""
            resources:
              limits:
                cpu: "1"
                memory: 512Mi
            """);
  }

  @Test
  void requestsAndLimitsKeepEachOtherAndTheLastValueOfAResourceWins() {
    Container app = Container.of("app", IMAGE).withLimits("1", "512Mi")
        .withRequests("100m", "128Mi").withRequests("500m", "256Mi");

    assertThat(block(yamlOf(app), "resources")).isEqualTo("""
        resources:
          limits:
            cpu: "1"
            memory: 512Mi
          requests:
            cpu: 500m
            memory: 256Mi
        """);
  }

  @Test
  void aQuantityOfWrongSyntaxIsRefusedWithTheApiServersMessage() {
    Container app = Container.of("app", IMAGE);
    String message = "quantities must match the regular expression "
        + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

    assertThatThrownBy(() -> app.withRequests("500 m", "256Mi"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> app.withLimits("1", "1GB"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(app.withLimits("1", "1G").resources().orElseThrow().limits())
        .containsEntry("memory", Quantity.of("1G"));
  }

  @Test
  void httpGetProbeIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE)
        .withLivenessProbe(Probe.httpGet("/healthz", 8080))), "livenessProbe")).isEqualTo("""
            livenessProbe:
              httpGet:
                path: /healthz
                port: 8080
            """);
  }

  @Test
  void tcpSocketProbeIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE)
        .withReadinessProbe(Probe.tcpSocket(5432))), "readinessProbe")).isEqualTo("""
            readinessProbe:
              tcpSocket:
                port: 5432
            """);
  }

  @Test
  void grpcProbeIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE)
        .withStartupProbe(Probe.grpc(9090))), "startupProbe")).isEqualTo("""
            startupProbe:
              grpc:
                port: 9090
            """);
  }

  @Test
  void execProbeIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE)
        .withLivenessProbe(Probe.exec("cat", "/tmp/healthy"))), "livenessProbe")).isEqualTo("""
            livenessProbe:
              exec:
                command:
                - cat
                - /tmp/healthy
            """);
  }

  @Test
  void probeFactoriesSetOneHandlerAndLeaveTheTimingToTheBuilder() {
    Probe probe = Probe.builder().mergeFrom(Probe.tcpSocket(8080)).periodSeconds(5).build();

    assertThat(probe.tcpSocket()).isPresent();
    assertThat(List.of(probe.exec(), probe.httpGet(), probe.grpc())).allMatch(h -> h.isEmpty());
    assertThat(probe.periodSeconds()).contains(5);
    assertThat(probe.initialDelaySeconds()).isEmpty();
  }

  @Test
  void envFromASecretKeyIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.of("app", IMAGE)
        .withEnv(EnvVar.fromSecretKey("DB_PASSWORD", "db", "password"))), "env"))
        .isEqualTo("""
            env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db
                  key: password
            """);
  }

  @Test
  void envFromAConfigMapKeyIsWrittenAsTheJavadocShows() {
    assertThat(block(yamlOf(Container.builder().name("app").image(IMAGE)
        .addEnv(EnvVar.fromConfigMapKey("LOG_LEVEL", "app-config", "log-level")).build()), "env"))
        .isEqualTo("""
            env:
            - name: LOG_LEVEL
              valueFrom:
                configMapKeyRef:
                  name: app-config
                  key: log-level
            """);
  }

  /** The {@code volumes} of the Deployment {@code shop/web} with {@code volume} mounted in app. */
  private static String volumesOf(Volume volume) {
    return block(Manifests.toYaml(web().container(Container.of("app", IMAGE))
        .volume(volume, "app", "/mnt").build()), "volumes");
  }

  @Test
  void configMapVolumeIsWrittenAsTheJavadocShows() {
    assertThat(volumesOf(Volume.configMap("config", "app-config"))).isEqualTo("""
        volumes:
        - name: config
          configMap:
            name: app-config
        """);
  }

  @Test
  void secretVolumeIsWrittenAsTheJavadocShows() {
    assertThat(volumesOf(Volume.secret("tls", "web-tls"))).isEqualTo("""
        volumes:
        - name: tls
          secret:
            secretName: web-tls
        """);
  }

  @Test
  void emptyDirVolumeIsWrittenAsTheJavadocShows() {
    assertThat(volumesOf(Volume.emptyDir("cache"))).isEqualTo("""
        volumes:
        - name: cache
          emptyDir: {}
        """);
  }

  @Test
  void persistentVolumeClaimVolumeIsWrittenAsTheJavadocShows() {
    assertThat(volumesOf(Volume.persistentVolumeClaim("data", "web-data"))).isEqualTo("""
        volumes:
        - name: data
          persistentVolumeClaim:
            claimName: web-data
        """);
  }

  @Test
  void volumeMountIsWrittenAsTheJavadocShows() {
    Deployment.Builder web = web().container(Container.of("app", IMAGE)
        .withVolumeMount(VolumeMount.of("config", "/etc/app")));
    web.templateBuilder().specBuilder().addVolume(Volume.emptyDir("config"));

    assertThat(block(Manifests.toYaml(web.build()), "volumeMounts")).isEqualTo("""
            volumeMounts:
            - name: config
              mountPath: /etc/app
            """);
  }

  @Test
  void volumeShortcutAddsTheVolumeToThePodAndItsMountToTheNamedContainerOnly() {
    Deployment web = web()
        .container(Container.of("app", IMAGE))
        .container(Container.of("proxy", "example/proxy:1.0"))
        .volume(Volume.configMap("config", "app-config"), "app", "/etc/app")
        .build();

    assertThat(from(Manifests.toYaml(web), "volumes")).isEqualTo("""
            volumes:
            - name: config
              configMap:
                name: app-config
            containers:
            - name: app
              image: example/app:1.0
              volumeMounts:
              - name: config
                mountPath: /etc/app
            - name: proxy
              image: example/proxy:1.0
            """);
  }

  @Test
  void volumeShortcutMountsIntoAnInitContainerAndTakesAFullMount() {
    Deployment.Builder web = web().container(Container.of("app", IMAGE));
    web.templateBuilder().specBuilder().addInitContainer(Container.of("migrate", IMAGE));
    web.volume(Volume.secret("tls", "web-tls"), "migrate",
        VolumeMount.builder().name("tls").mountPath("/tls").readOnly(true).build());

    PodSpec pod = web.build().spec().template().spec();
    assertThat(pod.initContainers().get(0).volumeMounts()).containsExactly(
        VolumeMount.builder().name("tls").mountPath("/tls").readOnly(true).build());
    assertThat(pod.containers().get(0).volumeMounts()).isEmpty();
    assertThat(pod.volumes()).containsExactly(Volume.secret("tls", "web-tls"));
  }

  @Test
  void volumeShortcutRefusesAContainerNotYetAdded() {
    Deployment.Builder web = web().container(Container.of("app", IMAGE));

    assertThatThrownBy(() -> web.volume(Volume.emptyDir("cache"), "ap", "/cache"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no container \"ap\" in spec.template.spec.containers or initContainers: "
            + "add the container before mounting volume \"cache\" into it");
    assertThat(web.build().spec().template().spec().volumes()).isEmpty();
  }

  @Test
  void podSpecWithRestrictedSecurityIsWrittenAsTheJavadocShows() {
    Deployment.Builder web = web();
    web.templateBuilder().spec(PodSpec.builder().addContainer(Container.of("app", IMAGE)).build()
        .withRestrictedSecurity());

    assertThat(from(Manifests.toYaml(web.build()), "containers")).isEqualTo("""
            containers:
            - name: app
              image: example/app:1.0
              securityContext:
                capabilities:
                  drop:
                  - ALL
                runAsNonRoot: true
                allowPrivilegeEscalation: false
            securityContext:
              runAsNonRoot: true
              seccompProfile:
                type: RuntimeDefault
            """);
  }

  @Test
  void restrictedReachesEveryContainerAndInitContainerAddedBeforeOrAfterIt() {
    Deployment.Builder web = web().restricted().container(Container.of("app", IMAGE));
    web.templateBuilder().specBuilder().addInitContainer(Container.of("migrate", IMAGE));

    assertThat(Manifests.toYaml(web.build())).isEqualTo("""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: shop
        spec:
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              initContainers:
              - name: migrate
                image: example/app:1.0
                securityContext:
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: true
                  allowPrivilegeEscalation: false
              containers:
              - name: app
                image: example/app:1.0
                securityContext:
                  capabilities:
                    drop:
                    - ALL
                  runAsNonRoot: true
                  allowPrivilegeEscalation: false
              securityContext:
                runAsNonRoot: true
                seccompProfile:
                  type: RuntimeDefault
        """);
  }

  @Test
  void restrictedOverridesWhatConflictsAndKeepsTheRest() {
    Container root = Container.builder().name("app").image(IMAGE)
        .securityContext(SecurityContext.builder().runAsUser(1000L).runAsNonRoot(false)
            .privileged(true).allowPrivilegeEscalation(true)
            .capabilities(Capabilities.builder().addAdd("NET_BIND_SERVICE").addDrop("NET_RAW")
                .build())
            .build())
        .build();
    PodSpec pod = PodSpec.builder().addContainer(root)
        .securityContext(PodSecurityContext.builder().fsGroup(2000L).runAsNonRoot(false)
            .seccompProfile(SeccompProfile.builder().type("Unconfined").build()).build())
        .build().withRestrictedSecurity();

    assertThat(pod.containers().get(0).securityContext()).contains(SecurityContext.builder()
        .runAsUser(1000L).runAsNonRoot(true).privileged(false).allowPrivilegeEscalation(false)
        .capabilities(Capabilities.builder().addAdd("NET_BIND_SERVICE").addDrop("ALL").build())
        .build());
    assertThat(pod.securityContext()).contains(PodSecurityContext.builder().fsGroup(2000L)
        .runAsNonRoot(true).seccompProfile(SeccompProfile.builder().type("RuntimeDefault").build())
        .build());
  }

  @Test
  void restrictedKeepsALocalhostSeccompProfileAndLeavesAnUnprivilegedContainerUnprivileged() {
    SeccompProfile localhost = SeccompProfile.builder().type("Localhost")
        .localhostProfile("profiles/app.json").build();
    PodSpec pod = PodSpec.builder()
        .addContainer(Container.builder().mergeFrom(Container.of("app", IMAGE))
            .securityContext(SecurityContext.builder().privileged(false).build()).build())
        .addContainer(Container.of("proxy", IMAGE))
        .securityContext(PodSecurityContext.builder().seccompProfile(localhost).build())
        .build().withRestrictedSecurity();

    assertThat(pod.securityContext().orElseThrow().seccompProfile()).contains(localhost);
    assertThat(pod.containers().get(0).securityContext().orElseThrow().privileged())
        .contains(false);
    assertThat(pod.containers().get(1).securityContext().orElseThrow().privileged()).isEmpty();
  }

  @Test
  void restrictedTwiceIsRestrictedOnce() {
    PodSpec once = PodSpec.builder().addContainer(Container.of("app", IMAGE)).build()
        .withRestrictedSecurity();

    assertThat(once.withRestrictedSecurity()).isEqualTo(once);
  }

  @Test
  void withoutRestrictedTheBuilderLeavesSecurityContextsAlone() {
    PodSpec pod = web().container(Container.of("app", IMAGE)).build().spec().template().spec();

    assertThat(pod.securityContext()).isEmpty();
    assertThat(pod.containers().get(0).securityContext()).isEmpty();
  }

  @Test
  void statefulSetDaemonSetAndJobBuildersShareTheVolumeAndRestrictedShortcuts() {
    PodSpec expected = web().container(Container.of("app", IMAGE))
        .volume(Volume.emptyDir("cache"), "app", "/cache").restricted().build()
        .spec().template().spec();

    StatefulSet.Builder db = StatefulSet.builder().name("db").restricted();
    db.specBuilder().selectorBuilder().putMatchLabel("app", "db");
    db.templateBuilder().metadataBuilder().putLabel("app", "db");
    db.templateBuilder().specBuilder().addContainer(Container.of("app", IMAGE));
    db.volume(Volume.emptyDir("cache"), "app", "/cache");

    DaemonSet.Builder agent = DaemonSet.builder().name("agent").restricted();
    agent.specBuilder().selectorBuilder().putMatchLabel("app", "agent");
    agent.templateBuilder().metadataBuilder().putLabel("app", "agent");
    agent.templateBuilder().specBuilder().addContainer(Container.of("app", IMAGE));
    agent.volume(Volume.emptyDir("cache"), "app", "/cache");

    Job.Builder migrate = Job.builder().name("migrate").restricted();
    // a Job's pods must not restart Always, so it names its policy; the rest is the same
    migrate.templateBuilder().specBuilder().addContainer(Container.of("app", IMAGE))
        .restartPolicy("Never");
    migrate.volume(Volume.emptyDir("cache"), "app", "/cache");

    assertThat(db.build().spec().template().spec()).isEqualTo(expected);
    assertThat(agent.build().spec().template().spec()).isEqualTo(expected);
    assertThat(PodSpec.builder().mergeFrom(migrate.build().spec().template().spec())
        .restartPolicy(Optional.empty()).build()).isEqualTo(expected);
  }

  @Test
  void hpaOnCpuIsWrittenAsTheJavadocShows() {
    Deployment web = web().container(Container.of("app", IMAGE).withRequests("500m", "256Mi"))
        .build();

    assertThat(Manifests.toYaml(HorizontalPodAutoscaler.onCpu(web, 2, 10, 70).build()))
        .isEqualTo("""
            apiVersion: autoscaling/v2
            kind: HorizontalPodAutoscaler
            metadata:
              name: web
              namespace: shop
            spec:
              scaleTargetRef:
                kind: Deployment
                name: web
                apiVersion: apps/v1
              minReplicas: 2
              maxReplicas: 10
              metrics:
              - type: Resource
                resource:
                  name: cpu
                  target:
                    type: Utilization
                    averageUtilization: 70
            """);
  }

  @Test
  void hpaAndPdbOfADeploymentWithoutNamespaceHaveNone() {
    Deployment web = Deployment.builder().name("web").selectorLabel("app", "web")
        .container(Container.of("app", IMAGE)).build();

    assertThat(HorizontalPodAutoscaler.onCpu(web, 1, 3, 80).build().metadata().namespace())
        .isEmpty();
    assertThat(PodDisruptionBudget.forDeployment(web, IntOrString.of(1)).build().metadata()
        .namespace()).isEmpty();
  }

  @Test
  void pdbForDeploymentIsWrittenAsTheJavadocShows() {
    Deployment web = web().container(Container.of("app", IMAGE)).build();

    assertThat(Manifests.toYaml(PodDisruptionBudget.forDeployment(web, IntOrString.of(1))
        .build())).isEqualTo("""
            apiVersion: policy/v1
            kind: PodDisruptionBudget
            metadata:
              name: web
              namespace: shop
            spec:
              minAvailable: 1
              selector:
                matchLabels:
                  app: web
            """);
  }

  @Test
  void pdbTakesTheWholeSelectorOfTheDeploymentAndAPercentage() {
    Deployment.Builder builder = web().container(Container.of("app", IMAGE));
    builder.specBuilder().selectorBuilder().addMatchExpression(
        dev.gatewaydsl.model.LabelSelectorRequirement.builder().key("tier").operator("In")
            .addValue("front").build());
    builder.templateBuilder().metadataBuilder().putLabel("tier", "front");
    Deployment web = builder.build();

    PodDisruptionBudget pdb = PodDisruptionBudget.forDeployment(web, IntOrString.of("50%"))
        .build();

    assertThat(pdb.spec().selector()).contains(web.spec().selector());
    assertThat(pdb.spec().minAvailable()).contains(IntOrString.of("50%"));
  }
}
