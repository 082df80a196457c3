package dev.gatewaydsl.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretMaterialTest {
  @TempDir
  Path dir;

  private static final Secret TLS = Secret.tls("web-tls", "shop",
      "-----BEGIN CERTIFICATE-----\nx\n-----END CERTIFICATE-----\n",
      "-----BEGIN PRIVATE KEY-----\ny\n-----END PRIVATE KEY-----\n");

  private static List<KubernetesResource> shopWith(KubernetesResource... more) {
    List<KubernetesResource> all = new ArrayList<>(ManifestDirectoryTest.shop());
    all.addAll(List.of(more));
    return all;
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void aTlsSecretIsRefusedByDefaultAndNothingIsWritten() throws IOException {
    assertThatThrownBy(() -> ManifestDirectory.write(dir, shopWith(TLS), WriteOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refusing to write secret material into a GitOps directory: Secret "
            + "\"shop/web-tls\" (keys tls.crt, tls.key) carries data; nothing was written. Leave "
            + "the Secret out and reference one created in the cluster (an external secrets "
            + "operator, sealed secrets, the Azure Key Vault provider for the Secrets Store CSI "
            + "driver), or allow it explicitly with WriteOptions.withSecretData(true)");

    assertThat(files()).isEmpty();
  }

  @Test
  void aRefusalLeavesAnExistingDirectoryAsItWas() throws IOException {
    ManifestDirectory.write(dir, ManifestDirectoryTest.shop(), WriteOptions.defaults().withPrune(true));
    List<Path> before = files();

    assertThatThrownBy(() -> ManifestDirectory.write(dir, List.of(TLS),
        WriteOptions.defaults().withPrune(true))).isInstanceOf(IllegalArgumentException.class);

    assertThat(files()).containsExactlyInAnyOrderElementsOf(before);
  }

  @Test
  void dataIsRefusedLikeStringDataAndEverySecretIsNamed() {
    Secret opaque = Secret.builder().name("db").namespace("shop").putData("password", "cHc=")
        .build();

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shopWith(TLS, opaque),
        WriteOptions.defaults()))
        .hasMessageStartingWith("refusing to write secret material into a GitOps directory: "
            + "Secret \"shop/web-tls\" (keys tls.crt, tls.key), Secret \"shop/db\" (keys "
            + "password) carry data; nothing was written.");
  }

  @Test
  void aSecretWithoutDataIsWritten() throws IOException {
    Secret empty = Secret.builder().name("placeholder").namespace("shop").build();

    WriteReport report = ManifestDirectory.write(dir, shopWith(empty), WriteOptions.defaults());

    assertThat(report.created()).contains(Path.of("shop/secret-placeholder.yaml"));
  }

  @Test
  void withSecretDataTheSecretIsWrittenAsToYamlWritesIt() throws IOException {
    WriteReport report = ManifestDirectory.write(dir, shopWith(TLS),
        WriteOptions.defaults().withSecretData(true));

    assertThat(report.created()).contains(Path.of("shop/secret-web-tls.yaml"));
    assertThat(Files.readString(dir.resolve("shop/secret-web-tls.yaml")))
        .isEqualTo(ManifestDirectory.HEADER + "\n" + Manifests.toYaml(TLS));
  }

  @Test
  void secretDataIsOffByDefaultAndPartOfEquality() {
    assertThat(WriteOptions.defaults().secretData()).isFalse();
    assertThat(WriteOptions.defaults().withSecretData(true))
        .isNotEqualTo(WriteOptions.defaults())
        .isEqualTo(WriteOptions.defaults().withSecretData(true))
        .hasSameHashCodeAs(WriteOptions.defaults().withSecretData(true));
    assertThat(WriteOptions.defaults().withSecretData(true).withPrune(true).secretData()).isTrue();
  }
}
