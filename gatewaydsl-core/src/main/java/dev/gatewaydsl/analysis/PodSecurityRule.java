package dev.gatewaydsl.analysis;

import dev.gatewaydsl.analysis.PodSecurityStandard.Level;
import dev.gatewaydsl.analysis.PodSecurityStandard.Violation;
import dev.gatewaydsl.model.Namespace;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The pod templates of workloads in namespaces that enforce a Pod Security Standard: the
 * Namespace object in the set has the label {@value PodSecurityStandard#ENFORCE_LABEL} set to
 * {@code baseline} or {@code restricted}. A namespace without a Namespace object in the set, or
 * without the label, enforces nothing the set can show.
 */
final class PodSecurityRule implements AnalysisRule {

  @Override
  public void check(ResourceSet resources, Consumer<Diagnostic> report) {
    for (PodTemplate template : resources.podTemplates()) {
      String namespace = template.namespace();
      Optional<Level> level = resources.find(Namespace.class, "", namespace)
          .map(n -> n.metadata().labels().get(PodSecurityStandard.ENFORCE_LABEL))
          .flatMap(Level::ofLabel);
      if (level.isEmpty()) {
        continue;
      }
      for (Violation violation : PodSecurityStandard.check(level.get(), template.template(),
          template.path())) {
        report.accept(Diagnostic.of(DiagnosticCode.POD_SECURITY_VIOLATION, template.workload(),
            violation.path(), violation.requirement() + " (" + violation.control()
                + ", Pod Security Standard \"" + level.get().label()
                + "\" enforced in namespace \"" + namespace + "\")"));
      }
    }
  }
}
