package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.ConfigMap;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayInfrastructure;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.LocalParametersReference;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a Gateway needs on AKS with the Istio-based service mesh add-on, for one add-on revision
 * (and, optionally, the cluster's Kubernetes version, which decides the Gateway API bundle AKS
 * installs from {@code asm-1-26}).
 *
 * <pre>{@code
 * AksIstio aks = AksIstio.revision("asm-1-28").kubernetes("1.35")
 *     .withHealthProbes()
 *     .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"));
 * Gateway onAks = aks.applyTo(gateway);        // label + annotations, then checked
 * List<KubernetesResource> out = aks.manifests(gateway);  // the Gateway, and its ConfigMap if any
 * IstioPreview preview = aks.preview(onAks);   // what Istio and AKS will create
 * }</pre>
 *
 * <p>{@link #applyTo(Gateway)} returns a copy of the Gateway with:
 *
 * <ul>
 *   <li>the label {@code istio.io/rev: <revision>}, so the add-on's control plane of that revision
 *       owns the Gateway (and, up to Istio 1.17, injects the gateway pods it provisions);
 *   <li>the annotations of {@link #withLoadBalancer(AzureLoadBalancer)}, placed where the
 *       revision's Istio copies them onto the generated Service ({@link
 *       AksMeshRevision#placement()}): the Gateway's {@code metadata.annotations} up to {@code
 *       asm-1-25}, {@code spec.infrastructure.annotations} from {@code asm-1-26};
 *   <li>up to {@code asm-1-25}, with {@link #withHealthProbes()}, the Azure Load Balancer probe
 *       annotations that point every listener port's probe at Envoy's readiness endpoint: {@code
 *       azure-load-balancer-health-probe-request-path: /healthz/ready} and, for each listener port
 *       P, {@code port_P_health-probe_protocol: http} and {@code port_P_health-probe_port:
 *       "15021"}. <b>From {@code asm-1-26} none are written by default</b>: the add-on sets the
 *       probe annotations of the gateway Service itself, through its AKS-managed {@code
 *       istio-gateway-class-defaults} ConfigMap ({@link #aksHealthProbeAnnotations()}), which
 *       Istio applies after rendering, so it would win over {@code spec.infrastructure} anyway.
 *       Only what is written counts against the 8-entry cap of {@code spec.infrastructure};
 *   <li>from {@code asm-1-26}, when something other than AKS's defaults is asked for ({@link
 *       #withExternalTrafficPolicyLocal()}, {@link #withHealthProbe(String, int)}, {@link
 *       #withCustomization(AksGatewayCustomization)} for HPA, PDB and other allow-listed
 *       settings), {@code spec.infrastructure.parametersRef} naming the per-Gateway customization
 *       ConfigMap AKS documents, which {@link #customizationFor(Gateway)} returns (named {@code
 *       <gateway>-aks-options}).
 * </ul>
 *
 * <p>Applying it twice changes nothing. The revision label replaces another revision; every
 * annotation the Gateway already has is kept as the user set it (a hand-tuned probe is not
 * overwritten), and the result is then checked, so a kept value that contradicts what was asked
 * fails. Every check ({@link #check(Gateway)}) throws one {@link
 * dev.gatewaydsl.validation.InvalidResourceException} naming the Gateway and listing every problem
 * before any YAML is written; the analysis rule {@link AksIstioChecks} reports the same problems
 * as diagnostics. Instances are immutable; use one as a {@link UnaryOperator}.
 *
 * <p>Sources: MicrosoftDocs/azure-aks-docs {@code articles/aks/istio-gateway-api.md} (commit
 * a756347 of 2026-06-16: "Annotation customizations", "ConfigMap customizations", the allow
 * lists, the note on {@code externalTrafficPolicy: Local}, "Configure settings for a specific
 * gateway").
 */
public final class AksIstio implements UnaryOperator<Gateway> {

  /** The label that selects the Istio control-plane revision. */
  public static final String REVISION_LABEL = "istio.io/rev";

  /** Envoy's readiness endpoint on Istio gateways. */
  public static final String READINESS_PATH = "/healthz/ready";

  /** The status port of Istio gateway pods, which serves {@link #READINESS_PATH}. */
  public static final int STATUS_PORT = 15021;

  /** The GatewayClass of the add-on's Istio. */
  public static final String GATEWAY_CLASS = "istio";

  private static final String AZURE_PREFIX = AzureLoadBalancerAnnotations.PREFIX;

  /**
   * The Service annotation keys the AKS-managed {@code istio-gateway-class-defaults} ConfigMap
   * sets (from {@code asm-1-26}), as AKS's docs list them for unsetting under {@code
   * externalTrafficPolicy: Local}: port 80's probe port, protocol and request path.
   */
  private static final List<String> AKS_PROBE_KEYS = List.of(
      AzureLoadBalancerAnnotations.healthProbePort(80),
      AzureLoadBalancerAnnotations.healthProbeProtocol(80),
      AzureLoadBalancerAnnotations.healthProbeRequestPath(80));

  /** A health probe target: request path and port. */
  private record ProbeTarget(String requestPath, int port) {
    boolean isDefault() {
      return requestPath.equals(READINESS_PATH) && port == STATUS_PORT;
    }
  }

  private final AksMeshRevision revision;
  private final Optional<ProbeTarget> healthProbe;
  private final Optional<AzureLoadBalancer> loadBalancer;
  private final boolean externalTrafficPolicyLocal;
  private final AksGatewayCustomization customization;

  private AksIstio(AksMeshRevision revision, Optional<ProbeTarget> healthProbe,
      Optional<AzureLoadBalancer> loadBalancer, boolean externalTrafficPolicyLocal,
      AksGatewayCustomization customization) {
    this.revision = revision;
    this.healthProbe = healthProbe;
    this.loadBalancer = loadBalancer;
    this.externalTrafficPolicyLocal = externalTrafficPolicyLocal;
    this.customization = customization;
  }

  /**
   * The AKS Istio add-on revision {@code revision}, e.g. {@code asm-1-17}, on any Kubernetes
   * version it supports. Default: no health probe and no load balancer annotations.
   *
   * @throws IllegalArgumentException if {@code revision} is not of the form {@code
   *     asm-<major>-<minor>} or is older than {@code asm-1-17} (see {@link AksMeshRevision#of})
   */
  public static AksIstio revision(String revision) {
    return revision(AksMeshRevision.of(revision));
  }

  /** The AKS Istio add-on revision {@code revision}. Default: no annotations. */
  public static AksIstio revision(AksMeshRevision revision) {
    return new AksIstio(Objects.requireNonNull(revision, "revision"), Optional.empty(),
        Optional.empty(), false, AksGatewayCustomization.empty());
  }

  /**
   * A copy for a cluster running Kubernetes {@code version}, e.g. {@code "1.35"}: from {@code
   * asm-1-26} this picks the Gateway API bundle AKS installs (see {@link
   * AksMeshRevision#onKubernetes(String)}).
   *
   * @throws IllegalArgumentException if AKS does not support the revision on that version
   */
  public AksIstio kubernetes(String version) {
    return forRevision(revision.onKubernetes(version));
  }

  /** The revision, e.g. {@code asm-1-17}. */
  public String revision() {
    return revision.name();
  }

  /** The revision's profile: its Gateway API, kinds, placement and end of life. */
  public AksMeshRevision profile() {
    return revision;
  }

  /** Whether health probes were asked for ({@link #withHealthProbes()} or a custom probe). */
  public boolean healthProbes() {
    return healthProbe.isPresent();
  }

  /** The load balancer settings, if any were given. */
  public Optional<AzureLoadBalancer> loadBalancer() {
    return loadBalancer;
  }

  /**
   * A copy that probes {@value #READINESS_PATH} on port {@value #STATUS_PORT} over HTTP for every
   * listener port: up to {@code asm-1-25} by writing the Azure Load Balancer annotations; from
   * {@code asm-1-26} by relying on the add-on, which sets these probes itself, so nothing is
   * written.
   */
  public AksIstio withHealthProbes() {
    return withHealthProbe(READINESS_PATH, STATUS_PORT);
  }

  /**
   * A copy whose load balancer probes every listener port over HTTP at {@code requestPath} on
   * {@code port}. Up to {@code asm-1-25} the annotations are written to the Gateway; from {@code
   * asm-1-26}, unless they are the add-on's own defaults, they go to the per-Gateway
   * customization ConfigMap, since AKS's class-level defaults win over {@code
   * spec.infrastructure} for the same keys.
   *
   * @throws IllegalArgumentException if the path does not start with {@code /}, the port is not
   *     1 to 65535, or {@link #withExternalTrafficPolicyLocal()} was asked for
   */
  public AksIstio withHealthProbe(String requestPath, int port) {
    Objects.requireNonNull(requestPath, "requestPath");
    if (!requestPath.startsWith("/")) {
      throw new IllegalArgumentException("withHealthProbe(\"" + requestPath + "\", " + port
          + "): the request path must start with '/'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("withHealthProbe(\"" + requestPath + "\", " + port
          + "): the port must be between 1 and 65535");
    }
    if (externalTrafficPolicyLocal) {
      throw new IllegalArgumentException("withHealthProbe: not with externalTrafficPolicy Local, "
          + "which needs the probe annotations unset (the load balancer then probes the node's "
          + "health check port)");
    }
    return new AksIstio(revision, Optional.of(new ProbeTarget(requestPath, port)), loadBalancer,
        false, customization);
  }

  /** A copy that also adds the annotations of {@code loadBalancer}, replacing earlier ones. */
  public AksIstio withLoadBalancer(AzureLoadBalancer loadBalancer) {
    return new AksIstio(revision, healthProbe,
        Optional.of(Objects.requireNonNull(loadBalancer, "loadBalancer")),
        externalTrafficPolicyLocal, customization);
  }

  /**
   * A copy whose gateway Service gets {@code externalTrafficPolicy: Local} (keeps the client's
   * source IP): from {@code asm-1-26}, through the per-Gateway customization ConfigMap, which
   * also unsets the probe annotations AKS adds ({@link #aksHealthProbeAnnotations()}), as AKS's
   * docs require. Refused by {@link #check(Gateway)} on earlier revisions.
   *
   * @throws IllegalArgumentException if a health probe was asked for
   */
  public AksIstio withExternalTrafficPolicyLocal() {
    if (healthProbe.isPresent()) {
      throw new IllegalArgumentException("withExternalTrafficPolicyLocal: not with health probe "
          + "annotations, which AKS requires unset for externalTrafficPolicy Local");
    }
    return new AksIstio(revision, Optional.empty(), loadBalancer, true, customization);
  }

  /**
   * A copy with further per-Gateway customization (HPA, PDB, Deployment or Service fields on
   * AKS's allow list), written to the per-Gateway ConfigMap from {@code asm-1-26}.
   */
  public AksIstio withCustomization(AksGatewayCustomization customization) {
    return new AksIstio(revision, healthProbe, loadBalancer, externalTrafficPolicyLocal,
        Objects.requireNonNull(customization, "customization"));
  }

  /** A copy for another revision, with the same settings: for canary upgrades. */
  public AksIstio forRevision(AksMeshRevision other) {
    return new AksIstio(other, healthProbe, loadBalancer, externalTrafficPolicyLocal,
        customization);
  }

  /**
   * The health probe annotations the add-on's AKS-managed {@code istio-gateway-class-defaults}
   * ConfigMap puts on every gateway Service from {@code asm-1-26} (for the default {@code
   * externalTrafficPolicy: Cluster}): the keys AKS's docs name ({@code port_80_health-probe_port},
   * {@code _protocol}, {@code _request-path}); the values are Istio's readiness endpoint ({@code
   * "15021"}, {@code http}, {@value #READINESS_PATH}), which the docs do not print.
   */
  public static SortedMap<String, String> aksHealthProbeAnnotations() {
    SortedMap<String, String> annotations = new TreeMap<>();
    annotations.put(AKS_PROBE_KEYS.get(0), String.valueOf(STATUS_PORT));
    annotations.put(AKS_PROBE_KEYS.get(1), "http");
    annotations.put(AKS_PROBE_KEYS.get(2), READINESS_PATH);
    return annotations;
  }

  /**
   * The annotations this instance writes on {@code gateway}: the load balancer's, then, where the
   * revision does not set probes itself, the health probe ones for the Gateway's listener ports;
   * sorted by key.
   */
  public SortedMap<String, String> annotationsFor(Gateway gateway) {
    SortedMap<String, String> annotations = new TreeMap<>();
    loadBalancer.ifPresent(lb -> annotations.putAll(lb.annotations()));
    annotations.putAll(writtenProbeAnnotations(gateway));
    return annotations;
  }

  private SortedMap<String, String> writtenProbeAnnotations(Gateway gateway) {
    return revision.setsHealthProbes() ? new TreeMap<>() : probeAnnotations(gateway, true);
  }

  /** The probe annotations of {@link #healthProbe} for the Gateway's listener ports. */
  private SortedMap<String, String> probeAnnotations(Gateway gateway, boolean globalPath) {
    SortedMap<String, String> annotations = new TreeMap<>();
    healthProbe.ifPresent(probe -> {
      if (globalPath) {
        annotations.put(AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH,
            probe.requestPath());
      }
      for (int port : new TreeSet<>(gateway.spec().listeners().stream()
          .map(Listener::port).toList())) {
        annotations.put(AzureLoadBalancerAnnotations.healthProbeProtocol(port), "http");
        annotations.put(AzureLoadBalancerAnnotations.healthProbePort(port),
            String.valueOf(probe.port()));
        if (!globalPath) {
          annotations.put(AzureLoadBalancerAnnotations.healthProbeRequestPath(port),
              probe.requestPath());
        }
      }
    });
    return annotations;
  }

  /**
   * The per-Gateway customization this instance asks for on {@code gateway}: {@link
   * #withCustomization}, plus {@code externalTrafficPolicy: Local} with AKS's probe annotations
   * unset, or a probe other than AKS's default. Empty if nothing differs from AKS's defaults.
   */
  AksGatewayCustomization customizationOf(Gateway gateway) {
    AksGatewayCustomization result = customization;
    if (externalTrafficPolicyLocal) {
      result = result.set(AksGatewayCustomization.Resource.SERVICE,
          "spec.externalTrafficPolicy", "Local");
      for (String key : AKS_PROBE_KEYS) {
        result = result.unset(AksGatewayCustomization.Resource.SERVICE, "metadata.annotations",
            key);
      }
    }
    if (revision.setsHealthProbes() && healthProbe.filter(p -> !p.isDefault()).isPresent()) {
      for (Map.Entry<String, String> e : probeAnnotations(gateway, false).entrySet()) {
        result = result.set(AksGatewayCustomization.Resource.SERVICE,
            "metadata.annotations[" + e.getKey() + "]", e.getValue());
      }
    }
    return result;
  }

  /**
   * The per-Gateway customization ConfigMap for {@code gateway}: {@code <gateway>-aks-options} in
   * the Gateway's namespace, with the overlays {@link #customizationOf} collects. Empty when
   * nothing differs from AKS's defaults.
   */
  public Optional<ConfigMap> customizationFor(Gateway gateway) {
    AksGatewayCustomization wanted = customizationOf(gateway);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(wanted.toConfigMap(configMapName(gateway),
        gateway.metadata().namespace()));
  }

  /** The ConfigMap the Gateway's parametersRef names, else {@code <gateway>-aks-options}. */
  private static String configMapName(Gateway gateway) {
    return gateway.spec().infrastructure().flatMap(GatewayInfrastructure::parametersRef)
        .filter(r -> r.group().isEmpty() && r.kind().equals("ConfigMap"))
        .map(LocalParametersReference::name)
        .orElse(gateway.metadata().name() + "-aks-options");
  }

  /**
   * What to commit for {@code gateway}: {@link #applyTo(Gateway) the applied Gateway}, followed
   * by its {@link #customizationFor(Gateway) customization ConfigMap} if there is one.
   */
  public List<KubernetesResource> manifests(Gateway gateway) {
    Gateway applied = applyTo(gateway);
    List<KubernetesResource> out = new ArrayList<>();
    out.add(applied);
    customizationFor(applied).ifPresent(out::add);
    return List.copyOf(out);
  }

  /**
   * A copy of {@code gateway} with the revision label, the annotations this instance writes in
   * the revision's {@link AksMeshRevision#placement() placement}, and, when there is a
   * customization ConfigMap, {@code spec.infrastructure.parametersRef} naming it; then {@link
   * #check(Gateway) checked}.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException naming the Gateway and every
   *     problem, if the result does not work on this revision
   */
  public Gateway applyTo(Gateway gateway) {
    Violations early = Violations.of(gateway.kind(), gateway.metadata().name());
    checkApiVersion(gateway, early);
    early.throwIfAny();
    ObjectMeta metadata = gateway.metadata();
    Map<String, String> labels = new LinkedHashMap<>(metadata.labels());
    labels.put(REVISION_LABEL, revision.name());
    Gateway labelled = gateway.withMetadata(metadata.withLabels(labels));
    Map<String, String> asked = annotationsFor(gateway);
    Gateway result = labelled;
    if (!asked.isEmpty()) {
      if (revision.placement() == AksMeshRevision.Placement.METADATA) {
        Map<String, String> annotations = new LinkedHashMap<>(asked);
        annotations.putAll(metadata.annotations());
        result = labelled.withMetadata(labelled.metadata().withAnnotations(annotations));
      } else {
        Map<String, String> annotations = new LinkedHashMap<>(asked);
        Infrastructure.annotations(gateway).ifPresent(annotations::putAll);
        // the model refuses more entries than its release allows before check() could say where
        // they came from
        if (annotations.size() > revision.maxInfrastructureEntries()) {
          Violations.of(gateway.kind(), gateway.metadata().name())
              .add(tooManyAnnotations(gateway, annotations)).throwIfAny();
        }
        result = Infrastructure.withAnnotations(labelled, annotations);
      }
    }
    if (!customizationOf(gateway).isEmpty() && revision.managedGatewayApi()) {
      GatewayInfrastructure infrastructure = result.spec().infrastructure()
          .orElseGet(() -> GatewayInfrastructure.builder().build())
          .withParametersRef(LocalParametersReference.of("", "ConfigMap",
              configMapName(gateway)));
      result = result.withSpec(result.spec().withInfrastructure(infrastructure));
    }
    check(result);
    return result;
  }

  /** Same as {@link #applyTo(Gateway)}. */
  @Override
  public Gateway apply(Gateway gateway) {
    return applyTo(gateway);
  }

  /**
   * Checks that {@code gateway} works on this revision: class {@code istio}; an {@code
   * apiVersion} the revision serves; the revision label; no listener on the status port; {@code
   * spec.infrastructure} only where Istio reads it, with at most 8 labels and 8 annotations (the
   * message says how many entries came from where); no Azure annotation where Istio would not copy
   * it; the Azure annotations Istio copies to the Service valid and consistent (see {@link
   * AzureLoadBalancer}); the settings this instance was given present there with the values asked
   * for; and a per-Gateway customization only from {@code asm-1-26}, referenced from {@code
   * spec.infrastructure.parametersRef}.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException naming the Gateway and listing
   *     every problem
   */
  public void check(Gateway gateway) {
    Violations violations = Violations.of(gateway.kind(), gateway.metadata().name());
    if (!gateway.spec().gatewayClassName().equals(GATEWAY_CLASS)) {
      violations.notSupported(FieldPath.of("spec", "gatewayClassName"),
          gateway.spec().gatewayClassName(), List.of(GATEWAY_CLASS));
    }
    gatewayProblems(gateway, violations);
    violations.throwIfAny();
  }

  /**
   * Checks the Gateway API resources of a manifest set for this revision: each kind must be one
   * the revision supports ({@link AksMeshRevision#kinds()}) at an {@code apiVersion} it serves,
   * and each Gateway of class {@code istio} must pass {@link #check(Gateway)}. Other resources are
   * not looked at. The analysis rule {@code new AksIstioChecks(aks)} reports the same problems.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException for the first resource with
   *     problems, naming it and listing every problem it has
   */
  public void check(Collection<? extends KubernetesResource> resources) {
    for (KubernetesResource resource : resources) {
      throwIfAny(resource, problems(resource));
    }
  }

  private static void throwIfAny(KubernetesResource resource, List<Violation> problems) {
    Violations violations = Violations.of(resource.kind(), resource.metadata().name());
    problems.forEach(violations::add);
    violations.throwIfAny();
  }

  /**
   * The AKS rule set: every problem {@code resource} has on this revision (for a Gateway of
   * class {@code istio}, those of {@link #check(Gateway)}; for other Gateway API resources, kind
   * and apiVersion); empty for resources outside the Gateway API group. Used by {@link
   * #check(Collection)} and by {@link AksIstioChecks}.
   */
  List<Violation> problems(KubernetesResource resource) {
    if (!resource.apiVersion().startsWith(GatewayApi.GROUP + "/")) {
      return List.of();
    }
    Violations violations = Violations.of(resource.kind(), resource.metadata().name());
    if (resource instanceof Gateway gateway
        && gateway.spec().gatewayClassName().equals(GATEWAY_CLASS)) {
      gatewayProblems(gateway, violations);
      return violations.list();
    }
    Optional<String> unsupported = revision.whyNot(resource.kind());
    if (unsupported.isPresent()) {
      violations.forbidden(FieldPath.of("kind"), unsupported.get());
    } else {
      checkApiVersion(resource, violations);
    }
    return violations.list();
  }

  private void gatewayProblems(Gateway gateway, Violations violations) {
    checkApiVersion(gateway, violations);
    FieldPath revisionLabel = FieldPath.of("metadata", "labels").key(REVISION_LABEL);
    String label = gateway.metadata().labels().get(REVISION_LABEL);
    if (label == null) {
      violations.required(revisionLabel, "the control plane of " + revision.describe()
          + " takes the Gateway by this label");
    } else if (!label.equals(revision.name())) {
      violations.invalid(revisionLabel, label, "must be \"" + revision.name() + "\" for "
          + revision.describe());
    }
    List<Listener> listeners = gateway.spec().listeners();
    for (int i = 0; i < listeners.size(); i++) {
      if (listeners.get(i).port() == STATUS_PORT) {
        violations.invalid(FieldPath.of("spec", "listeners").index(i).child("port"), STATUS_PORT,
            "is the status port of Istio's gateway pods; a listener cannot use it");
      }
    }
    checkInfrastructure(gateway, violations);
    checkAddresses(gateway, violations);
    checkCustomization(gateway, violations);
    FieldPath copiedFrom = copiedAnnotationsPath(gateway);
    Map<String, String> copied = IstioPreview.propagatedAnnotations(gateway, revision);
    AzureAnnotationChecks.check(copied, copiedFrom, GatewayPorts.of(gateway, revision),
        violations);
    annotationsFor(gateway).forEach((key, asked) -> {
      String actual = copied.get(key);
      if (actual == null) {
        violations.required(copiedFrom.key(key), "asked for \"" + asked + "\", but " + key
            + " is not where " + revision.describe() + " copies annotations from");
      } else if (!actual.equals(asked)) {
        violations.invalid(copiedFrom.key(key), actual, "contradicts the asked-for \"" + asked
            + "\"");
      }
    });
  }

  private void checkCustomization(Gateway gateway, Violations violations) {
    if (customizationOf(gateway).isEmpty()) {
      return;
    }
    FieldPath parametersRef = FieldPath.of("spec", "infrastructure", "parametersRef");
    if (!revision.managedGatewayApi()) {
      violations.forbidden(parametersRef, revision.describe() + " has no per-Gateway "
          + "customization ConfigMap (AKS supports it from asm-1-26, with the managed Gateway "
          + "API); externalTrafficPolicy, HPA and PDB settings cannot be applied");
      return;
    }
    Optional<LocalParametersReference> ref = gateway.spec().infrastructure()
        .flatMap(GatewayInfrastructure::parametersRef);
    LocalParametersReference expected = LocalParametersReference.of("", "ConfigMap",
        configMapName(gateway));
    if (ref.isEmpty()) {
      violations.required(parametersRef, "the per-Gateway customization ConfigMap \""
          + expected.name() + "\" must be referenced from the Gateway");
    } else if (!ref.get().equals(expected)) {
      violations.invalid(parametersRef, ref.get().kind() + "/" + ref.get().name(),
          "must reference a ConfigMap (group \"\"), the per-Gateway customization");
    }
  }

  /**
   * {@linkplain #check(Gateway) Checks} {@code gateway} and previews the ServiceAccount,
   * Deployment and Service Istio will create for it on this revision, with the Service as AKS's
   * class defaults and this instance's per-Gateway customization change it.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException if the Gateway does not pass the
   *     check, or the generated resources would be invalid
   */
  public IstioPreview preview(Gateway gateway) {
    check(gateway);
    return IstioPreview.of(gateway, revision, customizationOf(gateway));
  }

  private void checkApiVersion(KubernetesResource resource, Violations violations) {
    List<String> served = revision.servedApiVersions(resource.kind());
    if (served.isEmpty()) {
      revision.whyNot(resource.kind()).ifPresent(why ->
          violations.forbidden(FieldPath.of("kind"), why));
      return;
    }
    if (!served.contains(resource.apiVersion())) {
      String fix = resource instanceof GatewayApiResource r && r.target() != revision.target()
          ? "build it with target(GatewayApiTarget." + revision.target().name() + ")"
          : "set apiVersion(\"" + served.get(0) + "\")";
      violations.add(new Violation(Violation.Type.NOT_SUPPORTED, FieldPath.of("apiVersion"),
          resource.apiVersion(), "supported values: " + served.stream()
              .map(v -> "\"" + v + "\"").collect(Collectors.joining(", ")) + " on "
              + revision.describe() + "; " + fix));
    }
  }

  private void checkInfrastructure(Gateway gateway, Violations violations) {
    Optional<Map<String, String>> labels = Infrastructure.labels(gateway);
    Optional<Map<String, String>> annotations = Infrastructure.annotations(gateway);
    if (labels.isEmpty() && annotations.isEmpty()) {
      return;
    }
    FieldPath infrastructure = FieldPath.of("spec", "infrastructure");
    if (!revision.readsInfrastructure()) {
      violations.forbidden(infrastructure, revision.describe() + " does not read "
          + "spec.infrastructure (Istio reads it from 1.21); set the Gateway's own "
          + "metadata.labels and metadata.annotations instead");
      return;
    }
    int max = revision.maxInfrastructureEntries();
    labels.filter(m -> m.size() > max).ifPresent(m -> violations.add(new Violation(
        Violation.Type.TOO_MANY, infrastructure.child("labels"), m.size(),
        "must have at most " + max + " items on " + revision.describe())));
    annotations.filter(m -> m.size() > max)
        .ifPresent(m -> violations.add(tooManyAnnotations(gateway, m)));
    if (annotations.isPresent()) {
      gateway.metadata().annotations().keySet().stream()
          .filter(k -> k.startsWith(AZURE_PREFIX)).sorted()
          .forEach(k -> violations.forbidden(FieldPath.of("metadata", "annotations").key(k),
              "not copied to the generated Service: " + revision.describe() + " copies "
                  + "spec.infrastructure.annotations instead, since they are set; move it there"));
    }
  }

  /** More {@code annotations} than the revision reads, naming where they came from. */
  private Violation tooManyAnnotations(Gateway gateway, Map<String, String> annotations) {
    return new Violation(Violation.Type.TOO_MANY,
        FieldPath.of("spec", "infrastructure").child("annotations"), annotations.size(),
        "must have at most " + revision.maxInfrastructureEntries() + " items on "
            + revision.describe() + "; " + entrySources(gateway, annotations));
  }

  /**
   * Where the entries of {@code annotations} came from, e.g. {@code 3 from withLoadBalancer(...),
   * 6 set on the Gateway}.
   */
  private String entrySources(Gateway gateway, Map<String, String> annotations) {
    Map<String, String> fromLoadBalancer = loadBalancer.map(AzureLoadBalancer::annotations)
        .orElse(Map.of());
    Map<String, String> fromProbes = writtenProbeAnnotations(gateway);
    int lb = 0;
    int probes = 0;
    int user = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      if (e.getValue().equals(fromLoadBalancer.get(e.getKey()))) {
        lb++;
      } else if (e.getValue().equals(fromProbes.get(e.getKey()))) {
        probes++;
      } else {
        user++;
      }
    }
    List<String> parts = new ArrayList<>();
    if (lb > 0) {
      parts.add(lb + " from withLoadBalancer(" + loadBalancer.map(AzureLoadBalancer::toString)
          .orElse("") + ")");
    }
    if (probes > 0) {
      parts.add(probes + " from withHealthProbes()");
    }
    if (user > 0) {
      parts.add(user + " set on the Gateway");
    }
    String aks = revision.setsHealthProbes() ? " (the health probe annotations AKS adds itself "
        + "are not written here and do not count)" : "";
    return "the entries: " + String.join(", ", parts) + aks;
  }

  /** A single IP in {@code spec.addresses} and an Azure IPv4 annotation must agree. */
  private void checkAddresses(Gateway gateway, Violations violations) {
    String annotated = IstioPreview.propagatedAnnotations(gateway, revision)
        .get(AzureLoadBalancerAnnotations.IPV4);
    if (annotated == null || !IstioPreview.isManaged(gateway)) {
      return;
    }
    gateway.spec().addresses().stream().findFirst().flatMap(a -> a.value())
        .filter(ip -> !ip.equals(annotated))
        .ifPresent(ip -> violations.invalid(FieldPath.of("spec", "addresses").index(0)
            .child("value"), ip, "contradicts " + AzureLoadBalancerAnnotations.IPV4 + ": \""
            + annotated + "\"; give the address once"));
  }

  private FieldPath copiedAnnotationsPath(Gateway gateway) {
    return revision.readsInfrastructure() && Infrastructure.annotations(gateway).isPresent()
        ? FieldPath.of("spec", "infrastructure", "annotations")
        : FieldPath.of("metadata", "annotations");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AksIstio that && revision.equals(that.revision)
        && healthProbe.equals(that.healthProbe) && loadBalancer.equals(that.loadBalancer)
        && externalTrafficPolicyLocal == that.externalTrafficPolicyLocal
        && customization.equals(that.customization);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revision, healthProbe, loadBalancer, externalTrafficPolicyLocal,
        customization);
  }

  @Override
  public String toString() {
    return "AksIstio{revision=" + revision
        + revision.kubernetesMinor().stream().mapToObj(k -> ", kubernetes=1." + k)
            .collect(Collectors.joining())
        + ", healthProbes=" + healthProbe.isPresent()
        + healthProbe.filter(p -> !p.isDefault())
            .map(p -> ", healthProbe=" + p.requestPath() + "@" + p.port()).orElse("")
        + loadBalancer.map(lb -> ", loadBalancer=" + lb).orElse("")
        + (externalTrafficPolicyLocal ? ", externalTrafficPolicy=Local" : "")
        + (customization.isEmpty() ? "" : ", customization=" + customization) + "}";
  }
}
