package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.validation.FieldPath;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestLinesTest {
  private static final String YAML = String.join("\n",
      "# a comment",
      "apiVersion: v1",                                    // 2
      "kind: Namespace",
      "metadata:",
      "  name: shop",
      "---",
      "---",                                               // an empty document
      "apiVersion: gateway.networking.k8s.io/v1",          // 8
      "kind: HTTPRoute",
      "metadata:",                                         // 10
      "  name: web",
      "  namespace: shop",
      "  labels:",                                         // 13
      "    app: web",
      "spec:",                                             // 15
      "  parentRefs:",                                     // 16
      "  - name: one",                                     // 17
      "  - name: two",                                     // 18
      "    sectionName: http",                             // 19
      "");

  @Test
  void documentsAndFieldsHaveTheLineTheyStartOn() {
    ManifestLines lines = new ManifestLines();
    List<KubernetesResource> resources = Manifests.fromYaml(new StringReader(YAML),
        GatewayApiTarget.V1_6_STANDARD, lines);

    assertThat(resources).extracting(KubernetesResource::kind)
        .containsExactly("Namespace", "HTTPRoute");
    assertThat(lines.resourceLine(0)).isEqualTo(2);
    assertThat(lines.resourceLine(1)).isEqualTo(8);
    assertThat(lines.documentLine(2)).isEqualTo(8);
    assertThat(lines.line(1, FieldPath.of("spec", "parentRefs").index(1))).isEqualTo(18);
    assertThat(lines.line(1, FieldPath.of("spec", "parentRefs").index(1).child("sectionName")))
        .isEqualTo(19);
    assertThat(lines.line(1, FieldPath.of("spec", "parentRefs"))).isEqualTo(16);
  }

  @Test
  void aPathTheStreamDoesNotHoldGivesItsNearestEnclosingField() {
    ManifestLines lines = new ManifestLines();
    Manifests.fromYaml(new StringReader(YAML), GatewayApiTarget.V1_6_STANDARD, lines);

    assertThat(lines.line(1, FieldPath.of("metadata", "labels").key("app"))).isEqualTo(13);
    assertThat(lines.line(1, FieldPath.of("spec", "rules").index(0))).isEqualTo(15);
    assertThat(lines.line(1, FieldPath.root())).isEqualTo(8);
  }

  @Test
  void unknownIndexesGiveZero() {
    ManifestLines lines = new ManifestLines();
    Manifests.fromYaml(new StringReader(YAML), GatewayApiTarget.V1_6_STANDARD, lines);

    assertThat(lines.resourceLine(2)).isZero();
    assertThat(lines.resourceLine(-1)).isZero();
    assertThat(lines.documentLine(3)).isZero();
    assertThat(lines.line(2, FieldPath.root())).isZero();
  }

  @Test
  void theFailingDocumentsLineIsKnownAfterAFailure() {
    ManifestLines lines = new ManifestLines();
    String bad = YAML + "---\napiVersion: v1\nkind: Namespace\nmetadata:\n  nme: x\n";

    assertThatThrownBy(() -> Manifests.fromYaml(new StringReader(bad),
        GatewayApiTarget.V1_6_STANDARD, lines))
        .isInstanceOfSatisfying(ManifestReadException.class,
            e -> assertThat(lines.documentLine(e.document())).isEqualTo(21));
  }
}
