package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.Manifests;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random valid resources of every kind read back from their YAML as equal values. */
class RandomRoundTripTest {

  @Property(tries = 1000)
  void everyResourceReadsBackEqual(@ForAll("resources") KubernetesResource resource) {
    String yaml = Manifests.toYaml(resource);

    assertThat(Manifests.fromYaml(yaml)).isEqualTo(List.of(resource));
    assertThat(Manifests.toYaml(Manifests.fromYaml(yaml))).isEqualTo(yaml);
  }

  @Provide
  Arbitrary<KubernetesResource> resources() {
    return Arbitraries.randomValue(RandomResources::any);
  }
}
