package dev.gatewaydsl.cli;

import static dev.gatewaydsl.cli.CliRun.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.gitops.ManifestDirectory;
import dev.gatewaydsl.gitops.WriteOptions;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.Secret;
import dev.gatewaydsl.model.gateway.GRPCBackendRef;
import dev.gatewaydsl.model.gateway.GRPCRoute;
import dev.gatewaydsl.model.gateway.GRPCRouteRule;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRetry;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ParentReference;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir
  Path dir;

  static final Gateway GATEWAY = Gateway.builder().name("web").namespace("shop")
      .gatewayClassName("istio").listener(Listener.http("http", 80)).build();

  static final Service UNSELECTING = Service.builder().name("api").namespace("shop")
      .selector("app", "api").port(ServicePort.of(8080)).build();

  static Path yaml(Path dir, String name, KubernetesResource... resources) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, Manifests.toYaml(resources));
    return file;
  }

  static HTTPRoute routeTo(String gateway) {
    return HTTPRoute.builder().name("web").namespace("shop")
        .parentRef(ParentReference.builder().name(gateway).build())
        .build();
  }

  @Test
  void printsOneLinePerFindingWithFileLineResourceAndFieldAndFailsOnErrors() throws IOException {
    Path routes = yaml(dir, "routes.yaml", Namespace.named("shop"), routeTo("nowhere"));
    Path services = yaml(dir, "services.yaml", UNSELECTING);

    CliRun run = CliRun.run("check", routes.toString(), services.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(
        routes + ":" + lineOf(routes, "  - name: nowhere") + ": error ParentNotFound: HTTPRoute "
            + "\"shop/web\": spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the set\n"
        + services + ":" + lineOf(services, "  selector:") + ": warning "
            + "ServiceSelectsNoDeployment: Service \"shop/api\": spec.selector: selects "
            + "{app=api}, which the pod template of no workload in namespace \"shop\" carries\n");
  }

  static final String RESTRICTED_NAMESPACE = """
      apiVersion: v1
      kind: Namespace
      metadata:
        name: shop
        labels:
          pod-security.kubernetes.io/enforce: restricted
      """;

  /** A StatefulSet and its Service; the container does not set allowPrivilegeEscalation. */
  static final String DATABASE = """
      apiVersion: apps/v1
      kind: StatefulSet
      metadata:
        name: db
        namespace: shop
      spec:
        serviceName: db
        selector:
          matchLabels:
            app: db
        template:
          metadata:
            labels:
              app: db
          spec:
            securityContext:
              runAsNonRoot: true
              seccompProfile:
                type: RuntimeDefault
            containers:
            - name: db
              image: postgres:17
              ports:
              - name: postgres
                containerPort: 5432
              envFrom:
              - configMapRef:
                  name: db-settings
              securityContext:
                capabilities:
                  drop:
                  - ALL
            volumes:
            - name: credentials
              secret:
                secretName: db-credentials
      ---
      apiVersion: v1
      kind: Service
      metadata:
        name: db
        namespace: shop
      spec:
        selector:
          app: db
        ports:
        - port: 5432
          targetPort: postgres
      """;

  static final String SCALING = """
      apiVersion: autoscaling/v2
      kind: HorizontalPodAutoscaler
      metadata:
        name: api
        namespace: shop
      spec:
        scaleTargetRef:
          apiVersion: apps/v1
          kind: Deployment
          name: api
        maxReplicas: 5
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata:
        name: cache
        namespace: shop
      spec:
        minAvailable: 1
        selector:
          matchLabels:
            app: cache
      """;

  /**
   * The findings about workloads, in a repository folder: a Service in front of a StatefulSet is
   * satisfied; a missing Secret and ConfigMap are warnings; a namespace that enforces restricted
   * makes the StatefulSet's missing allowPrivilegeEscalation an error; an autoscaler of a missing
   * Deployment is an error; a budget that selects no pods is a warning.
   */
  @Test
  void workloadFindingsWithTheirExitCodes() throws IOException {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path namespace = Files.writeString(repo.resolve("namespace.yaml"), RESTRICTED_NAMESPACE);
    Path database = Files.writeString(repo.resolve("db.yaml"), DATABASE);
    Path scaling = Files.writeString(repo.resolve("scaling.yaml"), SCALING);

    CliRun all = CliRun.run("check", repo.toString());

    assertThat(all.status).isEqualTo(1);
    assertThat(all.out.lines().toList()).containsExactly(
        database + ":" + lineOf(database, "          secretName: db-credentials")
            + ": warning SecretNotFound: StatefulSet \"shop/db\": "
            + "spec.template.spec.volumes[0].secret.secretName: Secret \"shop/db-credentials\" "
            + "is not in the set and the reference is not optional, so the pods do not start "
            + "until it exists",
        database + ":" + lineOf(database, "            name: db-settings")
            + ": warning ConfigMapNotFound: StatefulSet \"shop/db\": "
            + "spec.template.spec.containers[0].envFrom[0].configMapRef.name: ConfigMap "
            + "\"shop/db-settings\" is not in the set and the reference is not optional, so the "
            + "pods do not start until it exists",
        database + ":" + lineOf(database, "        securityContext:")
            + ": error PodSecurityViolation: StatefulSet \"shop/db\": "
            + "spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation: is "
            + "unset; must be false (Privilege Escalation, Pod Security Standard \"restricted\" "
            + "enforced in namespace \"shop\")",
        scaling + ":" + lineOf(scaling, "  scaleTargetRef:")
            + ": error ScaleTargetNotFound: HorizontalPodAutoscaler \"shop/api\": "
            + "spec.scaleTargetRef: Deployment \"shop/api\" (apps/v1) is not in the set, so the "
            + "autoscaler scales nothing",
        scaling + ":" + lineOf(scaling, "  selector:")
            + ": warning PodDisruptionBudgetSelectsNoPods: PodDisruptionBudget \"shop/cache\": "
            + "spec.selector: selects {app=cache}, which the pod template of no workload in "
            + "namespace \"shop\" carries");

    CliRun withoutNamespace = CliRun.run("check", database.toString());
    assertThat(withoutNamespace.status).isZero();
    assertThat(withoutNamespace.out.lines()).extracting(l -> l.split(" ")[1])
        .containsExactly("warning", "warning");

    CliRun restricted = CliRun.run("check", namespace.toString(), database.toString());
    assertThat(restricted.status).isEqualTo(1);
    assertThat(restricted.out.lines()).extracting(l -> l.split(" ")[2])
        .containsExactly("SecretNotFound:", "ConfigMapNotFound:", "PodSecurityViolation:");

    String budgetOnly = SCALING.substring(SCALING.indexOf("apiVersion: policy"));
    CliRun budget = CliRun.withInput(budgetOnly, dir, "check", "-");
    assertThat(budget.status).isZero();
    assertThat(budget.out).startsWith("<stdin>:" + lineOf(budgetOnly, "  selector:")
        + ": warning PodDisruptionBudgetSelectsNoPods: ");
  }

  /** A GRPCRoute is checked as an HTTPRoute is: once, it was not analysed at all. */
  @Test
  void aGrpcRouteWithoutItsGatewayAndItsServiceFails() throws IOException {
    GRPCRoute route = GRPCRoute.builder().name("users").namespace("shop")
        .parentRef(ParentReference.builder().name("nowhere").build())
        .rule(GRPCRouteRule.service("shop.Users")
            .backendRef(GRPCBackendRef.builder().name("users").port(50051).build()))
        .build();
    Path routes = yaml(dir, "routes.yaml", Namespace.named("shop"), route);

    CliRun run = CliRun.run("check", routes.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(
        routes + ":" + lineOf(routes, "  - name: nowhere") + ": error ParentNotFound: GRPCRoute "
            + "\"shop/users\": spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the set\n"
        + routes + ":" + lineOf(routes, "    - name: users") + ": error BackendNotFound: "
            + "GRPCRoute \"shop/users\": spec.rules[0].backendRefs[0]: Service \"shop/users\" is "
            + "not in the set\n");
  }

  @Test
  void warningsOnlySucceed() throws IOException {
    Path services = yaml(dir, "services.yaml", UNSELECTING);

    CliRun run = CliRun.run("check", services.toString());

    assertThat(run.status).isZero();
    assertThat(run.out).startsWith(services + ":" + lineOf(services, "  selector:")
        + ": warning ServiceSelectsNoDeployment: ");
  }

  @Test
  void allFilesAreAnalysedAsOneSet() throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);
    Path routes = yaml(dir, "route.yaml", routeTo("web"));

    CliRun run = CliRun.run("check", gateways.toString(), routes.toString());

    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
  }

  static final String CERTIFICATE = """
      apiVersion: cert-manager.io/v1
      kind: Certificate
      metadata:
        name: web
        namespace: shop
      spec:
        secretName: web-tls
      """;

  @Test
  void kindsTheLibraryDoesNotModelAreReadAndAnalysedWithTheRest() throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);
    Path routes = yaml(dir, "route.yaml", routeTo("web"));
    Path certificate = dir.resolve("certificate.yaml");
    Files.writeString(certificate, CERTIFICATE);

    CliRun run = CliRun.run("check", gateways.toString(), routes.toString(),
        certificate.toString());

    assertThat(run.out).isEmpty();
    assertThat(run.status).isZero();
  }

  @Test
  void withStrictKindsAKindTheLibraryDoesNotModelIsAnError() throws IOException {
    Path certificate = dir.resolve("certificate.yaml");
    Files.writeString(certificate, "# issued by cert-manager\n" + CERTIFICATE);

    CliRun run = CliRun.run("check", "--strict-kinds", certificate.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).startsWith(certificate + ":2: error Invalid: document 0: unknown kind "
        + "\"Certificate\" (apiVersion \"cert-manager.io/v1\"); known kinds: ");
  }

  @Test
  void aGenericResourceIsValidatedForWhatEveryObjectHas() throws IOException {
    Path certificate = dir.resolve("certificate.yaml");
    Files.writeString(certificate, CERTIFICATE.replace("name: web", "name: Web"));

    CliRun run = CliRun.run("check", certificate.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(certificate + ":1: error Invalid: document 0: Certificate "
        + "\"Web\" is invalid: metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 "
        + "subdomain must consist of lower case alphanumeric characters, '-' or '.', and must "
        + "start and end with an alphanumeric character (e.g. 'example.com')\n");
  }

  @Test
  void aResourceThatDoesNotValidateIsReportedAtItsDocumentAndTheOthersAreStillAnalysed()
      throws IOException {
    Path bad = dir.resolve("bad.yaml");
    String text = Manifests.toYaml(routeTo("web")) + "---\n"
        + Manifests.toYaml(GATEWAY).replace("port: 80", "port: 0");
    Files.writeString(bad, text);
    int gatewayLine = lineOf(text, "kind: Gateway") - 1;

    CliRun run = CliRun.run("check", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out.lines()).hasSize(2);
    assertThat(run.out.lines().toList().get(0))
        .startsWith(bad + ":" + gatewayLine + ": error Invalid: document 1")
        .contains("spec.listeners[0].port");
    assertThat(run.out.lines().toList().get(1)).isEqualTo(bad + ":"
        + lineOf(text, "  - name: web") + ": error ParentNotFound: HTTPRoute \"shop/web\": "
        + "spec.parentRefs[0]: Gateway \"shop/web\" is not in the set");
  }

  @Test
  void aFolderWithAnUnreadableDocumentStillHasItsOtherFilesAnalysed() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("repo"));
    String services = Manifests.toYaml(UNSELECTING).replace("spec:\n", "spec:\n  colour: red\n")
        + "---\n" + Manifests.toYaml(Namespace.named("shop"));
    Files.writeString(folder.resolve("a-services.yaml"), services);
    Path routes = yaml(folder, "b-routes.yaml", GATEWAY, routeTo("nowhere"));

    CliRun run = CliRun.run("check", folder.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(folder.resolve("a-services.yaml") + ":1: error Invalid: "
        + "document 0 (Service \"api\"): spec.colour: unknown field \"colour\"\n"
        + routes + ":" + lineOf(routes, "  - name: nowhere") + ": error ParentNotFound: "
        + "HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the "
        + "set\n");
  }

  @Test
  void documentsAfterAnUnreadableOneInStandardInputAreStillRead() throws IOException {
    String stream = "apiVersion: v1\nkind: Namespace\nmetadata:\n  nme: shop\n---\n"
        + Manifests.toYaml(routeTo("nowhere"));

    CliRun run = CliRun.withInput(stream, dir, "check", "-");

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out.lines().toList()).containsExactly(
        "<stdin>:1: error Invalid: document 0 (Namespace \"\"): metadata.nme: unknown field "
            + "\"nme\"",
        "<stdin>:" + lineOf(stream, "  - name: nowhere") + ": error ParentNotFound: HTTPRoute "
            + "\"shop/web\": spec.parentRefs[0]: Gateway \"shop/nowhere\" is not in the set");
  }

  @Test
  void badYamlEndsItsFileButNotTheCheck() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, Manifests.toYaml(routeTo("nowhere")) + "---\nkind: [\n");
    Path gateway = yaml(dir, "gateway.yaml", GATEWAY);

    CliRun run = CliRun.run("check", bad.toString(), gateway.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out.lines().toList()).hasSize(2);
    assertThat(run.out.lines().toList().get(0))
        .startsWith(bad + ":" + lineOf(bad, "kind: [") + ": error Invalid: document 1: " + bad
            + " is not valid YAML: ");
    assertThat(run.out.lines().toList().get(1)).startsWith(bad + ":"
        + lineOf(bad, "  - name: nowhere") + ": error ParentNotFound: ");
  }

  @Test
  void aMissingFileIsAnError() {
    Path missing = dir.resolve("missing.yaml");

    CliRun run = CliRun.run("check", missing.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(missing + ": error Invalid: cannot read " + missing
        + ": No such file or directory\n");
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithTheOffendingByte() throws IOException {
    Path bad = dir.resolve("bad.yaml");
    Files.write(bad, new byte[] {'a', ':', ' ', (byte) 0xFF, '\n'});

    CliRun run = CliRun.run("check", bad.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo(bad + ": error Invalid: cannot read " + bad
        + ": invalid UTF-8 at byte 3 (counted from 0)\n");
  }

  @Test
  void theAksRulesRunForTheRevisionGiven() throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);

    assertThat(CliRun.run("check", gateways.toString()).out).isEmpty();

    CliRun run = CliRun.run("check", "--aks", "asm-1-30", gateways.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).startsWith(gateways + ":" + lineOf(gateways, "metadata:")
        + ": error AksRevisionLabelMissing: Gateway \"shop/web\": metadata.labels[istio.io/rev]: "
        + "Required value: ");
  }

  @Test
  void aKindTheAksRevisionDoesNotServeIsAnError() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).gatewayClassName("example")
        .listener(Listener.http("http", 80)).build());
    Path route = yaml(dir, "route.yaml", dev.gatewaydsl.model.gateway.GRPCRoute.builder()
        .target(GatewayApiTarget.V1_6_STANDARD).name("grpc").namespace("shop")
        .parentRef(ParentReference.builder().name("web").build()).build());

    CliRun clean = CliRun.run("check", "--aks", "asm-1-17", gateway.toString());
    assertThat(clean.out).isEmpty();
    assertThat(clean.status).isZero();

    CliRun run = CliRun.run("check", "--aks", "asm-1-17", "--target", "v1.6.1/standard",
        gateway.toString(), route.toString());
    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).contains(route + ":" + lineOf(route, "kind: GRPCRoute")
        + ": error AksNotSupportedByRevision: GRPCRoute \"shop/grpc\": kind: Forbidden: ");
  }

  @Test
  void anUnknownAksRevisionIsAUsageError() {
    CliRun run = CliRun.run("check", "--aks", "istio-1-30", "x.yaml");

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("Invalid value for option '--aks': ");
  }

  @Test
  void gatewayApiResourcesAreReadForTheTargetGiven() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", GATEWAY);
    Path route = yaml(dir, "route.yaml", HTTPRoute.builder()
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .name("web").namespace("shop")
        .parentRef(ParentReference.builder().name("web").build())
        .rule(HTTPRouteRule.pathPrefix("/").withRetry(HTTPRouteRetry.of(2, 503)))
        .build());

    CliRun standard = CliRun.run("check", gateway.toString(), route.toString());
    assertThat(standard.status).isEqualTo(1);
    assertThat(standard.out).startsWith(route + ":1: error Invalid: document 0: HTTPRoute \"web\" "
        + "is invalid: spec.rules[0].retry: Forbidden: not served by Gateway API v1.6.1 (standard "
        + "channel)");

    CliRun experimental = CliRun.run("check", "--target", "v1.6.1/experimental",
        gateway.toString(), route.toString());
    assertThat(experimental.status).isZero();
    assertThat(experimental.out).isEmpty();
  }

  @Test
  void anUnknownOrMissingTargetIsAUsageError() {
    CliRun unknown = CliRun.run("check", "--target", "v1.6/experimental", "route.yaml");
    assertThat(unknown.status).isEqualTo(2);
    assertThat(unknown.err).startsWith("Invalid value for option '--target': unknown target "
        + "\"v1.6/experimental\"; one of v1.6.1/standard, v1.6.1/experimental, v1.5.1/standard, "
        + "v1.4.1/standard, v1.3.0/standard, v1.2.1/standard, v0.6.1/standard, "
        + "v0.6.1/experimental");
    assertThat(CliRun.run("check", "route.yaml", "--target").status).isEqualTo(2);
    assertThat(unknown.out).isEmpty();
  }

  @Test
  void aDirectoryMeansItsYamlFilesExceptTheKustomization() throws IOException {
    ManifestDirectory.write(dir, List.of(GATEWAY, routeTo("web")), WriteOptions.defaults());
    Path stray = yaml(dir, "stray.yml", routeTo("nowhere"));

    CliRun run = CliRun.run("check", dir.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).startsWith(stray + ":").hasLineCount(1);
  }

  @Test
  void withoutPathsIsAUsageError() {
    assertThat(CliRun.run("check").status).isEqualTo(2);
    CliRun run = CliRun.run("check", "--aks", "asm-1-30");
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("Missing required parameter: 'PATH'");
  }

  @Test
  void standardInputIsReadForADash() throws IOException {
    String stream = Manifests.toYaml(GATEWAY, routeTo("nowhere"));

    CliRun run = CliRun.withInput(stream, dir, "check", "-");

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEqualTo("<stdin>:" + lineOf(stream, "  - name: nowhere")
        + ": error ParentNotFound: HTTPRoute \"shop/web\": spec.parentRefs[0]: Gateway "
        + "\"shop/nowhere\" is not in the set\n");
  }

  @Test
  void standardInputTogetherWithFilesIsOneSet() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", GATEWAY);

    CliRun run = CliRun.withInput(Manifests.toYaml(routeTo("web")), dir, "check",
        gateway.toString(), "-");

    assertThat(run.status).isZero();
    assertThat(run.out).isEmpty();
  }

  @Test
  void aSecretCarryingDataIsAWarning() throws IOException {
    Path secrets = yaml(dir, "secret.yaml", Secret.tls("web-tls", "shop", "cert\n", "key\n"),
        Secret.builder().name("empty").namespace("shop").build());

    CliRun run = CliRun.run("check", secrets.toString());

    assertThat(run.status).isZero();
    assertThat(run.out).isEqualTo(secrets + ":" + lineOf(secrets, "stringData:")
        + ": warning SecretData: Secret \"shop/web-tls\": stringData: secret material (keys "
        + "tls.crt, tls.key) in the repository, readable by everyone who can read it: create the "
        + "Secret in the cluster instead (an external secrets operator, sealed secrets, the Azure "
        + "Key Vault provider for the Secrets Store CSI driver)\n");
  }

  @Test
  void jsonListsEveryFindingWithItsPlaceAndTheCounts() throws IOException {
    Path routes = yaml(dir, "routes.yaml", routeTo("nowhere"));
    Path services = yaml(dir, "services.yaml", UNSELECTING);

    CliRun run = CliRun.run("check", "--format", "json", routes.toString(), services.toString());

    assertThat(run.status).isEqualTo(1);
    JsonNode report = new JsonMapper().readTree(run.out);
    assertThat(report.get("errors").asInt()).isEqualTo(1);
    assertThat(report.get("warnings").asInt()).isEqualTo(1);
    JsonNode first = report.get("findings").get(0);
    assertThat(first.get("file").asText()).isEqualTo(routes.toString());
    assertThat(first.get("line").asInt()).isEqualTo(lineOf(routes, "  - name: nowhere"));
    assertThat(first.get("severity").asText()).isEqualTo("error");
    assertThat(first.get("code").asText()).isEqualTo("ParentNotFound");
    assertThat(first.get("resource").asText()).isEqualTo("HTTPRoute \"shop/web\"");
    assertThat(first.get("path").asText()).isEqualTo("spec.parentRefs[0]");
    assertThat(first.get("message").asText()).isEqualTo("Gateway \"shop/nowhere\" is not in the set");
    assertThat(report.get("findings").get(1).get("severity").asText()).isEqualTo("warning");
  }

  @Test
  void cleanJsonHasNoFindings() throws IOException {
    Path gateways = yaml(dir, "gateway.yaml", GATEWAY);

    CliRun run = CliRun.run("check", "--format", "JSON", gateways.toString());

    assertThat(run.status).isZero();
    assertThat(new JsonMapper().readTree(run.out).get("findings")).isEmpty();
  }

  @Test
  void outputWritesTheReportToAFile() throws IOException {
    Path routes = yaml(dir, "routes.yaml", routeTo("nowhere"));
    Path report = dir.resolve("report.txt");

    CliRun run = CliRun.run("check", "-o", report.toString(), routes.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.out).isEmpty();
    assertThat(Files.readString(report)).startsWith(routes + ":" + lineOf(routes,
        "  - name: nowhere") + ": error ParentNotFound: ");
  }

  @Test
  void previewPrintsWhatIstioCreatesForEachGatewayOfClassIstio() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).label("istio.io/rev", "asm-1-17")
        .gatewayClassName("istio").listener(Listener.http("http", 80)).build());

    CliRun run = CliRun.run("preview", gateway.toString());

    assertThat(run.status).isZero();
    List<KubernetesResource> preview = Manifests.fromYaml(run.out);
    assertThat(preview).extracting(r -> r.kind() + " " + r.metadata().name())
        .containsExactly("ServiceAccount web-istio", "Deployment web-istio", "Service web-istio");
    assertThat(CliRun.withInput(Files.readString(gateway), Path.of(""), "preview", "-").out)
        .isEqualTo(run.out);
  }

  @Test
  void previewForAnotherRevisionNamesWhatDoesNotSuitIt() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", Gateway.builder().name("web").namespace("shop")
        .target(GatewayApiTarget.V0_6_STANDARD).label("istio.io/rev", "asm-1-17")
        .gatewayClassName("istio").listener(Listener.http("http", 80)).build());

    CliRun run = CliRun.run("preview", "--revision", "asm-1-18", gateway.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).contains("metadata.labels[istio.io/rev]: Invalid value: \"asm-1-17\": "
        + "must be \"asm-1-18\"");
  }

  @Test
  void previewAppliesTheGatewaysCustomizationConfigMap() throws IOException {
    AksIstio aks = AksIstio.revision("asm-1-28").kubernetes("1.35")
        .withExternalTrafficPolicyLocal();
    Path file = dir.resolve("gateway.yaml");
    Files.writeString(file, Manifests.toYaml(aks.manifests(Gateway.builder().name("web")
        .namespace("shop").target(aks.profile().target()).gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build())));

    CliRun run = CliRun.run("preview", "--kubernetes", "1.35", file.toString());

    assertThat(run.status).isZero();
    Service service = (Service) Manifests.fromYaml(run.out).get(2);
    assertThat(service.spec().externalTrafficPolicy()).contains("Local");
    assertThat(service.metadata().annotations()).isEmpty();
  }

  @Test
  void previewWithoutAGatewayOfClassIstioFails() throws IOException {
    Path gateway = yaml(dir, "gateway.yaml", GATEWAY.withSpec(GATEWAY.spec()
        .withGatewayClassName("example")));

    CliRun run = CliRun.run("preview", "--revision", "asm-1-30", gateway.toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.err).contains("no Gateway of class \"istio\" to preview");
  }

  @Test
  void previewUsageErrors() {
    assertThat(CliRun.run("preview").status).isEqualTo(2);
    assertThat(CliRun.run("preview", "gateway.yaml", "--revision").status).isEqualTo(2);
    assertThat(CliRun.run("preview", "--revision", "istio-1-30", "gateway.yaml").status)
        .isEqualTo(2);
  }
}
