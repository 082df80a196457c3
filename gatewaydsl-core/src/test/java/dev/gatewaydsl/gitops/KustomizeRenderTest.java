package dev.gatewaydsl.gitops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPBackendRef;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.ReferenceGrant;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written directory is what {@code kubectl kustomize} (kubectl is on the build machine and in
 * CI) renders back into the resources: compared as parsed documents, in any order, since kustomize
 * sorts its output by kind.
 */
class KustomizeRenderTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @TempDir
  Path dir;

  private static List<KubernetesResource> resources() {
    Namespace payments = Namespace.named("payments").withLabel("shared-gateway-access", "true");
    Deployment billing = ManifestDirectoryTest.WEB.withMetadata(
        ManifestDirectoryTest.WEB.metadata().withName("billing").withNamespace("payments"));
    Service billingService = Service.exposing(billing, 8080).build();
    Gateway gateway = ManifestDirectoryTest.GATEWAY.withMetadata(ManifestDirectoryTest.GATEWAY
        .metadata().withLabels(java.util.Map.of("istio.io/rev", "asm-1-17"))
        .withAnnotations(java.util.Map.of("service.beta.kubernetes.io/port_80_health-probe_port",
            "15021", "note", "on")));
    HTTPRoute route = HTTPRoute.builder().name("billing").namespace("shop").parentRef(gateway)
        .rule(HTTPRouteRule.pathPrefix("/billing").backendRef(HTTPBackendRef.builder()
            .name("billing").namespace("payments").port(8080).build()))
        .build();
    Deployment unscoped = ManifestDirectoryTest.WEB.withMetadata(
        ManifestDirectoryTest.WEB.metadata().withNamespace(""));
    List<KubernetesResource> all = new ArrayList<>(ManifestDirectoryTest.shop());
    all.addAll(List.of(payments, billing, billingService, gateway.withMetadata(
        gateway.metadata().withName("shared")), route,
        ReferenceGrant.allowing(route, billingService), unscoped));
    return all;
  }

  @Test
  void kubectlKustomizeRendersTheWrittenDirectoryBackIntoTheResources() throws Exception {
    List<KubernetesResource> resources = resources();
    ManifestDirectory.write(dir, resources, WriteOptions.defaults());

    List<JsonNode> rendered = parseAll(kustomize(dir));

    List<JsonNode> expected = new ArrayList<>();
    for (KubernetesResource resource : resources) {
      expected.addAll(parseAll(Manifests.toYaml(resource)));
    }
    assertThat(rendered).hasSize(resources.size()).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void kubectlKustomizeStillRendersAfterAPrune() throws Exception {
    List<KubernetesResource> resources = resources();
    ManifestDirectory.write(dir, resources, WriteOptions.defaults());
    List<KubernetesResource> fewer = resources.subList(0, 5);

    ManifestDirectory.write(dir, fewer, WriteOptions.defaults().withPrune(true));

    List<JsonNode> expected = new ArrayList<>();
    for (KubernetesResource resource : fewer) {
      expected.addAll(parseAll(Manifests.toYaml(resource)));
    }
    assertThat(parseAll(kustomize(dir))).containsExactlyInAnyOrderElementsOf(expected);
  }

  static String kustomize(Path dir) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
    byte[] out = process.getInputStream().readAllBytes();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("kubectl kustomize finished").isTrue();
    assertThat(process.exitValue()).as("kubectl kustomize exit status; stderr:%n%s", err).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }

  static List<JsonNode> parseAll(String yaml) throws IOException {
    try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      return documents.readAll().stream().filter(node -> !node.isNull() && !node.isEmpty())
          .toList();
    }
  }

  @Test
  void theKustomizationItselfParsesAsYaml() throws IOException {
    ManifestDirectory.write(dir, resources(), WriteOptions.defaults());

    JsonNode kustomization = parseAll(Files.readString(dir.resolve("kustomization.yaml"))).get(0);

    assertThat(kustomization.get("kind").asText()).isEqualTo("Kustomization");
    assertThat(kustomization.get("resources")).hasSize(resources().size());
  }
}
