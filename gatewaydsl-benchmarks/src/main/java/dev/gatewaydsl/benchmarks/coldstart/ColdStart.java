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
 * Cold start: wall time from starting {@code java -jar JAR} to its exit, the echoserver YAML read
 * whole from its stdout, for three programs that print the same seed set (Deployment, Service,
 * Gateway with the AKS label and annotations, HTTPRoute): {@link GatewaydslEchoserver} (gatewaydsl
 * builds, validates and writes), {@link JacksonEchoserver} (plain maps written by
 * jackson-dataformat-yaml: the floor) and {@link Fabric8Echoserver}. Each runs in its own jar
 * holding only what it needs. Runs go round the three in turn (after one untimed run each, so all
 * jars are in the file cache); the median and the fastest run are reported, with the classes each
 * JVM loads ({@code -Xlog:class+load}) and the jar's size. The outputs are checked to hold the same
 * documents first.
 */
public final class ColdStart {
  private ColdStart() {}

  /** One program of the comparison. */
  private record Program(String name, Path jar) {}

  /** Measures {@code runs} runs of each and prints a Markdown table to {@code out}. */
  public static void run(Path gatewaydslJar, Path jacksonJar, Path fabric8Jar, int runs,
      PrintStream out) throws IOException, InterruptedException {
    List<Program> programs = List.of(new Program("gatewaydsl", gatewaydslJar),
        new Program("jackson (floor)", jacksonJar), new Program("fabric8", fabric8Jar));
    for (Program program : programs) {
      if (!Files.isRegularFile(program.jar())) {
        throw new IllegalArgumentException(program.jar() + " not found; build first: mvn -B -q "
            + "package -DskipTests (from the project root)");
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String first = run(command(java, programs.get(0))).stdout;
    for (Program program : programs.subList(1, programs.size())) {
      Equivalence.requireSame(programs.get(0).name(), first, program.name(),
          run(command(java, program)).stdout);
    }

    long[][] nanos = new long[programs.size()][runs];
    for (int i = 0; i < runs; i++) {
      for (int p = 0; p < programs.size(); p++) {
        nanos[p][i] = run(command(java, programs.get(p))).nanos;
      }
    }

    out.printf(Locale.ROOT, "Measured %s on %d cores, %s %s (%s); %d runs each, in turn.%n%n",
        LocalDate.now(), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
        System.getProperty("os.arch"), runs);
    out.println("| program | median | fastest | classes loaded | jar |");
    out.println("|---|---:|---:|---:|---:|");
    for (int p = 0; p < programs.size(); p++) {
      Program program = programs.get(p);
      out.printf(Locale.ROOT, "| %s (`java -jar %s`) | %d ms | %d ms | %d | %.2f MB |%n",
          program.name(), program.jar(), millis(median(nanos[p])), millis(min(nanos[p])),
          classesLoaded(java, program.jar()), Files.size(program.jar()) / 1e6);
    }
    out.printf(Locale.ROOT, "%ngatewaydsl/jackson (median): %.2f; gatewaydsl/fabric8 (median): "
        + "%.2f; jar gatewaydsl/jackson: %.2f%n",
        (double) median(nanos[0]) / median(nanos[1]),
        (double) median(nanos[0]) / median(nanos[2]),
        (double) Files.size(gatewaydslJar) / Files.size(jacksonJar));
  }

  private static List<String> command(String java, Program program) {
    return List.of(java, "-jar", program.jar().toString());
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

  private static int classesLoaded(String java, Path jar)
      throws IOException, InterruptedException {
    Path log = Files.createTempFile("class-load", ".log");
    try {
      List<String> command = new ArrayList<>(List.of(java,
          "-Xlog:class+load=info:file=" + log, "-jar", jar.toString()));
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
