package dev.gatewaydsl.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * Runs {@link ManifestBenchmark} through JMH's {@link Runner}, with the GC profiler for allocation
 * per operation, and prints a Markdown table with the ratios gatewaydsl/fabric8 and
 * gatewaydsl/floor of the same run.
 */
public final class ThroughputRun {

  /** How long to measure. */
  public enum Length {
    /** About 4 minutes on 2 cores: 1 fork, 5 warmup and 10 measured iterations of 1 s. */
    DEFAULT(1, 5, 1, 10, 1),
    /** About 20 minutes: 3 forks, 10 warmup and 10 measured iterations of 2 s. */
    LONG(3, 10, 2, 10, 2);

    final int forks;
    final int warmups;
    final int warmupSeconds;
    final int iterations;
    final int iterationSeconds;

    Length(int forks, int warmups, int warmupSeconds, int iterations, int iterationSeconds) {
      this.forks = forks;
      this.warmups = warmups;
      this.warmupSeconds = warmupSeconds;
      this.iterations = iterations;
      this.iterationSeconds = iterationSeconds;
    }

    String describe() {
      return forks + (forks == 1 ? " fork" : " forks") + ", " + warmups + " × " + warmupSeconds
          + " s warmup, " + iterations + " × " + iterationSeconds + " s measured";
    }
  }

  /** The forked JVMs' heap: fixed, so GC sizing does not differ between runs. */
  static final String[] JVM_ARGS = {"-Xms2g", "-Xmx2g"};

  private static final String[] SIDES = {"gatewaydsl", "fabric8", "floor"};

  private ThroughputRun() {}

  /** Runs the benchmark for each of {@code routes} and prints the table to {@code out}. */
  public static void run(Length length, String[] routes, PrintStream out) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ManifestBenchmark.class.getName() + "\\.")
        .param("routes", routes)
        .forks(length.forks)
        .warmupIterations(length.warmups)
        .warmupTime(TimeValue.seconds(length.warmupSeconds))
        .measurementIterations(length.iterations)
        .measurementTime(TimeValue.seconds(length.iterationSeconds))
        .jvmArgs(JVM_ARGS)
        .addProfiler(GCProfiler.class)
        .build();
    double loadBefore = loadAverage();
    Collection<RunResult> results = new Runner(options).run();
    double loadAfter = loadAverage();
    out.println();
    out.print(table(results, length));
    out.printf(Locale.ROOT, "%nSystem load average (1 min) before the run %.2f, after it %.2f, on %d "
        + "cores: other work on the machine shows as wider errors.%n", loadBefore, loadAfter,
        Runtime.getRuntime().availableProcessors());
  }

  /** JMH results by route count (in numeric order), then by side (the benchmark method). */
  static Map<String, Map<String, RunResult>> byRoutes(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> byRoutes = new TreeMap<>(
        (a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)));
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String side = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      byRoutes.computeIfAbsent(result.getParams().getParam("routes"), k -> new HashMap<>())
          .put(side, result);
    }
    return byRoutes;
  }

  /** The line above a table: what was measured, when, on what, with which settings. */
  static String measuredOn(String what, Length length) {
    return String.format(Locale.ROOT, "%s %s on %d cores, %s %s (%s), JMH %s: %s, heap %s.%n%n",
        what, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.arch"), Version.getPlainVersion(), length.describe(),
        String.join(" ", JVM_ARGS));
  }

  /** The Markdown table and the verdict on the targets at the largest size. */
  static String table(Collection<RunResult> results, Length length) {
    Map<String, Map<String, RunResult>> byRoutes = byRoutes(results);
    StringBuilder table = new StringBuilder();
    table.append(measuredOn("Measured", length));
    table.append("| routes | gatewaydsl | fabric8 | floor | gatewaydsl/fabric8 | gatewaydsl/floor "
        + "| alloc gatewaydsl | alloc fabric8 | alloc floor | alloc gatewaydsl/fabric8 "
        + "| alloc gatewaydsl/floor |\n");
    table.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    String largest = null;
    for (Map.Entry<String, Map<String, RunResult>> row : byRoutes.entrySet()) {
      Map<String, RunResult> sides = row.getValue();
      if (!sides.keySet().containsAll(List.of(SIDES))) {
        continue;
      }
      largest = row.getKey();
      table.append("| ").append(String.format(Locale.ROOT, "%,d", Integer.parseInt(row.getKey())));
      for (String side : SIDES) {
        table.append(" | ").append(time(sides.get(side).getPrimaryResult()));
      }
      table.append(" | ").append(ratio(score(sides, "gatewaydsl"), score(sides, "fabric8")));
      table.append(" | ").append(ratio(score(sides, "gatewaydsl"), score(sides, "floor")));
      for (String side : SIDES) {
        table.append(" | ").append(bytes(alloc(sides, side)));
      }
      table.append(" | ").append(ratio(alloc(sides, "gatewaydsl"), alloc(sides, "fabric8")));
      table.append(" | ").append(ratio(alloc(sides, "gatewaydsl"), alloc(sides, "floor")));
      table.append(" |\n");
    }
    table.append("\nTimes are the average per operation (build, validate where the side does, and "
        + "write the Gateway and all routes as one YAML string) ± the 99.9% confidence interval; "
        + "alloc is gc.alloc.rate.norm, bytes allocated per operation. A ratio below 1 means "
        + "gatewaydsl takes less.\n");
    if (largest != null) {
      Map<String, RunResult> sides = byRoutes.get(largest);
      double vsFabric8 = score(sides, "fabric8") / score(sides, "gatewaydsl");
      double vsFloor = score(sides, "gatewaydsl") / score(sides, "floor");
      table.append(String.format(Locale.ROOT, "%nAt %,d routes: gatewaydsl is %.2f× as fast as "
              + "fabric8 (target ≥ 2×: %s) and takes %.2f× the floor's time (target ≤ 1.3×: %s).%n",
          Integer.parseInt(largest), vsFabric8, vsFabric8 >= 2 ? "met" : "NOT met", vsFloor,
          vsFloor <= 1.3 ? "met" : "NOT met"));
    }
    return table.toString();
  }

  static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static double score(Map<String, RunResult> sides, String side) {
    return sides.get(side).getPrimaryResult().getScore();
  }

  static double alloc(Map<String, RunResult> sides, String side) {
    Result<?> norm = sides.get(side).getSecondaryResults().get("gc.alloc.rate.norm");
    return norm == null ? Double.NaN : norm.getScore();
  }

  /** A time in µs as µs or ms, with its error. */
  static String time(Result<?> result) {
    double micros = result.getScore();
    double error = result.getScoreError();
    if (micros >= 1000) {
      return String.format(Locale.ROOT, "%.1f ± %.1f ms", micros / 1000, error / 1000);
    }
    return String.format(Locale.ROOT, "%.1f ± %.1f µs", micros, error);
  }

  static String bytes(double bytes) {
    if (Double.isNaN(bytes)) {
      return "n/a";
    }
    if (bytes >= 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024 * 1024));
    }
    return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024);
  }

  static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? "n/a" : String.format(Locale.ROOT, "%.2f", a / b);
  }
}
