package dev.gatewaydsl.approvaltests;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.approvaltests.Approvals;
import org.approvaltests.namer.ApprovalNamer;

/**
 * Approval ("snapshot") tests of manifests, for a project's own tests: the YAML a set of resources
 * gives is compared with {@code <TestClass>.<testMethod>.approved.yaml} beside the test's source
 * file, which is committed and reviewed like code.
 *
 * <pre>{@code
 * @Test
 * void shop() {
 *   ManifestApprovals.verify(Shop.resources());   // ShopTest.shop.approved.yaml
 * }
 * }</pre>
 *
 * <p>The YAML is exactly what {@link Manifests#toYaml(Collection)} writes. When it differs from the
 * approved file (or there is none yet), the test fails with a unified diff from the approved to
 * the received text in the message, and the received text is written to {@code
 * <TestClass>.<testMethod>.received.yaml} beside it; approving means renaming that file to {@code
 * .approved.yaml}. A passing run deletes a stale received file. The test class and method are found
 * as ApprovalTests finds them (JUnit 5, JUnit 4, TestNG).
 */
public final class ManifestApprovals {
  private static final String EXTENSION = ".yaml";

  private ManifestApprovals() {}

  /** {@link #verify(Collection)} of {@code resources} in this order. */
  public static void verify(KubernetesResource... resources) {
    verify(Arrays.asList(resources));
  }

  /**
   * Fails unless {@link Manifests#toYaml(Collection)} of {@code resources} equals the approved
   * file of the calling test.
   *
   * @throws AssertionError with a unified diff when it does not, or when there is no approved file
   */
  public static void verify(Collection<? extends KubernetesResource> resources) {
    ApprovalNamer namer = Approvals.createApprovalNamer();
    verify(Manifests.toYaml(resources), namer.getApprovedFile(EXTENSION).toPath(),
        namer.getReceivedFile(EXTENSION).toPath());
  }

  /**
   * Compares {@code received} with the file {@code approved}: equal, deletes {@code receivedFile}
   * if it is there; else writes {@code received} to {@code receivedFile} and throws.
   */
  static void verify(String received, Path approved, Path receivedFile) {
    try {
      String expected = Files.exists(approved)
          ? Files.readString(approved, StandardCharsets.UTF_8) : null;
      if (received.equals(expected)) {
        Files.deleteIfExists(receivedFile);
        return;
      }
      Files.writeString(receivedFile, received, StandardCharsets.UTF_8);
      String how = "to approve it, rename " + receivedFile.getFileName() + " to "
          + approved.getFileName() + " (in " + approved.getParent() + ")";
      if (expected == null) {
        throw new AssertionError("no approved file " + approved + "; received YAML written to "
            + receivedFile + ";\n" + how + "\n" + unifiedDiff("", received, approved,
            receivedFile));
      }
      throw new AssertionError("the YAML differs from " + approved + "; received YAML written to "
          + receivedFile + ";\n" + how + "\n"
          + unifiedDiff(expected, received, approved, receivedFile));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compare with " + approved, e);
    }
  }

  /** A unified diff with 3 lines of context, from {@code approved} to {@code received}. */
  static String unifiedDiff(String approved, String received, Path approvedFile,
      Path receivedFile) {
    List<String> from = approved.lines().toList();
    List<String> to = received.lines().toList();
    List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(approvedFile.getFileName().toString(),
        receivedFile.getFileName().toString(), from, DiffUtils.diff(from, to), 3);
    return String.join("\n", diff) + "\n";
  }
}
