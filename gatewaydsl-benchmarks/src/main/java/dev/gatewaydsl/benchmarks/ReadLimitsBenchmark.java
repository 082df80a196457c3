package dev.gatewaydsl.benchmarks;

import dev.gatewaydsl.yaml.ManifestReadException;
import dev.gatewaydsl.yaml.Manifests;
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
 * What {@code check} does with one HTTPRoute whose {@code parentRefs} list is at its limit of 32
 * items or past it: read it with {@link Manifests#fromYaml(String)}, which accepts 32 and refuses
 * more ({@code Too many: N: must have at most 32 items}) before looking at any item. The time per
 * input byte should stay flat as the list grows: reading is linear in the input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadLimitsBenchmark {

  @Param({"32", "33", "1000", "10000", "30000"})
  public int parentRefs;

  private String yaml;

  @Setup(Level.Trial)
  public void setUp() {
    yaml = route(parentRefs);
    String outcome = check();
    boolean accepted = outcome.equals("1 resource");
    if (accepted != (parentRefs <= 32)) {
      throw new IllegalStateException(parentRefs + " parentRefs: " + outcome);
    }
  }

  /** The route's YAML: {@code count} parentRefs to Gateways g0, g1, ... */
  static String route(int count) {
    StringBuilder yaml = new StringBuilder("apiVersion: gateway.networking.k8s.io/v1\n"
        + "kind: HTTPRoute\nmetadata:\n  name: web\n  namespace: shop\nspec:\n  parentRefs:\n");
    for (int i = 0; i < count; i++) {
      yaml.append("  - name: g").append(i).append('\n');
    }
    return yaml.toString();
  }

  @Benchmark
  public String check() {
    try {
      return Manifests.fromYaml(yaml).size() + " resource";
    } catch (ManifestReadException e) {
      return e.getMessage();
    }
  }
}
