package dev.gatewaydsl.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Collects every problem of one object before anything is thrown, so a user sees all of them at
 * once. Create one per object being checked, add problems with full paths, then call {@link
 * #throwIfAny()}.
 */
public final class Violations {
  private final String kind;
  private final String name;
  private final List<Violation> found = new ArrayList<>();
  /** The entries of {@link #found} added by {@link #addUnlessStatedAtPath}. */
  private Set<Violation> general = Set.of();
  private ToIntFunction<FieldPath> position;
  private boolean experimentalChannel;

  private Violations(String kind, String name) {
    this.kind = kind;
    this.name = name;
  }

  /** A collector for the object of kind {@code kind} named {@code name} (may be empty). */
  public static Violations of(String kind, String name) {
    return new Violations(kind, name == null ? "" : name);
  }

  /**
   * Marks the object as written for a Gateway API experimental channel, whose CRDs add rules of
   * their own (e.g. unique rule names): parts check those only when this is set.
   */
  public Violations experimentalChannel(boolean experimental) {
    this.experimentalChannel = experimental;
    return this;
  }

  /** Whether the experimental channel's extra rules apply; see {@link #experimentalChannel}. */
  public boolean isExperimentalChannel() {
    return experimentalChannel;
  }

  /** Adds {@code violation} as it is. */
  public Violations add(Violation violation) {
    found.add(violation);
    return this;
  }

  /**
   * Adds {@code violation}, a finding of a general rule (a fact of the CRD's schema), unless
   * another violation is added at the same path: a specific check of that field (e.g. a
   * Kubernetes name rule) states the problem in its own words and replaces it. A list or map
   * with too many entries ({@link Violation.Type#TOO_MANY}) is always reported.
   */
  public Violations addUnlessStatedAtPath(Violation violation) {
    found.add(violation);
    if (general.isEmpty()) { // made on the first finding: most objects have none
      general = Collections.newSetFromMap(new IdentityHashMap<>());
    }
    general.add(violation);
    return this;
  }

  /**
   * Places the findings of {@link #addUnlessStatedAtPath} among the others by {@code position},
   * the place of a path in the object as written (smaller first), so that all are reported in
   * field order. Asked only when there are findings of both sorts.
   */
  public Violations orderedBy(ToIntFunction<FieldPath> position) {
    this.position = position;
    return this;
  }

  /** {@code path: Required value: detail}. */
  public Violations required(FieldPath path, String detail) {
    return add(new Violation(Violation.Type.REQUIRED, path, null, detail));
  }

  /** {@code path: Invalid value: value: detail}. */
  public Violations invalid(FieldPath path, Object value, String detail) {
    return add(new Violation(Violation.Type.INVALID, path, value, detail));
  }

  /** {@code path: Duplicate value: value}. */
  public Violations duplicate(FieldPath path, Object value) {
    return add(new Violation(Violation.Type.DUPLICATE, path, value, ""));
  }

  /** {@code path: Not found: value}. */
  public Violations notFound(FieldPath path, Object value) {
    return add(new Violation(Violation.Type.NOT_FOUND, path, value, ""));
  }

  /** {@code path: Unsupported value: value: supported values: "a", "b"}. */
  public Violations notSupported(FieldPath path, Object value, List<String> supported) {
    String detail = "supported values: "
        + supported.stream().map(Violation::quote).collect(Collectors.joining(", "));
    return add(new Violation(Violation.Type.NOT_SUPPORTED, path, value, detail));
  }

  /** {@code path: Forbidden: detail}. */
  public Violations forbidden(FieldPath path, String detail) {
    return add(new Violation(Violation.Type.FORBIDDEN, path, null, detail));
  }

  /** {@code path: Too long: may not be more than max bytes}. */
  public Violations tooLong(FieldPath path, int max) {
    return add(new Violation(Violation.Type.TOO_LONG, path, null,
        "may not be more than " + max + " bytes"));
  }

  /** {@code path: Too many: actual: must have at most max items}. */
  public Violations tooMany(FieldPath path, int actual, int max) {
    return add(new Violation(Violation.Type.TOO_MANY, path, actual,
        "must have at most " + max + " items"));
  }

  /**
   * Whether a problem of {@code type} was found at {@code path} so far: e.g. whether a list broke
   * its {@code maxItems}, after which the API server checks none of its CEL rules.
   */
  public boolean has(Violation.Type type, FieldPath path) {
    return found.stream().anyMatch(v -> v.type() == type && v.path().equals(path));
  }

  /** Whether no problem was found so far. */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /** The problems found so far, in the order they were added. */
  public List<Violation> list() {
    return List.copyOf(effective());
  }

  /**
   * {@link #found}, less the general findings a specific one at the same path replaces, each
   * general finding placed before the first specific one that comes after it in field order.
   */
  private List<Violation> effective() {
    if (general.isEmpty()) {
      return found;
    }
    List<Violation> specific = new ArrayList<>();
    Set<FieldPath> stated = new HashSet<>();
    for (Violation violation : found) {
      if (!general.contains(violation)) {
        specific.add(violation);
        stated.add(violation.path());
      }
    }
    List<Violation> kept = found.stream().filter(general::contains)
        .filter(v -> v.type() == Violation.Type.TOO_MANY || !stated.contains(v.path()))
        .toList();
    if (specific.isEmpty() || kept.isEmpty() || position == null) {
      List<Violation> all = new ArrayList<>(kept);
      all.addAll(specific);
      return all;
    }
    List<Violation> merged = new ArrayList<>(specific);
    for (Violation violation : kept) {
      int at = position.applyAsInt(violation.path());
      int i = 0;
      while (i < merged.size() && (general.contains(merged.get(i))
          || position.applyAsInt(merged.get(i).path()) <= at)) {
        i++;
      }
      merged.add(i, violation);
    }
    return merged;
  }

  /**
   * Throws an {@link InvalidResourceException} naming the object and listing every problem, if
   * there is any.
   */
  public void throwIfAny() {
    if (!found.isEmpty()) {
      throw new InvalidResourceException(kind, name, effective());
    }
  }
}
