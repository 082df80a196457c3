package dev.gatewaydsl.analysis;

import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.validation.FieldPath;
import java.util.Objects;

/**
 * One problem found by analysis, in one resource, at one field. Its {@link #toString()} is one
 * line, e.g. {@code error ParentNotFound: HTTPRoute "shop/api": spec.parentRefs[0]: Gateway
 * "shop/web" is not in the set}.
 *
 * @param code the stable code, e.g. {@code ParentNotFound} (see {@link DiagnosticCode})
 * @param severity how bad it is
 * @param resource the resource the problem is in
 * @param path the field in {@code resource}; the root path for the object as a whole
 * @param message what is wrong, naming the other objects involved
 */
public record Diagnostic(String code, Severity severity, KubernetesResource resource,
    FieldPath path, String message) {

  /** Checks that every component is set. */
  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** A diagnostic of the core code {@code code}, with its severity. */
  public static Diagnostic of(DiagnosticCode code, KubernetesResource resource, FieldPath path,
      String message) {
    return new Diagnostic(code.code(), code.severity(), resource, path, message);
  }

  /** {@code Kind "namespace/name"}, or {@code Kind "name"} without a namespace. */
  public static String describe(KubernetesResource resource) {
    return resource.kind() + " \"" + qualifiedName(resource.metadata().namespace(),
        resource.metadata().name()) + "\"";
  }

  /** {@code namespace/name}, or {@code name} when the namespace is empty. */
  public static String qualifiedName(String namespace, String name) {
    return namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** {@code <severity> <code>: <Kind> "<namespace>/<name>": <path>: <message>}. */
  @Override
  public String toString() {
    String at = path.toString();
    return severity.label() + " " + code + ": " + describe(resource) + ": "
        + (at.isEmpty() ? "" : at + ": ") + message;
  }
}
