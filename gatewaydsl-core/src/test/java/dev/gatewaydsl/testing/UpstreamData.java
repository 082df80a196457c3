package dev.gatewaydsl.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the tests find the upstream data the project carries ({@code upstream/} at the project
 * root: the Gateway API CRDs, examples and conformance manifests, Istio's samples and the AKS
 * store demo, copied unchanged with their origin and license).
 */
public final class UpstreamData {
  private UpstreamData() {}

  /**
   * {@code upstream/gateway-api} of this checkout: the folder the system property {@code
   * gatewaydsl.upstream.dir} names (the build sets it), else the first {@code upstream} folder
   * found from the working directory upwards.
   */
  public static Path gatewayApi() {
    return root().resolve("gateway-api");
  }

  /** The CRDs of one release and channel, e.g. {@code crds("v1.6.1", "experimental")}. */
  public static Path crds(String release, String channel) {
    return gatewayApi().resolve(release).resolve(channel);
  }

  /**
   * The JSON field order of the Go types of Kubernetes ({@code k8s.io/api}), which the workload
   * model follows.
   */
  public static Path kubernetesFieldOrder() {
    return root().resolve("kubernetes/api-v0.36.0-field-order.txt");
  }

  /** {@code upstream/istio} of this checkout: Istio's samples, by release. */
  public static Path istio() {
    return root().resolve("istio");
  }

  /** {@code upstream/aks-store-demo} of this checkout: the AKS store demo's manifests, by tag. */
  public static Path aksStoreDemo() {
    return root().resolve("aks-store-demo");
  }

  private static Path root() {
    String configured = System.getProperty("gatewaydsl.upstream.dir");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("upstream/gateway-api"))) {
        return dir.resolve("upstream");
      }
    }
    throw new IllegalStateException("no upstream/gateway-api folder above "
        + Path.of("").toAbsolutePath() + "; set -Dgatewaydsl.upstream.dir");
  }
}
