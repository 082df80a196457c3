package dev.gatewaydsl.cli;

import static dev.gatewaydsl.cli.CliRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} against the official SARIF 2.1.0 schema (see sarif/ORIGIN.md). */
class SarifSchemaTest {
  private static final Schema SARIF = load();

  @TempDir
  Path dir;

  private static Schema load() {
    try (InputStream in = SarifSchemaTest.class.getResourceAsStream(
        "/sarif/sarif-schema-2.1.0.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A GitOps folder with a route whose Gateway is missing, and a Service selecting nothing. */
  private Path danglingRoute() throws IOException {
    Path repo = dir.resolve("gitops");
    ManifestDirectory.write(repo, List.of(CheckCommandTest.routeTo("nowhere"),
        CheckCommandTest.UNSELECTING), WriteOptions.defaults());
    return repo;
  }

  @Test
  void theReportOfADanglingRouteValidatesAndPointsAtTheRoutesFileAndLine() throws IOException {
    Path repo = danglingRoute();
    Path routeFile = repo.resolve("shop/httproute-web.yaml");

    CliRun run = CliRun.in(dir, "check", "--format", "sarif", repo.toString());

    assertThat(run.status).isEqualTo(1);
    JsonNode sarif = new JsonMapper().readTree(run.out);
    assertThat(SARIF.validate(sarif)).isEmpty();
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    JsonNode results = sarif.get("runs").get(0).get("results");
    JsonNode route = results.get(0);
    assertThat(route.get("ruleId").asText()).isEqualTo("ParentNotFound");
    assertThat(route.get("level").asText()).isEqualTo("error");
    assertThat(route.get("message").get("text").asText()).isEqualTo("HTTPRoute \"shop/web\": "
        + "spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the set");
    JsonNode physical = route.get("locations").get(0).get("physicalLocation");
    assertThat(physical.get("artifactLocation").get("uri").asText())
        .isEqualTo("gitops/shop/httproute-web.yaml");
    assertThat(physical.get("region").get("startLine").asInt())
        .isEqualTo(lineOf(routeFile, "  - name: nowhere"));
    assertThat(route.get("locations").get(0).get("logicalLocations").get(0)
        .get("fullyQualifiedName").asText()).isEqualTo("HTTPRoute \"shop/web\".spec.parentRefs[0]");
    assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
    assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules"))
        .extracting(rule -> rule.get("id").asText())
        .containsExactly("ParentNotFound", "ServiceSelectsNoDeployment");
  }

  @Test
  void theSchemaCatchesAReportThatIsNotSarif() throws IOException {
    CliRun run = CliRun.in(dir, "check", "--format", "sarif", danglingRoute().toString());
    ObjectNode sarif = (ObjectNode) new JsonMapper().readTree(run.out);

    sarif.put("version", "2.0.0");

    assertThat(SARIF.validate(sarif)).isNotEmpty();
  }

  @Test
  void aReadFailureAndStandardInputValidateToo() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  nme: y\n");

    CliRun file = CliRun.in(dir, "check", "--format", "sarif", bad.toString(),
        dir.resolve("missing.yaml").toString());
    CliRun stdin = CliRun.withInput(Manifests.toYaml(CheckCommandTest.UNSELECTING), dir, "check", "--format", "sarif",
        "-");

    JsonNode fileReport = new JsonMapper().readTree(file.out);
    assertThat(SARIF.validate(fileReport)).isEmpty();
    JsonNode results = fileReport.get("runs").get(0).get("results");
    assertThat(results.get(0).get("ruleId").asText()).isEqualTo("Invalid");
    assertThat(results.get(0).get("locations").get(0).get("physicalLocation").get("region")
        .get("startLine").asInt()).isEqualTo(1);
    assertThat(results.get(1).get("locations").get(0).get("physicalLocation").has("region"))
        .isFalse();
    JsonNode stdinReport = new JsonMapper().readTree(stdin.out);
    assertThat(SARIF.validate(stdinReport)).isEmpty();
    assertThat(stdinReport.get("runs").get(0).get("results").get(0).get("locations").get(0)
        .get("physicalLocation").get("artifactLocation").get("uri").asText()).isEqualTo("stdin");
  }
}
