package dev.gatewaydsl.approvaltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestApprovalsTest {
  @TempDir
  Path dir;

  private static final Gateway GATEWAY = Gateway.builder().name("web").namespace("shop")
      .gatewayClassName("istio").listener(Listener.http("http", 80)).build();

  /** Where this test's approved files are: beside this source file. */
  private static Path sourceDir() {
    return Paths.get("src/test/java/dev/gatewaydsl/approvaltests");
  }

  @Test
  void theApprovedFileBesideTheTestPasses() {
    ManifestApprovals.verify(List.of(Namespace.named("shop"), GATEWAY));

    assertThat(sourceDir().resolve(
        "ManifestApprovalsTest.theApprovedFileBesideTheTestPasses.received.yaml")).doesNotExist();
  }

  @Test
  void aMismatchBesideTheTestFailsWithAUnifiedDiffAndWritesTheReceivedFile() throws IOException {
    Path received = sourceDir().resolve("ManifestApprovalsTest."
        + "aMismatchBesideTheTestFailsWithAUnifiedDiffAndWritesTheReceivedFile.received.yaml");
    try {
      assertThatThrownBy(() -> ManifestApprovals.verify(Namespace.named("shop"), GATEWAY))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("\n--- ManifestApprovalsTest."
              + "aMismatchBesideTheTestFailsWithAUnifiedDiffAndWritesTheReceivedFile"
              + ".approved.yaml\n+++ ManifestApprovalsTest."
              + "aMismatchBesideTheTestFailsWithAUnifiedDiffAndWritesTheReceivedFile"
              + ".received.yaml\n")
          .hasMessageContaining("   - name: http\n"
              + "-    port: 8080\n"
              + "+    port: 80\n"
              + "     protocol: HTTP\n");
      assertThat(received).hasContent(
          "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n"
          + "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: web\n"
          + "  namespace: shop\nspec:\n  gatewayClassName: istio\n  listeners:\n  - name: http\n"
          + "    port: 80\n    protocol: HTTP\n");
    } finally {
      Files.deleteIfExists(received);
    }
  }

  @Test
  void aChangedLineIsShownAsAUnifiedDiffHunk() throws IOException {
    Path approved = dir.resolve("T.m.approved.yaml");
    Path received = dir.resolve("T.m.received.yaml");
    Files.writeString(approved, "a\nb\nc\nd\ne\nf\ng\nh\n");

    assertThatThrownBy(() -> ManifestApprovals.verify("a\nb\nc\nd\nE\nf\ng\nh\n", approved,
        received))
        .hasMessage("the YAML differs from " + approved + "; received YAML written to "
            + received + ";\nto approve it, rename T.m.received.yaml to T.m.approved.yaml (in "
            + dir + ")\n"
            + "--- T.m.approved.yaml\n"
            + "+++ T.m.received.yaml\n"
            + "@@ -2,7 +2,7 @@\n"
            + " b\n c\n d\n-e\n+E\n f\n g\n h\n");
    assertThat(received).hasContent("a\nb\nc\nd\nE\nf\ng\nh");
  }

  @Test
  void withoutAnApprovedFileItFailsAndWritesTheReceivedFile() {
    Path approved = dir.resolve("T.m.approved.yaml");
    Path received = dir.resolve("T.m.received.yaml");

    assertThatThrownBy(() -> ManifestApprovals.verify("a: 1\n", approved, received))
        .hasMessageStartingWith("no approved file " + approved)
        .hasMessageEndingWith("@@ -1,0 +1,1 @@\n+a: 1\n");
    assertThat(received).hasContent("a: 1");
    assertThat(approved).doesNotExist();
  }

  @Test
  void aTrailingNewlineCounts() throws IOException {
    Path approved = dir.resolve("T.m.approved.yaml");
    Files.writeString(approved, "a: 1");

    assertThatThrownBy(() -> ManifestApprovals.verify("a: 1\n", approved,
        dir.resolve("T.m.received.yaml"))).isInstanceOf(AssertionError.class);
  }

  @Test
  void passingDeletesAStaleReceivedFile() throws IOException {
    Path approved = dir.resolve("T.m.approved.yaml");
    Path received = dir.resolve("T.m.received.yaml");
    Files.writeString(approved, "a: 1\n");
    Files.writeString(received, "a: 2\n");

    ManifestApprovals.verify("a: 1\n", approved, received);

    assertThat(received).doesNotExist();
  }
}
