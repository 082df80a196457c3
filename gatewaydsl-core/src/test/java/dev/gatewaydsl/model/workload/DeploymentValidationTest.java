package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.NAME_PART;
import static dev.gatewaydsl.model.ApiServerMessages.PORT_RANGE;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.LabelSelectorRequirement;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A Deployment's rules (apps/v1 {@code ValidateDeploymentSpec}) and those of its pod template's
 * containers, ports and environment (core/v1 {@code validateContainers}).
 */
class DeploymentValidationTest {

  private static final String IMAGE = "gcr.io/google_containers/echoserver:1.10";
  private static final String CONTAINER = "spec.template.spec.containers[0]";
  private static final String ENV_NAME_SYNTAX = "a valid environment variable name must consist "
      + "only of printable ASCII characters other than '='";

  private static Deployment.Builder deploymentWithoutContainers() {
    return Deployment.builder().name("echoserver").namespace("default").replicas(1)
        .selectorLabel("run", "echoserver");
  }

  private static Deployment deploymentRunning(Container container) {
    return deploymentWithoutContainers().container(container).build();
  }

  private static Container echoserver() {
    return Container.of("echoserver", IMAGE).withPort(8080);
  }

  private static String invalid(String problem) {
    return "Deployment \"echoserver\" is invalid: " + problem;
  }

  @Test
  void echoserverExampleIsValid() {
    Deployment echo = deploymentRunning(echoserver());

    assertThat(echo.apiVersion()).isEqualTo("apps/v1");
    assertThat(echo.spec().template().metadata().labels()).containsEntry("run", "echoserver");
  }

  @Test
  void missingNameIsRequired() {
    Deployment.Builder nameless = Deployment.builder().selectorLabel("run", "echoserver")
        .container(echoserver());

    assertThatThrownBy(nameless::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Deployment \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  // ---- replicas: 0 or more ----

  @ParameterizedTest
  @ValueSource(ints = {0, 1, Integer.MAX_VALUE})
  void zeroOrMoreReplicasAreAccepted(int replicas) {
    Deployment echo = deploymentWithoutContainers().replicas(replicas).container(echoserver())
        .build();

    assertThat(echo.spec().replicas()).contains(replicas);
  }

  @Test
  void negativeReplicasAreRejected() {
    Deployment.Builder echo = deploymentWithoutContainers().replicas(-1).container(echoserver());

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.replicas: Invalid value: -1: must be greater than or equal to 0"));
  }

  @Test
  void unsetReplicasAreAccepted() {
    Deployment echo = Deployment.builder().name("echoserver").selectorLabel("run", "echoserver")
        .container(echoserver()).build();

    assertThat(echo.spec().replicas()).isEmpty();
  }

  // ---- selector: not empty, and matching the template's labels ----

  @Test
  void emptySelectorIsRejected() {
    Deployment.Builder echo = Deployment.builder().name("echoserver").container(echoserver());
    echo.specBuilder().selector(LabelSelector.builder().build());

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), "
                + "MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid "
                + "for deployment"));
  }

  @Test
  void selectorOfOnlyMatchExpressionsIsNotEmpty() {
    Deployment.Builder echo = Deployment.builder().name("echoserver").container(echoserver());
    echo.specBuilder().selectorBuilder().addMatchExpression(LabelSelectorRequirement.exists("run"));
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("run", "echoserver");

    assertThat(echo.build().spec().selector().matchExpressions()).hasSize(1);
  }

  @Test
  void selectorMatchingASupersetOfItsLabelsIsAccepted() {
    // GIVEN pods labelled run=echoserver and tier=web, selected by run=echoserver
    Deployment.Builder echo = deploymentWithoutContainers().container(echoserver());
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("tier", "web");

    assertThat(echo.build().spec().template().metadata().labels())
        .containsEntry("run", "echoserver").containsEntry("tier", "web");
  }

  @Test
  void selectorNotMatchingTheTemplateLabelsIsRejected() {
    // GIVEN a selector run=echoserver over pods labelled run=other
    Deployment.Builder echo = Deployment.builder().name("echoserver").container(echoserver());
    echo.specBuilder().selectorBuilder().putMatchLabel("run", "echoserver");
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("run", "other");

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"run\":\"other\"}: "
            + "`selector` does not match template `labels`"));
  }

  @Test
  void selectorExpressionNotMatchingTheTemplateLabelsIsRejected() {
    Deployment.Builder echo = Deployment.builder().name("echoserver").container(echoserver());
    echo.specBuilder().selectorBuilder()
        .addMatchExpression(LabelSelectorRequirement.in("run", "a", "b"));
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("run", "c");

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"run\":\"c\"}: "
            + "`selector` does not match template `labels`"));
  }

  @Test
  void selectorKeysAreCheckedAsLabelKeys() {
    Deployment.Builder echo = Deployment.builder().name("echoserver").container(echoserver());
    echo.specBuilder().selectorBuilder().putMatchLabel("run!", "echoserver");
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("run", "echoserver");

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Deployment \"echoserver\" is invalid (2 problems):\n"
            + "  spec.selector.matchLabels: Invalid value: \"run!\": " + NAME_PART + "\n"
            + "  spec.template.metadata.labels: Invalid value: "
            + "map[string]string{\"run\":\"echoserver\"}: "
            + "`selector` does not match template `labels`");
  }

  @Test
  void templateLabelsAreCheckedLikeMetadataLabels() {
    String value = letters(64);
    Deployment.Builder echo = deploymentWithoutContainers().container(echoserver());
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("tier", value);

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.template.metadata.labels[tier]: Invalid value: \"" + value
            + "\": " + MAX_63));
  }

  // ---- containers: at least one, names DNS-1123 labels and unique, image required ----

  @Test
  void podWithoutContainersIsRejected() {
    Deployment.Builder echo = deploymentWithoutContainers();
    echo.specBuilder().templateBuilder().spec(PodSpec.builder().build());

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.template.spec.containers: Required value"));
  }

  @Test
  void containerNameOf63CharactersIsAccepted() {
    Deployment echo = deploymentRunning(Container.of(letters(63), IMAGE));

    assertThat(echo.spec().template().spec().containers().get(0).name()).hasSize(63);
  }

  @Test
  void containerNameOf64CharactersIsRejected() {
    String name = letters(64);

    assertThatThrownBy(() -> deploymentRunning(Container.of(name, IMAGE)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".name: Invalid value: \"" + name + "\": " + MAX_63));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Echoserver", "echo_server", "echo.server", "-echo", "echo-"})
  void containerNameOutsideLabelSyntaxIsRejected(String name) {
    assertThatThrownBy(() -> deploymentRunning(Container.of(name, IMAGE)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            CONTAINER + ".name: Invalid value: \"" + name + "\": " + DNS1123_LABEL));
  }

  @Test
  void containersWithDifferentNamesAreAccepted() {
    Deployment echo = deploymentWithoutContainers().container(echoserver())
        .container(Container.of("sidecar", IMAGE)).build();

    assertThat(echo.spec().template().spec().containers()).hasSize(2);
  }

  @Test
  void secondContainerWithTheSameNameIsDuplicate() {
    Deployment.Builder echo = deploymentWithoutContainers().container(echoserver())
        .container(Container.of("echoserver", IMAGE));

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.template.spec.containers[1].name: Duplicate value: \"echoserver\""));
  }

  @Test
  void containerWithoutImageIsRejected() {
    assertThatThrownBy(() -> deploymentRunning(Container.of("echoserver", "")))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".image: Required value"));
  }

  // ---- container ports: 1 to 65535, IANA service names, unique names ----

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void containerPortAtTheEndsOfTheRangeIsAccepted(int port) {
    Deployment echo = deploymentRunning(Container.of("echoserver", IMAGE).withPort(port));

    assertThat(echo.spec().template().spec().containers().get(0).ports().get(0).containerPort())
        .isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536})
  void containerPortJustOutsideTheRangeIsRejected(int port) {
    Container container = Container.of("echoserver", IMAGE).withPort(port);

    assertThatThrownBy(() -> deploymentRunning(container))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            CONTAINER + ".ports[0].containerPort: Invalid value: " + port + ": " + PORT_RANGE));
  }

  private static Container withNamedPort(String name) {
    return Container.of("echoserver", IMAGE)
        .withPort(ContainerPort.builder().name(name).containerPort(8080).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "h2c", "web-8080", "a", "x1-2-3"})
  void portNameInIanaSyntaxIsAccepted(String name) {
    Deployment echo = deploymentRunning(withNamedPort(name));

    assertThat(echo.spec().template().spec().containers().get(0).ports().get(0).name())
        .contains(name);
  }

  @Test
  void portNameOf15CharactersIsAccepted() {
    Deployment echo = deploymentRunning(withNamedPort(letters(15)));

    assertThat(echo.spec().template().spec().containers().get(0).ports()).hasSize(1);
  }

  @Test
  void portNameOf16CharactersIsRejected() {
    String name = letters(16);

    assertThatThrownBy(() -> deploymentRunning(withNamedPort(name)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".ports[0].name: Invalid value: \"" + name
            + "\": must be no more than 15 characters"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "Http|must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
      "my_port|must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
      "8080|must contain at least one letter (a-z)",
      "my--port|must not contain consecutive hyphens",
      "-http|must not begin or end with a hyphen",
      "http-|must not begin or end with a hyphen"})
  void portNameBreakingOneIanaRuleIsRejected(String name, String detail) {
    assertThatThrownBy(() -> deploymentRunning(withNamedPort(name)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            CONTAINER + ".ports[0].name: Invalid value: \"" + name + "\": " + detail));
  }

  @Test
  void secondPortWithTheSameNameInAContainerIsDuplicate() {
    Container container = Container.builder().name("echoserver").image(IMAGE)
        .addPort(ContainerPort.builder().name("http").containerPort(8080).build())
        .addPort(ContainerPort.builder().name("http").containerPort(8081).build())
        .build();

    assertThatThrownBy(() -> deploymentRunning(container))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".ports[1].name: Duplicate value: \"http\""));
  }

  @Test
  void theSamePortNameInTwoContainersIsAccepted() {
    Deployment echo = deploymentWithoutContainers().container(withNamedPort("http"))
        .container(Container.builder().name("sidecar").image(IMAGE)
            .addPort(ContainerPort.builder().name("http").containerPort(9090).build()).build())
        .build();

    assertThat(echo.spec().template().spec().containers()).hasSize(2);
  }

  // ---- env names: printable ASCII but '=' (RelaxedEnvironmentVariableValidation, GA in 1.34) ----

  @ParameterizedTest
  @ValueSource(strings = {"MY_VAR", "my.env-name", "MyEnvName1", "1VAR", "MY VAR", "$HOME", " ",
      "~", ".", "..", "..x"})
  void envNameOfPrintableAsciiIsAccepted(String name) {
    Deployment echo = deploymentRunning(echoserver().withEnv(name, "v"));

    assertThat(echo.spec().template().spec().containers().get(0).env().get(0).name())
        .isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"A=B", "=", "\u00e9", "TAB\t", "\u007f", "\u001f"})
  void envNameWithEqualsOrOutsidePrintableAsciiIsRejected(String name) {
    Container container = echoserver().withEnv(name, "v");

    assertThatThrownBy(() -> deploymentRunning(container))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".env[0].name: Invalid value: " + Violation.quote(name)
            + ": " + ENV_NAME_SYNTAX));
  }

  @Test
  void emptyEnvNameIsRequired() {
    Container container = echoserver().withEnv("", "v");

    assertThatThrownBy(() -> deploymentRunning(container))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".env[0].name: Required value"));
  }

  @Test
  void emptyEnvValueIsAccepted() {
    Deployment echo = deploymentRunning(echoserver().withEnv("EMPTY", ""));

    assertThat(echo.spec().template().spec().containers().get(0).env().get(0).value()).isEmpty();
  }

  @Test
  void containerPortZeroIsMissing() {
    // core/v1 validateContainerPorts: 0 is no port at all
    assertThatThrownBy(() -> deploymentRunning(Container.of("echoserver", IMAGE).withPort(0)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(CONTAINER + ".ports[0].containerPort: Required value"));
  }

  // ---- all problems at once ----

  @Test
  void everyProblemOfTheDeploymentIsReportedTogetherInFieldOrder() {
    // GIVEN negative replicas and a container with an upper-case name, no image and port 0
    Deployment.Builder echo = deploymentWithoutContainers().replicas(-1)
        .container(Container.of("Echo", "").withPort(0));

    assertThatThrownBy(echo::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Deployment \"echoserver\" is invalid (4 problems):\n"
            + "  spec.replicas: Invalid value: -1: must be greater than or equal to 0\n"
            + "  " + CONTAINER + ".name: Invalid value: \"Echo\": " + DNS1123_LABEL + "\n"
            + "  " + CONTAINER + ".image: Required value\n"
            + "  " + CONTAINER + ".ports[0].containerPort: Required value");
  }
}
