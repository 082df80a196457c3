package dev.gatewaydsl.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRetry;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.yaml.ManifestDirectory;
import dev.gatewaydsl.yaml.Manifests;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void echoserverPrintsTheExampleYaml() {
    assertThat(run("echoserver")).isZero();
    assertThat(out()).isEqualTo(Manifests.toYaml(new EchoserverExample().resources()));
  }

  @Test
  void listNamesEveryExample() {
    assertThat(run("list")).isZero();
    for (Example example : Example.all()) {
      assertThat(out()).contains(example.name() + "\t" + example.description() + "\n");
    }
  }

  @Test
  void outWritesOneFilePerResourceAndAKustomization(@TempDir Path dir) throws IOException {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString())
          .sorted()).containsExactly(
          "default/deployment-echoserver.yaml",
          "default/gateway-echoserver.yaml",
          "default/httproute-echoserver.yaml",
          "default/service-echoserver.yaml",
          "kustomization.yaml");
    }
    assertThat(Files.readString(dir.resolve("default/service-echoserver.yaml")))
        .startsWith(ManifestDirectory.HEADER + "\napiVersion: v1\nkind: Service\n")
        .doesNotContain("---");
    assertThat(out()).contains("created " + dir.resolve("default/gateway-echoserver.yaml") + "\n")
        .endsWith(dir + ": 5 created, 0 updated, 0 unchanged, 0 deleted\n");
  }

  @Test
  void outTwiceChangesNothing(@TempDir Path dir) {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    out.reset();

    assertThat(run("echoserver", "--out", dir.toString())).isZero();

    assertThat(out()).isEqualTo(dir + ": 0 created, 0 updated, 5 unchanged, 0 deleted\n");
  }

  @Test
  void pruneDeletesStaleGeneratedFilesOnly(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/httproute-old.yaml"),
        ManifestDirectory.HEADER + "\nkind: HTTPRoute\n");
    Files.writeString(dir.resolve("default/configmap-mine.yaml"), "kind: ConfigMap\n");

    assertThat(run("echoserver", "--out", dir.toString(), "--prune")).isZero();

    assertThat(dir.resolve("default/httproute-old.yaml")).doesNotExist();
    assertThat(dir.resolve("default/configmap-mine.yaml")).hasContent("kind: ConfigMap");
    assertThat(out()).contains("deleted " + dir.resolve("default/httproute-old.yaml") + "\n")
        .endsWith(": 5 created, 0 updated, 0 unchanged, 1 deleted\n");
  }

  @Test
  void withoutPruneStaleFilesStay(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/httproute-old.yaml"),
        ManifestDirectory.HEADER + "\nkind: HTTPRoute\n");

    assertThat(run("echoserver", "--out", dir.toString())).isZero();

    assertThat(dir.resolve("default/httproute-old.yaml")).exists();
  }

  @Test
  void aHandWrittenFileWhereAGeneratedOneGoesFailsTheCommand(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("default"));
    Files.writeString(dir.resolve("default/gateway-echoserver.yaml"), "# mine\n");

    assertThat(run("echoserver", "--out", dir.toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gatewaydsl-examples: ")
        .contains("gateway-echoserver.yaml: not written by gatewaydsl");
    assertThat(dir.resolve("default/gateway-echoserver.yaml")).hasContent("# mine");
    assertThat(dir.resolve("kustomization.yaml")).doesNotExist();
  }

  @Test
  void pruneWithoutOutIsAUsageError() {
    assertThat(run("echoserver", "--prune")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("--prune needs --out DIR");
  }

  @Test
  void outWithoutAnExampleWritesEveryExampleIntoItsOwnFolder(@TempDir Path dir) {
    assertThat(run("--out", dir.toString(), "--prune")).isZero();
    for (Example example : Example.all()) {
      assertThat(dir.resolve(example.name()).resolve("kustomization.yaml")).isRegularFile();
    }
  }

  @Test
  void pruningOneExampleIntoTheFolderOfAllDeletesNothingOfTheOthers(@TempDir Path dir)
      throws IOException {
    assertThat(run("--out", dir.toString())).isZero();
    java.util.Map<Path, String> before = contents(dir);
    out.reset();

    assertThat(run("echoserver", "--out", dir.toString(), "--prune")).isZero();

    assertThat(out()).endsWith(": 5 created, 0 updated, 0 unchanged, 0 deleted\n");
    java.util.Map<Path, String> after = contents(dir);
    assertThat(after).containsAllEntriesOf(before);
    assertThat(before).hasSizeGreaterThan(100);
  }

  private static java.util.Map<Path, String> contents(Path dir) throws IOException {
    java.util.Map<Path, String> contents = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(dir.relativize(file), Files.readString(file));
      }
    }
    return contents;
  }

  @Test
  void aSymlinkedNamespaceFolderFailsTheCommandSayingSo(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Files.createSymbolicLink(out.resolve("default"), outside);

    assertThat(run("echoserver", "--out", out.toString())).isEqualTo(1);

    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("gatewaydsl-examples: ")
        .contains("default: is a symbolic link on a generated path");
    try (Stream<Path> written = Files.list(outside)) {
      assertThat(written).isEmpty();
    }
  }

  @Test
  void checkSaysWhyAFileCannotBeRead(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});

    assertThat(run("check", bad.toString())).isEqualTo(1);

    assertThat(out()).isEqualTo(bad + ": error Invalid: cannot read " + bad
        + ": invalid UTF-8 at byte 3 (counted from 0)\n");
  }

  @Test
  void unknownExampleIsAUsageError() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("unknown example \"nope\"");
    assertThat(out()).isEmpty();
  }

  @Test
  void noArgumentsIsAUsageError() {
    assertThat(run()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("usage:");
  }

  @Test
  void outWithoutADirectoryIsAUsageError() {
    assertThat(run("echoserver", "--out")).isEqualTo(2);
  }

  // --- check

  private static final Gateway GATEWAY = Gateway.builder().name("web").namespace("shop")
      .gatewayClassName("istio").listener(Listener.http("http", 80)).build();

  private static Path yaml(Path dir, String name, KubernetesResource... resources)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Manifests.toYaml(resources));
    return file;
  }

  private static HTTPRoute routeTo(String gateway) {
    return HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(ParentReference.builder().name(gateway).build())
        .build();
  }

  @Test
  void checkPassesTheFilesOfEveryExampleReadForItsTarget(@TempDir Path dir) {
    assertThat(run("--out", dir.toString())).isZero();
    out.reset();

    for (Example example : Example.all()) {
      assertThat(run("check", "--aks", "--target", Main.targetName(example.gatewayApiTarget()),
          dir.resolve(example.name()).toString())).as(example.name()).isZero();
    }

    assertThat(out()).isEmpty();
  }

  @Test
  void checkPrintsOneLinePerDiagnosticNamingTheFileAndFailsOnErrors(@TempDir Path dir)
      throws IOException {
    Path routes = yaml(dir, "routes.yaml", routeTo("nowhere"));
    Path services = yaml(dir, "services.yaml", Service.builder().name("api").namespace("shop")
        .selector("app", "api").port(ServicePort.of(8080)).build());

    assertThat(run("check", routes.toString(), services.toString())).isEqualTo(1);

    assertThat(out()).isEqualTo(routes + ": error ParentNotFound: HTTPRoute \"shop/web\": "
        + "spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the set\n"
        + services + ": warning ServiceSelectsNoDeployment: Service \"shop/api\": spec.selector: "
        + "selects {app=api}, which the pod template of no Deployment in namespace \"shop\" "
        + "carries\n");
  }

  @Test
  void checkWithWarningsOnlySucceeds(@TempDir Path dir) throws IOException {
    Path services = yaml(dir, "services.yaml", Service.builder().name("api").namespace("shop")
        .selector("app", "api").port(ServicePort.of(8080)).build());

    assertThat(run("check", services.toString())).isZero();

    assertThat(out()).startsWith(services + ": warning ServiceSelectsNoDeployment: ");
  }

  @Test
  void checkAnalysesAllFilesAsOneSet(@TempDir Path dir) throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);
    Path routes = yaml(dir, "route.yaml", routeTo("web"));

    assertThat(run("check", gateways.toString(), routes.toString())).isZero();

    assertThat(out()).isEmpty();
  }

  @Test
  void checkReportsAResourceThatDoesNotValidate(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Manifests.toYaml(routeTo("web")) + "---\n"
        + Manifests.toYaml(GATEWAY).replace("port: 80", "port: 0"));

    assertThat(run("check", bad.toString())).isEqualTo(1);

    assertThat(out()).startsWith(bad + ": error Invalid: document 1")
        .contains("spec.listeners[0].port")
        .doesNotContain("ParentNotFound");
    assertThat(out().lines()).hasSize(1);
  }

  @Test
  void checkReportsAMissingFile(@TempDir Path dir) {
    Path missing = dir.resolve("missing.yaml");

    assertThat(run("check", missing.toString())).isEqualTo(1);

    assertThat(out()).startsWith(missing + ": error Invalid: cannot read " + missing);
  }

  @Test
  void checkRunsTheAksRulesOnlyWhenAsked(@TempDir Path dir) throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);

    assertThat(run("check", gateways.toString())).isZero();
    assertThat(out()).isEmpty();

    assertThat(run("check", "--aks", gateways.toString())).isEqualTo(1);
    assertThat(out()).startsWith(gateways + ": error AksRevisionLabelMissing: Gateway "
        + "\"shop/web\": metadata.labels: ");
  }

  @Test
  void checkReadsGatewayApiResourcesForTheTargetGiven(@TempDir Path dir) throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", GATEWAY);
    Path route = yaml(dir, "route.yaml", HTTPRoute.builder()
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .name("web").namespace("shop")
        .parentRef(ParentReference.builder().name("web").build())
        .rule(HTTPRouteRule.pathPrefix("/").withRetry(HTTPRouteRetry.of(2, 503)))
        .build());

    assertThat(run("check", gateway.toString(), route.toString())).isEqualTo(1);
    assertThat(out()).startsWith(route + ": error Invalid: document 0: HTTPRoute \"web\" is "
        + "invalid: spec.rules[0].retry: Forbidden: not served by Gateway API v1.6.1 (standard "
        + "channel)");
    out.reset();

    assertThat(run("check", "--target", "v1.6.1/experimental", gateway.toString(),
        route.toString())).isZero();
    assertThat(out()).isEmpty();
  }

  @Test
  void checkWithAnUnknownOrMissingTargetIsAUsageError() {
    assertThat(run("check", "--target", "v1.6/experimental", "route.yaml")).isEqualTo(2);
    assertThat(run("check", "route.yaml", "--target")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()
        .filter(line -> line.startsWith("--target"))).containsExactly(
        "--target needs one of v1.6.1/standard, v1.6.1/experimental, v0.6.1/standard, "
            + "v0.6.1/experimental",
        "--target needs one of v1.6.1/standard, v1.6.1/experimental, v0.6.1/standard, "
            + "v0.6.1/experimental");
    assertThat(out()).isEmpty();
  }

  @Test
  void checkOfADirectorySkipsTheKustomization(@TempDir Path dir) {
    assertThat(run("echoserver", "--out", dir.toString())).isZero();
    out.reset();

    assertThat(run("check", dir.toString())).isZero();

    assertThat(out()).isEmpty();
  }

  @Test
  void checkWithoutFilesIsAUsageError() {
    assertThat(run("check")).isEqualTo(2);
    assertThat(run("check", "--aks")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("check needs files");
  }
}
