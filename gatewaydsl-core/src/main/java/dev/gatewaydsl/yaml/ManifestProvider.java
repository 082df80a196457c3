package dev.gatewaydsl.yaml;

import dev.gatewaydsl.model.KubernetesResource;
import java.util.Collection;

/**
 * A class of a user's project that builds the resources of a GitOps directory, for the {@code
 * generate} goal of {@code gatewaydsl-maven-plugin}: the goal loads the class named in its
 * configuration, creates it with its public no-argument constructor, and writes {@link
 * #resources()} with {@link dev.gatewaydsl.gitops.ManifestDirectory#write}.
 *
 * <pre>{@code
 * public final class ShopManifests implements ManifestProvider {
 *   public Collection<KubernetesResource> resources() {
 *     return List.of(gateway, route, service, deployment);
 *   }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface ManifestProvider {
  /** The resources to write, in any order (the files are named by kind, namespace and name). */
  Collection<? extends KubernetesResource> resources();
}
