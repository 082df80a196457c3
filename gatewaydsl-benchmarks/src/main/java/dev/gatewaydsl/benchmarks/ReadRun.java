package dev.gatewaydsl.benchmarks;

import java.io.PrintStream;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ReadBenchmark} through JMH with the GC profiler, as {@link ThroughputRun} runs the
 * write benchmark, and prints a Markdown table with the ratios gatewaydsl/fabric8 and
 * gatewaydsl/floor (raw Jackson {@code readTree}) of the same run.
 */
final class ReadRun {
  private static final String[] SIDES = {"gatewaydsl", "fabric8", "floor"};

  private ReadRun() {}

  static void run(ThroughputRun.Length length, String[] routes, PrintStream out)
      throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ReadBenchmark.class.getName() + "\\.")
        .param("routes", routes)
        .forks(length.forks)
        .warmupIterations(length.warmups)
        .warmupTime(TimeValue.seconds(length.warmupSeconds))
        .measurementIterations(length.iterations)
        .measurementTime(TimeValue.seconds(length.iterationSeconds))
        .jvmArgs(ThroughputRun.JVM_ARGS)
        .addProfiler(GCProfiler.class)
        .build();
    double loadBefore = ThroughputRun.loadAverage();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = ThroughputRun.loadAverage();
    out.println();
    out.print(table(results, length));
    out.printf(Locale.ROOT, "%nSystem load average (1 min) before the run %.2f, after it %.2f, on %d "
        + "cores.%n", loadBefore, loadAfter, Runtime.getRuntime().availableProcessors());
  }

  static String table(Collection<RunResult> results, ThroughputRun.Length length) {
    Map<String, Map<String, RunResult>> byRoutes = ThroughputRun.byRoutes(results);
    StringBuilder table = new StringBuilder();
    table.append(ThroughputRun.measuredOn("Reading, measured", length));
    table.append("| routes | gatewaydsl | fabric8 | floor | gatewaydsl/fabric8 | gatewaydsl/floor "
        + "| alloc gatewaydsl | alloc fabric8 | alloc floor | alloc gatewaydsl/floor |\n");
    table.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    String largest = null;
    for (Map.Entry<String, Map<String, RunResult>> row : byRoutes.entrySet()) {
      Map<String, RunResult> sides = row.getValue();
      if (!sides.keySet().containsAll(List.of(SIDES))) {
        continue;
      }
      largest = row.getKey();
      table.append("| ").append(String.format(Locale.ROOT, "%,d", Integer.parseInt(row.getKey())));
      for (String side : SIDES) {
        table.append(" | ").append(ThroughputRun.time(sides.get(side).getPrimaryResult()));
      }
      table.append(" | ").append(ThroughputRun.ratio(ThroughputRun.score(sides, "gatewaydsl"),
          ThroughputRun.score(sides, "fabric8")));
      table.append(" | ").append(ThroughputRun.ratio(ThroughputRun.score(sides, "gatewaydsl"),
          ThroughputRun.score(sides, "floor")));
      for (String side : SIDES) {
        table.append(" | ").append(ThroughputRun.bytes(ThroughputRun.alloc(sides, side)));
      }
      table.append(" | ").append(ThroughputRun.ratio(ThroughputRun.alloc(sides, "gatewaydsl"),
          ThroughputRun.alloc(sides, "floor")));
      table.append(" |\n");
    }
    table.append("\nTimes are the average per operation (read the Gateway and all routes from one "
        + "YAML string into a list) ± the 99.9% confidence interval; alloc is "
        + "gc.alloc.rate.norm. A ratio below 1 means gatewaydsl takes less.\n");
    if (largest != null) {
      Map<String, RunResult> sides = byRoutes.get(largest);
      double vsFabric8 = ThroughputRun.score(sides, "fabric8")
          / ThroughputRun.score(sides, "gatewaydsl");
      double vsFloor = ThroughputRun.score(sides, "gatewaydsl")
          / ThroughputRun.score(sides, "floor");
      table.append(String.format(Locale.ROOT, "%nAt %,d routes: gatewaydsl reads %.2f× as fast as "
              + "fabric8 (target ≥ 2×: %s) and takes %.2f× raw Jackson readTree's time (target "
              + "≤ 1.3×: %s).%n", Integer.parseInt(largest), vsFabric8,
          vsFabric8 >= 2 ? "met" : "NOT met", vsFloor, vsFloor <= 1.3 ? "met" : "NOT met"));
    }
    return table.toString();
  }
}
