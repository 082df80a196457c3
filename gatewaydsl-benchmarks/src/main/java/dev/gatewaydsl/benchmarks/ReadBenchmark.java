package dev.gatewaydsl.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.ManifestIterator;
import dev.gatewaydsl.yaml.Manifests;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.Serialization;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Read the YAML stream of a {@link Fleet} (the Gateway and {@code routes} HTTPRoutes, as
 * gatewaydsl writes them) into objects, three ways: gatewaydsl's {@link Manifests#readYaml}
 * (strict, validating, into the model), fabric8's {@code Serialization.unmarshal} (into its
 * Gateway API model, no validation), and raw jackson-dataformat-yaml {@code readTree} of each
 * document (a JSON tree, no model, no checks). Before timing, each side must read every document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadBenchmark {

  private static final ObjectReader TREES = new YAMLMapper().readerFor(JsonNode.class);

  @Param({"1", "1000", "10000"})
  public int routes;

  private String yaml;

  @Setup(Level.Trial)
  public void setUp() {
    yaml = GatewaydslSide.yaml(Fleet.of(routes));
    int documents = routes + 1;
    require("gatewaydsl", gatewaydsl().size(), documents);
    require("fabric8", fabric8().size(), documents);
    require("floor", floor().size(), documents);
  }

  private static void require(String side, int read, int documents) {
    if (read != documents) {
      throw new IllegalStateException(side + " read " + read + " of " + documents + " documents");
    }
  }

  @Benchmark
  public List<KubernetesResource> gatewaydsl() {
    List<KubernetesResource> read = new ArrayList<>(routes + 1);
    try (ManifestIterator resources = Manifests.readYaml(new StringReader(yaml))) {
      resources.forEachRemaining(read::add);
    }
    return read;
  }

  @Benchmark
  public List<HasMetadata> fabric8() {
    Object read = Serialization.unmarshal(yaml);
    if (read instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<HasMetadata> resources = (List<HasMetadata>) list;
      return resources;
    }
    return List.of((HasMetadata) read);
  }

  @Benchmark
  public List<JsonNode> floor() {
    try {
      return TREES.<JsonNode>readValues(yaml).readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
