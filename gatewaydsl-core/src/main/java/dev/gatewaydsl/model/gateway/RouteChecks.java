package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** List rules the route types share: sizes, list-map keys, set entries, filter unions. */
final class RouteChecks {
  private RouteChecks() {}

  /** At most {@code max} entries, each checked at its index. */
  static void list(List<? extends Validatable> entries, int max, FieldPath path,
      Violations violations) {
    maxItems(entries, max, path, violations);
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).validate(path.index(i), violations);
    }
  }

  /** {@code maxItems}. */
  static void maxItems(List<?> entries, int max, FieldPath path, Violations violations) {
    if (entries.size() > max) {
      violations.tooMany(path, entries.size(), max);
    }
  }

  /**
   * {@code x-kubernetes-list-type: map} keyed by {@code name}: a later entry with a name seen
   * before is a duplicate, reported at its {@code name}.
   */
  static <T> void uniqueNames(List<T> entries, Function<T, String> name, FieldPath path,
      Violations violations) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      String key = name.apply(entries.get(i));
      if (!seen.add(key)) {
        violations.duplicate(path.index(i).child("name"), key);
      }
    }
  }

  /** {@code x-kubernetes-list-type: set}: a later entry equal to an earlier one is a duplicate. */
  static void uniqueEntries(List<?> entries, FieldPath path, Violations violations) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < entries.size(); i++) {
      if (!seen.add(entries.get(i))) {
        violations.duplicate(path.index(i), entries.get(i));
      }
    }
  }

  /**
   * A list of strings with {@code '*'} allowed only alone: the CORS rules {@code !('*' in self &&
   * self.size() > 1)}.
   */
  static void wildcardAlone(List<?> entries, FieldPath path, String message,
      Violations violations) {
    if (entries.size() > 1 && entries.stream().anyMatch(e -> e.toString().equals("*"))) {
      violations.invalid(path, "array", message);
    }
  }

  /**
   * The pair of CEL rules of a filter union member: {@code field} is set exactly when the
   * filter's type is {@code type}.
   */
  static void unionMember(Object filterType, Object type, Optional<?> value, String field,
      FieldPath path, Violations violations) {
    boolean selected = filterType == type;
    if (value.isPresent() && !selected) {
      violations.invalid(path, "object", "filter." + field + " must be nil if the filter.type is "
          + "not " + type);
    }
    if (value.isEmpty() && selected) {
      violations.invalid(path, "object", "filter." + field + " must be specified for " + type
          + " filter.type");
    }
  }

  /** The CEL rule {@code self.filter(f, f.type == type).size() <= 1}. */
  static <T> void notRepeated(List<T> filters, Function<T, Object> type, Object repeated,
      FieldPath path, Violations violations) {
    if (filters.stream().filter(f -> type.apply(f) == repeated).count() > 1) {
      violations.invalid(path, "array", repeated + " filter cannot be repeated");
    }
  }

  /**
   * The CEL rule on route rules: names, where set, are unique ({@code self.all(l1, !has(l1.name)
   * || self.exists_one(l2, has(l2.name) && l1.name == l2.name))}).
   */
  static void uniqueRuleNames(List<Optional<String>> names, FieldPath path,
      Violations violations) {
    Set<String> seen = new HashSet<>();
    for (Optional<String> name : names) {
      if (name.isPresent() && !seen.add(name.get())) {
        violations.invalid(path, "array", "Rule name must be unique within the route");
        return;
      }
    }
  }

  /**
   * The backends of the mirror and external authorization filters among {@code filters}, checked
   * as {@link BackendObjectReference#validateServiceNamespace} does.
   */
  static void validateFilterNamespaces(String routeNamespace, List<HTTPRouteFilter> filters,
      FieldPath path, Violations violations) {
    for (int i = 0; i < filters.size(); i++) {
      HTTPRouteFilter filter = filters.get(i);
      FieldPath at = path.index(i);
      filter.requestMirror().map(HTTPRequestMirrorFilter::backendRef).ifPresent(ref ->
          validateServiceNamespace(routeNamespace, ref, at.child("requestMirror"), violations));
      filter.externalAuth().map(HTTPExternalAuthFilter::backendRef).ifPresent(ref ->
          validateServiceNamespace(routeNamespace, ref, at.child("externalAuth"), violations));
    }
  }

  /** The same as {@link #validateFilterNamespaces} for GRPCRoute's mirror filters. */
  static void validateGrpcFilterNamespaces(String routeNamespace, List<GRPCRouteFilter> filters,
      FieldPath path, Violations violations) {
    for (int i = 0; i < filters.size(); i++) {
      FieldPath at = path.index(i).child("requestMirror");
      filters.get(i).requestMirror().map(HTTPRequestMirrorFilter::backendRef).ifPresent(ref ->
          validateServiceNamespace(routeNamespace, ref, at, violations));
    }
  }

  private static void validateServiceNamespace(String routeNamespace, BackendObjectReference ref,
      FieldPath filterPath, Violations violations) {
    BackendObjectReference.validateServiceNamespace(routeNamespace, ref.name(), ref.namespace(),
        ref.serviceNamespace(), filterPath.child("backendRef"), violations);
  }
}
