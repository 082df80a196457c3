package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the core rules, and any extra ones, over a whole set of resources.
 *
 * <pre>{@code
 * List<Diagnostic> problems = ManifestAnalyzer.analyze(resources, List.of(new AksIstioChecks()));
 * problems.forEach(System.out::println);
 * }</pre>
 */
public final class ManifestAnalyzer {

  private static final List<AnalysisRule> CORE_RULES = List.of(
      new RouteReferenceRule(), new ListenerPortRule(), new WorkloadSelectorRule(),
      new WorkloadReferenceRule(), new ConfigReferenceRule(), new PodSecurityRule());

  private ManifestAnalyzer() {}

  /** The rules every analysis runs, producing the codes of {@link DiagnosticCode}. */
  public static List<AnalysisRule> coreRules() {
    return CORE_RULES;
  }

  /** The core rules' diagnostics for {@code resources}. */
  public static List<Diagnostic> analyze(Collection<? extends KubernetesResource> resources) {
    return analyze(resources, List.of());
  }

  /**
   * The diagnostics of the core rules and of {@code extraRules} for {@code resources}, grouped by
   * resource in the order given, and within one resource in the order the rules report them (core
   * rules first, then {@code extraRules} in their order). The same input gives the same list.
   */
  public static List<Diagnostic> analyze(Collection<? extends KubernetesResource> resources,
      List<? extends AnalysisRule> extraRules) {
    ResourceSet set = ResourceSet.of(resources);
    List<Diagnostic> found = new ArrayList<>();
    for (AnalysisRule rule : CORE_RULES) {
      rule.check(set, found::add);
    }
    for (AnalysisRule rule : extraRules) {
      rule.check(set, found::add);
    }
    // the position of each resource found, only: a large set has few of them
    Map<KubernetesResource, Integer> position = new IdentityHashMap<>();
    found.forEach(d -> position.put(d.resource(), Integer.MAX_VALUE));
    List<KubernetesResource> all = set.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (position.containsKey(all.get(i))) {
        position.put(all.get(i), i);
      }
    }
    found.sort(Comparator.comparingInt(d -> position.get(d.resource())));
    return List.copyOf(found);
  }
}
