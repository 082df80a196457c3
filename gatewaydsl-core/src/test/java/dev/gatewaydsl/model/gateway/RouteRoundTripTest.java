package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gatewaydsl.yaml.Manifests;
import org.junit.jupiter.api.Test;

/** Every approved route scenario reads back from its YAML as an equal value. */
class RouteRoundTripTest {
  private static final ObjectMapper READER = YAMLMapper.builder()
      .addModule(new Jdk8Module())
      .build();

  /**
   * Reads {@code yaml} strictly (unknown fields fail), except {@code kind}: it is derived, and
   * reading it is the job of a future {@code Manifests.fromYaml}.
   */
  private static <T> T read(String yaml, Class<T> type) throws Exception {
    ObjectNode tree = (ObjectNode) READER.readTree(yaml);
    tree.remove("kind");
    return READER.treeToValue(tree, type);
  }

  @Test
  void httpRoutesReadBackEqual() throws Exception {
    HTTPRoute standard = HTTPRouteYamlTest.standardChannelRoute();
    HTTPRoute experimental = HTTPRouteYamlTest.experimentalChannelRoute();

    assertThat(read(Manifests.toYaml(standard), HTTPRoute.class)).isEqualTo(standard);
    assertThat(read(Manifests.toYaml(experimental), HTTPRoute.class)).isEqualTo(experimental);
  }

  @Test
  void grpcRoutesReadBackEqual() throws Exception {
    GRPCRoute standard = GRPCRouteYamlTest.standardChannelRoute();
    GRPCRoute experimental = GRPCRouteYamlTest.experimentalChannelRoute();

    assertThat(read(Manifests.toYaml(standard), GRPCRoute.class)).isEqualTo(standard);
    assertThat(read(Manifests.toYaml(experimental), GRPCRoute.class)).isEqualTo(experimental);
  }
}
