package dev.gatewaydsl.validation;

/**
 * A part of a resource that knows its own rules. The resource's check calls it with the path the
 * part sits at, so every problem is reported with its full path and the resource's name, the way
 * the API server reports it (and the way apimachinery's {@code ValidateX(obj, fldPath)} functions
 * work).
 *
 * <p>Users rarely call this: building a resource runs it.
 */
public interface Validatable {

  /** Adds every problem of this value, located below {@code path}, to {@code violations}. */
  void validate(FieldPath path, Violations violations);
}
