package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * What a Gateway needs on AKS with the Istio-based service mesh add-on.
 *
 * <p>{@code AksIstio.revision("asm-1-17").withHealthProbes().applyTo(gateway)} returns a copy of
 * the Gateway with:
 *
 * <ul>
 *   <li>the label {@code istio.io/rev: asm-1-17}, so the add-on's control plane of that revision
 *       owns the Gateway and injects the gateway pods it provisions;
 *   <li>with {@link #withHealthProbes()}: the Azure Load Balancer probe annotations that Istio
 *       copies onto the generated Service, pointing every listener port's probe at Envoy's
 *       readiness endpoint: {@code azure-load-balancer-health-probe-request-path: /healthz/ready},
 *       and for each listener port P {@code port_P_health-probe_protocol: http} and {@code
 *       port_P_health-probe_port: "15021"}.
 * </ul>
 *
 * <p>Applying it twice changes nothing. The revision label replaces another revision the Gateway
 * was labelled with; every annotation the Gateway already has is kept as the user set it, so a
 * hand-tuned probe is not overwritten. Instances are immutable; use one as a {@link
 * UnaryOperator}.
 */
public final class AksIstio implements UnaryOperator<Gateway> {

  /** The label that selects the Istio control-plane revision. */
  public static final String REVISION_LABEL = "istio.io/rev";

  /** Envoy's readiness endpoint on Istio gateways. */
  public static final String READINESS_PATH = "/healthz/ready";

  /** The status port of Istio gateway pods, which serves {@link #READINESS_PATH}. */
  public static final int STATUS_PORT = 15021;

  private static final Pattern REVISION = Pattern.compile("asm-(0|[1-9][0-9]*)-(0|[1-9][0-9]*)");

  private final String revision;
  private final boolean healthProbes;

  private AksIstio(String revision, boolean healthProbes) {
    this.revision = revision;
    this.healthProbes = healthProbes;
  }

  /**
   * The AKS Istio add-on revision {@code revision}, e.g. {@code asm-1-17}. Default: no health
   * probe annotations.
   *
   * @throws IllegalArgumentException if {@code revision} is not of the form {@code
   *     asm-<major>-<minor>}
   */
  public static AksIstio revision(String revision) {
    Objects.requireNonNull(revision, "revision");
    if (!REVISION.matcher(revision).matches()) {
      throw new IllegalArgumentException("Invalid AKS Istio revision \"" + revision
          + "\": must be asm-<major>-<minor>, e.g. \"asm-1-17\"");
    }
    return new AksIstio(revision, false);
  }

  /** The revision, e.g. {@code asm-1-17}. */
  public String revision() {
    return revision;
  }

  /** Whether the health probe annotations are added. */
  public boolean healthProbes() {
    return healthProbes;
  }

  /**
   * A copy that also adds the Azure Load Balancer health probe annotations, probing {@value
   * #READINESS_PATH} on port {@value #STATUS_PORT} over HTTP for every listener port.
   */
  public AksIstio withHealthProbes() {
    return new AksIstio(revision, true);
  }

  /** A copy of {@code gateway} with the revision label and, if asked for, the probe annotations. */
  public Gateway applyTo(Gateway gateway) {
    ObjectMeta metadata = gateway.metadata();
    Map<String, String> labels = new LinkedHashMap<>(metadata.labels());
    labels.put(REVISION_LABEL, revision);
    Map<String, String> annotations = new LinkedHashMap<>();
    if (healthProbes) {
      annotations.put(AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH, READINESS_PATH);
      for (int port : new TreeSet<>(gateway.spec().listeners().stream()
          .map(Listener::port).toList())) {
        annotations.put(AzureLoadBalancerAnnotations.healthProbeProtocol(port), "http");
        annotations.put(AzureLoadBalancerAnnotations.healthProbePort(port),
            String.valueOf(STATUS_PORT));
      }
    }
    annotations.putAll(metadata.annotations());
    return gateway.withMetadata(metadata.withLabels(labels).withAnnotations(annotations));
  }

  /** Same as {@link #applyTo(Gateway)}. */
  @Override
  public Gateway apply(Gateway gateway) {
    return applyTo(gateway);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AksIstio that
        && revision.equals(that.revision) && healthProbes == that.healthProbes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(revision, healthProbes);
  }

  @Override
  public String toString() {
    return "AksIstio{revision=" + revision + ", healthProbes=" + healthProbes + "}";
  }
}
