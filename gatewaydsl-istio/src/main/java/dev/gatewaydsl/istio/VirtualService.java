package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Istio's {@code VirtualService} ({@code networking.istio.io}): the HTTP, TLS and TCP routes for
 * a set of hosts, on gateways or in the mesh. Fields from istio/api {@code
 * networking/v1alpha3/virtual_service.proto}; what is not modelled here (fault, corsPolicy,
 * delegate, directResponse, ...) is kept in {@link Unmodelled}.
 *
 * @param apiVersion {@code apiVersion}, e.g. {@code networking.istio.io/v1}
 * @param metadata {@code metadata}
 * @param metadataUnmodelled the other metadata fields
 * @param spec {@code spec}
 * @param unmodelled the other top-level fields
 */
public record VirtualService(String apiVersion, ObjectMeta metadata,
    Unmodelled metadataUnmodelled, Spec spec, Unmodelled unmodelled) implements IstioResource {

  /** The gateway name that means the sidecars of the mesh. */
  public static final String MESH = "mesh";

  /** Checks every field; all problems are reported together. */
  public VirtualService {
    Violations violations = Resources.start("VirtualService", apiVersion, metadata);
    spec.validate(FieldPath.of("spec"), violations);
    violations.throwIfAny();
  }

  @Override
  public String kind() {
    return "VirtualService";
  }

  static VirtualService read(JsonNode document) {
    Resources.Parts<Spec> parts = Resources.read("VirtualService", document, Spec::read);
    return new VirtualService(parts.apiVersion(), parts.metadata(), parts.metadataUnmodelled(),
        parts.spec(), parts.unmodelled());
  }

  @Override
  public ObjectNode toTree() {
    return Resources.write(this, spec.toTree());
  }

  /**
   * {@code spec}.
   *
   * @param hosts {@code hosts}: the destination hosts the routes apply to
   * @param gateways {@code gateways}: {@code [namespace/]name} of Istio Gateways, or {@code
   *     mesh}; none means the mesh
   * @param http {@code http}
   * @param tls {@code tls}
   * @param tcp {@code tcp}
   * @param exportTo {@code exportTo}
   * @param unmodelled the other fields
   */
  public record Spec(List<String> hosts, List<String> gateways, List<HTTPRoute> http,
      List<TLSRoute> tls, List<TCPRoute> tcp, List<String> exportTo, Unmodelled unmodelled) {
    /** Copies the lists. */
    public Spec {
      hosts = List.copyOf(hosts);
      gateways = List.copyOf(gateways);
      http = List.copyOf(http);
      tls = List.copyOf(tls);
      tcp = List.copyOf(tcp);
      exportTo = List.copyOf(exportTo);
    }

    static Spec read(TreeReader r, Violations v) {
      return new Spec(r.strings("hosts"), r.strings("gateways"), r.objects("http", HTTPRoute::read),
          r.objects("tls", TLSRoute::read), r.objects("tcp", TCPRoute::read),
          r.strings("exportTo"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().strings("hosts", hosts).strings("gateways", gateways)
          .objects("http", http, HTTPRoute::toTree).objects("tls", tls, TLSRoute::toTree)
          .objects("tcp", tcp, TCPRoute::toTree).strings("exportTo", exportTo)
          .rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (hosts.isEmpty() && unmodelled.get("delegate") == null) {
        violations.required(path.child("hosts"), "virtual service must have at least one host");
      }
      for (int i = 0; i < hosts.size(); i++) {
        if (hosts.get(i).isEmpty()) {
          violations.invalid(path.child("hosts").index(i), "", "must not be empty");
        }
      }
      for (int i = 0; i < http.size(); i++) {
        http.get(i).validate(path.child("http").index(i), violations);
      }
      for (int i = 0; i < tls.size(); i++) {
        tls.get(i).validate(path.child("tls").index(i), violations);
      }
      for (int i = 0; i < tcp.size(); i++) {
        tcp.get(i).validate(path.child("tcp").index(i), violations);
      }
    }

    /** Whether the routes apply to the mesh: {@code gateways} is empty or names {@code mesh}. */
    public boolean appliesToMesh() {
      return gateways.isEmpty() || gateways.contains(MESH);
    }
  }

  /**
   * One HTTP route: its matches and what is done with a matching request.
   *
   * @param name {@code name}
   * @param match {@code match}: any of them; none matches every request
   * @param route {@code route}: the weighted destinations
   * @param redirect {@code redirect}
   * @param rewrite {@code rewrite}
   * @param timeout {@code timeout}, a duration such as {@code 10s}, or empty
   * @param retries {@code retries}
   * @param mirror {@code mirror}
   * @param mirrors {@code mirrors}
   * @param mirrorPercentage {@code mirrorPercentage}, for {@code mirror}
   * @param headers {@code headers}
   * @param unmodelled the other fields (fault, corsPolicy, delegate, directResponse, ...)
   */
  public record HTTPRoute(String name, List<HTTPMatchRequest> match,
      List<HTTPRouteDestination> route, Optional<HTTPRedirect> redirect,
      Optional<HTTPRewrite> rewrite, String timeout, Optional<HTTPRetry> retries,
      Optional<Destination> mirror, List<HTTPMirrorPolicy> mirrors,
      Optional<Percent> mirrorPercentage, Optional<CorsPolicy> corsPolicy,
      Optional<Headers> headers, Unmodelled unmodelled) {
    /** Copies the lists. */
    public HTTPRoute {
      match = List.copyOf(match);
      route = List.copyOf(route);
      mirrors = List.copyOf(mirrors);
    }

    static HTTPRoute read(TreeReader r) {
      return new HTTPRoute(r.string("name"), r.objects("match", HTTPMatchRequest::read),
          r.objects("route", HTTPRouteDestination::read), r.object("redirect", HTTPRedirect::read),
          r.object("rewrite", HTTPRewrite::read), r.string("timeout"),
          r.object("retries", HTTPRetry::read), r.object("mirror", Destination::read),
          r.objects("mirrors", HTTPMirrorPolicy::read), r.object("mirrorPercentage", Percent::read),
          r.object("corsPolicy", CorsPolicy::read), r.object("headers", Headers::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("name", name)
          .objects("match", match, HTTPMatchRequest::toTree)
          .objects("route", route, HTTPRouteDestination::toTree)
          .object("redirect", redirect, HTTPRedirect::toTree)
          .object("rewrite", rewrite, HTTPRewrite::toTree).string("timeout", timeout)
          .object("retries", retries, HTTPRetry::toTree).object("mirror", mirror, Destination::toTree)
          .objects("mirrors", mirrors, HTTPMirrorPolicy::toTree)
          .object("mirrorPercentage", mirrorPercentage, Percent::toTree)
          .object("corsPolicy", corsPolicy, CorsPolicy::toTree)
          .object("headers", headers, Headers::toTree).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (redirect.isPresent() && !route.isEmpty()) {
        violations.invalid(path.child("redirect"), "redirect",
            "HTTP route cannot contain both route and redirect");
      }
      if (route.isEmpty() && redirect.isEmpty() && unmodelled.get("directResponse") == null
          && unmodelled.get("delegate") == null) {
        violations.required(path.child("route"),
            "HTTP route or redirect or directResponse or delegate is required");
      }
      for (int i = 0; i < match.size(); i++) {
        match.get(i).validate(path.child("match").index(i), violations);
      }
      for (int i = 0; i < route.size(); i++) {
        route.get(i).validate(path.child("route").index(i), violations);
      }
      mirror.ifPresent(m -> m.validate(path.child("mirror"), violations));
      for (int i = 0; i < mirrors.size(); i++) {
        mirrors.get(i).validate(path.child("mirrors").index(i), violations);
      }
      mirrorPercentage.ifPresent(p -> p.validate(path.child("mirrorPercentage"), violations));
      redirect.ifPresent(r -> r.validate(path.child("redirect"), violations));
      retries.ifPresent(r -> r.validate(path.child("retries"), violations));
      if (!timeout.isEmpty()) {
        Durations.check(timeout, path.child("timeout"), violations);
      }
      corsPolicy.ifPresent(c -> c.validate(path.child("corsPolicy"), violations));
    }
  }

  /**
   * {@code corsPolicy}.
   *
   * @param allowOrigin {@code allowOrigin}: exact origins (deprecated in favour of allowOrigins)
   * @param allowOrigins {@code allowOrigins}
   * @param allowMethods {@code allowMethods}
   * @param allowHeaders {@code allowHeaders}
   * @param exposeHeaders {@code exposeHeaders}
   * @param maxAge {@code maxAge}, a duration, or empty
   * @param allowCredentials {@code allowCredentials}
   * @param unmodelled the other fields (unmatchedPreflights)
   */
  public record CorsPolicy(List<String> allowOrigin, List<StringMatch> allowOrigins,
      List<String> allowMethods, List<String> allowHeaders, List<String> exposeHeaders,
      String maxAge, Optional<Boolean> allowCredentials, Unmodelled unmodelled) {
    /** Copies the lists. */
    public CorsPolicy {
      allowOrigin = List.copyOf(allowOrigin);
      allowOrigins = List.copyOf(allowOrigins);
      allowMethods = List.copyOf(allowMethods);
      allowHeaders = List.copyOf(allowHeaders);
      exposeHeaders = List.copyOf(exposeHeaders);
    }

    static CorsPolicy read(TreeReader r) {
      return new CorsPolicy(r.strings("allowOrigin"), r.objects("allowOrigins", StringMatch::read),
          r.strings("allowMethods"), r.strings("allowHeaders"), r.strings("exposeHeaders"),
          r.string("maxAge"), r.bool("allowCredentials"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().strings("allowOrigin", allowOrigin)
          .objects("allowOrigins", allowOrigins, StringMatch::toTree)
          .strings("allowMethods", allowMethods).strings("allowHeaders", allowHeaders)
          .strings("exposeHeaders", exposeHeaders).string("maxAge", maxAge)
          .bool("allowCredentials", allowCredentials).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      for (int i = 0; i < allowOrigins.size(); i++) {
        allowOrigins.get(i).validate(path.child("allowOrigins").index(i), violations);
      }
      if (!maxAge.isEmpty()) {
        Durations.check(maxAge, path.child("maxAge"), violations);
      }
    }
  }

  /**
   * One way a request can match: every condition set must hold.
   *
   * @param name {@code name}
   * @param uri {@code uri}
   * @param scheme {@code scheme}
   * @param method {@code method}
   * @param authority {@code authority}
   * @param headers {@code headers}, by lower-case name
   * @param queryParams {@code queryParams}
   * @param port {@code port}
   * @param sourceLabels {@code sourceLabels}
   * @param gateways {@code gateways}
   * @param ignoreUriCase {@code ignoreUriCase}
   * @param withoutHeaders {@code withoutHeaders}
   * @param sourceNamespace {@code sourceNamespace}
   * @param unmodelled the other fields
   */
  public record HTTPMatchRequest(String name, Optional<StringMatch> uri,
      Optional<StringMatch> scheme, Optional<StringMatch> method, Optional<StringMatch> authority,
      Map<String, StringMatch> headers, Map<String, StringMatch> queryParams,
      Optional<Integer> port, Map<String, String> sourceLabels, List<String> gateways,
      Optional<Boolean> ignoreUriCase, Map<String, StringMatch> withoutHeaders,
      String sourceNamespace, Unmodelled unmodelled) {
    /** Copies the collections. */
    public HTTPMatchRequest {
      headers = Maps.copy(headers);
      queryParams = Maps.copy(queryParams);
      sourceLabels = Maps.copy(sourceLabels);
      gateways = List.copyOf(gateways);
      withoutHeaders = Maps.copy(withoutHeaders);
    }

    static HTTPMatchRequest read(TreeReader r) {
      return new HTTPMatchRequest(r.string("name"), r.object("uri", StringMatch::read),
          r.object("scheme", StringMatch::read), r.object("method", StringMatch::read),
          r.object("authority", StringMatch::read), r.objectMap("headers", StringMatch::read),
          r.objectMap("queryParams", StringMatch::read), r.integer("port"),
          r.stringMap("sourceLabels"), r.strings("gateways"), r.bool("ignoreUriCase"),
          r.objectMap("withoutHeaders", StringMatch::read), r.string("sourceNamespace"),
          r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("name", name).object("uri", uri, StringMatch::toTree)
          .object("scheme", scheme, StringMatch::toTree)
          .object("method", method, StringMatch::toTree)
          .object("authority", authority, StringMatch::toTree)
          .objectMap("headers", headers, StringMatch::toTree)
          .objectMap("queryParams", queryParams, StringMatch::toTree).integer("port", port)
          .stringMap("sourceLabels", sourceLabels).strings("gateways", gateways)
          .bool("ignoreUriCase", ignoreUriCase)
          .objectMap("withoutHeaders", withoutHeaders, StringMatch::toTree)
          .string("sourceNamespace", sourceNamespace).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      uri.ifPresent(m -> m.validate(path.child("uri"), violations));
      scheme.ifPresent(m -> m.validate(path.child("scheme"), violations));
      method.ifPresent(m -> m.validate(path.child("method"), violations));
      authority.ifPresent(m -> m.validate(path.child("authority"), violations));
      headers.forEach((k, m) -> m.validate(path.child("headers").key(k), violations));
      queryParams.forEach((k, m) -> m.validate(path.child("queryParams").key(k), violations));
      withoutHeaders.forEach((k, m) -> m.validate(path.child("withoutHeaders").key(k),
          violations));
      port.ifPresent(p -> Maps.port(p, path.child("port"), violations));
    }
  }

  /**
   * A string condition: at most one of exact, prefix and regex (RE2); none matches any value
   * that is present.
   *
   * @param exact {@code exact}
   * @param prefix {@code prefix}
   * @param regex {@code regex}
   * @param unmodelled the other fields
   */
  public record StringMatch(Optional<String> exact, Optional<String> prefix,
      Optional<String> regex, Unmodelled unmodelled) {

    /** An exact match. */
    public static StringMatch exact(String value) {
      return new StringMatch(Optional.of(value), Optional.empty(), Optional.empty(),
          Unmodelled.none());
    }

    /** A prefix match. */
    public static StringMatch prefix(String value) {
      return new StringMatch(Optional.empty(), Optional.of(value), Optional.empty(),
          Unmodelled.none());
    }

    /** A regular expression (RE2) match. */
    public static StringMatch regex(String value) {
      return new StringMatch(Optional.empty(), Optional.empty(), Optional.of(value),
          Unmodelled.none());
    }

    static StringMatch read(TreeReader r) {
      return new StringMatch(optional(r.string("exact")), optional(r.string("prefix")),
          optional(r.string("regex")), r.rest());
    }

    private static Optional<String> optional(String value) {
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    JsonNode toTree() {
      TreeWriter w = new TreeWriter();
      exact.ifPresent(v -> w.node().put("exact", v));
      prefix.ifPresent(v -> w.node().put("prefix", v));
      regex.ifPresent(v -> w.node().put("regex", v));
      return w.rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      int set = (exact.isPresent() ? 1 : 0) + (prefix.isPresent() ? 1 : 0)
          + (regex.isPresent() ? 1 : 0);
      if (set > 1) {
        violations.forbidden(path, "only one of exact, prefix or regex may be set");
      }
    }
  }

  /**
   * A weighted destination of an HTTP route.
   *
   * @param destination {@code destination}: required
   * @param weight {@code weight}: the share of the traffic, 0 to 100
   * @param headers {@code headers}: changes for this destination only
   * @param unmodelled the other fields
   */
  public record HTTPRouteDestination(Destination destination, Optional<Integer> weight,
      Optional<Headers> headers, Unmodelled unmodelled) {
    static HTTPRouteDestination read(TreeReader r) {
      return new HTTPRouteDestination(
          r.object("destination", Destination::read).orElse(Destination.NONE),
          r.integer("weight"), r.object("headers", Headers::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().object("destination", Optional.of(destination),
              Destination::toTree).integer("weight", weight)
          .object("headers", headers, Headers::toTree).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      destination.validate(path.child("destination"), violations);
      weight.filter(w -> w < 0 || w > 100).ifPresent(w -> violations.invalid(
          path.child("weight"), w, "must be between 0 and 100, inclusive"));
    }
  }

  /**
   * A weighted destination of a TCP or TLS route.
   *
   * @param destination {@code destination}: required
   * @param weight {@code weight}: 0 to 100
   * @param unmodelled the other fields
   */
  public record RouteDestination(Destination destination, Optional<Integer> weight,
      Unmodelled unmodelled) {
    static RouteDestination read(TreeReader r) {
      return new RouteDestination(
          r.object("destination", Destination::read).orElse(Destination.NONE),
          r.integer("weight"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().object("destination", Optional.of(destination),
          Destination::toTree).integer("weight", weight).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      destination.validate(path.child("destination"), violations);
      weight.filter(w -> w < 0 || w > 100).ifPresent(w -> violations.invalid(
          path.child("weight"), w, "must be between 0 and 100, inclusive"));
    }
  }

  /**
   * A service in the registry: a Kubernetes Service by short name or FQDN, or a ServiceEntry
   * host, with an optional subset and port.
   *
   * @param host {@code host}: required
   * @param subset {@code subset}: a subset of the host's DestinationRule, or empty
   * @param port {@code port.number}
   * @param unmodelled the other fields
   */
  public record Destination(String host, String subset, Optional<Integer> port,
      Unmodelled unmodelled) {
    static final Destination NONE =
        new Destination("", "", Optional.empty(), Unmodelled.none());

    /** A destination with just a host. */
    public static Destination of(String host) {
      return new Destination(host, "", Optional.empty(), Unmodelled.none());
    }

    static Destination read(TreeReader r) {
      return new Destination(r.string("host"), r.string("subset"),
          r.object("port", p -> p.integer("number")).flatMap(p -> p), r.rest());
    }

    JsonNode toTree() {
      TreeWriter w = new TreeWriter().string("host", host).string("subset", subset);
      port.ifPresent(p -> w.node().putObject("port").put("number", p));
      return w.rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (host.isEmpty()) {
        violations.required(path.child("host"), "destination must have a host");
      }
      port.ifPresent(p -> Maps.port(p, path.child("port").child("number"), violations));
    }
  }

  /**
   * {@code redirect}.
   *
   * @param uri {@code uri}: the new path
   * @param authority {@code authority}: the new host
   * @param port {@code port}
   * @param derivePort {@code derivePort}: FROM_PROTOCOL_DEFAULT or FROM_REQUEST_PORT
   * @param scheme {@code scheme}
   * @param redirectCode {@code redirectCode}, 301 when unset
   * @param unmodelled the other fields
   */
  public record HTTPRedirect(String uri, String authority, Optional<Integer> port,
      String derivePort, String scheme, Optional<Integer> redirectCode, Unmodelled unmodelled) {
    static HTTPRedirect read(TreeReader r) {
      return new HTTPRedirect(r.string("uri"), r.string("authority"), r.integer("port"),
          r.string("derivePort"), r.string("scheme"), r.integer("redirectCode"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("uri", uri).string("authority", authority)
          .integer("port", port).string("derivePort", derivePort).string("scheme", scheme)
          .integer("redirectCode", redirectCode).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      port.ifPresent(p -> Maps.port(p, path.child("port"), violations));
      redirectCode.filter(c -> c < 300 || c > 399).ifPresent(c -> violations.invalid(
          path.child("redirectCode"), c, "must be a 3xx status code"));
    }
  }

  /**
   * {@code rewrite}.
   *
   * @param uri {@code uri}: replaces the matched prefix, or the whole path
   * @param authority {@code authority}: the new Host
   * @param unmodelled the other fields (uriRegexRewrite)
   */
  public record HTTPRewrite(String uri, String authority, Unmodelled unmodelled) {
    static HTTPRewrite read(TreeReader r) {
      return new HTTPRewrite(r.string("uri"), r.string("authority"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().string("uri", uri).string("authority", authority)
          .rest(unmodelled).node();
    }
  }

  /**
   * {@code retries}.
   *
   * @param attempts {@code attempts}
   * @param perTryTimeout {@code perTryTimeout}
   * @param retryOn {@code retryOn}: comma-separated conditions and status codes
   * @param unmodelled the other fields
   */
  public record HTTPRetry(Optional<Integer> attempts, String perTryTimeout, String retryOn,
      Unmodelled unmodelled) {
    static HTTPRetry read(TreeReader r) {
      return new HTTPRetry(r.integer("attempts"), r.string("perTryTimeout"),
          r.string("retryOn"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().integer("attempts", attempts)
          .string("perTryTimeout", perTryTimeout).string("retryOn", retryOn)
          .rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      attempts.filter(a -> a < 0).ifPresent(a -> violations.invalid(path.child("attempts"), a,
          "must be greater than or equal to 0"));
      if (!perTryTimeout.isEmpty()) {
        Durations.check(perTryTimeout, path.child("perTryTimeout"), violations);
      }
    }
  }

  /**
   * One entry of {@code mirrors}.
   *
   * @param destination {@code destination}
   * @param percentage {@code percentage}
   * @param unmodelled the other fields
   */
  public record HTTPMirrorPolicy(Destination destination, Optional<Percent> percentage,
      Unmodelled unmodelled) {
    static HTTPMirrorPolicy read(TreeReader r) {
      return new HTTPMirrorPolicy(
          r.object("destination", Destination::read).orElse(Destination.NONE),
          r.object("percentage", Percent::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().object("destination", Optional.of(destination),
          Destination::toTree).object("percentage", percentage, Percent::toTree)
          .rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      destination.validate(path.child("destination"), violations);
      percentage.ifPresent(p -> p.validate(path.child("percentage"), violations));
    }
  }

  /**
   * A percentage, 0.0 to 100.0.
   *
   * @param value {@code value}
   * @param unmodelled the other fields
   */
  public record Percent(double value, Unmodelled unmodelled) {
    static Percent read(TreeReader r) {
      return new Percent(r.number("value").orElse(0.0), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().number("value", Optional.of(value)).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (!(value >= 0 && value <= 100)) {
        violations.invalid(path.child("value"), value, "must be between 0 and 100, inclusive");
      }
    }
  }

  /**
   * {@code headers}: changes to the request and response headers.
   *
   * @param request {@code request}
   * @param response {@code response}
   * @param unmodelled the other fields
   */
  public record Headers(Optional<HeaderOperations> request, Optional<HeaderOperations> response,
      Unmodelled unmodelled) {
    static Headers read(TreeReader r) {
      return new Headers(r.object("request", HeaderOperations::read),
          r.object("response", HeaderOperations::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().object("request", request, HeaderOperations::toTree)
          .object("response", response, HeaderOperations::toTree).rest(unmodelled).node();
    }
  }

  /**
   * Header changes: {@code set}, {@code add} and {@code remove}.
   *
   * @param set {@code set}
   * @param add {@code add}
   * @param remove {@code remove}
   * @param unmodelled the other fields
   */
  public record HeaderOperations(Map<String, String> set, Map<String, String> add,
      List<String> remove, Unmodelled unmodelled) {
    /** Copies the collections. */
    public HeaderOperations {
      set = Maps.copy(set);
      add = Maps.copy(add);
      remove = List.copyOf(remove);
    }

    static HeaderOperations read(TreeReader r) {
      return new HeaderOperations(r.stringMap("set"), r.stringMap("add"), r.strings("remove"),
          r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().stringMap("set", set).stringMap("add", add)
          .strings("remove", remove).rest(unmodelled).node();
    }
  }

  /**
   * One TCP route.
   *
   * @param match {@code match}
   * @param route {@code route}
   * @param unmodelled the other fields
   */
  public record TCPRoute(List<L4MatchAttributes> match, List<RouteDestination> route,
      Unmodelled unmodelled) {
    /** Copies the lists. */
    public TCPRoute {
      match = List.copyOf(match);
      route = List.copyOf(route);
    }

    static TCPRoute read(TreeReader r) {
      return new TCPRoute(r.objects("match", L4MatchAttributes::read),
          r.objects("route", RouteDestination::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().objects("match", match, L4MatchAttributes::toTree)
          .objects("route", route, RouteDestination::toTree).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      for (int i = 0; i < match.size(); i++) {
        FieldPath at = path.child("match").index(i).child("port");
        match.get(i).port().ifPresent(p -> Maps.port(p, at, violations));
      }
      if (route.isEmpty()) {
        violations.required(path.child("route"), "TCP route is required");
      }
      for (int i = 0; i < route.size(); i++) {
        route.get(i).validate(path.child("route").index(i), violations);
      }
    }
  }

  /**
   * A TCP match.
   *
   * @param port {@code port}
   * @param gateways {@code gateways}
   * @param unmodelled the other fields (destinationSubnets, sourceLabels, ...)
   */
  public record L4MatchAttributes(Optional<Integer> port, List<String> gateways,
      Unmodelled unmodelled) {
    /** Copies the gateways. */
    public L4MatchAttributes {
      gateways = List.copyOf(gateways);
    }

    static L4MatchAttributes read(TreeReader r) {
      return new L4MatchAttributes(r.integer("port"), r.strings("gateways"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().integer("port", port).strings("gateways", gateways)
          .rest(unmodelled).node();
    }
  }

  /**
   * One TLS route, by SNI.
   *
   * @param match {@code match}: at least one
   * @param route {@code route}
   * @param unmodelled the other fields
   */
  public record TLSRoute(List<TLSMatchAttributes> match, List<RouteDestination> route,
      Unmodelled unmodelled) {
    /** Copies the lists. */
    public TLSRoute {
      match = List.copyOf(match);
      route = List.copyOf(route);
    }

    static TLSRoute read(TreeReader r) {
      return new TLSRoute(r.objects("match", TLSMatchAttributes::read),
          r.objects("route", RouteDestination::read), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().objects("match", match, TLSMatchAttributes::toTree)
          .objects("route", route, RouteDestination::toTree).rest(unmodelled).node();
    }

    void validate(FieldPath path, Violations violations) {
      if (match.isEmpty()) {
        violations.required(path.child("match"), "TLS route must have at least one match");
      }
      for (int i = 0; i < match.size(); i++) {
        if (match.get(i).sniHosts().isEmpty()) {
          violations.required(path.child("match").index(i).child("sniHosts"),
              "TLS match must have at least one SNI host");
        }
      }
      for (int i = 0; i < route.size(); i++) {
        route.get(i).validate(path.child("route").index(i), violations);
      }
    }
  }

  /**
   * A TLS match.
   *
   * @param sniHosts {@code sniHosts}
   * @param port {@code port}
   * @param gateways {@code gateways}
   * @param unmodelled the other fields
   */
  public record TLSMatchAttributes(List<String> sniHosts, Optional<Integer> port,
      List<String> gateways, Unmodelled unmodelled) {
    /** Copies the lists. */
    public TLSMatchAttributes {
      sniHosts = List.copyOf(sniHosts);
      gateways = List.copyOf(gateways);
    }

    static TLSMatchAttributes read(TreeReader r) {
      return new TLSMatchAttributes(r.strings("sniHosts"), r.integer("port"),
          r.strings("gateways"), r.rest());
    }

    JsonNode toTree() {
      return new TreeWriter().strings("sniHosts", sniHosts).integer("port", port)
          .strings("gateways", gateways).rest(unmodelled).node();
    }
  }
}
