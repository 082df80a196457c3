package dev.gatewaydsl.azure;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ResourceSet;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.validation.FieldPath;
import java.util.function.Consumer;

/**
 * Analysis rules for AKS with the Istio-based service mesh add-on, run next to the core rules:
 * {@code Manifests.analyze(resources, List.of(new AksIstioChecks()))}.
 *
 * <p>A Gateway "for the add-on" is one with {@code spec.gatewayClassName: istio}, the class the
 * add-on serves. The add-on runs revisioned control planes only ({@code asm-1-17}, ...), and a
 * revisioned control plane takes a Gateway only when it carries {@code istio.io/rev: <revision>};
 * without the label no gateway is provisioned and the Gateway's routes get no traffic.
 */
public final class AksIstioChecks implements AnalysisRule {

  /**
   * A Gateway of class {@value #GATEWAY_CLASS} has no {@value AksIstio#REVISION_LABEL} label. An
   * error: fix it with {@code AksIstio.revision("asm-1-17").applyTo(gateway)}.
   */
  public static final String REVISION_LABEL_MISSING = "AksRevisionLabelMissing";

  /** The GatewayClass of the add-on's Istio. */
  public static final String GATEWAY_CLASS = "istio";

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (Gateway gateway : resources.ofType(Gateway.class)) {
      if (gateway.spec().gatewayClassName().equals(GATEWAY_CLASS)
          && !gateway.metadata().labels().containsKey(AksIstio.REVISION_LABEL)) {
        report.accept(new Diagnostic(REVISION_LABEL_MISSING, Severity.ERROR, gateway,
            FieldPath.of("metadata", "labels"), "Gateway of class \"" + GATEWAY_CLASS
                + "\" has no label \"" + AksIstio.REVISION_LABEL + "\", so it is tied to no revision "
                + "of the AKS Istio add-on (on asm-1-17 its pods get no proxy; later the add-on "
                + "picks a revision, which changes under a canary upgrade); add the revision, "
                + "e.g. with "
                + "AksIstio.revision(\"asm-1-17\").applyTo(gateway)"));
      }
    }
  }
}
