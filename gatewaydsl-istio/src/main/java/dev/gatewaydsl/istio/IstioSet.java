package dev.gatewaydsl.istio;

import dev.gatewaydsl.model.KubernetesResource;
import java.util.List;

/**
 * What a YAML stream held: its Istio networking resources and every other resource, each in the
 * order read.
 *
 * @param istio the {@code networking.istio.io} resources
 * @param others the other resources, as {@code Manifests.fromYaml} read them
 */
public record IstioSet(List<IstioResource> istio, List<KubernetesResource> others) {

  /** Copies the lists. */
  public IstioSet {
    istio = List.copyOf(istio);
    others = List.copyOf(others);
  }

  /** A set of {@code istio} resources and {@code others}. */
  public static IstioSet of(List<? extends IstioResource> istio,
      List<? extends KubernetesResource> others) {
    return new IstioSet(List.copyOf(istio), List.copyOf(others));
  }

  /** This set followed by {@code more}. */
  public IstioSet and(IstioSet more) {
    List<IstioResource> allIstio = new java.util.ArrayList<>(istio);
    allIstio.addAll(more.istio);
    List<KubernetesResource> allOthers = new java.util.ArrayList<>(others);
    allOthers.addAll(more.others);
    return new IstioSet(allIstio, allOthers);
  }

  /** The Istio Gateways. */
  public List<Gateway> gateways() {
    return of(Gateway.class);
  }

  /** The VirtualServices. */
  public List<VirtualService> virtualServices() {
    return of(VirtualService.class);
  }

  /** The DestinationRules. */
  public List<DestinationRule> destinationRules() {
    return of(DestinationRule.class);
  }

  private <T> List<T> of(Class<T> type) {
    return istio.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
