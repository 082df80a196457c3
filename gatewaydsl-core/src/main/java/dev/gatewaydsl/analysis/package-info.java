/**
 * Whole-set analysis: problems no single resource shows, such as a route whose Gateway, listener
 * or backend is not in the set, or a Service that selects no pods. {@link
 * dev.gatewaydsl.analysis.ManifestAnalyzer} runs the core {@link
 * dev.gatewaydsl.analysis.AnalysisRule}s and any extra ones (such as the AKS checks of the azure
 * module) and returns {@link dev.gatewaydsl.analysis.Diagnostic}s with stable codes ({@link
 * dev.gatewaydsl.analysis.DiagnosticCode}).
 *
 * <p>The set is taken as everything there is: an object that is not in it does not exist. Pass
 * shared Gateways and the Namespaces of cross-namespace routes too.
 */
package dev.gatewaydsl.analysis;
