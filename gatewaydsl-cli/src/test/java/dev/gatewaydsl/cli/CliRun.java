package dev.gatewaydsl.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Runs {@link Main} in-process with captured streams. */
final class CliRun {
  final int status;
  final String out;
  final String err;

  private CliRun(int status, String out, String err) {
    this.status = status;
    this.out = out;
    this.err = err;
  }

  static CliRun run(String... args) {
    return withInput("", Path.of(""), args);
  }

  static CliRun in(Path workingDir, String... args) {
    return withInput("", workingDir, args);
  }

  static CliRun withInput(String stdin, Path workingDir, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), workingDir);
    return new CliRun(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The line number (from 1) of the first line of {@code file} equal to {@code line}. */
  static int lineOf(Path file, String line) throws IOException {
    return lineOf(Files.readString(file), line);
  }

  /** The line number (from 1) of the first line of {@code text} equal to {@code line}. */
  static int lineOf(String text, String line) {
    List<String> lines = text.lines().toList();
    int index = lines.indexOf(line);
    if (index < 0) {
      throw new AssertionError("no line \"" + line + "\" in\n" + text);
    }
    return index + 1;
  }
}
