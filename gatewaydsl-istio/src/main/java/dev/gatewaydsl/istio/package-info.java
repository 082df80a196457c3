/**
 * Istio's networking API, {@code networking.istio.io} versions {@code v1}, {@code v1beta1} and
 * {@code v1alpha3}: {@link dev.gatewaydsl.istio.Gateway}, {@link
 * dev.gatewaydsl.istio.VirtualService} and {@link dev.gatewaydsl.istio.DestinationRule}, read
 * from YAML by {@link dev.gatewaydsl.istio.IstioManifests}, validated when made, and written back
 * with {@code Manifests}.
 *
 * <p>The fields that routing uses are modelled, named as in istio/api's {@code
 * networking/v1alpha3/*.proto} (the {@code v1} and {@code v1beta1} APIs share those messages);
 * every other field is kept as it was read, in {@link dev.gatewaydsl.istio.Unmodelled}, and
 * written back after the modelled ones.
 */
package dev.gatewaydsl.istio;
