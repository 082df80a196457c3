package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.LabelSelector;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.model.workload.CrossVersionObjectReference;
import dev.gatewaydsl.model.workload.HorizontalPodAutoscaler;
import dev.gatewaydsl.model.workload.PodDisruptionBudget;
import dev.gatewaydsl.validation.FieldPath;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Objects that act on workloads: a HorizontalPodAutoscaler's {@code scaleTargetRef}, and the pods
 * a PodDisruptionBudget's {@code selector} selects (through {@link ResourceSet#podTemplates()}).
 */
final class WorkloadReferenceRule implements AnalysisRule {

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (HorizontalPodAutoscaler autoscaler : resources.ofType(HorizontalPodAutoscaler.class)) {
      checkScaleTarget(autoscaler, resources, report);
    }
    for (PodDisruptionBudget budget : resources.ofType(PodDisruptionBudget.class)) {
      checkBudget(budget, resources, report);
    }
  }

  /**
   * The target is looked up by kind, group (of its {@code apiVersion}; any group when that is
   * unset) and name in the autoscaler's namespace, among modelled and generic resources. A kind
   * the library models (Deployment, StatefulSet) must be in the set; another kind (a ReplicaSet,
   * an Argo Rollout) is checked only when the set holds some object of that kind, as a route's
   * backend of another kind is.
   */
  private static void checkScaleTarget(HorizontalPodAutoscaler autoscaler, ResourceSet resources,
      Consumer<Diagnostic> report) {
    CrossVersionObjectReference target = autoscaler.spec().scaleTargetRef();
    String namespace = autoscaler.metadata().namespace();
    Optional<String> group = target.apiVersion().map(Kinds::group);
    Predicate<KubernetesResource> ofKind = r -> r.kind().equals(target.kind())
        && group.map(g -> Kinds.group(r.apiVersion()).equals(g)).orElse(true);
    boolean modelled = target.apiVersion()
        .flatMap(apiVersion -> Kinds.find(apiVersion, target.kind())).isPresent();
    if (!modelled && resources.all().stream().noneMatch(ofKind)) {
      return; // objects of that kind live outside the set
    }
    boolean found = resources.all().stream().anyMatch(r -> ofKind.test(r)
        && r.metadata().namespace().equals(namespace)
        && r.metadata().name().equals(target.name()));
    if (!found) {
      report.accept(Diagnostic.of(DiagnosticCode.SCALE_TARGET_NOT_FOUND, autoscaler,
          FieldPath.of("spec", "scaleTargetRef"), target.kind() + " \""
              + Diagnostic.qualifiedName(namespace, target.name()) + "\""
              + target.apiVersion().map(v -> " (" + v + ")").orElse("")
              + " is not in the set, so the autoscaler scales nothing"));
    }
  }

  private static void checkBudget(PodDisruptionBudget budget, ResourceSet resources,
      Consumer<Diagnostic> report) {
    FieldPath at = FieldPath.of("spec", "selector");
    Optional<LabelSelector> selector = budget.spec().selector();
    if (selector.isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.POD_DISRUPTION_BUDGET_SELECTS_NO_PODS, budget, at,
          "is unset, which selects no pods, so the budget protects nothing"));
      return;
    }
    String namespace = budget.metadata().namespace();
    if (resources.podTemplates(namespace, selector.get()::matches).isEmpty()) {
      report.accept(Diagnostic.of(DiagnosticCode.POD_DISRUPTION_BUDGET_SELECTS_NO_PODS, budget, at,
          "selects " + Selectors.describe(selector.get()) + ", which the pod template of no "
              + "workload in namespace \"" + namespace + "\" carries"));
    }
  }
}
