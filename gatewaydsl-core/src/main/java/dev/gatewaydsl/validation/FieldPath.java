package dev.gatewaydsl.validation;

import java.util.Objects;

/**
 * A path to a field inside a resource, written as the API server writes it: {@code
 * spec.listeners[1].port}, {@code metadata.labels[app]}.
 *
 * <p>Immutable; every step returns a new path.
 */
public final class FieldPath {
  /** How a step is written: {@code .name}, {@code [index]} or {@code [key]}. */
  private static final byte FIELD = 0;
  private static final byte INDEX = 1;
  private static final byte KEY = 2;

  private static final FieldPath ROOT = new FieldPath(null, FIELD, "", 0);

  private final FieldPath parent;
  private final byte kind;
  private final String name;
  private final int index;

  /*
   * Paths are made for every field a check looks at and rendered only for the few that have a
   * problem, so a step keeps its parts and builds no string.
   */
  private FieldPath(FieldPath parent, byte kind, String name, int index) {
    this.parent = parent;
    this.kind = kind;
    this.name = name;
    this.index = index;
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
    return new FieldPath(this, FIELD, name, 0);
  }

  /** This path followed by list index {@code index}, e.g. {@code rules[0]}. */
  public FieldPath index(int index) {
    return new FieldPath(this, INDEX, null, index);
  }

  /** This path followed by map key {@code key}, e.g. {@code labels[app]}. */
  public FieldPath key(String key) {
    return new FieldPath(this, KEY, key, 0);
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
      switch (kind) {
        case FIELD -> {
          if (parent != ROOT) {
            out.append('.');
          }
          out.append(name);
        }
        case INDEX -> out.append('[').append(index).append(']');
        default -> out.append('[').append(name).append(']');
      }
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
