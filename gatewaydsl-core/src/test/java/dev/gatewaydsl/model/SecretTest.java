package dev.gatewaydsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Secret's rules (core/v1 {@code ValidateSecret}) and its YAML. */
class SecretTest {
  private static final String CERT = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
  private static final String KEY = "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n";

  private static String invalid(String problem) {
    return "Secret \"web-tls\" is invalid: " + problem;
  }

  @Test
  void tlsSecretIsWrittenWithBlockLiterals() {
    Secret tls = Secret.tls("web-tls", "shop", CERT, KEY);

    assertThat(Manifests.toYaml(tls)).isEqualTo("""
        apiVersion: v1
        kind: Secret
        metadata:
          name: web-tls
          namespace: shop
        stringData:
          tls.crt: |
            -----BEGIN CERTIFICATE-----
            MIIB
            -----END CERTIFICATE-----
          tls.key: |
            -----BEGIN PRIVATE KEY-----
            MIIE
            -----END PRIVATE KEY-----
        type: kubernetes.io/tls
        """);
    assertThat(Manifests.fromYaml(Manifests.toYaml(tls))).containsExactly(tls);
  }

  @Test
  void aTlsSecretWithoutItsKeyIsRejected() {
    assertThatThrownBy(() -> Secret.builder().name("web-tls").type(Secret.TLS)
        .putData("tls.crt", Base64.getEncoder().encodeToString(CERT.getBytes())).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("data[tls.key]: Required value"));
  }

  @Test
  void base64DataIsAccepted() {
    Secret opaque = Secret.builder().name("web-tls").putData("token", "c2VjcmV0").build();

    assertThat(opaque.data()).containsEntry("token", "c2VjcmV0");
  }

  @Test
  void dataThatIsNotBase64IsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> Secret.builder().name("web-tls").putData("token", "secret!").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("data[token]: Invalid value: \"<secret contents redacted>\": must be "
            + "base64-encoded"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tls.crt", "KEY_NAME", "key-name", ".hidden"})
  void configKeysAreAccepted(String key) {
    assertThat(Secret.builder().name("web-tls").putStringData(key, "x").build().stringData())
        .containsKey(key);
  }

  @Test
  void aKeyWithASlashIsRejected() {
    assertThatThrownBy(() -> Secret.builder().name("web-tls").putStringData("a/b", "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("stringData: Invalid value: \"a/b\": a valid config key must consist "
            + "of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or 'KEY_NAME', or "
            + "'key-name')"));
  }

  @Test
  void aKeyStartingWithTwoDotsIsRejected() {
    assertThatThrownBy(() -> Secret.builder().name("web-tls").putStringData("..a", "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("stringData: Invalid value: \"..a\": must not start with '..'"));
  }

  @Test
  void oneMebibyteIsAcceptedAndOneByteMoreRejected() {
    String mebibyte = "a".repeat(Secret.MAX_SIZE);

    assertThat(Secret.builder().name("web-tls").putStringData("big", mebibyte).build()
        .stringData())
        .containsOnlyKeys("big")
        .hasEntrySatisfying("big", value -> assertThat(value).hasSize(1_048_576));
    assertThatThrownBy(() -> Secret.builder().name("web-tls").putStringData("big", mebibyte)
        .putStringData("more", "a").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid("data: Too long: may not be more than 1048576 bytes"));
  }
}
