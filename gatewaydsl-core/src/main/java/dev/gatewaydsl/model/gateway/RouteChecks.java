package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.internal.Syntax;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checks TCPRoute, TLSRoute and UDPRoute share: their parentRefs, their rules (whose limits
 * depend on the apiVersion) and the backendRefs of a rule.
 */
final class RouteChecks {

  /** The most parentRefs a route may have. */
  static final int MAX_PARENT_REFS = 32;
  /** The most rules a route may have as {@code v1} or {@code v1alpha3}. */
  static final int MAX_RULES = 1;
  /** The most rules a route may have as {@code v1alpha2}. */
  static final int MAX_RULES_V1ALPHA2 = 16;
  /** The most backendRefs a rule may have. */
  static final int MAX_BACKEND_REFS = 16;

  private RouteChecks() {}

  /** {@code parentRefs}: at most 32, each valid, and the two sectionName rules. */
  static void parentRefs(List<ParentReference> refs, FieldPath path, Violations violations) {
    if (refs.size() > MAX_PARENT_REFS) {
      violations.tooMany(path, refs.size(), MAX_PARENT_REFS);
    }
    for (int i = 0; i < refs.size(); i++) {
      refs.get(i).validate(path.index(i), violations);
    }
    ParentReference.validateSectionNames(refs, path, violations);
  }

  /**
   * {@code rules}: at least one; at most one as {@code v1} and {@code v1alpha3}; at most 16, with
   * unique names, as {@code v1alpha2}. {@code names} are the rules' names, in the same order.
   */
  static void rules(String apiVersion, List<? extends Validatable> rules,
      List<Optional<String>> names, FieldPath path, Violations violations) {
    boolean v1alpha2 = GatewayApi.V1ALPHA2.equals(apiVersion);
    int max = v1alpha2 ? MAX_RULES_V1ALPHA2 : MAX_RULES;
    if (rules.isEmpty()) {
      violations.required(path, "");
    } else if (rules.size() > max) {
      violations.tooMany(path, rules.size(), max);
    }
    for (int i = 0; i < rules.size(); i++) {
      rules.get(i).validate(path.index(i), violations);
    }
    if (v1alpha2) {
      Set<String> seen = new HashSet<>();
      boolean repeated = names.stream().flatMap(Optional::stream).anyMatch(n -> !seen.add(n));
      if (repeated) {
        violations.invalid(path, "array", "Rule name must be unique within the route");
      }
    }
  }

  /** A rule's {@code name} (optional) and {@code backendRefs}: 1 to 16, each valid. */
  static void rule(Optional<String> name, List<BackendRef> backendRefs, FieldPath path,
      Violations violations) {
    name.ifPresent(n -> Syntax.dns1123Subdomain(n, path.child("name"), violations));
    FieldPath refs = path.child("backendRefs");
    if (backendRefs.isEmpty()) {
      violations.required(refs, "");
    } else if (backendRefs.size() > MAX_BACKEND_REFS) {
      violations.tooMany(refs, backendRefs.size(), MAX_BACKEND_REFS);
    }
    for (int i = 0; i < backendRefs.size(); i++) {
      backendRefs.get(i).validate(refs.index(i), violations);
    }
  }
}
