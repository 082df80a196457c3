package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered example must satisfy, whoever adds it. */
class EveryExampleTest {

  static Stream<Named<Example>> examples() {
    return Example.all().stream().map(e -> Named.of(e.name(), e));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void readsBackFromItsYamlAsTheSameResources(Example example) {
    List<KubernetesResource> resources = example.resources();
    String yaml = Manifests.toYaml(resources);

    assertThat(Manifests.fromYaml(yaml, example.gatewayApiTarget())).isEqualTo(resources);
  }

  /** A broken reference between the resources of an example is a bug in the example. */
  @ParameterizedTest
  @MethodSource("examples")
  void hasNoDiagnostics(Example example) {
    assertThat(Manifests.analyze(example.resources())).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void buildsEveryGatewayApiResourceForTheTargetItDeclares(Example example) {
    assertThat(example.resources().stream()
        .filter(GatewayApiResource.class::isInstance)
        .map(r -> ((GatewayApiResource) r).target()))
        .isNotEmpty()
        .containsOnly(example.gatewayApiTarget());
  }

  @Test
  void namesAreUniqueCommandLineWords() {
    List<String> names = Example.all().stream().map(Example::name).toList();

    assertThat(names).doesNotHaveDuplicates().doesNotContain("list", "check")
        .allMatch(n -> n.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lower-case words joined by '-'");
  }
}
