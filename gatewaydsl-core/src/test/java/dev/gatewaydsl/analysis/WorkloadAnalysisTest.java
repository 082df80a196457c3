package dev.gatewaydsl.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.LabelSelectorRequirement;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.model.workload.ConfigMapEnvSource;
import dev.gatewaydsl.model.workload.ConfigMapKeySelector;
import dev.gatewaydsl.model.workload.ConfigMapProjection;
import dev.gatewaydsl.model.workload.ConfigMapVolumeSource;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.ContainerPort;
import dev.gatewaydsl.model.workload.CronJob;
import dev.gatewaydsl.model.workload.CronJobSpec;
import dev.gatewaydsl.model.workload.CrossVersionObjectReference;
import dev.gatewaydsl.model.workload.DaemonSet;
import dev.gatewaydsl.model.workload.DaemonSetSpec;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.DownwardAPIProjection;
import dev.gatewaydsl.model.workload.EnvFromSource;
import dev.gatewaydsl.model.workload.EnvVar;
import dev.gatewaydsl.model.workload.EnvVarSource;
import dev.gatewaydsl.model.workload.HorizontalPodAutoscaler;
import dev.gatewaydsl.model.workload.HorizontalPodAutoscalerSpec;
import dev.gatewaydsl.model.workload.IntOrString;
import dev.gatewaydsl.model.workload.Job;
import dev.gatewaydsl.model.workload.JobSpec;
import dev.gatewaydsl.model.workload.JobTemplateSpec;
import dev.gatewaydsl.model.workload.PodDisruptionBudget;
import dev.gatewaydsl.model.workload.PodDisruptionBudgetSpec;
import dev.gatewaydsl.model.workload.PodSpec;
import dev.gatewaydsl.model.workload.PodTemplateSpec;
import dev.gatewaydsl.model.workload.ProjectedVolumeSource;
import dev.gatewaydsl.model.workload.SecretEnvSource;
import dev.gatewaydsl.model.workload.SecretKeySelector;
import dev.gatewaydsl.model.workload.SecretProjection;
import dev.gatewaydsl.model.workload.SecretVolumeSource;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.model.workload.StatefulSet;
import dev.gatewaydsl.model.workload.StatefulSetSpec;
import dev.gatewaydsl.model.workload.Volume;
import dev.gatewaydsl.model.workload.VolumeProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The analysis of every workload kind: Services, autoscalers, budgets, config and security. */
class WorkloadAnalysisTest {

  // --- fixtures

  static final Deployment WEB = ManifestAnalyzerTest.WEB;

  static PodTemplateSpec podTemplate(String app, String restartPolicy) {
    PodSpec.Builder spec = PodSpec.builder().addContainer(Container.of(app, "nginx:1.27")
        .withPort(ContainerPort.builder().name("http").containerPort(8080).build()));
    if (restartPolicy != null) {
      spec.restartPolicy(restartPolicy);
    }
    return PodTemplateSpec.builder().metadata(ObjectMeta.builder().putLabel("app", app).build())
        .spec(spec.build()).build();
  }

  static JobSpec jobSpec(String app) {
    return JobSpec.builder().template(podTemplate(app, "Never")).build();
  }

  /** A workload of {@code kind} named {@code name} in namespace shop, its pods labelled app. */
  static KubernetesResource workload(String kind, String name) {
    LabelSelector selector = LabelSelector.matchLabel("app", name);
    return switch (kind) {
      case "Deployment" -> ManifestAnalyzerTest.app("shop", name);
      case "StatefulSet" -> StatefulSet.builder().name(name).namespace("shop")
          .spec(StatefulSetSpec.builder().selector(selector).serviceName(name)
              .template(podTemplate(name, null)).build())
          .build();
      case "DaemonSet" -> DaemonSet.builder().name(name).namespace("shop")
          .spec(DaemonSetSpec.builder().selector(selector).template(podTemplate(name, null))
              .build())
          .build();
      case "Job" -> Job.builder().name(name).namespace("shop").spec(jobSpec(name)).build();
      case "CronJob" -> CronJob.builder().name(name).namespace("shop")
          .spec(CronJobSpec.builder().schedule("0 * * * *")
              .jobTemplate(JobTemplateSpec.builder().spec(jobSpec(name)).build()).build())
          .build();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static Service serviceFor(String app, ServicePort port) {
    return Service.builder().name(app).namespace("shop").selector("app", app).port(port).build();
  }

  static HorizontalPodAutoscaler autoscaler(String apiVersion, String kind, String name) {
    return HorizontalPodAutoscaler.builder().name("web").namespace("shop")
        .spec(HorizontalPodAutoscalerSpec.builder().maxReplicas(5)
            .scaleTargetRef(CrossVersionObjectReference.builder().apiVersion(apiVersion)
                .kind(kind).name(name).build())
            .build())
        .build();
  }

  static HorizontalPodAutoscaler autoscaler(String kind, String name) {
    return autoscaler("apps/v1", kind, name);
  }

  static PodDisruptionBudget budget(LabelSelector selector) {
    PodDisruptionBudgetSpec.Builder spec = PodDisruptionBudgetSpec.builder()
        .minAvailable(IntOrString.of(1));
    if (selector != null) {
      spec.selector(selector);
    }
    return PodDisruptionBudget.builder().name("web").namespace("shop").spec(spec.build()).build();
  }

  /** A copy of {@code deployment} with its pod spec changed by {@code change}. */
  static Deployment withPodSpec(Deployment deployment, Consumer<PodSpec.Builder> change) {
    PodSpec.Builder spec = PodSpec.builder().mergeFrom(deployment.spec().template().spec());
    change.accept(spec);
    return deployment.withSpec(deployment.spec().withTemplate(
        deployment.spec().template().withSpec(spec.build())));
  }

  /** A copy of {@code deployment} with its first container changed by {@code change}. */
  static Deployment withContainer(Deployment deployment, UnaryOperator<Container> change) {
    List<Container> containers = new ArrayList<>(deployment.spec().template().spec().containers());
    containers.set(0, change.apply(containers.get(0)));
    return withPodSpec(deployment, spec -> spec.containers(containers));
  }

  static Deployment withEnvFrom(Deployment deployment, EnvFromSource source) {
    return withContainer(deployment,
        c -> Container.builder().mergeFrom(c).addEnvFrom(source).build());
  }

  static Optional<Boolean> optional(boolean optional) {
    return optional ? Optional.of(true) : Optional.empty();
  }

  static EnvFromSource configMapRef(String name, boolean optional) {
    return EnvFromSource.builder().configMapRef(ConfigMapEnvSource.builder().name(name)
        .optional(optional(optional)).build()).build();
  }

  static EnvFromSource secretRef(String name, boolean optional) {
    return EnvFromSource.builder().secretRef(SecretEnvSource.builder().name(name)
        .optional(optional(optional)).build()).build();
  }

  static List<String> analyze(KubernetesResource... resources) {
    return ManifestAnalyzerTest.analyze(List.of(resources));
  }

  static List<String> codes(KubernetesResource... resources) {
    return ManifestAnalyzer.analyze(List.of(resources)).stream().map(Diagnostic::code).toList();
  }

  // --- the pod templates of every workload kind

  @Nested
  class PodTemplates {
    @ParameterizedTest
    @ValueSource(strings = {"Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"})
    void everyWorkloadKindHasItsTemplateWhereItsKindKeepsIt(String kind) {
      PodTemplate template = PodTemplate.of(workload(kind, "web")).orElseThrow();

      assertThat(template.path()).hasToString(kind.equals("CronJob")
          ? "spec.jobTemplate.spec.template" : "spec.template");
      assertThat(template.labels()).containsEntry("app", "web");
      assertThat(template.namespace()).isEqualTo("shop");
      assertThat(template.containers()).extracting(c -> c.path().toString())
          .containsExactly(template.path() + ".spec.containers[0]");
    }

    @Test
    void otherKindsHaveNone() {
      // (a CronJob always has one: without jobTemplate.spec it is refused, as the API server does)
      assertThat(PodTemplate.of(ManifestAnalyzerTest.WEB_SERVICE)).isEmpty();
      assertThat(ResourceSet.of(List.of(WEB, ManifestAnalyzerTest.WEB_SERVICE))
          .podTemplates()).extracting(PodTemplate::workload).containsExactly(WEB);
    }

    @Test
    void initContainersComeFirst() {
      Deployment withInit = withPodSpec(WEB, spec -> spec.addInitContainer(
          Container.of("migrate", "busybox")));

      assertThat(PodTemplate.of(withInit).orElseThrow().containers())
          .extracting(c -> c.container().name() + " " + c.path())
          .containsExactly("migrate spec.template.spec.initContainers[0]",
              "web spec.template.spec.containers[0]");
    }
  }

  @Nested
  class ServicesSelectEveryWorkloadKind {
    @ParameterizedTest
    @ValueSource(strings = {"StatefulSet", "DaemonSet", "Job", "CronJob"})
    void aServiceSelectingThePodsOfAnyWorkloadKindIsSatisfied(String kind) {
      assertThat(analyze(workload(kind, "db"), serviceFor("db", ServicePort.of(8080)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"StatefulSet", "DaemonSet", "Job", "CronJob"})
    void itsTargetPortsAreLookedUpInThatWorkloadsContainers(String kind) {
      Service service = serviceFor("db", ServicePort.of(80)
          .withTargetPort(IntOrString.of("metrics")));

      assertThat(analyze(workload(kind, "db"), service)).containsExactly(
          "error TargetPortNotFound: Service \"shop/db\": spec.ports[0].targetPort: no "
              + "container of " + kind + " \"shop/db\" has a TCP port named \"metrics\"; named "
              + "ports: \"http\" = 8080/TCP");
    }

    @Test
    void withoutAnyWorkloadItSelectsNothing() {
      assertThat(analyze(serviceFor("db", ServicePort.of(8080)))).containsExactly(
          "warning ServiceSelectsNoDeployment: Service \"shop/db\": spec.selector: selects "
              + "{app=db}, which the pod template of no workload in namespace \"shop\" carries");
    }
  }

  @Nested
  class Autoscalers {
    @Test
    void scaleTargetNotFound() {
      assertThat(analyze(WEB, autoscaler("Deployment", "api"))).containsExactly(
          "error ScaleTargetNotFound: HorizontalPodAutoscaler \"shop/web\": "
              + "spec.scaleTargetRef: Deployment \"shop/api\" (apps/v1) is not in the set, so "
              + "the autoscaler scales nothing");
    }

    @Test
    void theTargetIsFoundByKindAsWellAsName() {
      assertThat(codes(WEB, autoscaler("StatefulSet", "web")))
          .containsExactly("ScaleTargetNotFound");
      assertThat(codes(WEB, workload("StatefulSet", "web"), autoscaler("StatefulSet", "web")))
          .isEmpty();
    }

    @Test
    void theTargetMustBeInTheAutoscalersNamespace() {
      assertThat(codes(ManifestAnalyzerTest.app("dev", "web"), autoscaler("Deployment", "web")))
          .containsExactly("ScaleTargetNotFound");
    }

    @Test
    void aKindTheLibraryDoesNotModelIsCheckedOnlyWhenTheSetHoldsThatKind() {
      HorizontalPodAutoscaler rollout = autoscaler("argoproj.io/v1alpha1", "Rollout", "web");
      GenericResource other = GenericResource.builder().apiVersion("argoproj.io/v1alpha1")
          .kind("Rollout").name("canary").namespace("shop").build();
      GenericResource web = GenericResource.builder().apiVersion("argoproj.io/v1alpha1")
          .kind("Rollout").name("web").namespace("shop").build();

      assertThat(codes(rollout)).isEmpty();
      assertThat(codes(rollout, other)).containsExactly("ScaleTargetNotFound");
      assertThat(codes(rollout, other, web)).isEmpty();
    }
  }

  @Nested
  class DisruptionBudgets {
    @Test
    void aBudgetThatSelectsNoPods() {
      assertThat(analyze(WEB, budget(LabelSelector.matchLabel("app", "api")))).containsExactly(
          "warning PodDisruptionBudgetSelectsNoPods: PodDisruptionBudget \"shop/web\": "
              + "spec.selector: selects {app=api}, which the pod template of no workload in "
              + "namespace \"shop\" carries");
    }

    @Test
    void aBudgetWithoutSelectorSelectsNoPods() {
      assertThat(analyze(WEB, budget(null))).containsExactly(
          "warning PodDisruptionBudgetSelectsNoPods: PodDisruptionBudget \"shop/web\": "
              + "spec.selector: is unset, which selects no pods, so the budget protects nothing");
    }

    @Test
    void theBudgetsSelectorMatchesAStatefulSetsPodsByExpression() {
      LabelSelector in = LabelSelector.builder().addMatchExpression(LabelSelectorRequirement
          .builder().key("app").operator("In").addValue("db").addValue("cache").build())
          .build();

      assertThat(analyze(workload("StatefulSet", "db"), budget(in))).isEmpty();
    }

    @Test
    void podsOfAnotherNamespaceDoNotCount() {
      assertThat(codes(ManifestAnalyzerTest.app("dev", "web"),
          budget(LabelSelector.matchLabel("app", "web"))))
          .containsExactly("PodDisruptionBudgetSelectsNoPods");
    }
  }

  @Nested
  class ConfigMapsAndSecrets {

    /**
     * One place a pod template names a ConfigMap or Secret.
     *
     * @param where a name for the test
     * @param reference the Deployment WEB with a reference to {@code name}, optional or not
     * @param path the field of the name
     * @param secret whether it names a Secret
     */
    record Reference(String where, RefMaker reference, String path, boolean secret) {
      @Override
      public String toString() {
        return where;
      }
    }

    interface RefMaker {
      Deployment make(String name, boolean optional);
    }

    static Stream<Reference> references() {
      String web = "spec.template.spec.containers[0]";
      return Stream.of(
          new Reference("volume configMap", (name, opt) -> withPodSpec(WEB, s -> s.addVolume(
              Volume.builder().name("v").configMap(ConfigMapVolumeSource.builder().name(name)
                  .optional(optional(opt)).build())
                  .build())), "spec.template.spec.volumes[0].configMap.name", false),
          new Reference("volume secret", (name, opt) -> withPodSpec(WEB, s -> s.addVolume(
              Volume.builder().name("v").secret(SecretVolumeSource.builder().secretName(name)
                  .optional(optional(opt)).build()).build())),
              "spec.template.spec.volumes[0].secret.secretName", true),
          new Reference("projected configMap", (name, opt) -> withPodSpec(WEB, s -> s.addVolume(
              Volume.builder().name("v").projected(ProjectedVolumeSource.builder()
                  .addSource(VolumeProjection.builder()
                      .downwardAPI(DownwardAPIProjection.builder().build()).build())
                  .addSource(VolumeProjection.builder().configMap(ConfigMapProjection.builder()
                      .name(name).optional(optional(opt)).build()).build()).build()).build())),
              "spec.template.spec.volumes[0].projected.sources[1].configMap.name", false),
          new Reference("projected secret", (name, opt) -> withPodSpec(WEB, s -> s.addVolume(
              Volume.builder().name("v").projected(ProjectedVolumeSource.builder()
                  .addSource(VolumeProjection.builder().secret(SecretProjection.builder()
                      .name(name).optional(optional(opt)).build()).build()).build()).build())),
              "spec.template.spec.volumes[0].projected.sources[0].secret.name", true),
          new Reference("env configMapKeyRef", (name, opt) -> withContainer(WEB,
              c -> Container.builder().mergeFrom(c).addEnv(EnvVar.builder().name("MODE")
                  .valueFrom(EnvVarSource.builder()
                  .configMapKeyRef(ConfigMapKeySelector.builder().name(name).key("mode")
                      .optional(optional(opt)).build()).build()).build()).build()),
              web + ".env[0].valueFrom.configMapKeyRef.name", false),
          new Reference("env secretKeyRef", (name, opt) -> withContainer(WEB,
              c -> Container.builder().mergeFrom(c).addEnv(EnvVar.builder().name("TOKEN")
                  .valueFrom(EnvVarSource.builder()
                  .secretKeyRef(SecretKeySelector.builder().name(name).key("token")
                      .optional(optional(opt)).build()).build()).build()).build()),
              web + ".env[0].valueFrom.secretKeyRef.name", true),
          new Reference("envFrom configMapRef",
              (name, opt) -> withEnvFrom(WEB, configMapRef(name, opt)),
              web + ".envFrom[0].configMapRef.name", false),
          new Reference("envFrom secretRef",
              (name, opt) -> withEnvFrom(WEB, secretRef(name, opt)),
              web + ".envFrom[0].secretRef.name", true),
          new Reference("init container envFrom", (name, opt) -> withPodSpec(WEB,
              s -> s.addInitContainer(Container.builder()
                  .mergeFrom(Container.of("migrate", "busybox"))
                  .addEnvFrom(configMapRef(name, opt)).build())),
              "spec.template.spec.initContainers[0].envFrom[0].configMapRef.name", false));
    }

    static KubernetesResource object(boolean secret, String namespace) {
      return secret
          ? Secret.builder().name("app").namespace(namespace).build()
          : ConfigMap.builder().name("app").namespace(namespace).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void aMissingObjectIsReportedAtItsReference(Reference ref) {
      List<Diagnostic> found = ManifestAnalyzer.analyze(List.of(ref.reference().make("app",
          false), object(ref.secret(), "dev")));

      assertThat(found).extracting(d -> d.code() + " " + d.severity().label() + " " + d.path())
          .containsExactly((ref.secret() ? "SecretNotFound" : "ConfigMapNotFound")
              + " warning " + ref.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void anObjectInTheSetIsFound(Reference ref) {
      assertThat(analyze(ref.reference().make("app", false), object(ref.secret(), "shop")))
          .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void anOptionalReferenceIsNotChecked(Reference ref) {
      assertThat(analyze(ref.reference().make("app", true))).isEmpty();
    }

    @Test
    void theMessageNamesTheObject() {
      assertThat(analyze(withEnvFrom(WEB, secretRef("credentials", false)))).containsExactly(
          "warning SecretNotFound: Deployment \"shop/web\": "
              + "spec.template.spec.containers[0].envFrom[0].secretRef.name: Secret "
              + "\"shop/credentials\" is not in the set and the reference is not optional, so "
              + "the pods do not start until it exists");
    }

    @Test
    void anExplicitOptionalFalseIsChecked() {
      EnvFromSource source = EnvFromSource.builder().configMapRef(ConfigMapEnvSource.builder()
          .name("settings").optional(false).build()).build();

      assertThat(codes(withEnvFrom(WEB, source))).containsExactly("ConfigMapNotFound");
    }

    @Test
    void aCronJobsReferencesAreCheckedInItsJobTemplate() {
      CronJob cronJob = (CronJob) workload("CronJob", "report");
      PodTemplateSpec template = cronJob.spec().jobTemplate().spec().orElseThrow().template();
      PodTemplateSpec withRef = template.withSpec(PodSpec.builder().mergeFrom(template.spec())
          .addVolume(Volume.builder().name("v")
              .configMap(ConfigMapVolumeSource.builder().name("report").build()).build())
          .build());
      CronJob changed = CronJob.builder().name("report").namespace("shop")
          .spec(CronJobSpec.builder().schedule("0 * * * *").jobTemplate(JobTemplateSpec.builder()
              .spec(JobSpec.builder().template(withRef).build()).build()).build())
          .build();

      assertThat(ManifestAnalyzer.analyze(List.of(changed))).extracting(d -> d.path().toString())
          .containsExactly("spec.jobTemplate.spec.template.spec.volumes[0].configMap.name");
    }
  }

  @Nested
  class PodSecurity {
    static Namespace shop(String level) {
      return Namespace.named("shop").withLabel(PodSecurityStandard.ENFORCE_LABEL, level);
    }

    @Test
    void aRestrictedNamespaceRefusesTheDefaultPod() {
      List<String> found = analyze(shop("restricted"), WEB);

      assertThat(found).hasSize(4);
      assertThat(found.get(0)).isEqualTo("error PodSecurityViolation: Deployment \"shop/web\": "
          + "spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: is "
          + "unset; must be false (Privilege Escalation, Pod Security Standard \"restricted\" "
          + "enforced in namespace \"shop\")");
    }

    @Test
    void aBaselineNamespaceAdmitsTheDefaultPodButNotHostNetwork() {
      Deployment hostNetwork = withPodSpec(WEB, spec -> spec.hostNetwork(true));

      assertThat(analyze(shop("baseline"), WEB)).isEmpty();
      assertThat(analyze(shop("baseline"), hostNetwork)).containsExactly(
          "error PodSecurityViolation: Deployment \"shop/web\": spec.template.spec.hostNetwork: "
              + "must be unset or false, not true (Host Namespaces, Pod Security Standard "
              + "\"baseline\" enforced in namespace \"shop\")");
    }

    @Test
    void aPrivilegedOrUnlabelledOrMissingNamespaceEnforcesNothing() {
      Deployment hostNetwork = withPodSpec(WEB, spec -> spec.hostNetwork(true));

      assertThat(analyze(shop("privileged"), hostNetwork)).isEmpty();
      assertThat(analyze(Namespace.named("shop"), hostNetwork)).isEmpty();
      assertThat(analyze(hostNetwork)).isEmpty();
      assertThat(analyze(Namespace.named("dev").withLabel(PodSecurityStandard.ENFORCE_LABEL,
          "restricted"), hostNetwork)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"StatefulSet", "DaemonSet", "Job", "CronJob"})
    void everyWorkloadKindIsChecked(String kind) {
      KubernetesResource workload = workload(kind, "db");
      String container = PodTemplate.of(workload).orElseThrow().specPath() + ".containers[0]";

      assertThat(ManifestAnalyzer.analyze(List.of(shop("restricted"), workload)))
          .extracting(d -> d.resource().kind() + " " + d.path())
          .containsExactly(
              kind + " " + container + ".securityContext.allowPrivilegeEscalation",
              kind + " " + container + ".securityContext.runAsNonRoot",
              kind + " " + container + ".securityContext.seccompProfile.type",
              kind + " " + container + ".securityContext.capabilities.drop");
    }
  }
}
