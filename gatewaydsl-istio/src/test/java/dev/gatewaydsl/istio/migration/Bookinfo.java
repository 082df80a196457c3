package dev.gatewaydsl.istio.migration;

import dev.gatewaydsl.istio.IstioManifests;
import dev.gatewaydsl.istio.IstioSet;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.testing.UpstreamData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Istio's bookinfo sample as the project carries it: {@code upstream/istio/1.30.3}. */
final class Bookinfo {
  /** The Istio release the sample files are copied from. */
  static final String TAG = "1.30.3";

  private Bookinfo() {}

  /** {@code samples/bookinfo/<path>} of the copy. */
  static Path file(String path) {
    return UpstreamData.gatewayApi().resolveSibling("istio").resolve(TAG)
        .resolve("samples/bookinfo").resolve(path);
  }

  /**
   * The classic files named (under {@code networking/}), with the Services of {@code
   * platform/kube/bookinfo.yaml}; its other documents (ServiceAccounts, Deployments with fields
   * the library does not model) are left out.
   */
  static IstioSet classic(String... networkingFiles) {
    IstioSet set = IstioManifests.fromYaml(services(), GatewayApiTarget.V1_6_STANDARD);
    for (String name : networkingFiles) {
      set = set.and(IstioManifests.fromYaml(file("networking/" + name),
          GatewayApiTarget.V1_6_STANDARD));
    }
    return set;
  }

  /** The Service documents of {@code platform/kube/bookinfo.yaml}. */
  static String services() {
    try {
      return Stream.of(Files.readString(file("platform/kube/bookinfo.yaml")).split("\n---\n"))
          .filter(document -> document.contains("\nkind: Service\n"))
          .collect(Collectors.joining("\n---\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
