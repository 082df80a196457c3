package dev.gatewaydsl.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.benchmarks.coldstart.Fabric8Echoserver;
import dev.gatewaydsl.benchmarks.coldstart.GatewaydslEchoserver;
import dev.gatewaydsl.benchmarks.coldstart.JacksonEchoserver;
import dev.gatewaydsl.examples.EchoserverExample;
import dev.gatewaydsl.yaml.Manifests;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three sides of the benchmark, and the two cold-start programs, write the same documents. */
class EquivalenceTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 100})
  void everySideWritesTheSameDocuments(int routes) {
    Fleet fleet = Fleet.of(routes);
    String gatewaydsl = GatewaydslSide.yaml(fleet);

    assertThat(Equivalence.documents(gatewaydsl)).hasSize(routes + 1);
    Equivalence.requireSame("gatewaydsl", gatewaydsl, "fabric8", Fabric8Side.yaml(fleet));
    Equivalence.requireSame("gatewaydsl", gatewaydsl, "floor", FloorSide.yaml(fleet));
  }

  @Test
  void aRouteHasTheAdvertisedShape() {
    var route = Equivalence.documents(GatewaydslSide.yaml(Fleet.of(1))).get(1);

    assertThat(route.at("/metadata/labels").size()).isEqualTo(3);
    assertThat(route.at("/spec/parentRefs/0/sectionName").asText()).isEqualTo("http");
    assertThat(route.at("/spec/hostnames/0").asText()).isEqualTo("team-00000.apps.example.com");
    assertThat(route.at("/spec/rules").size()).isEqualTo(2);
    assertThat(route.at("/spec/rules/0/backendRefs/1/weight").asInt()).isEqualTo(10);
    assertThat(route.at("/spec/rules/1/matches/0/headers/0/name").asText())
        .isEqualTo("x-environment");
    assertThat(route.at("/spec/rules/0/filters/0/requestHeaderModifier/set/0/value").asText())
        .isEqualTo("team-00000");
  }

  @Test
  void aDifferenceIsFound() {
    Fleet fleet = Fleet.of(2);
    String gatewaydsl = GatewaydslSide.yaml(fleet);
    String changed = gatewaydsl.replace("weight: 90", "weight: 91");

    assertThatThrownBy(() -> Equivalence.requireSame("a", gatewaydsl, "b", changed))
        .hasMessageStartingWith("document 1 differs");
    assertThatThrownBy(() -> Equivalence.requireSame("a", gatewaydsl, "b",
        Manifests.toYaml(GatewaydslSide.resources(Fleet.of(1)))))
        .hasMessage("b wrote 2 documents, a 3");
  }

  @Test
  void theFabric8EchoserverWritesWhatTheExampleWrites() {
    StringBuilder fabric8 = new StringBuilder();
    for (HasMetadata resource : Fabric8Echoserver.resources()) {
      fabric8.append(Serialization.asYaml(resource));
    }

    Equivalence.requireSame("gatewaydsl", Manifests.toYaml(new EchoserverExample().resources()),
        "fabric8", fabric8.toString());
  }

  @Test
  void theColdStartProgramsWriteWhatTheExampleWrites() throws Exception {
    String example = Manifests.toYaml(new EchoserverExample().resources());
    Equivalence.requireSame("example", example, "gatewaydsl echoserver",
        Manifests.toYaml(GatewaydslEchoserver.resources()));
    StringWriter jackson = new StringWriter();
    JacksonEchoserver.write(jackson);
    Equivalence.requireSame("example", example, "jackson echoserver", jackson.toString());
    assertThat(Manifests.toYaml(GatewaydslEchoserver.resources())).isEqualTo(example);
  }
}
