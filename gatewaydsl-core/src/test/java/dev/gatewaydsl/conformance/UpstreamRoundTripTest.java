package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every upstream example manifest reads into the model and writes back to the same JSON tree.
 * Nothing is dropped or defaulted on the way: the writer leaves out only unset fields and empty
 * lists and maps, and the upstream examples hold none of those.
 */
class UpstreamRoundTripTest {

  @Test
  void everyUpstreamExampleRoundTrips() throws IOException {
    List<Upstream.Example> examples = Upstream.examples();
    List<String> failures = new ArrayList<>();
    int roundTripped = 0;
    for (Upstream.Example example : examples) {
      JsonNode original = example.document();
      GatewayApiTarget target = Upstream.isGatewayApi(original) ? Upstream.targetOf(original)
          : GatewayApiTarget.V1_6_STANDARD;
      try {
        List<KubernetesResource> read =
            Manifests.fromYaml(Upstream.YAML.writeValueAsString(original), target);
        JsonNode written = Upstream.documents(Manifests.toYaml(read)).get(0);
        if (written.equals(original)) {
          roundTripped++;
        } else {
          failures.add(example.name() + ": wrote " + written + " for " + original);
        }
      } catch (RuntimeException e) {
        failures.add(example.name() + ": " + e.getMessage());
      }
    }
    System.out.printf("upstream round trip: %d of %d example documents%n", roundTripped,
        examples.size());
    failures.forEach(f -> System.out.println("  " + f));
    assertThat(examples).hasSizeGreaterThan(100);
    assertThat(failures).isEmpty();
  }
}
