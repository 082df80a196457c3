package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ManifestsReadTreeTest {

  @Test
  void aDocumentIsReadAsKubectlReadsIt() {
    JsonNode tree = Manifests.readTree("replicas: 2\nenabled: yes\nport: \"8080\"\n"
        + "base: &b {a: 1}\ncopy: *b\n");

    assertThat(tree.toString())
        .isEqualTo("{\"replicas\":2,\"enabled\":true,\"port\":\"8080\",\"base\":{\"a\":1},"
            + "\"copy\":{\"a\":1}}");
    assertThat(tree.get("replicas").isInt()).isTrue();
  }

  @Test
  void onlyTheFirstDocumentIsRead() {
    assertThat(Manifests.readTree("a: 1\n---\nb: 2\n").toString()).isEqualTo("{\"a\":1}");
  }

  @Test
  void noDocumentIsNull() {
    assertThat(Manifests.readTree("")).isNull();
    assertThat(Manifests.readTree("# only a comment\n")).isNull();
  }

  @Test
  void invalidYamlIsRefused() {
    assertThatThrownBy(() -> Manifests.readTree("a: [1, 2\n"))
        .isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("not valid YAML: ");
    assertThatThrownBy(() -> Manifests.readTree("a: 1\na: 2\n"))
        .isInstanceOf(ManifestReadException.class);
  }
}
