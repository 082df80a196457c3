package dev.gatewaydsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import org.junit.jupiter.api.Test;

/** A ConfigMap's rules (core/v1 {@code ValidateConfigMap}) and its YAML. */
class ConfigMapTest {

  private static String invalid(String problem) {
    return "ConfigMap \"options\" is invalid: " + problem;
  }

  @Test
  void multiLineValuesAreWrittenAsBlockLiteralsAndReadBack() {
    ConfigMap options = ConfigMap.builder().name("options").namespace("shop")
        .putData("service", "spec:\n  externalTrafficPolicy: Local\n").build();

    String yaml = Manifests.toYaml(options);

    assertThat(yaml).isEqualTo("""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: options
          namespace: shop
        data:
          service: |
            spec:
              externalTrafficPolicy: Local
        """);
    assertThat(Manifests.fromYaml(yaml)).containsExactly(options);
  }

  @Test
  void aKeyWithASlashIsRejected() {
    assertThatThrownBy(() -> ConfigMap.builder().name("options").putData("a/b", "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("data: Invalid value: \"a/b\": a valid config key must consist "
            + "of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or "
            + "'key-name')"));
  }

  @Test
  void oneMebibyteIsAcceptedAndOneByteMoreRejected() {
    String mebibyte = "a".repeat(ConfigMap.MAX_SIZE);

    assertThat(ConfigMap.builder().name("options").putData("big", mebibyte).build().data())
        .containsOnlyKeys("big")
        .hasEntrySatisfying("big", value -> assertThat(value).hasSize(1_048_576));
    assertThatThrownBy(() -> ConfigMap.builder().name("options").putData("big", mebibyte)
        .putData("more", "a").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("data: Too long: may not be more than 1048576 bytes"));
  }
}
