package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The YAML of the examples of the common Gateway API forms, one approved file each. {@link
 * EveryExampleTest} checks that each reads back as built and analyses clean.
 */
class GatewayApiExamplesTest {

  private static void verify(Example example) {
    Approvals.verify(Manifests.toYaml(example.resources()),
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void httpsRedirect() {
    verify(new HttpsRedirectExample());
  }

  @Test
  void canary() {
    verify(new CanaryExample());
  }

  @Test
  void headerRouting() {
    verify(new HeaderRoutingExample());
  }

  @Test
  void headerModifiers() {
    verify(new HeaderModifiersExample());
  }

  @Test
  void urlRewrite() {
    verify(new UrlRewriteExample());
  }

  @Test
  void requestMirror() {
    verify(new RequestMirrorExample());
  }

  @Test
  void timeouts() {
    verify(new TimeoutsExample());
  }

  @Test
  void crossNamespace() {
    verify(new CrossNamespaceExample());
  }

  @Test
  void grpc() {
    verify(new GrpcExample());
  }

  @Test
  void tcpTls() {
    verify(new TcpTlsExample());
  }

  @Test
  void experimental() {
    verify(new ExperimentalExample());
  }

  @Test
  void theExperimentalExampleIsRefusedByTheStandardChannel() {
    String yaml = Manifests.toYaml(new ExperimentalExample().resources());

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessageContainingAll("HTTPRoute \"store\" is invalid (2 problems)",
            "spec.rules[0].sessionPersistence: Forbidden: not served by Gateway API v1.6.1 "
                + "(standard channel)",
            "spec.rules[1].retry: Forbidden: not served by Gateway API v1.6.1 "
                + "(standard channel)");
  }
}
