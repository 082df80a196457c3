package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.Listener;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Gateway API target is an argument of a read, never state of a thread: a resource built on
 * the reading thread in the middle of a read for another target is the same value, with the same
 * YAML, as one built on another thread where nothing is being read.
 */
class TargetIsPassedTest {

  private static Gateway build() {
    return Gateway.builder().name("web").namespace("shop").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();
  }

  @Test
  void buildingInsideAReadForAnotherTargetGivesTheSameValueAndYaml() throws Exception {
    String yaml = Manifests.toYaml(Gateway.builder().name("old").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build());
    List<Gateway> builtInsideTheRead = new ArrayList<>();
    // a reader that builds a Gateway on the reading thread, in the middle of the read for v0.6.1
    Reader building = new Reader() {
      private final StringReader text = new StringReader(yaml);

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (builtInsideTheRead.isEmpty()) {
          builtInsideTheRead.add(build());
        }
        return text.read(buffer, offset, length);
      }

      @Override
      public void close() {}
    };
    CompletableFuture<List<KubernetesResource>> read = CompletableFuture.supplyAsync(() ->
        Manifests.fromYaml(building, GatewayApiTarget.V0_6_STANDARD, new ManifestLines()));
    Gateway onThisThread = build();
    Gateway readBack = (Gateway) read.get(30, TimeUnit.SECONDS).get(0);

    Gateway insideTheRead = builtInsideTheRead.get(0);
    assertThat(insideTheRead).isEqualTo(onThisThread);
    assertThat(insideTheRead.target()).isEqualTo(GatewayApiTarget.V1_6_STANDARD);
    assertThat(insideTheRead.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1");
    assertThat(Manifests.toYaml(insideTheRead)).isEqualTo(Manifests.toYaml(onThisThread));
    assertThat(readBack.target()).isEqualTo(GatewayApiTarget.V0_6_STANDARD);
    assertThat(readBack.apiVersion()).isEqualTo("gateway.networking.k8s.io/v1beta1");
  }

  @Test
  void aReadGivesEachResourceTheTargetItWasAskedFor() {
    String yaml = Manifests.toYaml(Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build());

    assertThat(Manifests.fromYaml(yaml, GatewayApiTarget.V0_6_STANDARD).get(0))
        .isInstanceOfSatisfying(Gateway.class,
            g -> assertThat(g.target()).isEqualTo(GatewayApiTarget.V0_6_STANDARD));
    assertThat(Manifests.fromYaml(yaml).get(0)).isInstanceOfSatisfying(Gateway.class,
        g -> assertThat(g.target()).isEqualTo(GatewayApiTarget.V1_6_STANDARD));
  }
}
