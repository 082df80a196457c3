package dev.gatewaydsl.validation;

import java.util.Objects;

/**
 * A path to a field inside a resource, written as the API server writes it: {@code
 * spec.listeners[1].port}, {@code metadata.labels[app]}.
 *
 * <p>Immutable; every step returns a new path.
 */
public final class FieldPath {
  private static final FieldPath ROOT = new FieldPath(null, "");

  private final FieldPath parent;
  private final String segment;

  private FieldPath(FieldPath parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** The empty path: the object itself. */
  public static FieldPath root() {
    return ROOT;
  }

  /** A path of named fields, e.g. {@code FieldPath.of("spec", "listeners")}. */
  public static FieldPath of(String first, String... more) {
    FieldPath path = ROOT.child(first);
    for (String name : more) {
      path = path.child(name);
    }
    return path;
  }

  /** This path followed by the field {@code name}. */
  public FieldPath child(String name) {
    Objects.requireNonNull(name, "name");
    return new FieldPath(this, this == ROOT ? name : "." + name);
  }

  /** This path followed by list index {@code index}, e.g. {@code rules[0]}. */
  public FieldPath index(int index) {
    return new FieldPath(this, "[" + index + "]");
  }

  /** This path followed by map key {@code key}, e.g. {@code labels[app]}. */
  public FieldPath key(String key) {
    return new FieldPath(this, "[" + key + "]");
  }

  /** The path from this one: {@code spec.rules[0]} relative to the root. */
  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    append(out);
    return out.toString();
  }

  private void append(StringBuilder out) {
    if (parent != null) {
      parent.append(out);
      out.append(segment);
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FieldPath && other.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
