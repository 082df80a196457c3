package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The independent check: every example's YAML goes through the Gateway API project's own CRD
 * schemas and CEL rules, evaluated by the crd-check oracle, which we did not write: the CRDs of
 * the release and channel the example targets, and, for the examples of a standard channel,
 * crd-check's default set too (v1.6.1 standard, then experimental); the AKS examples also against
 * every bundle AKS installs.
 */
class ExamplesCrdCheckTest {
  private static final Path OUT = Path.of("target/crd-check");

  /** The file of every example, by the Gateway API target of the example. */
  private static final Map<GatewayApiTarget, List<Path>> filesByTarget = new LinkedHashMap<>();
  /** The files of the AKS examples (echoserver and aks-*). */
  private static final List<Path> aksFiles = new ArrayList<>();

  @BeforeAll
  static void writeEveryExample() throws IOException {
    Files.createDirectories(OUT);
    for (Example example : Example.all()) {
      Path file = OUT.resolve(example.name() + ".yaml");
      Files.writeString(file, Manifests.toYaml(example.resources()), StandardCharsets.UTF_8);
      filesByTarget.computeIfAbsent(example.gatewayApiTarget(), t -> new ArrayList<>())
          .add(file.toAbsolutePath());
      if (example.name().equals("echoserver") || example.name().startsWith("aks-")) {
        aksFiles.add(file.toAbsolutePath());
      }
    }
  }

  @Test
  void everyExamplePassesTheCrdsOfTheReleaseAndChannelItTargets() {
    // echoserver as on AKS with asm-1-17, the experimental example, all others
    assertThat(filesByTarget).containsKeys(GatewayApiTarget.V0_6_STANDARD,
        GatewayApiTarget.V1_6_EXPERIMENTAL, GatewayApiTarget.V1_6_STANDARD);
    filesByTarget.forEach((target, files) ->
        CrdCheck.assertAccepted(files, CrdCheck.crds(target.release(), target.channel())));
  }

  @Test
  void everyStandardChannelExamplePassesTheNewestGatewayApiRelease() {
    List<Path> standard = new ArrayList<>();
    filesByTarget.forEach((target, files) -> {
      if (target.channel().equals("standard")) {
        standard.addAll(files);
      }
    });
    CrdCheck.assertAccepted(standard, CrdCheck.DEFAULT);
  }

  /**
   * AKS installs one of the Gateway API bundles v1.2.1, v1.3.0, v1.4.1 and v1.5.1 (standard
   * channel) by the cluster's Kubernetes version (MicrosoftDocs/azure-aks-docs
   * articles/aks/managed-gateway-api.md): every AKS example must pass each of them.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(value = GatewayApiTarget.class,
      names = {"V1_2_STANDARD", "V1_3_STANDARD", "V1_4_STANDARD", "V1_5_STANDARD"})
  void everyAksExamplePassesEveryBundleAksManages(GatewayApiTarget bundle) {
    assertThat(aksFiles).hasSizeGreaterThanOrEqualTo(7);
    CrdCheck.assertAccepted(aksFiles, CrdCheck.crds(bundle.release(), bundle.channel()));
  }
}
