package dev.gatewaydsl.benchmarks;

import dev.gatewaydsl.benchmarks.coldstart.ColdStart;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code target/gatewaydsl-benchmarks.jar}.
 *
 * <pre>
 * java -jar gatewaydsl-benchmarks.jar [--long] [--routes 1,1000,10000]   throughput table (JMH),
 *                                                                        then the interleaved check,
 *                                                                        then the reading table
 * java -jar gatewaydsl-benchmarks.jar read [--long] [--routes ...]       the reading table only
 * java -jar gatewaydsl-benchmarks.jar interleaved [--routes ...]         the interleaved check only
 * java -jar gatewaydsl-benchmarks.jar coldstart [--runs 10]              cold-start table
 * java -jar gatewaydsl-benchmarks.jar readlimits                         reading lists at and past
 *                                                                        their limit (JMH)
 * </pre>
 */
public final class Main {
  private static final String USAGE = String.join("\n",
      "usage: gatewaydsl-benchmarks [--long] [--routes N,N,...]",
      "       gatewaydsl-benchmarks interleaved [--routes N,N,...]",
      "       gatewaydsl-benchmarks read [--long] [--routes N,N,...]",
      "       gatewaydsl-benchmarks coldstart [--runs N] [--gatewaydsl-jar JAR] [--jackson-jar JAR]"
          + " [--fabric8-jar JAR]",
      "       gatewaydsl-benchmarks readlimits");

  private Main() {}

  public static void main(String[] args) throws Exception {
    List<String> rest = new ArrayList<>(List.of(args));
    if (rest.contains("-h") || rest.contains("--help")) {
      System.out.println(USAGE);
      return;
    }
    if (!rest.isEmpty() && rest.get(0).equals("coldstart")) {
      rest.remove(0);
      int runs = Integer.parseInt(option(rest, "--runs", "10"));
      Path gatewaydsl = Path.of(option(rest, "--gatewaydsl-jar",
          "gatewaydsl-benchmarks/target/gatewaydsl-echoserver.jar"));
      Path jackson = Path.of(option(rest, "--jackson-jar",
          "gatewaydsl-benchmarks/target/jackson-echoserver.jar"));
      Path fabric8 = Path.of(option(rest, "--fabric8-jar",
          "gatewaydsl-benchmarks/target/fabric8-echoserver.jar"));
      requireEmpty(rest);
      ColdStart.run(gatewaydsl, jackson, fabric8, runs, System.out);
      return;
    }
    if (!rest.isEmpty() && rest.get(0).equals("readlimits")) {
      rest.remove(0);
      requireEmpty(rest);
      ReadLimitsRun.run(System.out);
      return;
    }
    boolean interleavedOnly = !rest.isEmpty() && rest.get(0).equals("interleaved");
    boolean readOnly = !rest.isEmpty() && rest.get(0).equals("read");
    if (interleavedOnly || readOnly) {
      rest.remove(0);
    }
    boolean longRun = rest.remove("--long");
    String[] routes = option(rest, "--routes", "1,1000,10000").split(",");
    requireEmpty(rest);
    ThroughputRun.Length length = longRun ? ThroughputRun.Length.LONG
        : ThroughputRun.Length.DEFAULT;
    if (!interleavedOnly && !readOnly) {
      ThroughputRun.run(length, routes, System.out);
    }
    if (!readOnly) {
      InterleavedRun.run(routes, System.out);
    }
    if (!interleavedOnly) {
      ReadRun.run(length, routes, System.out);
    }
  }

  private static String option(List<String> args, String name, String fallback) {
    int at = args.indexOf(name);
    if (at < 0) {
      return fallback;
    }
    if (at + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
    }
    String value = args.get(at + 1);
    args.subList(at, at + 2).clear();
    return value;
  }

  private static void requireEmpty(List<String> args) {
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown arguments " + args + "\n" + USAGE);
    }
  }
}
