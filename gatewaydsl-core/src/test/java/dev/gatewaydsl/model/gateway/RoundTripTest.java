package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec of every approved Gateway, GatewayClass and ListenerSet reads back from its YAML as
 * itself: wire names, the enums, {@code default}. (Reading whole resources is not supported: their
 * {@code kind} is derived.)
 */
class RoundTripTest {

  private static final YAMLMapper READER = YAMLMapper.builder()
      .addModule(new Jdk8Module())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  static List<KubernetesResource> resources() {
    return List.of(GatewayYamlTest.fullFeatured(), GatewayYamlTest.tlsSettingsAndListenerSets(),
        GatewayClass.builder().name("istio").controllerName("istio.io/gateway-controller")
            .parametersRef(ParametersReference.of("", "ConfigMap", "p").withNamespace("n"))
            .description("d").build(),
        ListenerSet.builder().name("shop").namespace("shop")
            .parentRef(GatewayYamlTest.fullFeatured())
            .listener(Listener.https("shop", 443, "shop-tls")).build());
  }

  @ParameterizedTest
  @MethodSource("resources")
  void specReadsBackAsItself(KubernetesResource resource) throws Exception {
    Object spec = resource.getClass().getMethod("spec").invoke(resource);
    JsonNode yaml = READER.readTree(Manifests.toYaml(resource)).get("spec");
    assertThat(READER.treeToValue(yaml, spec.getClass().getInterfaces()[0])).isEqualTo(spec);
  }
}
