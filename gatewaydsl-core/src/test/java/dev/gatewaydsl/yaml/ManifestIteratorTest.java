package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Manifests#readYaml}: one document at a time, as {@code fromYaml} reads them. */
class ManifestIteratorTest {
  private static final String A = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n";
  private static final String B = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";
  private static final String BAD_FIELD =
      "apiVersion: v1\nkind: Namespace\nmetadata:\n  nme: x\n";

  @Test
  void readsWhatFromYamlReads() {
    String yaml = A + "---\n---\napiVersion: v1\nkind: List\nitems:\n- " + B.replace("\n",
        "\n  ").strip() + "\n";

    try (ManifestIterator read = Manifests.readYaml(new StringReader(yaml))) {
      assertThat(read.stream().collect(Collectors.toList()))
          .containsExactlyElementsOf(Manifests.fromYaml(yaml))
          .containsExactly(Namespace.named("a"), Namespace.named("b"));
    }
  }

  @Test
  void aDocumentThatIsNotAValidResourceFailsAloneWithFromYamlsMessage() {
    String yaml = A + "---\n" + BAD_FIELD + "---\n" + B;
    String message = catchMessage(() -> Manifests.fromYaml(yaml));

    ManifestIterator read = Manifests.readYaml(new StringReader(yaml));

    assertThat(read.next()).isEqualTo(Namespace.named("a"));
    assertThatThrownBy(read::hasNext).isInstanceOf(ManifestReadException.class)
        .hasMessage(message)
        .hasMessage("document 1 (Namespace \"\"): metadata.nme: unknown field \"nme\"");
    assertThat(read.next()).isEqualTo(Namespace.named("b"));
    assertThat(read.hasNext()).isFalse();
    assertThatThrownBy(read::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void badYamlEndsTheIteration() {
    String yaml = A + "---\nkind: [\n---\n" + B;
    ManifestIterator read = Manifests.readYaml(new StringReader(yaml));

    assertThat(read.next()).isEqualTo(Namespace.named("a"));
    assertThatThrownBy(read::hasNext).isInstanceOf(ManifestReadException.class)
        .hasMessageStartingWith("document 1: is not valid YAML: ")
        .hasMessage(catchMessage(() -> Manifests.fromYaml(yaml)));
    assertThat(read.hasNext()).isFalse();
  }

  @Test
  void recordsLinesAsItGoesAndFieldLinesOnlyForTheDocumentsAsked() {
    String yaml = A + "---\n" + B;
    ManifestLines lines = new ManifestLines(document -> document == 1);

    try (ManifestIterator read = Manifests.readYaml(new StringReader(yaml),
        GatewayApiTarget.V1_6_STANDARD, lines)) {
      read.next();
      assertThat(lines.documentLine(0)).isEqualTo(1);
      assertThat(lines.documentLine(1)).isZero(); // not read yet
      read.next();
    }
    assertThat(lines.documentLine(1)).isEqualTo(6);
    assertThat(lines.line(0, dev.gatewaydsl.validation.FieldPath.of("metadata", "name")))
        .isEqualTo(1); // not recorded: the document's line
    assertThat(lines.line(1, dev.gatewaydsl.validation.FieldPath.of("metadata", "name")))
        .isEqualTo(9);
  }

  @Test
  void aStreamPastTheLimitOfFromYamlIsReadDocumentByDocument() {
    String padding = ("#".repeat(1023) + "\n").repeat(8 * 1024); // 8 Mi characters
    String yaml = A + padding + "---\n" + B + padding + "---\n" + A;

    assertThatThrownBy(() -> Manifests.fromYaml(yaml))
        .hasMessage("the YAML stream is larger than the limit of 16777216 characters");
    List<KubernetesResource> read = new ArrayList<>();
    Manifests.readYaml(new StringReader(yaml)).forEachRemaining(read::add);
    assertThat(read).containsExactly(Namespace.named("a"), Namespace.named("b"),
        Namespace.named("a"));
  }

  @Test
  void aFileIsClosedAtTheEndAndCanBeClosedEarly(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("ns.yaml"), A + "---\n" + B);

    ManifestIterator read = Manifests.readYaml(file);
    assertThat(read.next()).isEqualTo(Namespace.named("a"));
    read.close();
    assertThat(read.hasNext()).isFalse();

    try (ManifestIterator again = Manifests.readYaml(file)) {
      assertThat(again.stream().count()).isEqualTo(2);
    }
    assertThatThrownBy(() -> Manifests.readYaml(dir.resolve("missing.yaml")))
        .isInstanceOf(ManifestReadException.class)
        .hasMessage("cannot read " + dir.resolve("missing.yaml") + ": No such file or directory");
  }

  private static String catchMessage(Runnable read) {
    try {
      read.run();
    } catch (ManifestReadException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure");
  }
}
