package dev.gatewaydsl.model.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.ManifestReadException;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Our reader resolves YAML as kubectl does; the oracle crd-check, which reads like kubectl too,
 * must agree on what is accepted and what is refused: a timestamp-like annotation, a merge key, a
 * {@code v1 List} and whole floats are read; a label {@code y} and a port {@code 80.5} are not.
 */
class YamlResolutionCrdCheckTest {

  private static final String ACCEPTED = """
      apiVersion: v1
      kind: List
      items:
      - apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata:
          name: web
          namespace: shop
          annotations:
            at: 12:30:45
        spec:
          gatewayClassName: istio
          listeners:
          - &http
            name: http
            port: 80.0
            protocol: HTTP
          - <<: *http
            name: http-alt
            port: 8e1
            hostname: alt.example.com
      """;

  @Test
  void readsWhatCrdCheckAccepts() throws IOException {
    Path file = write("yaml-resolution-accepted", ACCEPTED);

    assertThat(CrdCheck.run(List.of(file), CrdCheck.DEFAULT))
        .containsPattern("(?m)^1 documents, 0 violations$");
    List<KubernetesResource> read = Manifests.fromYaml(ACCEPTED);
    assertThat(read).hasSize(1);
    Gateway gateway = (Gateway) read.get(0);
    assertThat(gateway.metadata().annotations()).containsEntry("at", "12:30:45");
    assertThat(gateway.spec().listeners()).extracting(Listener::name, Listener::port,
            Listener::protocol, l -> l.hostname().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("http", 80, "HTTP", ""),
            org.assertj.core.groups.Tuple.tuple("http-alt", 80, "HTTP", "alt.example.com"));
  }

  @Test
  void refusesWhatCrdCheckRefuses() throws IOException {
    String label = ACCEPTED.replace("    annotations:\n", "    labels:\n      a: y\n"
        + "    annotations:\n");
    String port = ACCEPTED.replace("port: 80.0", "port: 80.5");

    assertThat(CrdCheck.run(List.of(write("yaml-resolution-label-y", label)), CrdCheck.DEFAULT))
        .contains("metadata.labels[a]: must be of type string, got boolean");
    assertThat(CrdCheck.run(List.of(write("yaml-resolution-port", port)), CrdCheck.DEFAULT))
        .contains("spec.listeners[0].port: Invalid value: must be of type integer, got number");
    assertThatThrownBy(() -> Manifests.fromYaml(label))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0.items[0] (Gateway \"web\"): metadata.labels.a: Invalid value: "
            + "\"boolean\": metadata.labels.a in body must be of type string");
    assertThatThrownBy(() -> Manifests.fromYaml(port))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("document 0.items[0] (Gateway \"web\"): spec.listeners[0].port: Invalid value: "
            + "\"number\": spec.listeners[0].port in body must be of type integer");
  }

  private static Path write(String name, String yaml) throws IOException {
    Path dir = Path.of("target/crd-check");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
