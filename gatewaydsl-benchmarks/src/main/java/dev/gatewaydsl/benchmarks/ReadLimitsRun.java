package dev.gatewaydsl.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ReadLimitsBenchmark} through JMH (1 fork, 3 × 1 s warmup, 5 × 1 s measured) and
 * prints, per list length, the time to read (or refuse) the route and the time per input byte,
 * which stays flat when reading is linear.
 */
final class ReadLimitsRun {
  private ReadLimitsRun() {}

  static void run(PrintStream out) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(ReadLimitsBenchmark.class.getName() + "\\.")
        .forks(1)
        .warmupIterations(3)
        .warmupTime(TimeValue.seconds(1))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(1))
        .jvmArgs("-Xms1g", "-Xmx1g")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingInt(r -> Integer.parseInt(r.getParams().getParam("parentRefs"))));
    out.println();
    out.println("| parentRefs | outcome | input | time | time per KiB |");
    out.println("|---:|---|---:|---:|---:|");
    for (RunResult result : sorted) {
      int count = Integer.parseInt(result.getParams().getParam("parentRefs"));
      int bytes = ReadLimitsBenchmark.route(count).length();
      double micros = result.getPrimaryResult().getScore();
      out.println(String.format(Locale.ROOT, "| %,d | %s | %,d B | %,.1f ± %,.1f µs | %.2f µs |",
          count, count <= 32 ? "read" : "refused", bytes, micros,
          result.getPrimaryResult().getScoreError(), micros / (bytes / 1024.0)));
    }
  }
}
