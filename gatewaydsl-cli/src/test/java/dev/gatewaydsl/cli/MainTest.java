package dev.gatewaydsl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionPrintsTheProjectVersion() {
    CliRun run = CliRun.run("--version");

    assertThat(run.status).isZero();
    assertThat(run.out).matches("gatewaydsl \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"check", "preview", "aks-revisions", "migrate"})
  void everyCommandHasHelpWithItsExitStatus(String command) {
    CliRun run = CliRun.run(command, "--help");

    assertThat(run.status).isZero();
    assertThat(run.out).startsWith("Usage: gatewaydsl " + command + " ")
        .contains("Exit status:\n").contains("  2   usage error\n");
  }

  @Test
  void helpListsTheCommandsAndExitStatus() {
    CliRun run = CliRun.run("--help");

    assertThat(run.status).isZero();
    assertThat(run.out).contains("  check ", "  preview ", "  aks-revisions ")
        .contains("  0   clean, or warnings only\n  1   errors\n  2   usage error\n");
  }

  @Test
  void noCommandIsAUsageError() {
    CliRun run = CliRun.run();

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("missing command\nUsage: gatewaydsl ");
    assertThat(run.out).isEmpty();
  }

  @Test
  void anUnknownCommandOrOptionIsAUsageError() {
    assertThat(CliRun.run("lint").status).isEqualTo(2);
    assertThat(CliRun.run("check", "--fast", "x.yaml").status).isEqualTo(2);
  }

  @Test
  void aksRevisionsPrintsTheTable() {
    CliRun run = CliRun.run("aks-revisions");

    assertThat(run.status).isZero();
    Approvals.verify(run.out, new Options().forFile().withExtension(".md"));
  }
}
