package dev.gatewaydsl.cli;

import dev.gatewaydsl.analysis.AnalysisRule;
import dev.gatewaydsl.analysis.Diagnostic;
import dev.gatewaydsl.analysis.ResourceSet;
import dev.gatewaydsl.analysis.Severity;
import dev.gatewaydsl.azure.AksIstio;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@link AksIstio#check(java.util.Collection)} as an analysis rule: one error of code {@value
 * RepositoryCheck#AKS_NOT_SERVED} per problem, for each resource the revision does not serve (a
 * kind or apiVersion it lacks, a Gateway its Istio cannot take).
 */
final class AksServedRule implements AnalysisRule {
  private final AksIstio aks;

  AksServedRule(AksIstio aks) {
    this.aks = aks;
  }

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (KubernetesResource resource : resources.all()) {
      try {
        aks.check(List.of(resource));
      } catch (InvalidResourceException e) {
        for (Violation violation : e.violations()) {
          String text = violation.toString();
          String path = violation.path().toString();
          String message = text.substring(path.length() + 2);
          report.accept(new Diagnostic(RepositoryCheck.AKS_NOT_SERVED, Severity.ERROR, resource,
              violation.path(), message));
        }
      }
    }
  }
}
