package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.PORT_RANGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A container's readiness probe (core/v1 {@code validateReadinessProbe}, {@code validateHandler},
 * {@code validateHTTPGetAction}) and the pod's {@code serviceAccountName}, checked through a
 * Deployment as the API server checks them.
 */
class ProbeValidationTest {

  private static final String PROBE = "spec.template.spec.containers[0].readinessProbe";

  private static Deployment.Builder gateway(Probe probe) {
    return Deployment.builder().name("gw").selectorLabel("app", "gw")
        .container(Container.of("istio-proxy", "auto").withPort(15021)
            .withReadinessProbe(probe));
  }

  private static String invalid(String problem) {
    return "Deployment \"gw\" is invalid: " + problem;
  }

  @Test
  void httpGetShortcutSetsPathAndPortOnly() {
    Probe probe = Probe.httpGet("/healthz/ready", 15021);

    assertThat(probe.httpGet()).contains(HTTPGetAction.builder().path("/healthz/ready")
        .port(IntOrString.of(15021)).build());
    assertThat(probe.periodSeconds()).isEmpty();
    assertThat(gateway(probe).build().spec().template().spec().containers().get(0)
        .readinessProbe()).contains(probe);
  }

  @Test
  void probeWithoutHandlerIsRejected() {
    assertThatThrownBy(() -> gateway(Probe.builder().periodSeconds(15).build()).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(PROBE + ": Required value: must specify a handler type"));
  }

  @Test
  void eachHandlerAloneIsAccepted() {
    Probe exec = Probe.builder().exec(ExecAction.builder().addCommand("true").build()).build();
    Probe tcp = Probe.builder().tcpSocket(TCPSocketAction.builder().port(IntOrString.of(15021))
        .build()).build();
    Probe grpc = Probe.builder().grpc(GRPCAction.builder().port(15021).build()).build();

    for (Probe probe : new Probe[] {exec, tcp, grpc, Probe.httpGet("/", 15021)}) {
      assertThat(gateway(probe).build().spec().template().spec().containers().get(0)
          .readinessProbe()).contains(probe);
    }
  }

  @Test
  void aSecondAndThirdHandlerAreEachForbidden() {
    Probe probe = Probe.builder().mergeFrom(Probe.httpGet("/", 15021))
        .exec(ExecAction.builder().addCommand("true").build())
        .grpc(GRPCAction.builder().port(15021).build()).build();

    // exec comes first in the API server's order, so httpGet and grpc are the extra ones
    assertThatThrownBy(() -> gateway(probe).build())
        .isInstanceOfSatisfying(InvalidResourceException.class, e -> assertThat(e.violations())
            .map(Object::toString).containsExactly(
                PROBE + ".httpGet: Forbidden: may not specify more than 1 handler type",
                PROBE + ".grpc: Forbidden: may not specify more than 1 handler type"));
  }

  @Test
  void anExecHandlerNeedsACommand() {
    Probe probe = Probe.builder().exec(ExecAction.builder().build()).build();

    assertThatThrownBy(() -> gateway(probe).build())
        .hasMessage(invalid(PROBE + ".exec.command: Required value"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 65535})
  void probePortsInRangeAreAccepted(int port) {
    assertThat(Manifests.toYaml(gateway(Probe.httpGet("/", port)).build()))
        .contains("        readinessProbe:\n          httpGet:\n            path: /\n"
            + "            port: " + port + "\n");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void probePortsOutOfRangeAreRejected(int port) {
    assertThatThrownBy(() -> gateway(Probe.httpGet("/", port)).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(PROBE + ".httpGet.port: Invalid value: " + port + ": " + PORT_RANGE));
  }

  @Test
  void probePortByValidNameIsAccepted() {
    Probe byName = Probe.builder().httpGet(HTTPGetAction.builder().path("/healthz/ready")
        .port(IntOrString.of("status-port")).scheme(URIScheme.HTTP).build()).build();

    assertThat(Manifests.toYaml(gateway(byName).build()))
        .contains("          httpGet:\n            path: /healthz/ready\n"
            + "            port: status-port\n            scheme: HTTP\n");
  }

  @Test
  void probePortByInvalidNameIsRejected() {
    Probe byName = Probe.builder().httpGet(HTTPGetAction.builder()
        .port(IntOrString.of("status_port")).build()).build();

    assertThatThrownBy(() -> gateway(byName).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(PROBE + ".httpGet.port: Invalid value: \"status_port\": must "
            + "contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialDelaySeconds", "timeoutSeconds", "periodSeconds",
      "successThreshold", "failureThreshold"})
  void zeroIsAcceptedForEveryCount(String field) {
    Probe probe = set(field, 0).apply(Probe.httpGet("/healthz/ready", 15021));

    assertThat(Manifests.toYaml(gateway(probe).build()))
        .contains("        readinessProbe:\n").contains("          " + field + ": 0\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"initialDelaySeconds", "timeoutSeconds", "periodSeconds",
      "successThreshold", "failureThreshold"})
  void negativeCountsAreRejected(String field) {
    Probe probe = set(field, -1).apply(Probe.httpGet("/healthz/ready", 15021));

    assertThatThrownBy(() -> gateway(probe).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(PROBE + "." + field
            + ": Invalid value: -1: must be greater than or equal to 0"));
  }

  private static UnaryOperator<Probe> set(String field, int value) {
    return switch (field) {
      case "initialDelaySeconds" -> p -> Probe.builder().mergeFrom(p).initialDelaySeconds(value).build();
      case "timeoutSeconds" -> p -> Probe.builder().mergeFrom(p).timeoutSeconds(value).build();
      case "periodSeconds" -> p -> Probe.builder().mergeFrom(p).periodSeconds(value).build();
      case "successThreshold" -> p -> Probe.builder().mergeFrom(p).successThreshold(value).build();
      case "failureThreshold" -> p -> Probe.builder().mergeFrom(p).failureThreshold(value).build();
      default -> throw new IllegalArgumentException(field);
    };
  }

  // ---- spec.template.spec.serviceAccountName: a DNS-1123 subdomain ----

  @Test
  void serviceAccountNameIsAccepted() {
    Deployment.Builder gw = gateway(Probe.httpGet("/healthz/ready", 15021));
    gw.specBuilder().templateBuilder().specBuilder().serviceAccountName("gw-istio");

    assertThat(gw.build().spec().template().spec().serviceAccountName()).contains("gw-istio");
  }

  @Test
  void invalidServiceAccountNameIsRejected() {
    Deployment.Builder gw = gateway(Probe.httpGet("/healthz/ready", 15021));
    gw.specBuilder().templateBuilder().specBuilder().serviceAccountName("GW");

    assertThatThrownBy(gw::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("spec.template.spec.serviceAccountName: Invalid value: \"GW\": "
            + dev.gatewaydsl.model.ApiServerMessages.DNS1123_SUBDOMAIN));
  }
}
