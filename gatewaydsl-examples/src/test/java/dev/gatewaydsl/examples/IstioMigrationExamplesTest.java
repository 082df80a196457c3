package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.istio.migration.MigrationReport.Kind;
import dev.gatewaydsl.yaml.Manifests;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The examples written the Istio way: one approved file each, holding the migrated YAML and, as
 * comments, the migration report. {@link EveryExampleTest} checks that each analyses clean.
 */
class IstioMigrationExamplesTest {

  private static void verify(IstioMigrationExample example) {
    String report = example.migration().report().entries().stream().map(e -> "# " + e + "\n")
        .reduce("", String::concat);
    Approvals.verify(Manifests.toYaml(example.resources()) + "# migration report\n" + report,
        new Options().forFile().withExtension(".yaml"));
  }

  @Test
  void echoserver() {
    verify(IstioMigrationExample.echoserver());
    assertThat(IstioMigrationExample.echoserver().migration().report().entries(
        Kind.NOT_CONVERTED)).extracting(e -> e.field()).containsExactly("spec.selector");
  }

  @Test
  void canary() {
    verify(IstioMigrationExample.canary());
  }

  @Test
  void mesh() {
    verify(IstioMigrationExample.mesh());
  }
}
