/**
 * AKS with the Istio-based service mesh add-on: {@link dev.gatewaydsl.azure.AksIstio} adds the
 * revision label and the Azure Load Balancer health probe annotations to a Gateway; {@link
 * dev.gatewaydsl.azure.AzureLoadBalancerAnnotations} names the annotation keys; {@link
 * dev.gatewaydsl.azure.AksIstioChecks} adds the add-on's rules to the analysis. Nothing here is
 * needed on other clusters, and the core module knows nothing of it.
 */
package dev.gatewaydsl.azure;
