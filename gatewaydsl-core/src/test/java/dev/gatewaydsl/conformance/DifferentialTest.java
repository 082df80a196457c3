package dev.gatewaydsl.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Validation parity: for every manifest of a corpus (the upstream examples, mutations of them at
 * and past each schema constraint, and generated valid resources of every kind), the library's
 * verdict (read and build, or reject) must be crd-check's verdict (0 violations, or some).
 */
class DifferentialTest {
  private static final Path OUT = Path.of("target/crd-parity");
  private static final int BATCH = 400;

  @Test
  void libraryAgreesWithCrdCheckOnEveryManifest() throws Exception {
    CrdCheck.require();
    Map<Path, ObjectNode> corpus = corpus();
    Set<Path> rejectedByCrdCheck = crdCheckRejections(corpus.keySet());

    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<Path, ObjectNode> entry : corpus.entrySet()) {
      String yaml = Files.readString(entry.getKey(), StandardCharsets.UTF_8);
      String libraryError = null;
      try {
        Manifests.fromYaml(yaml, Upstream.targetOf(entry.getValue()));
      } catch (RuntimeException e) {
        libraryError = e.getMessage();
      }
      boolean crdCheckRejects = rejectedByCrdCheck.contains(entry.getKey());
      if ((libraryError != null) != crdCheckRejects) {
        disagreements.add(entry.getKey().getFileName() + ": crd-check "
            + (crdCheckRejects ? "rejects" : "accepts") + ", library "
            + (libraryError == null ? "accepts" : "rejects: " + libraryError));
      }
    }
    System.out.printf("differential test against crd-check: %d manifests, %d agree, %d disagree%n", corpus.size(),
        corpus.size() - disagreements.size(), disagreements.size());
    disagreements.stream().limit(400).forEach(d -> System.out.println("  " + d));
    assertThat(corpus.size()).isGreaterThanOrEqualTo(500);
    assertThat(disagreements).isEmpty();
  }

  /** Upstream Gateway API documents of the kinds the library reads, and their mutations. */
  private static Map<Path, ObjectNode> corpus() throws IOException {
    Files.createDirectories(OUT);
    try (var old = Files.list(OUT)) {
      for (Path file : old.toList()) {
        Files.delete(file);
      }
    }
    Map<Path, ObjectNode> corpus = new LinkedHashMap<>();
    for (Upstream.Example example : Upstream.examples()) {
      ObjectNode document = example.document();
      if (!Upstream.isGatewayApi(document) || !Readable.kinds().contains(document.path("kind")
          .asText())) {
        continue;
      }
      add(corpus, document);
      mutations(document).forEach(m -> add(corpus, m));
    }
    // generated valid resources of every Gateway API kind, from a fixed seed
    // and mutations of the first of them, which carry fields no upstream example has
    int mutated = 0;
    for (KubernetesResource resource : RandomResources.sample(20261126L, 650)) {
      if (resource.apiVersion().startsWith(Upstream.GROUP + "/")) {
        ObjectNode document = (ObjectNode) Upstream.documents(Manifests.toYaml(resource)).get(0);
        add(corpus, document);
        if (mutated++ < 120) {
          mutations(document).forEach(m -> add(corpus, m));
        }
      }
    }
    return corpus;
  }

  /** The mutations of {@code document} under the schema crd-check checks it with. */
  private static List<ObjectNode> mutations(ObjectNode document) {
    GatewayApiTarget target = Upstream.targetOf(document);
    String apiVersion = document.path("apiVersion").asText();
    return Upstream.schema(target, document.path("kind").asText(),
            apiVersion.substring(apiVersion.indexOf('/') + 1))
        .map(schema -> Mutations.of(document, schema)).orElse(List.of());
  }

  private static void add(Map<Path, ObjectNode> corpus, ObjectNode document) {
    Path file = OUT.resolve(String.format("%05d.yaml", corpus.size())).toAbsolutePath();
    try {
      Files.writeString(file, Upstream.YAML.writeValueAsString(document), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    corpus.put(file, document);
  }

  /** The files crd-check reports at least one violation for. */
  private static Set<Path> crdCheckRejections(Set<Path> files) {
    Set<Path> rejected = new TreeSet<>();
    List<Path> all = new ArrayList<>(files);
    Map<String, Path> byName = new HashMap<>();
    files.forEach(f -> byName.put(f.toString(), f));
    for (int from = 0; from < all.size(); from += BATCH) {
      String output = CrdCheck.run(all.subList(from, Math.min(all.size(), from + BATCH)),
          CrdCheck.DEFAULT);
      for (String line : output.split("\n")) {
        int hash = line.indexOf('#');
        if (hash > 0 && byName.containsKey(line.substring(0, hash))) {
          rejected.add(byName.get(line.substring(0, hash)));
        }
      }
    }
    return rejected;
  }

  /** The Gateway API kinds the reader knows (the others are skipped until they are modelled). */
  static final class Readable {
    static Set<String> kinds() {
      Set<String> kinds = new TreeSet<>();
      for (String kind : List.of("Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute", "TCPRoute",
          "TLSRoute", "UDPRoute", "ReferenceGrant", "BackendTLSPolicy", "ListenerSet")) {
        String yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: " + kind
            + "\nmetadata:\n  name: probe\n";
        try {
          Manifests.fromYaml(yaml);
          kinds.add(kind);
        } catch (RuntimeException e) {
          if (!e.getMessage().contains("unknown kind")) {
            kinds.add(kind);
          }
        }
      }
      return kinds;
    }

    private Readable() {}
  }
}
