package dev.gatewaydsl.model.workload;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A Kubernetes {@code IntOrString}, such as a Service's {@code targetPort}: a port number ({@code
 * 8080}, written bare) or a port name ({@code http}, written as a string).
 */
public final class IntOrString {
  private final Integer number;
  private final String name;

  private IntOrString(Integer number, String name) {
    this.number = number;
    this.name = name;
  }

  /** The number {@code value}. */
  public static IntOrString of(int value) {
    return new IntOrString(value, null);
  }

  /** The name {@code value}. A string that looks like a number is still a name. */
  public static IntOrString of(String value) {
    return new IntOrString(null, Objects.requireNonNull(value, "value"));
  }

  @JsonCreator
  static IntOrString fromJson(Object value) {
    if (value instanceof Integer number) {
      return of(number);
    }
    if (value instanceof String text) {
      return of(text);
    }
    throw new IllegalArgumentException("expected an integer or a string, got " + value);
  }

  /** Whether this is a number. */
  public boolean isInt() {
    return number != null;
  }

  /** The number; only if {@link #isInt()}. */
  public int intValue() {
    if (number == null) {
      throw new IllegalStateException("\"" + name + "\" is a name, not a number");
    }
    return number;
  }

  /** The name; only if not {@link #isInt()}. */
  public String stringValue() {
    if (name == null) {
      throw new IllegalStateException(number + " is a number, not a name");
    }
    return name;
  }

  @JsonValue
  Object jsonValue() {
    return number != null ? number : name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IntOrString that
        && Objects.equals(number, that.number) && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, name);
  }

  @Override
  public String toString() {
    return number != null ? number.toString() : name;
  }
}
