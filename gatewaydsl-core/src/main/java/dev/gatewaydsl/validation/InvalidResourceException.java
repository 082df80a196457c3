package dev.gatewaydsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A resource (or a part of one) was built with values the Kubernetes API server would reject.
 *
 * <p>The message follows the API server's format that {@code kubectl} shows, for example {@code
 * HTTPRoute "echoserver" is invalid: spec.rules[0].matches[0].path.value: Invalid value: "api":
 * must start with '/'}. When a resource has several problems, all of them are listed: a header line
 * and one indented line per problem.
 */
public final class InvalidResourceException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The kind of the resource, e.g. {@code HTTPRoute}. */
  private final String kind;
  /** The name of the resource. */
  private final String name;
  private final transient List<Violation> violations;
  /** Whether a generated builder missed required attributes (see {@link #missingAttributes()}). */
  private final boolean missingAttributes;

  InvalidResourceException(String kind, String name, List<Violation> violations) {
    super(render(kind, name, violations));
    this.kind = kind;
    this.name = name;
    this.violations = List.copyOf(violations);
    this.missingAttributes = false;
  }

  /**
   * Used by the generated builders when a required attribute is missing. Immutables' message,
   * {@code Cannot build ReferenceGrantFrom, some of required attributes are not set [namespace]},
   * becomes one violation per attribute in the API server's wording: {@code ReferenceGrantFrom is
   * invalid: namespace: Required value}. Any other message is kept as it is.
   */
  public InvalidResourceException(String message) {
    this(MissingAttributes.parse(message));
  }

  private InvalidResourceException(MissingAttributes missing) {
    super(missing.message());
    this.kind = missing.type();
    this.name = "";
    this.violations = missing.violations();
    this.missingAttributes = !missing.violations().isEmpty();
  }

  /** What a generated builder's message says: the type and the required attributes not set. */
  private record MissingAttributes(String type, List<Violation> violations, String message) {
    private static final Pattern IMMUTABLES = Pattern.compile(
        "Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

    static MissingAttributes parse(String message) {
      Matcher m = IMMUTABLES.matcher(String.valueOf(message));
      if (!m.matches()) {
        return new MissingAttributes("", List.of(), message);
      }
      List<Violation> missing = new ArrayList<>();
      for (String attribute : m.group(2).split(",\\s*")) {
        missing.add(new Violation(Violation.Type.REQUIRED, FieldPath.of(attribute), null, ""));
      }
      return new MissingAttributes(m.group(1), List.copyOf(missing),
          render(m.group(1) + " is invalid", missing));
    }
  }

  /**
   * The kind of the rejected object, e.g. {@code HTTPRoute}; for a missing attribute, the type
   * whose builder missed it, e.g. {@code ReferenceGrantFrom}.
   */
  public String kind() {
    return kind;
  }

  /** The name of the rejected object as far as it was set; may be empty. */
  public String name() {
    return name;
  }

  /**
   * Every problem found, in the order of the fields; for missing attributes, one {@code Required
   * value} per attribute, its path relative to the object being built.
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Whether a generated builder of {@link #kind()} missed required attributes; the paths of the
   * {@link #violations()} are then relative to the object that builder builds, wherever it is in
   * the resource.
   */
  public boolean missingAttributes() {
    return missingAttributes;
  }

  private static String render(String kind, String name, List<Violation> violations) {
    return render(kind + " \"" + name + "\" is invalid", violations);
  }

  private static String render(String subject, List<Violation> violations) {
    if (violations.size() == 1) {
      return subject + ": " + violations.get(0);
    }
    StringBuilder message = new StringBuilder(subject)
        .append(" (").append(violations.size()).append(" problems):");
    for (Violation violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }
}
