package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
 * <p>Sources: release and end-of-life months and supported Kubernetes versions from the AKS
 * support policy table ({@link #SOURCE}, read {@link #READ_ON}); managed Gateway API CRDs from
 * {@code asm-1-26}, one standard-channel bundle per Kubernetes version ({@link
 * #managedBundle(int)}, {@code articles/aks/managed-gateway-api.md}); {@code
 * spec.infrastructure.annotations} for load balancer settings, the add-on's own health probe
 * annotations and the {@code istio.io/rev} label deciding the owning control plane ({@code
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
  private static final Pattern KUBERNETES =
      Pattern.compile("v?1\\.(0|[1-9][0-9]{0,2})(?:\\.(0|[1-9][0-9]*))?");

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

  /**
   * One row of the revision table: what AKS published for a revision. Kubernetes versions are
   * minor versions of 1.x (standard tier), from {@code kubernetesMin} to {@code kubernetesMax}.
   */
  record Facts(int minor, YearMonth upstreamRelease, YearMonth aksRelease, YearMonth endOfLife,
      boolean endOfLifeExpected, int kubernetesMin, int kubernetesMax) {}

  /**
   * Where {@link #TABLE} comes from: AKS's support policy page, release calendar table
   * (MicrosoftDocs/azure-aks-docs {@code articles/aks/istio-support-policy.md}, page date
   * 2026-05-15, last changed in commit 103b196 of 2026-06-24; the newest stored copy).
   */
  public static final String SOURCE = "AKS support policy for the Istio-based service mesh add-on, "
      + "release calendar (MicrosoftDocs/azure-aks-docs articles/aks/istio-support-policy.md, "
      + "page date 2026-05-15, commit 103b196 of 2026-06-24)";
  /** The day {@link #SOURCE} was read for this table. */
  public static final LocalDate READ_ON = LocalDate.of(2026, 12, 2);

  /** The revision table, oldest first; see {@link #SOURCE}. */
  static final List<Facts> TABLE = List.of(
      facts(17, "2023-02", "2023-04", "2024-01", false, 23, 28),
      facts(18, "2023-06", "2023-11", "2024-02", false, 24, 28),
      facts(19, "2023-09", "2024-01", "2024-06", false, 25, 28),
      facts(20, "2023-11", "2024-02", "2024-09", false, 25, 29),
      facts(21, "2024-03", "2024-04", "2024-10", false, 26, 30),
      facts(22, "2024-05", "2024-07", "2025-03", false, 27, 30),
      facts(23, "2024-08", "2024-09", "2025-06", false, 27, 32),
      facts(24, "2024-11", "2025-02", "2025-09", false, 28, 33),
      facts(25, "2025-03", "2025-05", "2026-01", false, 29, 33),
      facts(26, "2025-05", "2025-07", "2026-04", false, 29, 34),
      facts(27, "2025-08", "2025-09", "2026-05", false, 29, 35),
      facts(28, "2025-11", "2026-01", "2026-08", true, 30, 35),
      facts(29, "2026-02", "2026-04", "2026-09", true, 31, 36),
      facts(30, "2026-05", "2026-07", "2026-12", true, 32, 36));

  /**
   * The Gateway API bundle AKS's managed installation puts on a cluster, by Kubernetes minor
   * (standard channel): v1.2.1 for 1.26 to 1.33, v1.3.0 for 1.34, v1.4.1 for 1.35, v1.5.1 from
   * 1.36 (MicrosoftDocs/azure-aks-docs {@code articles/aks/managed-gateway-api.md}, "Supported
   * Kubernetes versions for Gateway API bundle versions", commit 9c4bd64 of 2026-05-28).
   */
  public static GatewayApiTarget managedBundle(int kubernetesMinor) {
    if (kubernetesMinor < 26) {
      throw new IllegalArgumentException("Kubernetes 1." + kubernetesMinor + ": AKS's managed "
          + "Gateway API installation starts at Kubernetes 1.26");
    }
    return kubernetesMinor <= 33 ? GatewayApiTarget.V1_2_STANDARD
        : kubernetesMinor == 34 ? GatewayApiTarget.V1_3_STANDARD
        : kubernetesMinor == 35 ? GatewayApiTarget.V1_4_STANDARD
        : GatewayApiTarget.V1_5_STANDARD;
  }

  private static final Map<Integer, Facts> KNOWN = new TreeMap<>();

  static {
    TABLE.forEach(f -> KNOWN.put(f.minor(), f));
  }

  private static Facts facts(int minor, String upstream, String aks, String eol,
      boolean expected, int kubernetesMin, int kubernetesMax) {
    return new Facts(minor, YearMonth.parse(upstream), YearMonth.parse(aks), YearMonth.parse(eol),
        expected, kubernetesMin, kubernetesMax);
  }

  private final String name;
  private final int major;
  private final int minor;
  private final OptionalInt kubernetesMinor;

  private AksMeshRevision(String name, int major, int minor, OptionalInt kubernetesMinor) {
    this.name = name;
    this.major = major;
    this.minor = minor;
    this.kubernetesMinor = kubernetesMinor;
  }

  /**
   * The revision named {@code name}, e.g. {@code asm-1-17}, on a cluster of any Kubernetes
   * version it supports (see {@link #onKubernetes(String)}).
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
    return new AksMeshRevision(name, major, minor, OptionalInt.empty());
  }

  /** Every revision this library knows, oldest first. */
  public static List<AksMeshRevision> known() {
    return KNOWN.keySet().stream().map(m -> of("asm-1-" + m)).toList();
  }

  /**
   * This revision on a cluster running Kubernetes {@code version} ({@code 1.35}, {@code v1.35.2}
   * or {@code 1.35.0}): from {@code asm-1-26} this picks the Gateway API bundle AKS installs
   * ({@link #managedBundle(int)}), so {@link #target()} is exact.
   *
   * @throws IllegalArgumentException if {@code version} is malformed or not a Kubernetes version
   *     AKS supports this revision on
   */
  public AksMeshRevision onKubernetes(String version) {
    Objects.requireNonNull(version, "version");
    Matcher m = KUBERNETES.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("Invalid Kubernetes version \"" + version
          + "\": must be 1.<minor>, optionally with a patch and a leading v, e.g. \"1.35\"");
    }
    int k8s = Integer.parseInt(m.group(1));
    Facts facts = facts();
    if (k8s < facts.kubernetesMin() || isKnown() && k8s > facts.kubernetesMax()) {
      throw new IllegalArgumentException("Kubernetes 1." + k8s + " is not supported by "
          + describe() + ": AKS supports it on Kubernetes " + kubernetesRange() + " (" + SOURCE
          + ")");
    }
    return new AksMeshRevision(name, major, minor, OptionalInt.of(k8s));
  }

  /** The cluster's Kubernetes minor, if given with {@link #onKubernetes(String)}. */
  public OptionalInt kubernetesMinor() {
    return kubernetesMinor;
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

  private Facts facts() {
    return KNOWN.get(factsMinor());
  }

  /** E.g. {@code AKS revision asm-1-17 (Istio 1.17)}, with {@code on Kubernetes 1.35} if given. */
  public String describe() {
    return "AKS revision " + name + " (Istio " + istioVersion() + ")"
        + (kubernetesMinor.isPresent() ? " on Kubernetes 1." + kubernetesMinor.getAsInt() : "");
  }

  /** The Kubernetes minors (1.x) AKS supports this revision on, oldest first. */
  public List<String> kubernetesVersions() {
    Facts facts = facts();
    return IntStream.rangeClosed(facts.kubernetesMin(), facts.kubernetesMax())
        .mapToObj(k -> "1." + k).toList();
  }

  private String kubernetesRange() {
    List<String> versions = kubernetesVersions();
    return versions.get(0) + " to " + versions.get(versions.size() - 1);
  }

  /**
   * The Gateway API bundle AKS manages on each Kubernetes version this revision supports (from
   * {@code asm-1-26}); empty before, where users installed their own CRDs.
   */
  public SortedMap<String, GatewayApiTarget> gatewayApiBundles() {
    SortedMap<String, GatewayApiTarget> bundles = new TreeMap<>(
        java.util.Comparator.comparingInt(v -> Integer.parseInt(v.substring(2))));
    if (managedGatewayApi()) {
      Facts facts = facts();
      for (int k = facts.kubernetesMin(); k <= facts.kubernetesMax(); k++) {
        bundles.put("1." + k, managedBundle(k));
      }
    }
    return bundles;
  }

  /** The month upstream Istio released this minor. Empty for an unknown revision. */
  public Optional<YearMonth> upstreamRelease() {
    return lifecycle().map(Facts::upstreamRelease);
  }

  /** The month AKS released the revision. Empty for an unknown revision. */
  public Optional<YearMonth> aksRelease() {
    return lifecycle().map(Facts::aksRelease);
  }

  /** The published end of life (month). Empty for an unknown revision. */
  public Optional<YearMonth> endOfLife() {
    return lifecycle().map(Facts::endOfLife);
  }

  /** Whether {@link #endOfLife()} is an expected date (published with "~ ... (expected)"). */
  public boolean endOfLifeExpected() {
    return lifecycle().map(Facts::endOfLifeExpected).orElse(true);
  }

  /**
   * Whether the revision has passed its end of life on {@code date}: AKS publishes months, so a
   * revision is at end of life from the first day after its end-of-life month. False for an
   * unknown (newer) revision.
   */
  public boolean isEndOfLife(LocalDate date) {
    return isEndOfLife(YearMonth.from(date));
  }

  /** Whether the revision has passed its end of life in {@code month}. */
  public boolean isEndOfLife(YearMonth month) {
    return endOfLife().map(eol -> month.isAfter(eol)).orElse(false);
  }

  private Optional<Facts> lifecycle() {
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
   * Whether the add-on itself sets the Azure Load Balancer health probe annotations of the
   * gateway Service (through its AKS-managed {@code istio-gateway-class-defaults} ConfigMap, for
   * the default {@code externalTrafficPolicy: Cluster}): from {@code asm-1-26}, with the managed
   * Gateway API (MicrosoftDocs/azure-aks-docs {@code articles/aks/istio-gateway-api.md},
   * "ConfigMap customizations").
   */
  public boolean setsHealthProbes() {
    return managedGatewayApi();
  }

  /**
   * The Gateway API the cluster serves, in words: the AKS managed standard-channel bundle from
   * {@code asm-1-26} (by Kubernetes version, {@link #managedBundle(int)}), else the CRDs the user
   * installed, which Istio's documentation of that release installs at the version named.
   */
  public String gatewayApi() {
    return switch (factsMinor()) {
      case 17 -> "v0.6.1 (self-installed; Istio 1.17 documents v0.6.1)";
      case 18 -> "v0.6.2 (self-installed; Istio 1.18 documents v0.6.2)";
      case 19 -> "v0.8.0 (self-installed; Istio 1.19 documents v0.8.0)";
      case 20, 21, 22, 23, 24, 25 -> "self-installed (AKS does not manage or support it)";
      default -> kubernetesMinor.isPresent()
          ? target().release() + " standard channel (AKS managed, Kubernetes 1."
              + kubernetesMinor.getAsInt() + ")"
          : gatewayApiBundles().values().stream().distinct().map(GatewayApiTarget::release)
              .collect(Collectors.joining(", ")) + " standard channel (AKS managed, by "
              + "Kubernetes version)";
    };
  }

  /**
   * The target Gateway API resources for this revision are written for: {@link
   * GatewayApiTarget#V0_6_STANDARD} up to {@code asm-1-25} (Gateway API v0.6.x, and the subset of
   * later releases that every self-installed CRD version serves); from {@code asm-1-26} the
   * standard-channel bundle AKS installs on the cluster's Kubernetes version, or, without a
   * Kubernetes version, the oldest bundle the revision can meet (the standard channel only adds,
   * so that is what every one of them serves).
   */
  public GatewayApiTarget target() {
    if (!managedGatewayApi()) {
      return GatewayApiTarget.V0_6_STANDARD;
    }
    if (kubernetesMinor.isPresent()) {
      return managedBundle(kubernetesMinor.getAsInt());
    }
    return gatewayApiBundles().values().iterator().next();
  }

  /** Whether {@link #target()} describes the cluster's Gateway API release exactly. */
  public boolean targetIsExact() {
    return factsMinor() == 17 || managedGatewayApi()
        && (kubernetesMinor.isPresent() || gatewayApiBundles().values().stream().distinct()
            .count() == 1);
  }

  /**
   * The Gateway API kinds this revision supports: those Istio implements at this release that the
   * cluster's CRDs serve. Up to {@code asm-1-25}: Gateway, GatewayClass, HTTPRoute and
   * ReferenceGrant (the v0.6.1 standard channel; Istio also implements TCPRoute and TLSRoute, but
   * only with experimental CRDs, and GRPCRoute from 1.22). From {@code asm-1-26}: of the kinds
   * AKS supports (GatewayClass, Gateway, HTTPRoute, GRPCRoute, ReferenceGrant, and TLSRoute from
   * {@code asm-1-30}), those the bundle of {@link #target()} serves (TLSRoute: v1.5.1).
   */
  public Set<String> kinds() {
    if (!managedGatewayApi()) {
      return Set.of("Gateway", "GatewayClass", "HTTPRoute", "ReferenceGrant");
    }
    Set<String> aks = factsMinor() >= FIRST_TLSROUTE_MINOR
        ? Set.of("Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute", "ReferenceGrant", "TLSRoute")
        : Set.of("Gateway", "GatewayClass", "HTTPRoute", "GRPCRoute", "ReferenceGrant");
    GatewayApiTarget target = target();
    return aks.stream().filter(k -> !target.servedVersions(k).isEmpty())
        .collect(Collectors.toUnmodifiableSet());
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
    } else if (kind.equals("TLSRoute") && managedGatewayApi()
        && factsMinor() < FIRST_TLSROUTE_MINOR) {
      because = "AKS supports TLSRoute from asm-1-30";
    } else if (kind.equals("TLSRoute") && managedGatewayApi()) {
      because = "the standard channel serves TLSRoute from Gateway API v1.5.1, which AKS installs "
          + "on Kubernetes 1.36 and later; the cluster's bundle is " + target().describe()
          + (kubernetesMinor.isPresent() ? "" : " (no Kubernetes version given: the bundle "
              + "every supported Kubernetes version has)");
    } else if (managedGatewayApi()) {
      because = "the AKS managed Gateway API CRDs (" + target().describe() + ") serve "
          + String.join(", ", sorted(kinds()));
    } else {
      because = "the revision is written for " + target().describe() + ", which serves "
          + String.join(", ", sorted(kinds()));
    }
    return Optional.of(kind + " is not supported by " + describe() + ": " + because);
  }

  /**
   * The versions of {@code kind} the cluster serves for this revision, newest first: those of
   * {@link #target()} (so ReferenceGrant is {@code v1beta1} only below Gateway API v1.5.1).
   */
  public List<String> servedVersions(String kind) {
    if (!supportsKind(kind)) {
      return List.of();
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

  /** The Istio minor of this revision (the newest known one's for a newer revision). */
  int istioMinor() {
    return factsMinor();
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
    return other instanceof AksMeshRevision that && name.equals(that.name)
        && kubernetesMinor.equals(that.kubernetesMinor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kubernetesMinor);
  }

  /** The name, e.g. {@code asm-1-17}. */
  @Override
  public String toString() {
    return name;
  }
}
