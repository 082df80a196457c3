package dev.gatewaydsl.model;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;

/**
 * The checks every top-level kind's own check starts with: apiVersion and metadata. Used by the
 * model's kinds; not meant for users.
 */
public final class ResourceChecks {
  private ResourceChecks() {}

  /**
   * Checks that {@code apiVersion} is one of {@code versions}, that the name is set and follows
   * {@code nameRule}, and the rest of {@code metadata}.
   */
  public static void common(KubernetesResource resource, List<String> versions,
      ObjectMeta.NameRule nameRule, Violations violations) {
    if (!versions.contains(resource.apiVersion())) {
      violations.notSupported(FieldPath.of("apiVersion"), resource.apiVersion(), versions);
    }
    metadata(resource, nameRule, violations);
  }

  /** Checks that the name is set and follows {@code nameRule}, and the rest of {@code metadata}. */
  public static void metadata(KubernetesResource resource, ObjectMeta.NameRule nameRule,
      Violations violations) {
    FieldPath metadata = FieldPath.of("metadata");
    resource.metadata().validateName(nameRule, metadata, violations);
    resource.metadata().validate(metadata, violations);
  }

  /**
   * For a cluster-scoped kind: {@code metadata.namespace} must be unset. The API server would
   * quietly drop it; apimachinery's object-meta validation forbids it, and so do we, so that the
   * YAML says what the cluster will hold.
   */
  public static void clusterScoped(KubernetesResource resource, Violations violations) {
    if (!resource.metadata().namespace().isEmpty()) {
      violations.forbidden(FieldPath.of("metadata", "namespace"), "not allowed on this type");
    }
  }
}
