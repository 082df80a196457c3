package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A revision of the AKS Istio-based service mesh add-on ({@code asm-1-17} ... {@code asm-1-30})
 * and what it implies for the Gateway API resources written for it: the Istio release, the Gateway
 * API the cluster serves (and so the {@link GatewayApiTarget}), the kinds and {@code apiVersion}s it
 * supports, the names Istio gives the resources it generates, where the load balancer annotations
 * must go ({@link Placement}) and the end of life AKS published.
 *
 * <p>{@code AksMeshRevision.of("asm-1-31")} (a revision newer than this library knows) is accepted
 * with a {@link #warning()} and behaves as the newest known revision; an older or malformed name is
 * refused.
 *
 * <p>Sources: release and end-of-life months from the AKS support policy table
 * (MicrosoftDocs/azure-aks-docs {@code articles/aks/istio-support-policy.md}; {@code asm-1-29} and
 * {@code asm-1-30} from upstream Istio's table, istio/istio.io {@code
 * data/compatibility/supportStatus.yml}, which AKS says it follows); managed Gateway API CRDs
 * from {@code asm-1-26}, bundles v1.2.1/v1.3.0, standard channel only ({@code
 * articles/aks/managed-gateway-api.md}); {@code spec.infrastructure.annotations} for load balancer
 * settings and the {@code istio.io/rev} label deciding the owning control plane ({@code
 * articles/aks/istio-gateway-api.md}); TLSRoute from {@code asm-1-30} (same page, current
 * version); the Gateway API each Istio release documents (istio.io/v1.17, v1.18, v1.19 task
 * "Kubernetes Gateway API"); Istio 1.21's {@code spec.infrastructure} handling (istio/istio
 * {@code pilot/pkg/config/kube/gateway/deploymentcontroller.go}, {@code
 * extractInfrastructureMetadata}); the 8-entry cap of the CRDs AKS manages (kubernetes-sigs/
 * gateway-api PR #4707 raised it to 16 in 2026); ReferenceGrant {@code v1} only from Gateway API
 * v1.5 (kubernetes-sigs/gateway-api PR #4458).
 */
public final class AksMeshRevision implements Comparable<AksMeshRevision> {

  /** The first revision the add-on shipped. */
  public static final String FIRST = "asm-1-17";
  /** The newest revision this library knows. */
  public static final String NEWEST_KNOWN = "asm-1-30";

  /** The Istio minor from which the add-on's Gateway API support uses AKS' managed CRDs. */
  static final int FIRST_MANAGED_MINOR = 26;
  /** The Istio minor from which Istio copies {@code spec.infrastructure} labels/annotations. */
  static final int FIRST_INFRASTRUCTURE_MINOR = 21;
  /** The Istio minor from which the gateway Deployment is rendered in full, not injected. */
  static final int FIRST_RENDERED_MINOR = 18;
  /** The Istio minor from which Istio serves GRPCRoute (Gateway API v1.1). */
  static final int FIRST_GRPCROUTE_MINOR = 22;
  /** The add-on revision from which AKS supports TLSRoute. */
  static final int FIRST_TLSROUTE_MINOR = 30;
  /** Entries allowed in each of {@code spec.infrastructure.labels} and {@code .annotations}. */
  static final int MANAGED_INFRASTRUCTURE_MAX = 8;

  private static final Pattern NAME = Pattern.compile("asm-(0|[1-9][0-9]*)-(0|[1-9][0-9]*)");

  /** Where the settings for the generated resources go. */
  public enum Placement {
    /**
     * The Gateway's own {@code metadata.labels} and {@code metadata.annotations}: Istio copies
     * them onto the generated Deployment and Service.
     */
    METADATA,
    /**
     * {@code spec.infrastructure.labels} and {@code spec.infrastructure.annotations}: from Istio
     * 1.21, when set, Istio copies these instead of the Gateway's own metadata.
     */
    INFRASTRUCTURE
  }

  /** What AKS published about a revision's life: release months and end of life. */
  record Lifecycle(YearMonth upstreamRelease, Optional<YearMonth> aksRelease,
      YearMonth endOfLife, boolean endOfLifeExpected, String endOfLifeSource) {}

  private static final String AKS_TABLE = "AKS support policy table";
  private static final String ISTIO_TABLE = "upstream Istio support table (AKS follows upstream)";

  private static final Map<Integer, Lifecycle> KNOWN = new TreeMap<>(Map.ofEntries(
      known(17, "2023-02", "2023-04", "2024-01", false, AKS_TABLE),
      known(18, "2023-06", "2023-11", "2024-02", false, AKS_TABLE),
      known(19, "2023-09", "2024-01", "2024-06", false, AKS_TABLE),
      known(20, "2023-11", "2024-02", "2024-09", false, AKS_TABLE),
      known(21, "2024-03", "2024-04", "2024-10", false, AKS_TABLE),
      known(22, "2024-05", "2024-07", "2025-03", false, AKS_TABLE),
      known(23, "2024-08", "2024-09", "2025-06", false, AKS_TABLE),
      known(24, "2024-11", "2025-02", "2025-09", false, AKS_TABLE),
      known(25, "2025-03", "2025-05", "2026-01", false, AKS_TABLE),
      known(26, "2025-05", "2025-07", "2026-02", true, AKS_TABLE),
      known(27, "2025-08", "2025-09", "2026-05", true, AKS_TABLE),
      known(28, "2025-11", "2026-01", "2026-08", true, AKS_TABLE),
      known(29, "2026-02", null, "2026-08", true, ISTIO_TABLE),
      known(30, "2026-05", null, "2026-11", true, ISTIO_TABLE)));

  private static Map.Entry<Integer, Lifecycle> known(int minor, String upstream, String aks,
      String eol, boolean expected, String source) {
    return Map.entry(minor, new Lifecycle(YearMonth.parse(upstream),
        Optional.ofNullable(aks).map(YearMonth::parse), YearMonth.parse(eol), expected, source));
  }

  private final String name;
  private final int major;
  private final int minor;

  private AksMeshRevision(String name, int major, int minor) {
    this.name = name;
    this.major = major;
    this.minor = minor;
  }

  /**
   * The revision named {@code name}, e.g. {@code asm-1-17}.
   *
   * @throws IllegalArgumentException if the name is not {@code asm-<major>-<minor>}, or names a
   *     revision older than {@value #FIRST}, the add-on's first
   */
  public static AksMeshRevision of(String name) {
    Objects.requireNonNull(name, "name");
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid AKS Istio revision \"" + name
          + "\": must be asm-<major>-<minor>, e.g. \"asm-1-17\"");
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major < 1 || major == 1 && minor < 17) {
      throw new IllegalArgumentException("Unknown AKS Istio revision \"" + name
          + "\": the add-on's first revision is " + FIRST + "; known revisions are " + FIRST
          + " to " + NEWEST_KNOWN);
    }
    return new AksMeshRevision(name, major, minor);
  }

  /** Every revision this library knows, oldest first. */
  public static List<AksMeshRevision> known() {
    return KNOWN.keySet().stream().map(m -> of("asm-1-" + m)).toList();
  }

  /** The revision name, e.g. {@code asm-1-17}; also the value of the {@code istio.io/rev} label. */
  public String name() {
    return name;
  }

  /** Whether this library has the facts of this revision (not a newer one it assumes). */
  public boolean isKnown() {
    return major == 1 && KNOWN.containsKey(minor);
  }

  /**
   * For a revision newer than {@value #NEWEST_KNOWN}: a sentence saying it is treated like {@value
   * #NEWEST_KNOWN}; empty for a known revision.
   */
  public Optional<String> warning() {
    return isKnown() ? Optional.empty() : Optional.of("AKS Istio revision \"" + name
        + "\" is newer than the newest revision this library knows (" + NEWEST_KNOWN
        + "); it is treated like " + NEWEST_KNOWN + ", check its release notes");
  }

  /** The Istio release, e.g. {@code 1.17}. */
  public String istioVersion() {
    return major + "." + minor;
  }

  /** The Istio minor the facts are taken from: this one, or the newest known for a newer one. */
  int factsMinor() {
    return isKnown() ? minor : 30;
  }

  /** E.g. {@code AKS revision asm-1-17 (Istio 1.17)}. */
  public String describe() {
    return "AKS revision " + name + " (Istio " + istioVersion() + ")";
  }

  /** The month upstream Istio released this minor. Empty for an unknown revision. */
  public Optional<YearMonth> upstreamRelease() {
    return lifecycle().map(Lifecycle::upstreamRelease);
  }

  /** The month AKS released the revision, where the AKS table lists it. */
  public Optional<YearMonth> aksRelease() {
    return lifecycle().flatMap(Lifecycle::aksRelease);
  }

  /** The published end of life (month). Empty for an unknown revision. */
  public Optional<YearMonth> endOfLife() {
    return lifecycle().map(Lifecycle::endOfLife);
  }

  /** Whether {@link #endOfLife()} is an expected date (published with "~ ... (expected)"). */
  public boolean endOfLifeExpected() {
    return lifecycle().map(Lifecycle::endOfLifeExpected).orElse(true);
  }

  /** Whether the revision has passed its end of life in {@code month}. */
  public boolean isEndOfLife(YearMonth month) {
    return endOfLife().map(eol -> month.isAfter(eol)).orElse(false);
  }

  private Optional<Lifecycle> lifecycle() {
    return isKnown() ? Optional.of(KNOWN.get(minor)) : Optional.empty();
  }

  /**
   * Whether AKS supports Gateway API on this revision with its managed, standard-channel CRDs
   * ({@code --enable-gateway-api}): from {@code asm-1-26}.
   */
  public boolean managedGatewayApi() {
    return factsMinor() >= FIRST_MANAGED_MINOR;
  }

  /**
   * The Gateway API the cluster serves, in words: the AKS managed standard-channel bundle from
   * {@code asm-1-26} (v1.2.1 on Kubernetes 1.26 to 1.33, v1.3.0 from 1.34), else the CRDs the
   * user installed, which Istio's documentation of that release installs at the version named.
   */
  public String gatewayApi() {
    return switch (factsMinor()) {
      case 17 -> "v0.6.1 (self-installed; Istio 1.17 documents v0.6.1)";
      case 18 -> "v0.6.2 (self-installed; Istio 1.18 documents v0.6.2)";
      case 19 -> "v0.8.0 (self-installed; Istio 1.19 documents v0.8.0)";
      case 20, 21, 22, 23, 24, 25 -> "self-installed (AKS does not manage or support it)";
      default -> "v1.2.1 or v1.3.0 standard channel (AKS managed, by Kubernetes version)";
    };
  }

  /**
   * The target Gateway API resources for this revision are written for: {@link
   * GatewayApiTarget#V0_6_STANDARD} up to {@code asm-1-25} (Gateway API v0.6.x, and the subset of
   * later releases that every self-installed CRD version serves), {@link
   * GatewayApiTarget#V1_6_STANDARD} from {@code asm-1-26}, narrowed by {@link
   * #servedVersions(String)} and {@link #supportsKind(String)} to what the managed v1.2.1/v1.3.0
   * CRDs serve.
   */
  public GatewayApiTarget target() {
    return managedGatewayApi() ? GatewayApiTarget.V1_6_STANDARD : GatewayApiTarget.V0_6_STANDARD;
  }

  /** Whether {@link #target()} describes the cluster's Gateway API release exactly. */
  public boolean targetIsExact() {
    return factsMinor() == 17;
  }

  /**
   * The Gateway API kinds this revision supports: those Istio implements at this release that the
   * cluster's CRDs serve. Up to {@code asm-1-25}: Gateway, GatewayClass, HTTPRoute and
   * ReferenceGrant (the v0.6.1 standard channel; Istio also implements TCPRoute and TLSRoute, but
   * only with experimental CRDs, and GRPCRoute from 1.22). From {@code asm-1-26}: the managed
   * CRDs GatewayClass, Gateway, HTTPRoute, GRPCRoute and ReferenceGrant, and TLSRoute from
   * {@code asm-1-30}.
   */
  public Set<String> kinds() {
    if (!managedGatewayApi()) {
      return Set.of("Gateway", "GatewayClass", "HTTPRoute", "ReferenceGrant");
    }
    return factsMinor() >= FIRST_TLSROUTE_MINOR
        ? Set.of("Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute", "ReferenceGrant", "TLSRoute")
        : Set.of("Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute", "ReferenceGrant");
  }

  /** Whether {@code kind} (of group {@code gateway.networking.k8s.io}) is in {@link #kinds()}. */
  public boolean supportsKind(String kind) {
    return kinds().contains(kind);
  }

  /**
   * Why {@code kind} is not supported, as a sentence naming the revision; empty if it is.
   */
  Optional<String> whyNot(String kind) {
    if (supportsKind(kind)) {
      return Optional.empty();
    }
    String because;
    if (kind.equals("GRPCRoute") && factsMinor() < FIRST_GRPCROUTE_MINOR) {
      because = "Istio serves GRPCRoute from 1.22 (asm-1-22), and AKS supports it with the "
          + "managed Gateway API CRDs from asm-1-26";
    } else if (kind.equals("TLSRoute") && managedGatewayApi()) {
      because = "AKS supports TLSRoute from asm-1-30";
    } else if (managedGatewayApi()) {
      because = "the AKS managed Gateway API CRDs serve " + String.join(", ", sorted(kinds()));
    } else {
      because = "the revision is written for " + target().describe() + ", which serves "
          + String.join(", ", sorted(kinds()));
    }
    return Optional.of(kind + " is not supported by " + describe() + ": " + because);
  }

  /**
   * The versions of {@code kind} the cluster serves for this revision, newest first: those of
   * {@link #target()}, except that the managed CRDs (Gateway API v1.2.1/v1.3.0) serve
   * ReferenceGrant only as {@code v1beta1} ({@code v1} came with Gateway API v1.5.0).
   */
  public List<String> servedVersions(String kind) {
    if (!supportsKind(kind)) {
      return List.of();
    }
    if (managedGatewayApi() && kind.equals("ReferenceGrant")) {
      return List.of("v1beta1");
    }
    return target().servedVersions(kind);
  }

  /** {@code gateway.networking.k8s.io/<version>} for each of {@link #servedVersions(String)}. */
  public List<String> servedApiVersions(String kind) {
    return servedVersions(kind).stream().map(v -> GatewayApi.GROUP + "/" + v).toList();
  }

  /** Where load balancer annotations and labels for the generated resources go. */
  public Placement placement() {
    return managedGatewayApi() ? Placement.INFRASTRUCTURE : Placement.METADATA;
  }

  /** Whether Istio at this revision reads {@code spec.infrastructure} (Istio 1.21 and later). */
  public boolean readsInfrastructure() {
    return factsMinor() >= FIRST_INFRASTRUCTURE_MINOR;
  }

  /**
   * The most entries each of {@code spec.infrastructure.labels} and {@code .annotations} may have
   * on this revision's cluster: 8 in the Gateway API releases AKS manages (the CRDs raised it to
   * 16 only in a later release); 0 where Istio does not read the field.
   */
  public int maxInfrastructureEntries() {
    return readsInfrastructure() ? MANAGED_INFRASTRUCTURE_MAX : 0;
  }

  /**
   * The name of the Deployment, Service and ServiceAccount Istio generates for a Gateway named
   * {@code gatewayName} of class {@code gatewayClassName}: {@code <gateway>-<class>}, e.g. {@code
   * echoserver-istio} (the naming scheme of Istio 1.17 and later).
   */
  public String generatedName(String gatewayName, String gatewayClassName) {
    return gatewayName + "-" + gatewayClassName;
  }

  /** Whether Istio renders the whole gateway Deployment (1.18+), rather than leaving it to injection. */
  boolean rendersDeployment() {
    return factsMinor() >= FIRST_RENDERED_MINOR;
  }

  private static List<String> sorted(Set<String> set) {
    return set.stream().sorted().toList();
  }

  /** By Istio version. */
  @Override
  public int compareTo(AksMeshRevision other) {
    return major != other.major ? Integer.compare(major, other.major)
        : Integer.compare(minor, other.minor);
  }

  /** The number of minor releases from this revision to {@code newer}. */
  int minorsTo(AksMeshRevision newer) {
    return major == newer.major ? newer.minor - minor : Integer.MAX_VALUE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AksMeshRevision that && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name, e.g. {@code asm-1-17}. */
  @Override
  public String toString() {
    return name;
  }
}
