package dev.gatewaydsl.benchmarks.coldstart;

import dev.gatewaydsl.benchmarks.Equivalence;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: wall time from starting {@code java -jar JAR ...} to its exit, the echoserver YAML
 * read whole from its stdout, for gatewaydsl's examples jar and for {@link Fabric8Echoserver}'s
 * jar. Runs alternate between the two (after one untimed run each, so both jars are in the file
 * cache); the median and the fastest run are reported, with the classes each JVM loads
 * ({@code -Xlog:class+load}). Both outputs are checked to hold the same documents first.
 */
public final class ColdStart {
  private ColdStart() {}

  /** Measures {@code runs} runs of each and prints a Markdown table to {@code out}. */
  public static void run(Path examplesJar, Path fabric8Jar, int runs, PrintStream out)
      throws IOException, InterruptedException {
    for (Path jar : List.of(examplesJar, fabric8Jar)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalArgumentException(jar + " not found; build first: mvn -B -q package "
            + "-DskipTests (from the project root)");
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> gatewaydsl = List.of(java, "-jar", examplesJar.toString(), "echoserver");
    List<String> fabric8 = List.of(java, "-jar", fabric8Jar.toString());

    Equivalence.requireSame("gatewaydsl", run(gatewaydsl).stdout, "fabric8", run(fabric8).stdout);

    long[] ours = new long[runs];
    long[] theirs = new long[runs];
    for (int i = 0; i < runs; i++) {
      ours[i] = run(gatewaydsl).nanos;
      theirs[i] = run(fabric8).nanos;
    }
    int ourClasses = classesLoaded(java, examplesJar, "echoserver");
    int theirClasses = classesLoaded(java, fabric8Jar);

    out.printf(Locale.ROOT, "Measured %s on %d cores, %s %s (%s); %d runs each, alternating.%n%n",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.arch"), runs);
    out.println("| program | median | fastest | classes loaded |");
    out.println("|---|---:|---:|---:|");
    out.printf(Locale.ROOT, "| gatewaydsl (`java -jar %s echoserver`) | %d ms | %d ms | %d |%n",
        examplesJar, millis(median(ours)), millis(min(ours)), ourClasses);
    out.printf(Locale.ROOT, "| fabric8 (`java -jar %s`) | %d ms | %d ms | %d |%n",
        fabric8Jar, millis(median(theirs)), millis(min(theirs)), theirClasses);
    out.printf(Locale.ROOT, "%ngatewaydsl/fabric8 (median): %.2f%n",
        (double) median(ours) / median(theirs));
  }

  private record Outcome(long nanos, String stdout) {}

  private static Outcome run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD);
    long start = System.nanoTime();
    Process process = builder.start();
    String stdout;
    try (InputStream in = process.getInputStream()) {
      stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int exit = process.waitFor();
    long nanos = System.nanoTime() - start;
    if (exit != 0 || stdout.isEmpty()) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + exit);
    }
    return new Outcome(nanos, stdout);
  }

  private static int classesLoaded(String java, Path jar, String... args)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".log");
    try {
      List<String> command = new ArrayList<>(List.of(java,
          "-Xlog:class+load=info:file=" + log, "-jar", jar.toString()));
      command.addAll(Arrays.asList(args));
      run(command);
      try (var lines = Files.lines(log)) {
        return (int) lines.filter(line -> line.contains("source:")).count();
      }
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static long min(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static long millis(long nanos) {
    return Math.round(nanos / 1e6);
  }
}
