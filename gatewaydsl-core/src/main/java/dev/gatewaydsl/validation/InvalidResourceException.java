package dev.gatewaydsl.validation;

import java.util.List;

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

  InvalidResourceException(String kind, String name, List<Violation> violations) {
    super(render(kind, name, violations));
    this.kind = kind;
    this.name = name;
    this.violations = List.copyOf(violations);
  }

  /**
   * Used by the generated builders when a required attribute is missing, for example {@code Cannot
   * build Listener, some of required attributes are not set [port]}.
   */
  public InvalidResourceException(String message) {
    super(message);
    this.kind = "";
    this.name = "";
    this.violations = List.of();
  }

  /** The kind of the rejected object, e.g. {@code HTTPRoute}; empty for a missing attribute. */
  public String kind() {
    return kind;
  }

  /** The name of the rejected object as far as it was set; may be empty. */
  public String name() {
    return name;
  }

  /** Every problem found, in the order of the fields; empty for a missing attribute. */
  public List<Violation> violations() {
    return violations;
  }

  private static String render(String kind, String name, List<Violation> violations) {
    String subject = kind + " \"" + name + "\" is invalid";
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
