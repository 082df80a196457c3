package dev.gatewaydsl.azure;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
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
 * What a Gateway needs on AKS with the Istio-based service mesh add-on, for one add-on revision.
 *
 * <pre>{@code
 * AksIstio aks = AksIstio.revision("asm-1-17")
 *     .withHealthProbes()
 *     .withLoadBalancer(AzureLoadBalancer.internal().internalSubnet("ingress"));
 * Gateway onAks = aks.applyTo(gateway);        // label + annotations, then checked
 * IstioPreview preview = aks.preview(onAks);   // what Istio will create
 * }</pre>
 *
 * <p>{@link #applyTo(Gateway)} returns a copy of the Gateway with:
 *
 * <ul>
 *   <li>the label {@code istio.io/rev: <revision>}, so the add-on's control plane of that revision
 *       owns the Gateway (and, up to Istio 1.17, injects the gateway pods it provisions);
 *   <li>the annotations of {@link #withLoadBalancer(AzureLoadBalancer)} and, with {@link
 *       #withHealthProbes()}, the Azure Load Balancer probe annotations that point every listener
 *       port's probe at Envoy's readiness endpoint: {@code
 *       azure-load-balancer-health-probe-request-path: /healthz/ready} and, for each listener port
 *       P, {@code port_P_health-probe_protocol: http} and {@code port_P_health-probe_port:
 *       "15021"};
 *   <li>placed where the revision's Istio copies them onto the generated Service ({@link
 *       AksMeshRevision#placement()}): the Gateway's {@code metadata.annotations} up to {@code
 *       asm-1-25}, {@code spec.infrastructure.annotations} from {@code asm-1-26}.
 * </ul>
 *
 * <p>Applying it twice changes nothing. The revision label replaces another revision; every
 * annotation the Gateway already has is kept as the user set it (a hand-tuned probe is not
 * overwritten), and the result is then checked, so a kept value that contradicts what was asked
 * fails. Every check ({@link #check(Gateway)}) throws one {@link
 * dev.gatewaydsl.validation.InvalidResourceException} naming the Gateway and listing every problem
 * before any YAML is written. Instances are immutable; use one as a {@link UnaryOperator}.
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

  private final AksMeshRevision revision;
  private final boolean healthProbes;
  private final Optional<AzureLoadBalancer> loadBalancer;

  private AksIstio(AksMeshRevision revision, boolean healthProbes,
      Optional<AzureLoadBalancer> loadBalancer) {
    this.revision = revision;
    this.healthProbes = healthProbes;
    this.loadBalancer = loadBalancer;
  }

  /**
   * The AKS Istio add-on revision {@code revision}, e.g. {@code asm-1-17}. Default: no health
   * probe and no load balancer annotations.
   *
   * @throws IllegalArgumentException if {@code revision} is not of the form {@code
   *     asm-<major>-<minor>} or is older than {@code asm-1-17} (see {@link AksMeshRevision#of})
   */
  public static AksIstio revision(String revision) {
    return revision(AksMeshRevision.of(revision));
  }

  /** The AKS Istio add-on revision {@code revision}. Default: no annotations. */
  public static AksIstio revision(AksMeshRevision revision) {
    return new AksIstio(Objects.requireNonNull(revision, "revision"), false, Optional.empty());
  }

  /** The revision, e.g. {@code asm-1-17}. */
  public String revision() {
    return revision.name();
  }

  /** The revision's profile: its Gateway API, kinds, placement and end of life. */
  public AksMeshRevision profile() {
    return revision;
  }

  /** Whether the health probe annotations are added. */
  public boolean healthProbes() {
    return healthProbes;
  }

  /** The load balancer settings, if any were given. */
  public Optional<AzureLoadBalancer> loadBalancer() {
    return loadBalancer;
  }

  /**
   * A copy that also adds the Azure Load Balancer health probe annotations, probing {@value
   * #READINESS_PATH} on port {@value #STATUS_PORT} over HTTP for every listener port.
   */
  public AksIstio withHealthProbes() {
    return new AksIstio(revision, true, loadBalancer);
  }

  /** A copy that also adds the annotations of {@code loadBalancer}, replacing earlier ones. */
  public AksIstio withLoadBalancer(AzureLoadBalancer loadBalancer) {
    return new AksIstio(revision, healthProbes,
        Optional.of(Objects.requireNonNull(loadBalancer, "loadBalancer")));
  }

  /** A copy for another revision, with the same settings: for canary upgrades. */
  public AksIstio forRevision(AksMeshRevision other) {
    return new AksIstio(other, healthProbes, loadBalancer);
  }

  /**
   * The annotations this instance places on {@code gateway}: the load balancer's, then the
   * health probe ones for the Gateway's listener ports; sorted by key.
   */
  public SortedMap<String, String> annotationsFor(Gateway gateway) {
    SortedMap<String, String> annotations = new TreeMap<>();
    loadBalancer.ifPresent(lb -> annotations.putAll(lb.annotations()));
    if (healthProbes) {
      annotations.put(AzureLoadBalancerAnnotations.HEALTH_PROBE_REQUEST_PATH, READINESS_PATH);
      for (int port : new TreeSet<>(gateway.spec().listeners().stream()
          .map(Listener::port).toList())) {
        annotations.put(AzureLoadBalancerAnnotations.healthProbeProtocol(port), "http");
        annotations.put(AzureLoadBalancerAnnotations.healthProbePort(port),
            String.valueOf(STATUS_PORT));
      }
    }
    return annotations;
  }

  /**
   * A copy of {@code gateway} with the revision label and the asked-for annotations in the
   * revision's {@link AksMeshRevision#placement() placement}, then {@link #check(Gateway)
   * checked}.
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
        result = Infrastructure.withAnnotations(labelled, annotations);
      }
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
   * spec.infrastructure} only where Istio reads it, with at most 8 labels and 8 annotations; no
   * Azure annotation where Istio would not copy it; the Azure annotations Istio copies to the
   * Service valid and consistent (see {@link AzureLoadBalancer}); and the settings this instance
   * was given present there with the values asked for.
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
    FieldPath copiedFrom = copiedAnnotationsPath(gateway);
    Map<String, String> copied = IstioPreview.propagatedAnnotations(gateway, revision);
    AzureAnnotationChecks.check(copied, copiedFrom, GatewayPorts.of(gateway), violations);
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
    violations.throwIfAny();
  }

  /**
   * Checks the Gateway API resources of a manifest set for this revision: each kind must be one
   * the revision supports ({@link AksMeshRevision#kinds()}) at an {@code apiVersion} it serves,
   * and each Gateway of class {@code istio} must pass {@link #check(Gateway)}. Other resources are
   * not looked at.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException for the first resource with
   *     problems, naming it and listing every problem it has
   */
  public void check(Collection<? extends KubernetesResource> resources) {
    for (KubernetesResource resource : resources) {
      if (!resource.apiVersion().startsWith(GatewayApi.GROUP + "/")) {
        continue;
      }
      if (resource instanceof Gateway gateway
          && gateway.spec().gatewayClassName().equals(GATEWAY_CLASS)) {
        check(gateway);
        continue;
      }
      Violations violations = Violations.of(resource.kind(), resource.metadata().name());
      Optional<String> unsupported = revision.whyNot(resource.kind());
      if (unsupported.isPresent()) {
        violations.forbidden(FieldPath.of("kind"), unsupported.get());
      } else {
        checkApiVersion(resource, violations);
      }
      violations.throwIfAny();
    }
  }

  /**
   * {@linkplain #check(Gateway) Checks} {@code gateway} and previews the ServiceAccount,
   * Deployment and Service Istio will create for it on this revision.
   *
   * @throws dev.gatewaydsl.validation.InvalidResourceException if the Gateway does not pass the
   *     check, or the generated resources would be invalid
   */
  public IstioPreview preview(Gateway gateway) {
    check(gateway);
    return IstioPreview.of(gateway, revision);
  }

  private void checkApiVersion(KubernetesResource resource, Violations violations) {
    List<String> served = revision.servedApiVersions(resource.kind());
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
    annotations.filter(m -> m.size() > max).ifPresent(m -> violations.add(new Violation(
        Violation.Type.TOO_MANY, infrastructure.child("annotations"), m.size(),
        "must have at most " + max + " items on " + revision.describe())));
    if (annotations.isPresent()) {
      gateway.metadata().annotations().keySet().stream()
          .filter(k -> k.startsWith(AZURE_PREFIX)).sorted()
          .forEach(k -> violations.forbidden(FieldPath.of("metadata", "annotations").key(k),
              "not copied to the generated Service: " + revision.describe() + " copies "
                  + "spec.infrastructure.annotations instead, since they are set; move it there"));
    }
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
        && healthProbes == that.healthProbes && loadBalancer.equals(that.loadBalancer);
  }

  @Override
  public int hashCode() {
    return Objects.hash(revision, healthProbes, loadBalancer);
  }

  @Override
  public String toString() {
    return "AksIstio{revision=" + revision + ", healthProbes=" + healthProbes
        + loadBalancer.map(lb -> ", loadBalancer=" + lb).orElse("") + "}";
  }
}
