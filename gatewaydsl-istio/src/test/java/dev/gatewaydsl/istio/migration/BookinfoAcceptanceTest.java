package dev.gatewaydsl.istio.migration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.istio.migration.MigrationReport.Kind;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the conversion: Istio's bookinfo sample, whose routes Istio publishes
 * both ways (classic {@code networking/*.yaml}, Gateway API {@code gateway-api/*.yaml}, per-version
 * Services {@code platform/kube/bookinfo-versions.yaml}), copied unchanged from istio/istio 1.30.3
 * into {@code upstream/istio}. The expected documents are Istio's, not ours.
 */
class BookinfoAcceptanceTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final IstioToGatewayApi CONVERTER =
      IstioToGatewayApi.forTarget(GatewayApiTarget.V1_6_STANDARD);

  /** Classic files, the Gateway API file Istio publishes for them, the routes that file has. */
  static Stream<Arguments> pairs() {
    return Stream.of(
        Arguments.of(List.of("bookinfo-gateway.yaml"), "bookinfo-gateway.yaml", true),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-all-v1.yaml"),
            "route-all-v1.yaml", true),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-all-v1.yaml"),
            "route-reviews-v1.yaml", false),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-reviews-v3.yaml"),
            "route-reviews-v3.yaml", true),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-reviews-50-v3.yaml"),
            "route-reviews-50-v3.yaml", true),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-reviews-90-10.yaml"),
            "route-reviews-90-10.yaml", true));
  }

  /**
   * Every document Istio publishes equals, as a JSON tree, the document of the same kind and name
   * the conversion writes; where the published file covers the whole classic set, the conversion
   * writes no other Gateway or route.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("pairs")
  void convertsToTheGatewayApiVersionIstioPublishes(List<String> classic, String published,
      boolean whole) throws IOException {
    Migration migration = CONVERTER.convert(Bookinfo.classic(classic.toArray(String[]::new)));
    List<JsonNode> expected = documents(Files.readString(Bookinfo.file("gateway-api/"
        + published)));
    List<JsonNode> actual = documents(Manifests.toYaml(migration.generated()));

    for (JsonNode document : expected) {
      assertThat(find(actual, document)).as("%s %s", document.path("kind").asText(),
          document.path("metadata").path("name").asText()).isEqualTo(document);
    }
    if (whole) {
      assertThat(names(actual.stream().filter(d -> !d.path("kind").asText().equals("Service"))
          .toList())).isEqualTo(names(expected));
    }
  }

  /**
   * The Services made for the subsets the published routes use are the per-version Services
   * Istio publishes, exactly.
   */
  @Test
  void subsetServicesAreTheServicesIstioPublishes() throws IOException {
    Set<JsonNode> made = new HashSet<>();
    for (Arguments pair : pairs().toList()) {
      @SuppressWarnings("unchecked")
      List<String> classic = (List<String>) pair.get()[0];
      Migration migration = CONVERTER.convert(Bookinfo.classic(classic.toArray(String[]::new)));
      documents(Manifests.toYaml(migration.generated())).stream()
          .filter(d -> d.path("kind").asText().equals("Service")).forEach(made::add);
    }
    Set<JsonNode> published = new HashSet<>(documents(Files.readString(
        Bookinfo.file("platform/kube/bookinfo-versions.yaml"))));
    assertThat(made).isEqualTo(published);
  }

  /** Classic files, and exactly the fields the report must list as not converted. */
  static Stream<Arguments> reports() {
    return Stream.of(
        Arguments.of(List.of("bookinfo-gateway.yaml"),
            List.of("Gateway bookinfo-gateway spec.selector")),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-all-v1.yaml"),
            List.of()),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-reviews-90-10.yaml"),
            List.of()),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-reviews-test-v2.yaml"),
            List.of()),
        Arguments.of(List.of("destination-rule-all.yaml",
            "virtual-service-reviews-jason-v2-v3.yaml"), List.of()),
        Arguments.of(List.of("destination-rule-all.yaml", "virtual-service-details-v2.yaml"),
            List.of()),
        Arguments.of(List.of("fault-injection-details-v1.yaml"),
            List.of("VirtualService details spec.http[0].fault")),
        Arguments.of(List.of("destination-rule-all.yaml",
            "virtual-service-ratings-test-abort.yaml"),
            List.of("VirtualService ratings spec.http[0].fault")),
        Arguments.of(List.of("destination-rule-all.yaml",
            "virtual-service-ratings-test-delay.yaml"),
            List.of("VirtualService ratings spec.http[0].fault")));
  }

  /**
   * The report lists exactly the features that were not converted, and the converted set passes
   * the library's analysis (with the sample's Services) and the crd-check oracle.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportListsExactlyWhatIsNotConvertedAndTheResultIsValid(List<String> classic,
      List<String> notConverted) {
    Migration migration = CONVERTER.convert(Bookinfo.classic(classic.toArray(String[]::new)));

    assertThat(migration.report().entries(Kind.NOT_CONVERTED).stream()
        .map(e -> e.resource() + " " + e.field()).toList()).isEqualTo(notConverted);
    List<Diagnostic> diagnostics = Manifests.analyze(migration.resources());
    assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
    CrdCheck.assertAccepted("bookinfo-" + String.join("+", classic).replace(".yaml", ""),
        Manifests.toYaml(migration.resources()), CrdCheck.DEFAULT);
  }

  /** The subsets no converted route uses are reported as unused, and get no Service. */
  @Test
  void unusedSubsetsAreReportedAndGetNoService() {
    Migration migration = CONVERTER.convert(Bookinfo.classic("destination-rule-all.yaml",
        "virtual-service-reviews-v3.yaml"));

    assertThat(migration.report().entries(Kind.UNUSED).stream()
        .map(e -> e.resource() + " " + e.field()).toList()).containsExactly(
        "DestinationRule productpage spec.subsets[0]",
        "DestinationRule reviews spec.subsets[0]",
        "DestinationRule reviews spec.subsets[1]",
        "DestinationRule ratings spec.subsets[0]",
        "DestinationRule ratings spec.subsets[1]",
        "DestinationRule ratings spec.subsets[2]",
        "DestinationRule ratings spec.subsets[3]",
        "DestinationRule details spec.subsets[0]",
        "DestinationRule details spec.subsets[1]");
    assertThat(migration.generated()).extracting(r -> r.metadata().name())
        .containsExactly("reviews", "reviews-v3");
  }

  private static List<JsonNode> documents(String yaml) throws IOException {
    List<JsonNode> documents = new ArrayList<>();
    try (var parser = YAML.createParser(yaml)) {
      var iterator = YAML.readValues(parser, JsonNode.class);
      while (iterator.hasNext()) {
        JsonNode document = iterator.next();
        if (document != null && !document.isNull() && !document.isEmpty()) {
          documents.add(document);
        }
      }
    }
    return documents;
  }

  private static JsonNode find(List<JsonNode> documents, JsonNode like) {
    return documents.stream()
        .filter(d -> d.path("kind").equals(like.path("kind"))
            && d.path("metadata").path("name").equals(like.path("metadata").path("name")))
        .findFirst().orElse(null);
  }

  private static Set<String> names(List<JsonNode> documents) {
    Set<String> names = new HashSet<>();
    documents.forEach(d -> names.add(d.path("kind").asText() + " "
        + d.path("metadata").path("name").asText()));
    return names;
  }

}
