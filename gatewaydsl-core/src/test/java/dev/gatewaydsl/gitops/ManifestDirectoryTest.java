package dev.gatewaydsl.gitops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.HTTPRoute;
import dev.gatewaydsl.model.gateway.HTTPRouteRule;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.workload.Container;
import dev.gatewaydsl.model.workload.Deployment;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.yaml.Manifests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestDirectoryTest {
  private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2001-02-03T04:05:06Z"));
  private static final String HEADER = ManifestDirectory.HEADER + "\n";

  @TempDir
  Path dir;

  static final Namespace SHOP = Namespace.named("shop");
  static final Deployment WEB = Deployment.builder().name("web").namespace("shop")
      .selectorLabel("app", "web")
      .container(Container.of("web", "nginx:1.27").withPort(8080))
      .build();
  static final Service WEB_SERVICE = Service.exposing(WEB, 8080).build();
  static final Gateway GATEWAY = Gateway.builder().name("web").namespace("shop")
      .gatewayClassName("istio")
      .listener(Listener.http("http", 80))
      .build();

  static HTTPRoute route(String name, String prefix) {
    return HTTPRoute.builder().name(name).namespace("shop").parentRef(GATEWAY)
        .rule(HTTPRouteRule.pathPrefix(prefix).backendRef(WEB_SERVICE, 8080))
        .build();
  }

  static List<KubernetesResource> shop() {
    return List.of(SHOP, WEB, WEB_SERVICE, GATEWAY, route("web", "/"));
  }

  private static List<KubernetesResource> with(List<KubernetesResource> base,
      KubernetesResource... more) {
    List<KubernetesResource> all = new ArrayList<>(base);
    all.addAll(List.of(more));
    return all;
  }

  @Test
  void writesOneFilePerResourceByNamespaceAndKindPlusAKustomization() throws IOException {
    WriteReport report = ManifestDirectory.write(dir, shop(), WriteOptions.defaults());

    assertThat(files()).containsExactly(
        "kustomization.yaml",
        "namespace-shop.yaml",
        "shop/deployment-web.yaml",
        "shop/gateway-web.yaml",
        "shop/httproute-web.yaml",
        "shop/service-web.yaml");
    assertThat(report.lines()).containsExactly(
        "created kustomization.yaml",
        "created namespace-shop.yaml",
        "created shop/deployment-web.yaml",
        "created shop/gateway-web.yaml",
        "created shop/httproute-web.yaml",
        "created shop/service-web.yaml");
    assertThat(report.changed()).isTrue();
  }

  @Test
  void placesResourcesOfUnmodelledKindsLikeAnyOtherAndPrunesThem() throws IOException {
    List<KubernetesResource> read = Manifests.fromYaml("""
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata:
          name: web
          namespace: shop
        spec:
          secretName: web-tls
          issuerRef:
            name: letsencrypt
            kind: ClusterIssuer
        ---
        apiVersion: cert-manager.io/v1
        kind: ClusterIssuer
        metadata:
          name: letsencrypt
        spec:
          acme:
            server: https://acme-v02.api.letsencrypt.org/directory
        """);

    ManifestDirectory.write(dir, with(shop(), read.toArray(KubernetesResource[]::new)),
        WriteOptions.defaults());

    assertThat(files()).contains("shop/certificate-web.yaml", "clusterissuer-letsencrypt.yaml");
    assertThat(Files.readString(dir.resolve("shop/certificate-web.yaml")))
        .isEqualTo(HEADER + Manifests.toYaml(read.get(0)));
    assertThat(Manifests.fromYaml(dir.resolve("clusterissuer-letsencrypt.yaml")))
        .containsExactly(read.get(1));

    ManifestDirectory.write(dir, shop(), WriteOptions.defaults().withPrune(true));

    assertThat(files()).doesNotContain("shop/certificate-web.yaml",
        "clusterissuer-letsencrypt.yaml");
  }

  @Test
  void everyFileIsTheHeaderLineFollowedByItsResourceYaml() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());

    assertThat(read("shop/gateway-web.yaml")).isEqualTo(HEADER + Manifests.toYaml(GATEWAY));
    assertThat(read("namespace-shop.yaml")).isEqualTo(HEADER + Manifests.toYaml(SHOP));
  }

  @Test
  void theKustomizationListsEveryFileSortedByPath() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());

    assertThat(read("kustomization.yaml")).isEqualTo(HEADER + """
        apiVersion: kustomize.config.k8s.io/v1beta1
        kind: Kustomization
        resources:
        - namespace-shop.yaml
        - shop/deployment-web.yaml
        - shop/gateway-web.yaml
        - shop/httproute-web.yaml
        - shop/service-web.yaml
        """);
  }

  @Test
  void theKustomizationOfAnEmptySetListsNothing() throws IOException {
    ManifestDirectory.write(dir, List.of(), WriteOptions.defaults());

    assertThat(read("kustomization.yaml")).endsWith("kind: Kustomization\nresources: []\n");
  }

  @Test
  void noKustomizationWhenTurnedOff() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults().withKustomization(false));

    assertThat(files()).doesNotContain("kustomization.yaml").hasSize(5);
  }

  @Test
  void inputOrderDoesNotChangeTheOutput() throws IOException {
    Path other = Files.createDirectory(dir.resolve("other"));
    Path one = Files.createDirectory(dir.resolve("one"));
    List<KubernetesResource> reversed = new ArrayList<>(shop());
    java.util.Collections.reverse(reversed);

    ManifestDirectory.write(one, shop(), WriteOptions.defaults());
    ManifestDirectory.write(other, reversed, WriteOptions.defaults());

    assertThat(snapshot(other).contents()).isEqualTo(snapshot(one).contents());
  }

  @Test
  void writingTheSameSetTwiceLeavesEveryFileAndItsModificationTimeAlone() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    ageEveryFile();
    Snapshot before = snapshot(dir);

    WriteReport report = ManifestDirectory.write(dir, shop(), WriteOptions.defaults());

    assertThat(snapshot(dir)).isEqualTo(before);
    assertThat(report.changed()).isFalse();
    assertThat(report.unchanged()).hasSize(6);
    assertThat(report.created()).isEmpty();
    assertThat(report.updated()).isEmpty();
    assertThat(report.deleted()).isEmpty();
  }

  @Test
  void changingOneRouteRewritesExactlyThatFile() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    ageEveryFile();
    Snapshot before = snapshot(dir);
    HTTPRoute changed = route("web", "/shop");

    WriteReport report = ManifestDirectory.write(dir,
        List.of(SHOP, WEB, WEB_SERVICE, GATEWAY, changed), WriteOptions.defaults());

    assertThat(report.lines()).filteredOn(line -> !line.startsWith("unchanged "))
        .containsExactly("updated shop/httproute-web.yaml");
    Snapshot after = snapshot(dir);
    assertThat(after.changedFrom(before)).containsExactly("shop/httproute-web.yaml");
    assertThat(read("shop/httproute-web.yaml")).isEqualTo(HEADER + Manifests.toYaml(changed));
  }

  @Test
  void pruneDeletesGeneratedFilesThatLeftTheSet() throws IOException {
    ManifestDirectory.write(dir, with(shop(), route("old", "/old")), WriteOptions.defaults());

    WriteReport report = ManifestDirectory.write(dir, shop(), WriteOptions.defaults().withPrune(true));

    assertThat(report.lines()).filteredOn(line -> !line.startsWith("unchanged "))
        .containsExactly("updated kustomization.yaml", "deleted shop/httproute-old.yaml");
    assertThat(files()).doesNotContain("shop/httproute-old.yaml");
  }

  @Test
  void withoutPruneAFileThatLeftTheSetStaysButIsNoLongerListed() throws IOException {
    ManifestDirectory.write(dir, with(shop(), route("old", "/old")), WriteOptions.defaults());

    WriteReport report = ManifestDirectory.write(dir, shop(), WriteOptions.defaults());

    assertThat(report.deleted()).isEmpty();
    assertThat(files()).contains("shop/httproute-old.yaml");
    assertThat(read("kustomization.yaml")).doesNotContain("httproute-old");
  }

  @Test
  void pruneNeverTouchesAFileWithoutTheHeader() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    write("shop/configmap-settings.yaml", "apiVersion: v1\nkind: ConfigMap\n");
    write("shop/notes.yaml", "# Generated by hand\n" + ManifestDirectory.HEADER + "\n");
    write("legacy/httproute-old.yaml", " " + HEADER);
    ageEveryFile();
    Snapshot before = snapshot(dir);

    WriteReport report = ManifestDirectory.write(dir, List.of(SHOP),
        WriteOptions.defaults().withPrune(true));

    assertThat(report.deleted()).extracting(WriteReport::slashed).containsExactly(
        "shop/deployment-web.yaml", "shop/gateway-web.yaml", "shop/httproute-web.yaml",
        "shop/service-web.yaml");
    Snapshot after = snapshot(dir);
    for (String handWritten : List.of("shop/configmap-settings.yaml", "shop/notes.yaml",
        "legacy/httproute-old.yaml")) {
      assertThat(after.contents()).containsEntry(handWritten, before.contents().get(handWritten));
      assertThat(after.times()).containsEntry(handWritten, LONG_AGO);
    }
  }

  @Test
  void pruneRemovesFoldersItEmptiedAndNothingOffItsOwnPaths() throws IOException {
    Namespace other = Namespace.named("other");
    ManifestDirectory.write(dir, with(shop(), other, WEB.withMetadata(
        WEB.metadata().withNamespace("other"))), WriteOptions.defaults());
    write(".git/generated.yaml", HEADER + "kind: Whatever\n");
    write("kept/.gitkeep", "");
    write("kept/deployment-x.yaml", HEADER + "kind: Deployment\n");

    WriteReport report = ManifestDirectory.write(dir, shop(), WriteOptions.defaults().withPrune(true));

    // other/ was listed by the last write; kept/ is no namespace of the set and was never listed
    assertThat(report.deleted()).extracting(WriteReport::slashed).containsExactly(
        "namespace-other.yaml", "other/deployment-web.yaml");
    assertThat(dir.resolve("other")).doesNotExist();
    assertThat(dir.resolve("kept/.gitkeep")).exists();
    assertThat(dir.resolve("kept/deployment-x.yaml")).exists();
    assertThat(dir.resolve(".git/generated.yaml")).exists();
  }

  @Test
  void pruneKeepsAFolderThatGetsANewFile() throws IOException {
    Deployment api = WEB.withMetadata(WEB.metadata().withName("api").withNamespace("other"));
    Deployment web = WEB.withMetadata(WEB.metadata().withNamespace("other"));
    ManifestDirectory.write(dir, List.of(web), WriteOptions.defaults());

    WriteReport report = ManifestDirectory.write(dir, List.of(api),
        WriteOptions.defaults().withPrune(true));

    assertThat(report.lines()).containsExactly("created other/deployment-api.yaml",
        "updated kustomization.yaml", "deleted other/deployment-web.yaml");
    assertThat(files()).containsExactly("kustomization.yaml", "other/deployment-api.yaml");
  }

  @Test
  void aFileWithoutTheHeaderOnAGeneratedPathIsNeverReplaced() throws IOException {
    write("shop/gateway-web.yaml", "# mine\n");
    ageEveryFile();
    Snapshot before = snapshot(dir);

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults()))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessage(dir.toAbsolutePath().normalize().resolve("shop/gateway-web.yaml")
            + ": not written by gatewaydsl (its first line is not \"" + ManifestDirectory.HEADER
            + "\"), so it is not replaced; move it away. Nothing was written");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aFolderOnAGeneratedPathStopsTheWrite() throws IOException {
    Files.createDirectories(dir.resolve("shop/gateway-web.yaml"));
    Snapshot before = snapshot(dir);

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults()))
        .isInstanceOf(FileAlreadyExistsException.class)
        .hasMessageEndingWith("not a regular file; a generated file goes here. Nothing was written");
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void twoResourcesOnOnePathFailBeforeAnythingIsWritten() throws IOException {
    Path target = dir.resolve("out");
    List<KubernetesResource> clash = with(shop(), route("web", "/other"));

    assertThatThrownBy(() -> ManifestDirectory.write(target, clash, WriteOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HTTPRoute \"shop/web\" and HTTPRoute \"shop/web\" both map to "
            + "shop/httproute-web.yaml; nothing was written");
    assertThat(target).doesNotExist();
  }

  @Test
  void kindsOfTwoGroupsOnOnePathAreToldApartByApiVersion() {
    KubernetesResource istioGateway = new KubernetesResource() {
      @Override
      public String apiVersion() {
        return "networking.istio.io/v1";
      }

      @Override
      public String kind() {
        return "Gateway";
      }

      @Override
      public dev.gatewaydsl.model.ObjectMeta metadata() {
        return GATEWAY.metadata();
      }
    };

    assertThatThrownBy(() -> ManifestDirectory.write(dir, List.of(GATEWAY, istioGateway),
        WriteOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Gateway \"shop/web\" (gateway.networking.k8s.io/v1) and Gateway \"shop/web\" "
            + "(networking.istio.io/v1) both map to shop/gateway-web.yaml; nothing was written");
  }

  @Test
  void twoResourcesOnOnePathLeaveAnExistingDirectoryAlone() throws IOException {
    ManifestDirectory.write(dir, with(shop(), route("old", "/old")), WriteOptions.defaults());
    ageEveryFile();
    Snapshot before = snapshot(dir);

    assertThatThrownBy(() -> ManifestDirectory.write(dir, with(List.of(SHOP), SHOP),
        WriteOptions.defaults().withPrune(true)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aFailureAtAnyStepLeavesTheDirectoryAsItWas() throws IOException {
    // a set that creates a folder and files, updates files, deletes files and empties a folder
    List<KubernetesResource> first = with(shop(), route("old", "/old"),
        Namespace.named("gone"), WEB.withMetadata(WEB.metadata().withNamespace("gone")));
    List<KubernetesResource> second = List.of(SHOP, WEB, WEB_SERVICE, GATEWAY,
        route("web", "/changed"), Namespace.named("new"),
        WEB.withMetadata(WEB.metadata().withNamespace("new")));
    WriteOptions prune = WriteOptions.defaults().withPrune(true);
    Path probe = dir.resolve("probe");
    ManifestDirectory.write(probe, first, WriteOptions.defaults());
    FailingFileOps counter = new FailingFileOps(-1);
    WriteReport full = ManifestDirectory.write(probe, second, prune, counter);
    assertThat(full.created()).isNotEmpty();
    assertThat(full.updated()).isNotEmpty();
    assertThat(full.deleted()).isNotEmpty();
    int operations = counter.calls;
    assertThat(operations).isGreaterThan(10);

    for (int failAt = 0; failAt < operations; failAt++) {
      Path attempt = dir.resolve("attempt-" + failAt);
      ManifestDirectory.write(attempt, first, WriteOptions.defaults());
      ageEveryFile(attempt);
      Snapshot before = snapshot(attempt);
      FailingFileOps failing = new FailingFileOps(failAt);

      assertThatThrownBy(() -> ManifestDirectory.write(attempt, second, prune, failing))
          .as("failing operation %d", failAt)
          .isInstanceOf(ManifestWriteException.class)
          .hasMessageContaining(": simulated failure: ")
          .hasMessageEndingWith("; the changes made so far were undone");

      assertThat(snapshot(attempt)).as("after failing operation %d", failAt).isEqualTo(before);
      assertThat(failing.failed).isTrue();
    }
  }

  @Test
  void aFailureCreatingTheDirectoryLeavesNothingBehind() {
    Path target = dir.resolve("a/b/c");

    assertThatThrownBy(() -> ManifestDirectory.write(target, shop(), WriteOptions.defaults(),
        new FailingFileOps(2)))
        .isInstanceOf(IOException.class);
    assertThat(dir.resolve("a")).doesNotExist();
  }

  @Test
  void recognisesTheHeaderWithLfOrCrlfOnly() {
    assertThat(ManifestDirectory.isGenerated(bytes(HEADER + "kind: X\n"))).isTrue();
    assertThat(ManifestDirectory.isGenerated(bytes(ManifestDirectory.HEADER + "\r\n"))).isTrue();
    assertThat(ManifestDirectory.isGenerated(bytes(ManifestDirectory.HEADER))).isFalse();
    assertThat(ManifestDirectory.isGenerated(bytes(ManifestDirectory.HEADER + "\r"))).isFalse();
    assertThat(ManifestDirectory.isGenerated(bytes(ManifestDirectory.HEADER + " x\n"))).isFalse();
    assertThat(ManifestDirectory.isGenerated(bytes("#" + HEADER))).isFalse();
  }

  @Test
  void pathsAreNamespaceFolderThenLowerCaseKindAndName() {
    assertThat(ManifestDirectory.pathOf(route("web", "/"))).isEqualTo("shop/httproute-web.yaml");
    assertThat(ManifestDirectory.pathOf(SHOP)).isEqualTo("namespace-shop.yaml");
    assertThat(ManifestDirectory.pathOf(WEB.withMetadata(WEB.metadata().withNamespace(""))))
        .isEqualTo("deployment-web.yaml");
  }

  @Test
  void manifestsWriteToWritesTheSameDirectory() throws IOException {
    Path viaManifests = Files.createDirectory(dir.resolve("a"));
    Path direct = Files.createDirectory(dir.resolve("b"));

    ManifestDirectory.write(viaManifests, shop(), WriteOptions.defaults());
    ManifestDirectory.write(direct, shop(), WriteOptions.defaults());

    assertThat(snapshot(viaManifests).contents()).isEqualTo(snapshot(direct).contents());
  }

  // --- helpers

  /** Fails the operation numbered {@code failAt} (from 0) once; counts every operation. */
  @Test
  void aSymlinkedNamespaceFolderStopsTheWriteWithNothingWrittenAnywhere() throws IOException {
    Path out = dir.resolve("out");
    Path outside = dir.resolve("outside");
    Files.createDirectories(out);
    Files.createDirectories(outside);
    Files.createSymbolicLink(out.resolve("shop"), outside);

    assertThatThrownBy(() -> ManifestDirectory.write(out, shop(), WriteOptions.defaults()))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessage(out.toAbsolutePath().normalize().resolve("shop") + ": is a symbolic link on a "
            + "generated path; gatewaydsl writes only real folders and files below "
            + out.toAbsolutePath().normalize() + ", so nothing was written");
    try (Stream<Path> outsideFiles = Files.list(outside); Stream<Path> outFiles = Files.list(out)) {
      assertThat(outsideFiles).isEmpty();
      assertThat(outFiles).containsExactly(out.resolve("shop"));
    }
  }

  @Test
  void aSymlinkedRootOrAFolderAboveItIsTheCallersChoice() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real"));
    Path link = Files.createSymbolicLink(dir.resolve("link"), real);

    ManifestDirectory.write(link.resolve("missing/out"), shop(), WriteOptions.defaults());
    ManifestDirectory.write(link, shop(), WriteOptions.defaults());

    assertThat(real.resolve("missing/out/shop/gateway-web.yaml")).isRegularFile();
    assertThat(real.resolve("shop/gateway-web.yaml")).isRegularFile();
  }

  @Test
  void aSymlinkedGeneratedFileStopsTheWrite() throws IOException {
    Path elsewhere = dir.resolve("elsewhere.yaml");
    Files.writeString(elsewhere, HEADER + "kind: Whatever\n");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("kustomization.yaml"), elsewhere);

    assertThatThrownBy(() -> ManifestDirectory.write(out, shop(), WriteOptions.defaults()))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessageContaining("kustomization.yaml: is a symbolic link on a generated path");
    assertThat(elsewhere).hasContent(HEADER + "kind: Whatever");
    assertThat(out.resolve("shop")).doesNotExist();
  }

  @Test
  void pruneLooksOnlyAtItsOwnPathsAndWhatItListedLastTime() throws IOException {
    // other sets in sub-folders, as the examples' command line writes them, and header files
    // of kinds and namespaces the set does not have
    ManifestDirectory.write(dir.resolve("a"), shop(), WriteOptions.defaults());
    ManifestDirectory.write(dir.resolve("b"), List.of(Namespace.named("b")),
        WriteOptions.defaults());
    write("shop/configmap-x.yaml", HEADER + "kind: ConfigMap\n");
    write("other/deployment-web.yaml", HEADER + "kind: Deployment\n");
    write("shop/deployment-old.yaml", HEADER + "kind: Deployment\n");
    Snapshot before = snapshot(dir);

    WriteReport report = ManifestDirectory.write(dir, shop(),
        WriteOptions.defaults().withPrune(true));

    assertThat(report.deleted()).extracting(WriteReport::slashed)
        .containsExactly("shop/deployment-old.yaml");
    Snapshot after = snapshot(dir);
    before.contents().forEach((path, content) -> {
      if (!path.equals("shop/deployment-old.yaml")) {
        assertThat(after.contents()).containsEntry(path, content);
      }
    });
  }

  /** A valid name of {@code length} characters: labels of up to 63 letters between dots. */
  private static String longName(int length) {
    StringBuilder name = new StringBuilder();
    while (name.length() < length) {
      if (name.length() % 64 == 63) {
        name.append('.');
      } else {
        name.append((char) ('a' + name.length() % 26));
      }
    }
    return name.toString();
  }

  @Test
  void namesUpTo253CharactersWrite() throws IOException {
    // "deployment-" + name + ".yaml": 255 bytes at 239 characters, the most a file name may have
    Deployment fits = WEB.withMetadata(WEB.metadata().withName(longName(239)));
    Deployment cut = WEB.withMetadata(WEB.metadata().withName(longName(240)));
    Deployment longest = WEB.withMetadata(WEB.metadata().withName(longName(253)));
    List<KubernetesResource> set = List.of(fits, cut, longest);

    ManifestDirectory.write(dir, set, WriteOptions.defaults().withPrune(true));

    assertThat(ManifestDirectory.pathOf(fits)).isEqualTo("shop/deployment-" + longName(239)
        + ".yaml");
    assertThat(ManifestDirectory.pathOf(cut)).hasSize("shop/".length() + 255)
        // 230 characters of the name, "-", 8 hex digits: 255 bytes in all
        .matches("shop/deployment-" + longName(230).replace(".", "\\.") + "-[0-9a-f]{8}\\.yaml");
    assertThat(ManifestDirectory.pathOf(longest)).hasSize("shop/".length() + 255)
        .isNotEqualTo(ManifestDirectory.pathOf(cut));
    for (KubernetesResource resource : set) {
      assertThat(read(ManifestDirectory.pathOf(resource)))
          .isEqualTo(HEADER + Manifests.toYaml(resource));
    }
    assertThat(ManifestDirectory.write(dir, set, WriteOptions.defaults().withPrune(true))
        .changed()).isFalse();
  }

  @Test
  void aSecondWriterFailsAtOnceWhileTheFirstHoldsTheLock() throws Exception {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.CountDownLatch finish = new java.util.concurrent.CountDownLatch(1);
    FileOps slow = new FileOps() {
      @Override
      public void writeNew(Path file, byte[] content) throws IOException {
        writing.countDown();
        try {
          finish.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        FileOps.super.writeNew(file, content);
      }
    };
    java.util.concurrent.ExecutorService first =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      java.util.concurrent.Future<WriteReport> firstWrite = first.submit(() ->
          ManifestDirectory.write(dir, List.of(SHOP, route("new", "/new")),
              WriteOptions.defaults().withPrune(true), slow));
      writing.await();

      assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults()))
          .isInstanceOf(ManifestWriteException.class)
          .hasMessageStartingWith(dir.toAbsolutePath().normalize() + ": another write holds the "
              + "lock " + dir.toAbsolutePath().normalize().resolve(".gatewaydsl.lock") + " (pid "
              + ProcessHandle.current().pid() + " since ")
          .hasMessageEndingWith("); nothing was written. Try again when it has finished, or "
              + "delete the lock file if no write is running");

      finish.countDown();
      assertThat(firstWrite.get().created()).extracting(WriteReport::slashed)
          .containsExactly("shop/httproute-new.yaml");
    } finally {
      finish.countDown();
      first.shutdown();
    }
    assertThat(dir.resolve(".gatewaydsl.lock")).doesNotExist();
    assertThat(ManifestDirectory.write(dir, shop(), WriteOptions.defaults()).changed()).isTrue();
  }

  @Test
  void theWriteAfterAKilledOneTakesOverItsLockAndLeavesNoTemporaryFile() throws Exception {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    write(".gatewaydsl.lock", "pid " + gone.pid() + " since 2026-01-01T00:00:00Z\n");
    write(".gatewaydsl-0123456789abcdef.tmp", "half a file");
    write("shop/.gatewaydsl-fedcba9876543210.tmp", "half a file");
    write("shop/.httproute-web.yaml.1f2e3d4c5b6a.tmp", "from an older version");
    write("shop/.notes.tmp", "not ours");

    ManifestDirectory.write(dir, with(shop(), route("new", "/new")), WriteOptions.defaults());

    assertThat(files()).filteredOn(path -> path.contains("/.") || path.startsWith("."))
        .containsExactly("shop/.notes.tmp");
  }

  @Test
  void aLiveLockIsNotTakenOver() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    write(".gatewaydsl.lock", "pid " + ProcessHandle.current().pid() + " since x\n");

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults()))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessageContaining("another write holds the lock");
    assertThat(read(".gatewaydsl.lock")).isEqualTo("pid " + ProcessHandle.current().pid()
        + " since x\n");
  }

  @Test
  void aReadOnlyGeneratedFileIsRefusedNotReplaced() throws IOException {
    ManifestDirectory.write(dir, shop(), WriteOptions.defaults());
    Path route = dir.resolve("shop/httproute-web.yaml");
    String old = read("shop/httproute-web.yaml");
    Files.setPosixFilePermissions(route, java.nio.file.attribute.PosixFilePermissions
        .fromString("r--r--r--"));

    assertThatThrownBy(() -> ManifestDirectory.write(dir,
        List.of(SHOP, WEB, WEB_SERVICE, GATEWAY, route("web", "/changed")),
        WriteOptions.defaults()))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessage(route.toAbsolutePath().normalize() + ": is read-only, so it is not replaced "
            + "or deleted; make it writable to let gatewaydsl change it. Nothing was written");
    assertThat(read("shop/httproute-web.yaml")).isEqualTo(old);
    assertThat(Files.getPosixFilePermissions(route)).containsExactlyInAnyOrderElementsOf(
        java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    assertThat(ManifestDirectory.write(dir, shop(), WriteOptions.defaults()).changed())
        .as("an unchanged read-only file is fine").isFalse();
  }

  @Test
  void aFileWhereANamespaceFolderGoesStopsTheWriteSayingSo() throws IOException {
    write("shop", "not a folder");

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults()))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessage(dir.toAbsolutePath().normalize().resolve("shop") + ": is not a folder, but "
            + "generated files go in it; nothing was written");
    assertThat(files()).containsExactly("shop");
  }

  @Test
  void aFailedOperationSaysWhy() throws IOException {
    FileOps denied = new FileOps() {
      @Override
      public void createDirectory(Path folder) throws IOException {
        throw new java.nio.file.AccessDeniedException(folder.toString());
      }
    };

    assertThatThrownBy(() -> ManifestDirectory.write(dir, shop(), WriteOptions.defaults(),
        denied))
        .isInstanceOf(ManifestWriteException.class)
        .hasMessage(dir.toAbsolutePath().normalize().resolve("shop") + ": cannot create the "
            + "folder: Permission denied; the changes made so far were undone");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }

  static final class FailingFileOps implements FileOps {
    private final int failAt;
    int calls;
    boolean failed;

    FailingFileOps(int failAt) {
      this.failAt = failAt;
    }

    private void step(String operation, Path path) throws IOException {
      if (calls++ == failAt) {
        failed = true;
        throw new IOException("simulated failure: " + operation + " " + path);
      }
    }

    @Override
    public void createDirectory(Path dir) throws IOException {
      step("createDirectory", dir);
      FileOps.super.createDirectory(dir);
    }

    @Override
    public void writeNew(Path file, byte[] content) throws IOException {
      step("writeNew", file);
      FileOps.super.writeNew(file, content);
    }

    @Override
    public void moveAtomically(Path source, Path target) throws IOException {
      step("moveAtomically", target);
      FileOps.super.moveAtomically(source, target);
    }

    @Override
    public void delete(Path path) throws IOException {
      step("delete", path);
      FileOps.super.delete(path);
    }

    @Override
    public void setLastModifiedTime(Path file, FileTime time) throws IOException {
      step("setLastModifiedTime", file);
      FileOps.super.setLastModifiedTime(file, time);
    }
  }

  /** Every file's content and modification time, and every folder, by relative path. */
  record Snapshot(Map<String, String> contents, Map<String, FileTime> times, List<String> dirs) {

    List<String> changedFrom(Snapshot before) {
      List<String> changed = new ArrayList<>();
      contents.forEach((path, content) -> {
        if (!content.equals(before.contents.get(path)) || !times.get(path)
            .equals(before.times.get(path))) {
          changed.add(path);
        }
      });
      before.contents.keySet().stream().filter(p -> !contents.containsKey(p)).forEach(changed::add);
      return changed;
    }
  }

  static Snapshot snapshot(Path root) throws IOException {
    Map<String, String> contents = new TreeMap<>();
    Map<String, FileTime> times = new TreeMap<>();
    List<String> dirs = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted().toList()) {
        String relative = WriteReport.slashed(root.relativize(path));
        if (Files.isDirectory(path)) {
          dirs.add(relative);
        } else {
          contents.put(relative, Files.readString(path));
          times.put(relative, Files.getLastModifiedTime(path));
        }
      }
    }
    return new Snapshot(contents, times, dirs);
  }

  private List<String> files() throws IOException {
    return new ArrayList<>(snapshot(dir).contents().keySet());
  }

  private String read(String relative) throws IOException {
    return Files.readString(dir.resolve(relative));
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private void ageEveryFile() throws IOException {
    ageEveryFile(dir);
  }

  /** Sets every file's modification time far back, so a rewrite shows whatever the clock. */
  static void ageEveryFile(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(path, LONG_AGO);
      }
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
