package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.PORT_RANGE;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.validation.InvalidResourceException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of the kinds that share the pod template (apps/v1 {@code ValidateStatefulSetSpec},
 * {@code ValidateDaemonSetSpec}; batch/v1 {@code validateJobSpec}, {@code
 * ValidateCronJobCreate}, {@code validateCronJobSpec}) and of a Service's node ports (core/v1
 * {@code ValidateService}), read from YAML as a user writes them.
 */
class WorkloadKindsValidationTest {

  /** A pod template labelled {@code app: web} with one container, at the depth of a spec. */
  private static final String TEMPLATE = """
        template:
          metadata:
            labels:
              app: web
          spec:
            containers:
            - name: web
              image: nginx
      """;

  @Nested
  class Deployments {

    private static String deployment(String fields) {
      return "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n" + fields
          + "  selector:\n    matchLabels:\n      app: web\n" + TEMPLATE;
    }

    @Test
    void aProgressDeadlineOverMinReadySecondsIsAccepted() {
      Deployment web = (Deployment) WorkloadProblems.read(deployment(
          "  minReadySeconds: 599\n"));
      assertThat(web.spec().minReadySeconds()).contains(599);
    }

    @Test
    void minReadySecondsReachingTheDefaultProgressDeadlineIsRefused() {
      assertThat(WorkloadProblems.of(deployment("  minReadySeconds: 600\n")))
          .containsExactly("spec.progressDeadlineSeconds: Invalid value: 600: must be greater "
              + "than minReadySeconds");
    }

    @Test
    void negativeCountsAreRefused() {
      assertThat(WorkloadProblems.of(deployment("  minReadySeconds: -1\n"
          + "  revisionHistoryLimit: -1\n  progressDeadlineSeconds: -1\n")))
          .containsExactly(
              "spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0",
              "spec.revisionHistoryLimit: Invalid value: -1: must be greater than or equal to 0",
              "spec.progressDeadlineSeconds: Invalid value: -1: must be greater than or equal "
                  + "to 0",
              "spec.progressDeadlineSeconds: Invalid value: -1: must be greater than "
                  + "minReadySeconds");
    }
  }

  @Nested
  class StatefulSets {

    private static String statefulSet(String name, String spec) {
      return "apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: " + name + "\nspec:\n"
          + spec;
    }

    private static final String SELECTOR = "  selector:\n    matchLabels:\n      app: web\n";

    @Test
    void aMountMayNameAVolumeClaimTemplate() {
      String yaml = statefulSet("db", SELECTOR + """
            volumeClaimTemplates:
            - metadata:
                name: data
              spec:
                accessModes: [ReadWriteOnce]
                resources:
                  requests:
                    storage: 1Gi
          """ + TEMPLATE + """
                  volumeMounts:
                  - name: data
                    mountPath: /var/lib/db
          """);

      StatefulSet db = (StatefulSet) WorkloadProblems.read(yaml);
      assertThat(db.spec().template().spec().containers().get(0).volumeMounts()).hasSize(1);
      assertThat(WorkloadProblems.of(yaml.replace("      name: data", "      name: logs")))
          .containsExactly(
          "spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"data\"");
    }

    @Test
    void theSelectorMustSelectTheTemplate() {
      assertThat(WorkloadProblems.of(statefulSet("db",
          "  selector:\n    matchLabels:\n      app: db\n" + TEMPLATE)))
          .containsExactly("spec.template.metadata.labels: Invalid value: "
              + "map[string]string{\"app\":\"web\"}: `selector` does not match template "
              + "`labels`");
    }

    @Test
    void anEmptySelectorIsInvalid() {
      assertThat(WorkloadProblems.of(statefulSet("db", "  selector: {}\n" + TEMPLATE)))
          .containsExactly("spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
              + "map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: "
              + "empty selector is invalid for statefulset");
    }

    @Test
    void theNameIsADnsLabelOfUpTo63Characters() {
      assertThat(WorkloadProblems.read(statefulSet(letters(63), SELECTOR + TEMPLATE))
          .metadata().name()).hasSize(63);
      assertThat(WorkloadProblems.of(statefulSet(letters(64), SELECTOR + TEMPLATE)))
          .containsExactly("metadata.name: Invalid value: \"" + letters(64) + "\": " + MAX_63);
      assertThat(WorkloadProblems.of(statefulSet("db.v1", SELECTOR + TEMPLATE)))
          .containsExactly("metadata.name: Invalid value: \"db.v1\": " + DNS1123_LABEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OrderedReady", "Parallel"})
    void bothPodManagementPoliciesAreAccepted(String policy) {
      StatefulSet db = (StatefulSet) WorkloadProblems.read(statefulSet("db",
          "  podManagementPolicy: " + policy + "\n" + SELECTOR + TEMPLATE));
      assertThat(db.spec().podManagementPolicy()).contains(policy);
    }

    @Test
    void anotherPodManagementPolicyIsInvalid() {
      assertThat(WorkloadProblems.of(statefulSet("db",
          "  podManagementPolicy: Sequential\n" + SELECTOR + TEMPLATE)))
          .containsExactly("spec.podManagementPolicy: Invalid value: \"Sequential\": must be "
              + "'OrderedReady' or 'Parallel'");
    }
  }

  @Nested
  class DaemonSets {

    private static String daemonSet(String spec) {
      return "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n" + spec;
    }

    @Test
    void aSelectorOfTheTemplatesLabelsIsAccepted() {
      DaemonSet agent = (DaemonSet) WorkloadProblems.read(daemonSet(
          "  selector:\n    matchLabels:\n      app: web\n" + TEMPLATE));
      assertThat(agent.spec().selector().matchLabels()).containsEntry("app", "web");
    }

    @Test
    void anEmptySelectorAndPodsThatEndAreRefused() {
      assertThat(WorkloadProblems.of(daemonSet("  selector: {}\n"
          + TEMPLATE.replace("      containers:", "      restartPolicy: Never\n      containers:"))))
          .containsExactly(
              "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil),"
                  + " MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is "
                  + "invalid for daemonset",
              "spec.template.spec.restartPolicy: Unsupported value: \"Never\": supported "
                  + "values: \"Always\"");
    }

    @Test
    void theBuilderChecksTheTemplateToo() {
      DaemonSet.Builder agent = DaemonSet.builder().name("agent");
      agent.specBuilder().selector(LabelSelector.builder().putMatchLabel("app", "agent").build())
          .templateBuilder().metadataBuilder().putLabel("app", "agent");
      agent.specBuilder().templateBuilder().specBuilder()
          .addContainer(Container.of("agent", "fluent-bit"))
          .addInitContainer(Container.of("agent", "busybox"));

      assertThatThrownBy(agent::build).isInstanceOf(InvalidResourceException.class)
          .hasMessage("DaemonSet \"agent\" is invalid: spec.template.spec.initContainers[0].name:"
              + " Duplicate value: \"agent\"");
    }
  }

  @Nested
  class Jobs {

    private static String job(String restartPolicy, String extra) {
      return """
          apiVersion: batch/v1
          kind: Job
          metadata:
            name: migrate
          spec:
          """ + extra + """
            template:
              spec:
          """ + restartPolicy + """
                containers:
                - name: migrate
                  image: flyway
          """;
    }

    @ParameterizedTest
    @ValueSource(strings = {"OnFailure", "Never"})
    void podsThatEndAreAccepted(String policy) {
      Job migrate = (Job) WorkloadProblems.read(job("      restartPolicy: " + policy + "\n",
          ""));
      assertThat(migrate.spec().template().spec().restartPolicy()).contains(policy);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "      restartPolicy: Always\n"})
    void podsThatRestartAlwaysOrByDefaultAreRefused(String restartPolicy) {
      assertThat(WorkloadProblems.of(job(restartPolicy, "")))
          .containsExactly("spec.template.spec.restartPolicy: Required value: valid values: "
              + "\"OnFailure\", \"Never\"");
    }

    @Test
    void aBackoffLimitOfZeroIsAcceptedAndBelowRefused() {
      assertThat(((Job) WorkloadProblems.read(job("      restartPolicy: Never\n",
          "  backoffLimit: 0\n"))).spec().backoffLimit()).contains(0);
      assertThat(WorkloadProblems.of(job("      restartPolicy: Never\n", "  backoffLimit: -1\n")))
          .containsExactly("spec.backoffLimit: Invalid value: -1: must be greater than or equal "
              + "to 0");
    }

    @Test
    void aSelectorGivenMustSelectTheTemplate() {
      assertThat(WorkloadProblems.of(job("      restartPolicy: Never\n",
          "  manualSelector: true\n  selector:\n    matchLabels:\n      app: migrate\n")))
          .containsExactly("spec.template.metadata.labels: Invalid value: "
              + "map[string]string(nil): `selector` does not match template `labels`");
    }
  }

  @Nested
  class CronJobs {

    private static String cronJob(String name, String schedule, String extra) {
      return """
          apiVersion: batch/v1
          kind: CronJob
          metadata:
            name: %s
          spec:
            schedule: '%s'
          %s  jobTemplate:
              spec:
                template:
                  spec:
                    restartPolicy: OnFailure
                    containers:
                    - name: report
                      image: busybox
          """.formatted(name, schedule, extra);
    }

    @Test
    void aNameOf52CharactersIsAccepted() {
      assertThat(WorkloadProblems.read(cronJob(letters(52), "@daily", "")).metadata().name())
          .hasSize(52);
    }

    @Test
    void aNameOf53CharactersIsRefused() {
      // the Jobs it makes add 11 characters, and a Job's name is at most 63
      assertThat(WorkloadProblems.of(cronJob(letters(53), "@daily", "")))
          .containsExactly("metadata.name: Invalid value: \"" + letters(53) + "\": must be no "
              + "more than 52 characters");
    }

    @Test
    void aStandardScheduleIsAccepted() {
      CronJob report = (CronJob) WorkloadProblems.read(cronJob("report", "*/5 9-17 * * mon-fri",
          ""));
      assertThat(report.spec().schedule()).isEqualTo("*/5 9-17 * * mon-fri");
    }

    @Test
    void aScheduleOutOfRangeIsRefusedInTheLibrarysWords() {
      assertThat(WorkloadProblems.of(cronJob("report", "0 24 * * *", "")))
          .containsExactly("spec.schedule: Invalid value: \"0 24 * * *\": end of range (24) above "
              + "maximum (23): 24");
    }

    @Test
    void aZoneInTheScheduleIsRefusedForTimeZone() {
      assertThat(WorkloadProblems.of(cronJob("report", "CRON_TZ=UTC 0 0 * * *", "")))
          .containsExactly("spec.schedule: Invalid value: \"CRON_TZ=UTC 0 0 * * *\": cannot use "
              + "TZ or CRON_TZ in schedule, use timeZone field instead");
    }

    @Test
    void aZoneOfTheDatabaseIsAcceptedInTimeZone() {
      CronJob report = (CronJob) WorkloadProblems.read(cronJob("report", "0 0 * * *",
          "  timeZone: Europe/Berlin\n"));
      assertThat(report.spec().timeZone()).contains("Europe/Berlin");
    }

    @Test
    void localOrAnUnknownZoneIsRefused() {
      assertThat(WorkloadProblems.of(cronJob("report", "0 0 * * *", "  timeZone: Local\n")))
          .containsExactly("spec.timeZone: Invalid value: \"Local\": timeZone must be an explicit "
              + "time zone as defined in https://www.iana.org/time-zones");
      assertThat(WorkloadProblems.of(cronJob("report", "0 0 * * *",
          "  timeZone: Mars/Olympus\n")))
          .containsExactly("spec.timeZone: Invalid value: \"Mars/Olympus\": unknown time zone "
              + "Mars/Olympus");
    }

    @Test
    void theJobTemplateIsCheckedAsAJobsSpecWithoutSelector() {
      String yaml = cronJob("report", "@hourly", "").replace("restartPolicy: OnFailure",
          "restartPolicy: Always").replace("      template:",
          "      selector:\n          matchLabels:\n            app: report\n      template:");

      assertThat(WorkloadProblems.of(yaml)).containsExactly(
          "spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "
              + "\"OnFailure\", \"Never\"",
          "spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:"
              + "map[string]string{\"app\":\"report\"}, MatchExpressions:"
              + "[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated");
    }

    @Test
    void anUnknownConcurrencyPolicyIsUnsupported() {
      assertThat(WorkloadProblems.of(cronJob("report", "@hourly",
          "  concurrencyPolicy: Queue\n")))
          .containsExactly("spec.concurrencyPolicy: Unsupported value: \"Queue\": supported "
              + "values: \"Allow\", \"Forbid\", \"Replace\"");
    }
  }

  @Nested
  class NetworkPolicies {

    private static String policy(String spec) {
      return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db\n"
          + "spec:\n  podSelector:\n    matchLabels:\n      app: db\n" + spec;
    }

    private static String ingressPort(String port) {
      return policy("  ingress:\n  - from:\n    - podSelector: {}\n    ports:\n    - " + port
          + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"port: 1", "port: 65535", "port: 5432", "port: postgres",
        "{port: 32000, endPort: 32000}", "{port: 32000, endPort: 65535}"})
    void portsInRangeAreAccepted(String port) {
      NetworkPolicy db = (NetworkPolicy) WorkloadProblems.read(ingressPort(port));
      assertThat(db.spec().ingress().get(0).ports()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536})
    void aPortOutOfRangeIsRefused(int port) {
      assertThat(WorkloadProblems.of(ingressPort("port: " + port)))
          .containsExactly("spec.ingress[0].ports[0].port: Invalid value: " + port + ": "
              + PORT_RANGE);
    }

    @Test
    void anEndPortBelowThePortOrPastTheRangeIsRefused() {
      assertThat(WorkloadProblems.of(ingressPort("{port: 32000, endPort: 31999}")))
          .containsExactly("spec.ingress[0].ports[0].endPort: Invalid value: 32000: must be "
              + "greater than or equal to `port`");
      assertThat(WorkloadProblems.of(ingressPort("{port: 32000, endPort: 65536}")))
          .containsExactly("spec.ingress[0].ports[0].endPort: Invalid value: 65536: "
              + PORT_RANGE);
    }

    @Test
    void anEndPortNeedsANumericPort() {
      assertThat(WorkloadProblems.of(ingressPort("{port: postgres, endPort: 5433}")))
          .containsExactly("spec.ingress[0].ports[0].endPort: Invalid value: 5433: may not be "
              + "specified when `port` is non-numeric");
      assertThat(WorkloadProblems.of(ingressPort("{endPort: 5433}")))
          .containsExactly("spec.ingress[0].ports[0].endPort: Invalid value: 5433: may not be "
              + "specified when `port` is not specified");
    }

    @Test
    void aPortNameIsAnIanaServiceName() {
      assertThat(WorkloadProblems.of(ingressPort("port: postgres-primary-1")))
          .containsExactly("spec.ingress[0].ports[0].port: Invalid value: "
              + "\"postgres-primary-1\": must be no more than 15 characters");
    }

    @Test
    void aPeerIsOneKindOfPeer() {
      assertThat(WorkloadProblems.of(policy("  egress:\n  - to:\n    - {}\n"
          + "    - ipBlock: {cidr: 10.0.0.0/8}\n      podSelector: {}\n")))
          .containsExactly("spec.egress[0].to[0]: Required value: must specify a peer",
              "spec.egress[0].to[1]: Forbidden: may not specify both ipBlock and another peer");
    }

    @Test
    void bothPolicyTypesAreAcceptedAndNoMore() {
      NetworkPolicy db = (NetworkPolicy) WorkloadProblems.read(
          policy("  policyTypes: [Ingress, Egress]\n"));
      assertThat(db.spec().policyTypes()).containsExactly("Ingress", "Egress");
      assertThat(WorkloadProblems.of(policy("  policyTypes: [Ingress, Egress, Ingress]\n")))
          .containsExactly("spec.policyTypes: Invalid value: []networking.PolicyType{"
              + "\"Ingress\", \"Egress\", \"Ingress\"}: may not specify more than two policyTypes");
      assertThat(WorkloadProblems.of(policy("  policyTypes: [Both]\n")))
          .containsExactly("spec.policyTypes[0]: Unsupported value: \"Both\": supported values: "
              + "\"Ingress\", \"Egress\"");
    }
  }

  @Nested
  class ServiceNodePorts {

    private static String service(String type, int nodePort) {
      return "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n" + type
          + "  ports:\n  - port: 80\n    nodePort: " + nodePort + "\n";
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 30080, 65535})
    void aNodePortInTheRangeIsAcceptedOnANodePortService(int nodePort) {
      Service web = (Service) WorkloadProblems.read(service("  type: NodePort\n", nodePort));
      assertThat(web.spec().ports().get(0).nodePort()).contains(nodePort);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536})
    void aNodePortOutsideTheRangeIsRefused(int nodePort) {
      assertThat(WorkloadProblems.of(service("  type: NodePort\n", nodePort)))
          .containsExactly("spec.ports[0].nodePort: Invalid value: " + nodePort + ": "
              + PORT_RANGE);
    }

    @Test
    void aClusterIpServiceHasNoNodePort() {
      assertThat(WorkloadProblems.of(service("", 30080)))
          .containsExactly("spec.ports[0].nodePort: Forbidden: may not be used when `type` is "
              + "'ClusterIP'");
    }
  }
}
