package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.Namespace;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The resources being analysed, with the look-ups rules need. An object that is not in the set is
 * taken not to exist. An empty namespace is a namespace of its own (the one the objects without
 * one are applied to). The lists of a type and the look-ups by name are indexed on first use, so
 * a rule that looks up every route's references takes time linear in the set.
 */
public final class ResourceSet {

  /** The label Kubernetes puts on every Namespace, holding its name. */
  public static final String NAMESPACE_NAME_LABEL = "kubernetes.io/metadata.name";

  private final List<KubernetesResource> resources;
  /** {@link #ofType} of each type asked for, made on first use. */
  private final Map<Class<?>, List<?>> byType = new ConcurrentHashMap<>();
  /** For each type {@link #find} was asked for, the first of each namespace and name. */
  private final Map<Class<?>, Map<Name, ?>> byName = new ConcurrentHashMap<>();

  /** A namespace and a name, as a key. */
  private record Name(String namespace, String name) {}

  private ResourceSet(List<KubernetesResource> resources) {
    this.resources = resources;
  }

  /** The set of {@code resources}, in their order. */
  public static ResourceSet of(Collection<? extends KubernetesResource> resources) {
    resources.forEach(r -> Objects.requireNonNull(r, "resources must not contain null"));
    return new ResourceSet(List.copyOf(resources));
  }

  /** Every resource, in the order given. */
  public List<KubernetesResource> all() {
    return resources;
  }

  /** The resources that are a {@code type}, in the order given. */
  @SuppressWarnings("unchecked")
  public <T extends KubernetesResource> List<T> ofType(Class<T> type) {
    return (List<T>) byType.computeIfAbsent(type,
        t -> resources.stream().filter(type::isInstance).map(type::cast).toList());
  }

  /** The first {@code type} named {@code name} in {@code namespace}, if there is one. */
  public <T extends KubernetesResource> Optional<T> find(Class<T> type, String namespace,
      String name) {
    @SuppressWarnings("unchecked")
    Map<Name, T> index = (Map<Name, T>) byName.computeIfAbsent(type, t -> {
      Map<Name, T> first = new HashMap<>();
      for (T resource : ofType(type)) {
        first.putIfAbsent(new Name(resource.metadata().namespace(), resource.metadata().name()),
            resource);
      }
      return first;
    });
    return Optional.ofNullable(index.get(new Name(namespace, name)));
  }

  /**
   * The labels of the namespace {@code namespace}: those of its Namespace object if the set has
   * one, plus {@value #NAMESPACE_NAME_LABEL}, which Kubernetes sets on every namespace.
   */
  public Map<String, String> namespaceLabels(String namespace) {
    Map<String, String> labels = new TreeMap<>();
    find(Namespace.class, "", namespace).ifPresent(n -> labels.putAll(n.metadata().labels()));
    labels.put(NAMESPACE_NAME_LABEL, namespace);
    return labels;
  }
}
