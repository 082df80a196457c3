package dev.gatewaydsl.azure;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ResourceSet;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Analysis rules for AKS with the Istio-based service mesh add-on, run next to the core rules:
 * {@code Manifests.analyze(resources, List.of(new AksIstioChecks(aks)))}. They are the rules of
 * {@link AksIstio#check(java.util.Collection)}, reported as diagnostics instead of an exception,
 * so both name the same problems.
 *
 * <p>A Gateway "for the add-on" is one with {@code spec.gatewayClassName: istio}, the class the
 * add-on serves. The add-on runs revisioned control planes only ({@code asm-1-17}, ...), and a
 * revisioned control plane takes a Gateway only when it carries {@code istio.io/rev: <revision>};
 * without the label no gateway is provisioned and the Gateway's routes get no traffic.
 *
 * <p>{@code new AksIstioChecks()} has no revision of its own: it checks each Gateway of class
 * {@code istio} for the revision its {@code istio.io/rev} label names, and the other Gateway API
 * resources for that revision when every such Gateway in the set names the same one.
 */
public final class AksIstioChecks implements AnalysisRule {

  /**
   * A Gateway of class {@value #GATEWAY_CLASS} has no {@value AksIstio#REVISION_LABEL} label. An
   * error: fix it with {@code AksIstio.revision("asm-1-17").applyTo(gateway)}.
   */
  public static final String REVISION_LABEL_MISSING = "AksRevisionLabelMissing";

  /**
   * A resource breaks a rule of the AKS add-on revision (an unsupported kind or apiVersion, too
   * many {@code spec.infrastructure} entries, a contradictory Azure annotation, ...). An error.
   */
  public static final String NOT_SUPPORTED_BY_REVISION = "AksNotSupportedByRevision";

  /** The GatewayClass of the add-on's Istio. */
  public static final String GATEWAY_CLASS = "istio";

  private final Optional<AksIstio> aks;

  /** The rules for the revision each Gateway's {@code istio.io/rev} label names. */
  public AksIstioChecks() {
    this.aks = Optional.empty();
  }

  /** The rules of {@code aks}, its revision and settings, for every resource of the set. */
  public AksIstioChecks(AksIstio aks) {
    this.aks = Optional.of(Objects.requireNonNull(aks, "aks"));
  }

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    Set<String> revisions = new TreeSet<>();
    for (Gateway gateway : resources.ofType(Gateway.class)) {
      if (gateway.spec().gatewayClassName().equals(GATEWAY_CLASS)) {
        String label = gateway.metadata().labels().get(AksIstio.REVISION_LABEL);
        if (label == null && aks.isEmpty()) {
          report.accept(new Diagnostic(REVISION_LABEL_MISSING, Severity.ERROR, gateway,
              FieldPath.of("metadata", "labels"), "Gateway of class \"" + GATEWAY_CLASS
                  + "\" has no label \"" + AksIstio.REVISION_LABEL + "\", so it is tied to no "
                  + "revision of the AKS Istio add-on (on asm-1-17 its pods get no proxy; later "
                  + "the add-on picks a revision, which changes under a canary upgrade); add the "
                  + "revision, e.g. with AksIstio.revision(\"asm-1-17\").applyTo(gateway)"));
        } else if (label != null) {
          revisions.add(label);
        }
      }
    }
    Optional<AksIstio> common = aks.isPresent() ? aks
        : revisions.size() == 1 ? revisionOf(revisions.iterator().next()) : Optional.empty();
    for (KubernetesResource resource : resources.all()) {
      Optional<AksIstio> rules = common;
      if (aks.isEmpty() && resource instanceof Gateway gateway) {
        String label = gateway.metadata().labels().get(AksIstio.REVISION_LABEL);
        rules = label == null ? Optional.empty() : revisionOf(label);
      }
      rules.ifPresent(r -> {
        for (Violation violation : r.problems(resource)) {
          boolean missingLabel = violation.type() == Violation.Type.REQUIRED
              && violation.path().equals(FieldPath.of("metadata", "labels")
                  .key(AksIstio.REVISION_LABEL));
          report.accept(new Diagnostic(missingLabel ? REVISION_LABEL_MISSING
              : NOT_SUPPORTED_BY_REVISION, Severity.ERROR, resource, violation.path(),
              message(violation)));
        }
      });
    }
  }

  private static Optional<AksIstio> revisionOf(String label) {
    try {
      return Optional.of(AksIstio.revision(label));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not an add-on revision name: nothing to check against
    }
  }

  /** The violation without its path, which the diagnostic carries. */
  private static String message(Violation violation) {
    String full = violation.toString();
    String prefix = violation.path() + ": ";
    return full.startsWith(prefix) ? full.substring(prefix.length()) : full;
  }
}
