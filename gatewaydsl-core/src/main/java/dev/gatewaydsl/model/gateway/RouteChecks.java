package dev.gatewaydsl.model.gateway;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Validatable;
import dev.gatewaydsl.validation.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules the route types share: list sizes, list-map keys, set entries, filter unions and
 * filter lists, backend references and their namespaces. Package-private, unlike static methods
 * of the model interfaces.
 */
final class RouteChecks {
  private RouteChecks() {}

  /** Each entry checked at its index. */
  static void each(List<? extends Validatable> entries, FieldPath path, Violations violations) {
    for (int i = 0; i < entries.size(); i++) {
      entries.get(i).validate(path.index(i), violations);
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

  /**
   * A list map keyed by {@code name}: each entry valid, see {@link #each}, and no name twice, see
   * {@link #uniqueNames}.
   */
  static <T extends Validatable> void listMap(List<T> entries, Function<T, String> name,
      FieldPath path, Violations violations) {
    each(entries, path, violations);
    uniqueNames(entries, name, path, violations);
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

  /**
   * The {@link #unionMember} rules of the members every route kind's filter has, in this order:
   * {@code requestHeaderModifier}, {@code responseHeaderModifier} and {@code requestMirror}, whose
   * types in the filter's type enum are given.
   */
  static <T extends Enum<T>> void sharedUnionMembers(RouteFilter<T> filter,
      T requestHeaderModifier, T responseHeaderModifier, T requestMirror, FieldPath path,
      Violations violations) {
    T filterType = filter.type();
    unionMember(filterType, requestHeaderModifier, filter.requestHeaderModifier(),
        "requestHeaderModifier", path, violations);
    unionMember(filterType, responseHeaderModifier, filter.responseHeaderModifier(),
        "responseHeaderModifier", path, violations);
    unionMember(filterType, requestMirror, filter.requestMirror(), "requestMirror", path,
        violations);
  }

  /**
   * Checks the members every route kind's filter has, where set, in this order: {@code
   * requestHeaderModifier}, {@code responseHeaderModifier} and {@code requestMirror}.
   */
  static void sharedMembers(RouteFilter<?> filter, FieldPath path, Violations violations) {
    filter.requestHeaderModifier().ifPresent(
        h -> h.validate(path.child("requestHeaderModifier"), violations));
    filter.responseHeaderModifier().ifPresent(
        h -> h.validate(path.child("responseHeaderModifier"), violations));
    filter.requestMirror().ifPresent(m -> m.validate(path.child("requestMirror"), violations));
  }

  /**
   * The CEL rules {@code self.filter(f, f.type == type).size() <= 1}, one for each of {@code
   * types} in order.
   */
  static <T> void noneRepeated(List<T> filters, Function<T, Object> type, List<?> types,
      FieldPath path, Violations violations) {
    for (Object repeated : types) {
      notRepeated(filters, type, repeated, path, violations);
    }
  }

  /** The CEL rule {@code self.filter(f, f.type == type).size() <= 1}. */
  static <T> void notRepeated(List<T> filters, Function<T, Object> type, Object repeated,
      FieldPath path, Violations violations) {
    int count = 0;
    for (T filter : filters) {
      if (type.apply(filter) == repeated && ++count == 2) {
        violations.invalid(path, "array", repeated + " filter cannot be repeated");
        return;
      }
    }
  }

  /**
   * The spec of HTTPRoute and GRPCRoute, with {@link HTTPRouteSpec}'s limits: {@code parentRefs},
   * {@code hostnames} and {@code rules}, each valid, and the CEL rules on the total of {@code
   * matches} (as the kind counts them) and on rule names.
   */
  static void requestRouteSpec(CommonRouteSpec spec, int matches, FieldPath path,
      Violations violations) {
    ParentReference.validateSectionNamesAndPorts(spec.parentRefs(), path.child("parentRefs"),
        violations);
    FieldPath rulesPath = path.child("rules");
    each(spec.rules(), rulesPath, violations);
    if (matches > 128) { // the CRD's CEL rule on rules
      violations.invalid(rulesPath, "array", "While 16 rules and 64 matches per rule are allowed, "
          + "the total number of matches across all rules in a route must be less than 128");
    }
    if (violations.isExperimentalChannel()) { // a rule of the experimental channel only
      uniqueRuleNames(spec.rules().stream().map(RouteRule::name).toList(), rulesPath,
          violations);
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
   * Backend references made from a Service in another namespace must name that namespace, in
   * every rule's backends and in the backends of the mirror and external authorization filters of
   * rules and backends: see {@link HTTPBackendRef#to}.
   */
  static void serviceNamespaces(String routeNamespace, List<? extends RouteRule> rules,
      FieldPath path, Violations violations) {
    for (int i = 0; i < rules.size(); i++) {
      RouteRule rule = rules.get(i);
      FieldPath at = path.index(i);
      filterNamespaces(routeNamespace, rule.filters(), at.child("filters"), violations);
      for (int j = 0; j < rule.backendRefs().size(); j++) {
        CommonBackendRef ref = rule.backendRefs().get(j);
        FieldPath refPath = at.child("backendRefs").index(j);
        serviceNamespace(routeNamespace, ref.name(), ref.namespace(), ref.serviceNamespace(),
            refPath, violations);
        filterNamespaces(routeNamespace, ref.filters(), refPath.child("filters"), violations);
      }
    }
  }

  /**
   * The backends of the mirror and external authorization filters among {@code filters}, checked
   * as {@link #serviceNamespace} does.
   */
  private static void filterNamespaces(String routeNamespace, List<? extends RouteFilter<?>> filters,
      FieldPath path, Violations violations) {
    for (int i = 0; i < filters.size(); i++) {
      RouteFilter<?> filter = filters.get(i);
      FieldPath at = path.index(i);
      filter.requestMirror().map(HTTPRequestMirrorFilter::backendRef).ifPresent(ref ->
          filterBackendNamespace(routeNamespace, ref, at.child("requestMirror"), violations));
      filter.externalAuth().map(HTTPExternalAuthFilter::backendRef).ifPresent(ref ->
          filterBackendNamespace(routeNamespace, ref, at.child("externalAuth"), violations));
    }
  }

  private static void filterBackendNamespace(String routeNamespace, BackendObjectReference ref,
      FieldPath filterPath, Violations violations) {
    serviceNamespace(routeNamespace, ref.name(), ref.namespace(),
        ref.serviceNamespace(), filterPath.child("backendRef"), violations);
  }

  /**
   * The CEL rule of every backend reference ({@code BackendObjectReference} inline in {@code
   * HTTPBackendRef}, {@code GRPCBackendRef}, ...) that a Service reference has a port; the schema
   * facts of its fields are the schema walk's.
   */
  static void backendReference(Optional<String> group, Optional<String> kind,
      Optional<Integer> port, FieldPath path, Violations violations) {
    boolean isService = group.orElse("").isEmpty() && kind.orElse("Service").equals("Service");
    if (isService && port.isEmpty()) {
      violations.required(path.child("port"), "Must have port for Service reference");
    }
  }

  /**
   * The fields of an {@link HTTPBackendRef} or {@link GRPCBackendRef} other than {@code filters}:
   * see {@link #backendReference} ({@code weight}'s bounds are the schema's).
   */
  static void backendRef(CommonBackendRef ref, FieldPath path, Violations violations) {
    backendReference(ref.group(), ref.kind(), ref.port(), path, violations);
  }

  /**
   * Reports a reference made from a Service ({@code serviceNamespace}) that names no {@code
   * namespace} although the Service is in another namespace than the route ({@code
   * routeNamespace}). Nothing is reported when either namespace is unknown.
   */
  static void serviceNamespace(String routeNamespace, String name,
      Optional<String> namespace, Optional<String> serviceNamespace, FieldPath path,
      Violations violations) {
    if (namespace.isPresent() || routeNamespace.isEmpty()) {
      return;
    }
    serviceNamespace.filter(s -> !s.equals(routeNamespace)).ifPresent(s ->
        violations.required(path.child("namespace"), "Service \"" + name + "\" is in namespace \""
            + s + "\", not in the route's namespace \"" + routeNamespace + "\"; use "
            + "inNamespaceOf(service) to reference it there"));
  }

  /**
   * The rules of an HTTPRoute {@code filters} list, of a rule or of a backend: at most 16, each
   * valid, no RequestRedirect together with URLRewrite, and no repeated CORS, header modifier, redirect or
   * rewrite filter.
   */
  static void httpFilters(List<HTTPRouteFilter> filters, FieldPath path,
      Violations violations) {
    each(filters, path, violations);
    if (filters.size() < 2) {
      return; // the rules below are about two filters or more
    }
    if (filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.REQUEST_REDIRECT)
        && filters.stream().anyMatch(f -> f.type() == HTTPRouteFilterType.URL_REWRITE)) {
      violations.invalid(path, "array", "May specify either httpRouteFilterRequestRedirect or "
          + "httpRouteFilterRequestRewrite, but not both");
    }
    noneRepeated(filters, HTTPRouteFilter::type, List.of(HTTPRouteFilterType.CORS,
        HTTPRouteFilterType.REQUEST_HEADER_MODIFIER, HTTPRouteFilterType.RESPONSE_HEADER_MODIFIER,
        HTTPRouteFilterType.REQUEST_REDIRECT, HTTPRouteFilterType.URL_REWRITE), path, violations);
  }

  /**
   * Whether this filter redirects with {@code path.replacePrefixMatch} (as the CEL rules test
   * it: {@code has(f.requestRedirect) && has(f.requestRedirect.path) && type == ReplacePrefixMatch
   * && has(replacePrefixMatch)}).
   */
  static boolean redirectsPrefixMatch(HTTPRouteFilter filter) {
    return replacesPrefixMatch(filter.requestRedirect().flatMap(HTTPRequestRedirectFilter::path));
  }

  /** Whether this filter rewrites with {@code path.replacePrefixMatch}. */
  static boolean rewritesPrefixMatch(HTTPRouteFilter filter) {
    return replacesPrefixMatch(filter.urlRewrite().flatMap(HTTPURLRewriteFilter::path));
  }

  /**
   * The rules of a GRPCRoute {@code filters} list, of a rule or of a backend: at most 16, each
   * valid, no repeated header modifier.
   */
  static void grpcFilters(List<GRPCRouteFilter> filters, FieldPath path,
      Violations violations) {
    each(filters, path, violations);
    noneRepeated(filters, GRPCRouteFilter::type, List.of(
        GRPCRouteFilterType.REQUEST_HEADER_MODIFIER, GRPCRouteFilterType.RESPONSE_HEADER_MODIFIER),
        path, violations);
  }

  /** Whether this replaces the prefix match: the case the rule's CEL rules restrict. */
  static boolean replacesPrefixMatch(Optional<HTTPPathModifier> path) {
    return path.filter(p -> p.type() == HTTPPathModifierType.REPLACE_PREFIX_MATCH
        && p.replacePrefixMatch().isPresent()).isPresent();
  }


  /** {@code parentRefs}: the two sectionName rules. */
  static void parentRefs(List<ParentReference> refs, FieldPath path, Violations violations) {
    ParentReference.validateSectionNames(refs, path, violations);
  }

  /**
   * {@code rules}: each valid, with unique names as {@code v1alpha2} (where a route
   * may have more than one). {@code names} are the rules' names, in the same order.
   */
  static void rules(String apiVersion, List<? extends Validatable> rules,
      List<Optional<String>> names, FieldPath path, Violations violations) {
    boolean v1alpha2 = GatewayApi.V1ALPHA2.equals(apiVersion);
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

  /** A rule's {@code backendRefs}: each valid. */
  static void rule(List<BackendRef> backendRefs, FieldPath path, Violations violations) {
    FieldPath refs = path.child("backendRefs");
    for (int i = 0; i < backendRefs.size(); i++) {
      backendRefs.get(i).validate(refs.index(i), violations);
    }
  }
}
