package dev.gatewaydsl.benchmarks;

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
 * Build, validate (gatewaydsl only: fabric8's builders and a Map tree do not) and write the
 * Gateway and {@code routes} HTTPRoutes of a {@link Fleet} as one YAML string. Before timing, the
 * three outputs are checked to hold the same documents.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ManifestBenchmark {

  @Param({"1", "1000", "10000"})
  public int routes;

  private Fleet fleet;

  @Setup(Level.Trial)
  public void setUp() {
    fleet = Fleet.of(routes);
    Equivalence.requireAllSame(fleet);
  }

  @Benchmark
  public String gatewaydsl() {
    return GatewaydslSide.yaml(fleet);
  }

  @Benchmark
  public String fabric8() {
    return Fabric8Side.yaml(fleet);
  }

  @Benchmark
  public String floor() {
    return FloorSide.yaml(fleet);
  }
}
