package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gatewaydsl.internal.Mappers;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The model's own serialization ({@link Trees#write}, no {@code ObjectMapper}) makes exactly the
 * JSON Jackson's bean serialization makes with the rules the YAML writer used before it (unset and
 * empty left out, map keys sorted, {@code Optional}s unwrapped): same fields, same order, same
 * bytes.
 */
class ModelWriterEquivalenceTest {

  /** Jackson's databind with the library's one configuration: the oracle. */
  private static final JsonMapper JACKSON = Mappers.configure(JsonMapper.builder()).build();

  private static final JsonFactory JSON = new JsonFactory();

  private static String ours(Object value) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      Trees.write(value, generator);
    }
    return out.toString();
  }

  private static String jackson(Object value) throws IOException {
    return JACKSON.writeValueAsString(value);
  }

  @Property(tries = 1000)
  void randomResourcesOfEveryKindAreWrittenAsJacksonWritesThem(
      @ForAll("resources") KubernetesResource resource) throws IOException {
    assertThat(ours(resource)).isEqualTo(jackson(resource));
  }

  @Provide
  Arbitrary<KubernetesResource> resources() {
    return Arbitraries.randomValue(RandomResources::any);
  }

  @Test
  void everyUpstreamExampleIsWrittenAsJacksonWritesIt() throws IOException {
    int compared = 0;
    for (Upstream.Example example : Upstream.examples()) {
      if (!Upstream.isGatewayApi(example.document())) {
        continue;
      }
      GatewayApiTarget target = Upstream.targetOf(example.document());
      List<KubernetesResource> resources =
          Manifests.fromYaml(Upstream.YAML.writeValueAsString(example.document()), target);
      for (KubernetesResource resource : resources) {
        assertThat(ours(resource)).as(example.file() + "#" + example.index())
            .isEqualTo(jackson(resource));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void treesAreTheWrittenJson() throws IOException {
    for (KubernetesResource resource : RandomResources.sample(7, 200)) {
      assertThat(Trees.of(resource)).isEqualTo(JACKSON.readTree(jackson(resource)));
    }
  }
}
