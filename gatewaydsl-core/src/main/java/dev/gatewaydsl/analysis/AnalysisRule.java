package dev.gatewaydsl.analysis;

import java.util.function.Consumer;

/**
 * One check over a whole set of resources. The core rules and extra ones (such as {@code
 * dev.gatewaydsl.azure.AksIstioChecks}) implement it; pass extra ones to {@link
 * ManifestAnalyzer#analyze(java.util.Collection, java.util.List)}.
 *
 * <p>A rule only reports: it never changes the resources. A rule's codes are stable: once
 * published, a code keeps its meaning and severity.
 */
@FunctionalInterface
public interface AnalysisRule {

  /** Reports a {@link Diagnostic} to {@code report} for every problem found in {@code resources}. */
  void check(ResourceSet resources, Consumer<Diagnostic> report);
}
