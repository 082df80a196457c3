package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1035_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.LABEL_VALUE;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.NAME_PART;
import static dev.gatewaydsl.model.ApiServerMessages.PORT_RANGE;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.LabelSelectorRequirement;
import dev.gatewaydsl.validation.InvalidResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Service's rules (core/v1 {@code ValidateService}): a DNS-1035 name, ports and selector. */
class ServiceValidationTest {

  private static Service.Builder serviceWithoutPorts() {
    return Service.builder().name("echoserver").namespace("default").selector("run", "echoserver");
  }

  private static Service serviceWith(ServicePort... ports) {
    Service.Builder service = serviceWithoutPorts();
    for (ServicePort port : ports) {
      service.port(port);
    }
    return service.build();
  }

  private static ServicePort named(String name, int port) {
    return ServicePort.builder().name(name).port(port).build();
  }

  private static String invalid(String problem) {
    return "Service \"echoserver\" is invalid: " + problem;
  }

  @Test
  void serviceExposingADeploymentIsValid() {
    Deployment echo = Deployment.builder().name("echoserver").namespace("default")
        .selectorLabel("run", "echoserver")
        .container(Container.of("echoserver", "echoserver:1.10").withPort(8080)).build();

    Service svc = Service.exposing(echo, 8080).build();

    assertThat(svc.spec().selector()).containsEntry("run", "echoserver");
    assertThat(svc.spec().ports()).containsExactly(ServicePort.of(8080)
        .withProtocol(Protocol.TCP).withTargetPort(IntOrString.of(8080)));
  }

  @Test
  void exposingADeploymentThatSelectsByExpressionsIsRefused() {
    Deployment.Builder echo = Deployment.builder().name("echoserver")
        .container(Container.of("echoserver", "echoserver:1.10"));
    echo.specBuilder().selectorBuilder().addMatchExpression(LabelSelectorRequirement.exists("run"));
    echo.specBuilder().templateBuilder().metadataBuilder().putLabel("run", "echoserver");
    Deployment deployment = echo.build();

    assertThatThrownBy(() -> Service.exposing(deployment, 8080))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Deployment \"echoserver\" selects pods by matchExpressions, which a Service "
            + "selector cannot express; build the Service with an explicit selector instead");
  }

  // ---- metadata.name: a DNS-1035 label ----

  @Test
  void nameOf63CharactersIsAccepted() {
    Service svc = serviceWithoutPorts().name(letters(63)).port(ServicePort.of(80)).build();

    assertThat(svc.metadata().name()).hasSize(63);
  }

  @Test
  void nameOf64CharactersIsRejected() {
    String name = letters(64);

    assertThatThrownBy(() -> serviceWithoutPorts().name(name).port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Service \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + MAX_63);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cluster", "Local"})
  void externalTrafficPoliciesOfTheApiAreAccepted(String policy) {
    Service.Builder svc = serviceWithoutPorts().port(named("http", 80));
    svc.specBuilder().externalTrafficPolicy(policy);

    assertThat(svc.build().spec().externalTrafficPolicy()).contains(policy);
  }

  @Test
  void anotherExternalTrafficPolicyIsRejected() {
    Service.Builder svc = serviceWithoutPorts().port(named("http", 80));
    svc.specBuilder().externalTrafficPolicy("local");

    assertThatThrownBy(svc::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.externalTrafficPolicy: Unsupported value: \"local\": "
            + "supported values: \"Cluster\", \"Local\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"SingleStack", "PreferDualStack", "RequireDualStack"})
  void ipFamilyPoliciesOfTheApiAreAccepted(String policy) {
    Service.Builder svc = serviceWithoutPorts().port(named("http", 80));
    svc.specBuilder().ipFamilyPolicy(policy);

    assertThat(svc.build().spec().ipFamilyPolicy()).contains(policy);
  }

  @Test
  void anotherIpFamilyPolicyIsRejected() {
    Service.Builder svc = serviceWithoutPorts().port(named("http", 80));
    svc.specBuilder().ipFamilyPolicy("DualStack");

    assertThatThrownBy(svc::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ipFamilyPolicy: Unsupported value: \"DualStack\": "
            + "supported values: \"SingleStack\", \"PreferDualStack\", \"RequireDualStack\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"echoserver", "echo-1", "e"})
  void nameStartingWithALetterIsAccepted(String name) {
    Service svc = serviceWithoutPorts().name(name).port(ServicePort.of(80)).build();

    assertThat(svc.metadata().name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1echo", "123-abc", "Echo", "echo.server", "echo-", "-echo"})
  void nameOutsideDns1035SyntaxIsRejected(String name) {
    assertThatThrownBy(() -> serviceWithoutPorts().name(name).port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Service \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + DNS1035_LABEL);
  }

  @Test
  void missingNameIsRequired() {
    assertThatThrownBy(() -> Service.builder().port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Service \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  // ---- ports: at least one, 1 to 65535 ----

  @Test
  void serviceWithoutPortsIsRejected() {
    assertThatThrownBy(() -> serviceWithoutPorts().build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports: Required value"));
  }

  @Test
  void externalNameServiceWithoutPortsIsAccepted() {
    Service.Builder svc = serviceWithoutPorts();
    svc.specBuilder().type("ExternalName");

    assertThat(svc.build().spec().ports()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void portAtTheEndsOfTheRangeIsAccepted(int port) {
    assertThat(serviceWith(ServicePort.of(port)).spec().ports().get(0).port()).isEqualTo(port);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void portJustOutsideTheRangeIsRejected(int port) {
    assertThatThrownBy(() -> serviceWith(ServicePort.of(port)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[0].port: Invalid value: " + port + ": " + PORT_RANGE));
  }

  // ---- targetPort: a port number or an IANA port name ----

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void targetPortNumberAtTheEndsOfTheRangeIsAccepted(int target) {
    Service svc = serviceWith(ServicePort.of(80).withTargetPort(IntOrString.of(target)));

    assertThat(svc.spec().ports().get(0).targetPort()).contains(IntOrString.of(target));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 65536})
  void targetPortNumberOutsideTheRangeIsRejected(int target) {
    ServicePort port = ServicePort.of(80).withTargetPort(IntOrString.of(target));

    assertThatThrownBy(() -> serviceWith(port))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.ports[0].targetPort: Invalid value: " + target + ": " + PORT_RANGE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "aaaaaaaaaaaaaaa"})
  void targetPortNameOfUpTo15CharactersIsAccepted(String name) {
    Service svc = serviceWith(ServicePort.of(80).withTargetPort(IntOrString.of(name)));

    assertThat(svc.spec().ports().get(0).targetPort()).contains(IntOrString.of(name));
  }

  @Test
  void targetPortNameOf16CharactersIsRejected() {
    String name = letters(16);
    ServicePort port = ServicePort.of(80).withTargetPort(IntOrString.of(name));

    assertThatThrownBy(() -> serviceWith(port))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[0].targetPort: Invalid value: \"" + name
            + "\": must be no more than 15 characters"));
  }

  @Test
  void targetPortNameWithoutALetterIsRejectedAsAName() {
    // "8080" as a string is a port name, and a port name needs a letter
    ServicePort port = ServicePort.of(80).withTargetPort(IntOrString.of("8080"));

    assertThatThrownBy(() -> serviceWith(port))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[0].targetPort: Invalid value: \"8080\": "
            + "must contain at least one letter (a-z)"));
  }

  // ---- port names: DNS-1123 labels, required and unique with several ports ----

  @Test
  void singlePortNeedsNoName() {
    assertThat(serviceWith(ServicePort.of(80)).spec().ports().get(0).name()).isEmpty();
  }

  @Test
  void severalPortsWithNamesAreAccepted() {
    Service svc = serviceWith(named("http", 80), named("metrics", 9090));

    assertThat(svc.spec().ports()).hasSize(2);
  }

  @Test
  void severalPortsNeedEveryOneNamed() {
    assertThatThrownBy(() -> serviceWith(named("http", 80), ServicePort.of(9090)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[1].name: Required value"));
  }

  @Test
  void severalUnnamedPortsAreEachReported() {
    assertThatThrownBy(() -> serviceWith(ServicePort.of(80), ServicePort.of(9090)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Service \"echoserver\" is invalid (2 problems):\n"
            + "  spec.ports[0].name: Required value\n"
            + "  spec.ports[1].name: Required value");
  }

  @Test
  void servicePortNameOf63CharactersIsAccepted() {
    assertThat(serviceWith(named(letters(63), 80)).spec().ports().get(0).name())
        .hasValueSatisfying(name -> assertThat(name).hasSize(63));
  }

  @Test
  void servicePortNameOf64CharactersIsRejected() {
    String name = letters(64);

    assertThatThrownBy(() -> serviceWith(named(name, 80)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[0].name: Invalid value: \"" + name + "\": " + MAX_63));
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTP", "http_alt", "-http"})
  void servicePortNameOutsideLabelSyntaxIsRejected(String name) {
    assertThatThrownBy(() -> serviceWith(named(name, 80)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            "spec.ports[0].name: Invalid value: \"" + name + "\": " + DNS1123_LABEL));
  }

  @Test
  void secondPortWithTheSameNameIsDuplicate() {
    assertThatThrownBy(() -> serviceWith(named("http", 80), named("http", 8080)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[1].name: Duplicate value: \"http\""));
  }

  // ---- port and protocol: unique together ----

  @Test
  void theSamePortWithDifferentProtocolsIsAccepted() {
    Service svc = serviceWith(named("dns", 53).withProtocol(Protocol.TCP),
        named("dns-udp", 53).withProtocol(Protocol.UDP));

    assertThat(svc.spec().ports()).hasSize(2);
  }

  @Test
  void theSamePortAndProtocolTwiceIsDuplicate() {
    assertThatThrownBy(() -> serviceWith(named("http", 80).withProtocol(Protocol.TCP),
        named("web", 80).withProtocol(Protocol.TCP)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[1]: Duplicate value: \"80/TCP\""));
  }

  @Test
  void unsetProtocolCountsAsTcpForDuplicates() {
    assertThatThrownBy(() -> serviceWith(named("http", 80),
        named("web", 80).withProtocol(Protocol.TCP)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[1]: Duplicate value: \"80/TCP\""));
  }

  // ---- type ----

  @ParameterizedTest
  @ValueSource(strings = {"ClusterIP", "NodePort", "LoadBalancer"})
  void supportedTypeIsAccepted(String type) {
    Service.Builder svc = serviceWithoutPorts().port(ServicePort.of(80));
    svc.specBuilder().type(type);

    assertThat(svc.build().spec().type()).contains(type);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Headless", "clusterIP", ""})
  void otherTypeIsUnsupported(String type) {
    Service.Builder svc = serviceWithoutPorts().port(ServicePort.of(80));
    svc.specBuilder().type(type);

    assertThatThrownBy(svc::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.type: Unsupported value: \"" + type + "\": supported values: "
            + "\"ClusterIP\", \"NodePort\", \"LoadBalancer\", \"ExternalName\""));
  }

  // ---- selector ----

  @Test
  void selectorKeyIsCheckedAsALabelKey() {
    assertThatThrownBy(() -> serviceWithoutPorts().selector("run app", "x")
        .port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.selector: Invalid value: \"run app\": " + NAME_PART));
  }

  @Test
  void selectorValueIsCheckedAsALabelValue() {
    assertThatThrownBy(() -> Service.builder().name("echoserver").selector("run", "echo server")
        .port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.selector[run]: Invalid value: \"echo server\": " + LABEL_VALUE));
  }

  @Test
  void selectorValueOf63CharactersIsAccepted() {
    Service svc = Service.builder().name("echoserver").selector("run", letters(63))
        .port(ServicePort.of(80)).build();

    assertThat(svc.spec().selector().get("run")).hasSize(63);
  }

  @Test
  void selectorValueOf64CharactersIsRejected() {
    String value = letters(64);

    assertThatThrownBy(() -> Service.builder().name("echoserver").selector("run", value)
        .port(ServicePort.of(80)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.selector[run]: Invalid value: \"" + value + "\": " + MAX_63));
  }

  // ---- all problems at once ----

  @Test
  void everyProblemOfTheServiceIsReportedTogetherInFieldOrder() {
    Service.Builder svc = Service.builder().name("1echo")
        .port(ServicePort.of(0)).port(ServicePort.of(0));

    assertThatThrownBy(svc::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Service \"1echo\" is invalid (6 problems):\n"
            + "  metadata.name: Invalid value: \"1echo\": " + DNS1035_LABEL + "\n"
            + "  spec.ports[0].port: Invalid value: 0: " + PORT_RANGE + "\n"
            + "  spec.ports[0].name: Required value\n"
            + "  spec.ports[1].port: Invalid value: 0: " + PORT_RANGE + "\n"
            + "  spec.ports[1].name: Required value\n"
            + "  spec.ports[1]: Duplicate value: \"0/TCP\"");
  }

  // ---- ports[].appProtocol: a qualified name ----

  @ParameterizedTest
  @ValueSource(strings = {"http", "tcp", "kubernetes.io/h2c"})
  void appProtocolsThatAreQualifiedNamesAreAccepted(String appProtocol) {
    Service svc = serviceWith(ServicePort.builder().port(80).appProtocol(appProtocol).build());

    assertThat(svc.spec().ports().get(0).appProtocol()).contains(appProtocol);
  }

  @Test
  void appProtocolThatIsNotAQualifiedNameIsRejected() {
    ServicePort port = ServicePort.builder().port(80).appProtocol("http 2").build();

    assertThatThrownBy(() -> serviceWith(port))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.ports[0].appProtocol: Invalid value: \"http 2\": "
            + NAME_PART));
  }

  // ---- loadBalancerIP: written after type, as in the API ----

  @Test
  void loadBalancerIpIsWrittenAfterType() {
    Service.Builder lb = serviceWithoutPorts().port(ServicePort.of(80));
    lb.specBuilder().type("LoadBalancer").loadBalancerIP("20.50.60.70");

    assertThat(dev.gatewaydsl.yaml.Manifests.toYaml(lb.build()))
        .endsWith("  type: LoadBalancer\n  loadBalancerIP: 20.50.60.70\n");
  }
}
