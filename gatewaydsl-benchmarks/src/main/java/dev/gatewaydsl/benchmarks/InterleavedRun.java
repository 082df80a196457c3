package dev.gatewaydsl.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

/**
 * A cross-check of the JMH table that other load on the machine disturbs less: in one JVM, the
 * three sides take turns operation by operation (the order rotating each round), and the median
 * wall time and the median CPU time of the benchmark thread are reported for each. Load from other
 * processes slows all three alike, and CPU time leaves out the time the thread waited for a core.
 */
public final class InterleavedRun {
  private static final String[] SIDES = {"gatewaydsl", "fabric8", "floor"};
  private static final long WARMUP_NANOS = 8_000_000_000L;

  /** Keeps the outputs observable, so no side's work can be optimized away. */
  private static volatile long sink;

  private InterleavedRun() {}

  /** Measures each of {@code routes} and prints a Markdown table to {@code out}. */
  public static void run(String[] routes, PrintStream out) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    StringBuilder table = new StringBuilder()
        .append("| routes | rounds | gatewaydsl | fabric8 | floor | gatewaydsl/fabric8 "
            + "| gatewaydsl/floor | CPU gatewaydsl | CPU fabric8 | CPU floor "
            + "| CPU gatewaydsl/fabric8 | CPU gatewaydsl/floor |\n")
        .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String size : routes) {
      int n = Integer.parseInt(size.strip());
      Fleet fleet = Fleet.of(n);
      Equivalence.requireAllSame(fleet);
      @SuppressWarnings("unchecked")
      Function<Fleet, String>[] sides = new Function[] {
          (Function<Fleet, String>) GatewaydslSide::yaml,
          (Function<Fleet, String>) Fabric8Side::yaml,
          (Function<Fleet, String>) FloorSide::yaml};
      long warmupEnd = System.nanoTime() + WARMUP_NANOS;
      while (System.nanoTime() < warmupEnd) {
        for (Function<Fleet, String> side : sides) {
          sink += side.apply(fleet).length();
        }
      }
      int rounds = n >= 10_000 ? 15 : n >= 1_000 ? 60 : 2_000;
      long[][] wall = new long[3][rounds];
      long[][] cpu = new long[3][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < 3; k++) {
          int side = (round + k) % 3;
          long cpu0 = threads.getCurrentThreadCpuTime();
          long wall0 = System.nanoTime();
          sink += sides[side].apply(fleet).length();
          wall[side][round] = System.nanoTime() - wall0;
          cpu[side][round] = threads.getCurrentThreadCpuTime() - cpu0;
        }
      }
      double[] wallMedian = new double[3];
      double[] cpuMedian = new double[3];
      for (int side = 0; side < 3; side++) {
        wallMedian[side] = median(wall[side]);
        cpuMedian[side] = median(cpu[side]);
      }
      table.append(String.format(Locale.ROOT, "| %,d | %d", n, rounds));
      for (double median : wallMedian) {
        table.append(" | ").append(time(median));
      }
      table.append(String.format(Locale.ROOT, " | %.2f | %.2f", wallMedian[0] / wallMedian[1],
          wallMedian[0] / wallMedian[2]));
      for (double median : cpuMedian) {
        table.append(" | ").append(time(median));
      }
      table.append(String.format(Locale.ROOT, " | %.2f | %.2f |%n", cpuMedian[0] / cpuMedian[1],
          cpuMedian[0] / cpuMedian[2]));
    }
    out.println();
    out.println("Interleaved cross-check (one JVM, sides alternating; medians of wall time and of "
        + "the thread's CPU time per operation; " + String.join(", ", SIDES) + "):");
    out.println();
    out.print(table);
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static String time(double nanos) {
    if (nanos >= 1_000_000) {
      return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }
    return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
  }
}
