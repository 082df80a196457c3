/**
 * AKS with the Istio-based service mesh add-on. {@link dev.gatewaydsl.azure.AksMeshRevision} is
 * what a revision ({@code asm-1-17} ... {@code asm-1-30}) implies: Gateway API target, kinds,
 * where settings go, end of life. {@link dev.gatewaydsl.azure.AksIstio} applies a revision and
 * {@link dev.gatewaydsl.azure.AzureLoadBalancer} settings to a Gateway and checks the result;
 * {@link dev.gatewaydsl.azure.IstioPreview} shows what Istio will create for it; {@link
 * dev.gatewaydsl.azure.CanaryUpgrade} renders a Gateway for both revisions of an upgrade; {@link
 * dev.gatewaydsl.azure.AksIstioChecks} adds the add-on's rules to the analysis. Nothing here is
 * needed on other clusters, and the core module knows nothing of it.
 */
package dev.gatewaydsl.azure;
