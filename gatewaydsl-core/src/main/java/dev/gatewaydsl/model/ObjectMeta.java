package dev.gatewaydsl.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.gatewaydsl.internal.K8sStyle;
import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code metadata} of a Kubernetes object: its name, namespace, labels and annotations, and
 * the other fields a manifest may set. What only the API server writes ({@code uid}, {@code
 * resourceVersion}, {@code creationTimestamp}, {@code managedFields} ...) is not modelled.
 *
 * <p>As in the Kubernetes Go types, an unset {@code name} or {@code namespace} is the empty string
 * and is not written. Labels and annotations are written sorted by key.
 *
 * @see <a href="https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/">ObjectMeta</a>
 */
@Value.Immutable
@K8sStyle
@JsonDeserialize(as = ImmutableObjectMeta.class)
public interface ObjectMeta extends WithObjectMeta, Validatable {

  /** {@code metadata.name}; empty when not set. */
  @Value.Default
  default String name() {
    return "";
  }

  /**
   * {@code metadata.generateName}: a prefix from which the API server makes a unique name when
   * {@code name} is not set.
   */
  Optional<String> generateName();

  /** {@code metadata.namespace}; empty when not set (cluster-scoped, or the client's default). */
  @Value.Default
  default String namespace() {
    return "";
  }

  /** {@code metadata.labels}. */
  Map<String, String> labels();

  /** {@code metadata.annotations}. */
  Map<String, String> annotations();

  /** {@code metadata.ownerReferences}: the objects this one depends on. */
  List<OwnerReference> ownerReferences();

  /** {@code metadata.finalizers}: what must happen before the object is deleted. */
  List<String> finalizers();

  /** Metadata with just a name. */
  static ObjectMeta named(String name) {
    return builder().name(name).build();
  }

  /** Metadata with a name and a namespace. */
  static ObjectMeta named(String name, String namespace) {
    return builder().name(name).namespace(namespace).build();
  }

  /** Metadata with nothing set, as a pod template often has. */
  static ObjectMeta empty() {
    return builder().build();
  }

  /** Returns an empty builder of {@code ObjectMeta}. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ObjectMeta}. */
  final class Builder extends ImmutableObjectMeta.Builder {}

  /**
   * Checks the namespace, label and annotation syntax. The name's rule depends on the kind, so the
   * resource checks it (see {@link #validateName}).
   */
  @Override
  default void validate(FieldPath path, Violations violations) {
    if (!namespace().isEmpty()) {
      Syntax.dns1123Label(namespace(), path.child("namespace"), violations);
    }
    labels().forEach((key, value) -> {
      FieldPath at = path.child("labels");
      Syntax.qualifiedName(key, at, violations);
      Syntax.labelValue(value, at.key(key), violations);
    });
    annotations().keySet().forEach(
        key -> Syntax.annotationKey(key, path.child("annotations"), violations));
    // the API server counts bytes (UTF-8), not characters
    long size = annotations().entrySet().stream()
        .mapToLong(e -> utf8Length(e.getKey()) + utf8Length(e.getValue())).sum();
    if (size > 256 * 1024) {
      violations.tooLong(path.child("annotations"), 256 * 1024);
    }
  }

  private static long utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /** How an object's name must look; it depends on the kind. */
  enum NameRule {
    /** Most kinds, custom resources included: a DNS-1123 subdomain. */
    DNS1123_SUBDOMAIN,
    /** Namespaces: a DNS-1123 label. */
    DNS1123_LABEL,
    /** Services: a DNS-1035 label. */
    DNS1035_LABEL
  }

  /** Checks that the name is set and has the syntax {@code rule}. */
  default void validateName(NameRule rule, FieldPath path, Violations violations) {
    FieldPath at = path.child("name");
    if (name().isEmpty() && generateName().isEmpty()) {
      violations.required(at, "name or generateName is required");
      return;
    }
    if (name().isEmpty()) {
      return;
    }
    switch (rule) {
      case DNS1123_SUBDOMAIN -> Syntax.dns1123Subdomain(name(), at, violations);
      case DNS1123_LABEL -> Syntax.dns1123Label(name(), at, violations);
      case DNS1035_LABEL -> Syntax.dns1035Label(name(), at, violations);
    }
  }
}
