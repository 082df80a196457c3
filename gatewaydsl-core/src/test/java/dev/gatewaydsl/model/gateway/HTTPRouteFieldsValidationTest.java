package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.DURATION;
import static dev.gatewaydsl.model.CrdSchemaMessages.HEADER_NAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.HEADER_VALUE;
import static dev.gatewaydsl.model.CrdSchemaMessages.NAMESPACE;
import static dev.gatewaydsl.model.CrdSchemaMessages.ORIGIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.atLeast;
import static dev.gatewaydsl.model.CrdSchemaMessages.atMost;
import static dev.gatewaydsl.model.CrdSchemaMessages.outsidePattern;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.CrdSchemaMessages;
import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.model.workload.ServicePort;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One rule per test, on both sides of its boundary, with the exact message. The rules are the
 * HTTPRoute v1.6.1 CRD's schema constraints and CEL rules (standard and experimental channel).
 */
class HTTPRouteFieldsValidationTest {

  private static final String PREFIX = "HTTPRoute \"r\" is invalid: ";
  private static final Service BACKEND = Service.builder().name("backend").namespace("shop")
      .selector("app", "backend").port(ServicePort.of(80)).build();

  /** A route in {@code shop} with the one rule {@code rule}. */
  static HTTPRoute.Builder route(HTTPRouteRule rule) {
    return HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r").namespace("shop").rule(rule);
  }

  /** A route with one rule that has the one match {@code match}. */
  static HTTPRoute.Builder routeMatching(HTTPRouteMatch match) {
    return route(HTTPRouteRule.match(match));
  }

  /** A route with one rule that has the one filter {@code filter}. */
  static HTTPRoute.Builder routeFiltering(HTTPRouteFilter filter) {
    return route(HTTPRouteRule.builder().addFilter(filter).build());
  }

  /** Every route a test accepted: the API server must accept them too (see {@link #oracle}). */
  private static final List<HTTPRoute> ACCEPTED = new ArrayList<>();

  static void assertValid(HTTPRoute.Builder route) {
    HTTPRoute built = route.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(built), built.target())).containsExactly(built);
    ACCEPTED.add(built);
  }

  /** Accepted routes that use experimental-channel fields: checked with that channel only. */
  private static final List<HTTPRoute> ACCEPTED_EXPERIMENTAL = new ArrayList<>();

  static void assertValidExperimental(HTTPRoute.Builder route) {
    HTTPRoute built = route.build();
    assertThat(Manifests.fromYaml(Manifests.toYaml(built), built.target())).containsExactly(built);
    ACCEPTED_EXPERIMENTAL.add(built);
  }

  @AfterAll
  static void oracle() throws Exception {
    String yaml = Manifests.toYaml(ACCEPTED);
    CrdCheck.assertAccepted("HTTPRouteValidationTest-accepted-standard", yaml, CrdCheck.V1_6_1_STANDARD);
    CrdCheck.assertAccepted("HTTPRouteValidationTest-accepted-experimental",
        yaml + "---\n" + Manifests.toYaml(ACCEPTED_EXPERIMENTAL), CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  static void assertInvalid(HTTPRoute.Builder route, String problem) {
    assertThatThrownBy(route::build).isInstanceOf(InvalidResourceException.class)
        .hasMessage(PREFIX + problem);
  }

  static String times(String text, int count) {
    return String.join("", Collections.nCopies(count, text));
  }

  @Nested
  class Matches {

    @Test
    void headerNamesAreHttpTokens() {
      assertValid(routeMatching(HTTPRouteMatch.header("X-Version_2~!#$%&'*+.^`|", "1")));
      assertInvalid(routeMatching(HTTPRouteMatch.header("X Version", "1")),
          "spec.rules[0].matches[0].headers[0].name: Invalid value: \"X Version\": "
              + shouldMatch(HEADER_NAME));
    }

    @Test
    void headerNamesHaveAtMost256Characters() {
      assertValid(routeMatching(HTTPRouteMatch.header("x".repeat(256), "1")));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x".repeat(257), "1")),
          "spec.rules[0].matches[0].headers[0].name: " + tooLong(256, 257));
    }

    @Test
    void headerNamesAreNotEmpty() {
      assertInvalid(routeMatching(HTTPRouteMatch.header("", "1")),
          "spec.rules[0].matches[0].headers[0].name: Required value");
    }

    @Test
    void headerValuesHave1To4096Characters() {
      assertValid(routeMatching(HTTPRouteMatch.header("x", "v".repeat(4096))));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x", "v".repeat(4097))),
          "spec.rules[0].matches[0].headers[0].value: " + tooLong(4096, 4097));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x", "")),
          "spec.rules[0].matches[0].headers[0].value: Required value");
    }

    @Test
    void headerValuesArePrintableWordsSeparatedBySingleSpacesOrTabs() {
      assertValid(routeMatching(HTTPRouteMatch.header("x", "a b\tc")));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x", "a  b")),
          "spec.rules[0].matches[0].headers[0].value: Invalid value: \"a  b\": "
              + shouldMatch(HEADER_VALUE));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x", " a")),
          "spec.rules[0].matches[0].headers[0].value: Invalid value: \" a\": "
              + shouldMatch(HEADER_VALUE));
    }

    @Test
    void aRegularExpressionHeaderValueFollowsTheSameRules() {
      assertValid(routeMatching(HTTPRouteMatch.builder()
          .addHeader(HTTPHeaderMatch.regularExpression("x", "^v[0-9]+$")).build()));
    }

    @Test
    void atMost16Headers() {
      assertValid(routeMatching(HTTPRouteMatch.builder().headers(headers(16)).build()));
      assertInvalid(routeMatching(HTTPRouteMatch.builder().headers(headers(17)).build()),
          "spec.rules[0].matches[0].headers: Too many: 17: must have at most 16 items");
    }

    @Test
    void headerNamesAreUniqueAsWritten() {
      assertValid(routeMatching(HTTPRouteMatch.header("x", "1").addHeader("X", "2")));
      assertInvalid(routeMatching(HTTPRouteMatch.header("x", "1").addHeader("x", "2")),
          "spec.rules[0].matches[0].headers[1].name: Duplicate value: \"x\"");
    }

    @Test
    void queryParamValuesHave1To1024CharactersOfAnyKind() {
      assertValid(routeMatching(HTTPRouteMatch.queryParam("q", "a  b".repeat(256))));
      assertInvalid(routeMatching(HTTPRouteMatch.queryParam("q", "v".repeat(1025))),
          "spec.rules[0].matches[0].queryParams[0].value: " + tooLong(1024, 1025));
      assertInvalid(routeMatching(HTTPRouteMatch.queryParam("q", "")),
          "spec.rules[0].matches[0].queryParams[0].value: Required value");
    }

    @Test
    void queryParamNamesAreHttpTokens() {
      assertValid(routeMatching(HTTPRouteMatch.queryParam("page-size", "1")));
      assertInvalid(routeMatching(HTTPRouteMatch.queryParam("page size", "1")),
          "spec.rules[0].matches[0].queryParams[0].name: Invalid value: \"page size\": "
              + shouldMatch(HEADER_NAME));
    }

    @Test
    void atMost16UniqueQueryParams() {
      List<HTTPQueryParamMatch> sixteen = IntStream.range(0, 16)
          .mapToObj(i -> HTTPQueryParamMatch.exact("q" + i, "v")).toList();
      assertValid(routeMatching(HTTPRouteMatch.builder().queryParams(sixteen).build()));
      assertInvalid(routeMatching(HTTPRouteMatch.builder().queryParams(sixteen)
              .addQueryParam(HTTPQueryParamMatch.exact("q16", "v")).build()),
          "spec.rules[0].matches[0].queryParams: Too many: 17: must have at most 16 items");
      assertInvalid(routeMatching(HTTPRouteMatch.queryParam("q", "1").addQueryParam("q", "2")),
          "spec.rules[0].matches[0].queryParams[1].name: Duplicate value: \"q\"");
    }

    @Test
    void atMost64MatchesPerRule() {
      assertValid(route(HTTPRouteRule.builder().matches(matches(64)).build()));
      assertInvalid(route(HTTPRouteRule.builder().matches(matches(65)).build()),
          "spec.rules[0].matches: Too many: 65: must have at most 64 items");
    }

    @Test
    void atMost128MatchesInTheRouteCountingARuleWithoutMatchesAsOne() {
      HTTPRoute.Builder route = HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r");
      route.rule(HTTPRouteRule.builder().matches(matches(64)).build());
      route.rule(HTTPRouteRule.builder().matches(matches(63)).build());
      route.rule(HTTPRouteRule.builder().build());
      assertValid(route);
      route.rule(HTTPRouteRule.builder().build());
      assertInvalid(route, "spec.rules: Invalid value: \"array\": While 16 rules and 64 matches "
          + "per rule are allowed, the total number of matches across all rules in a route must "
          + "be less than 128");
    }

    private static List<HTTPHeaderMatch> headers(int count) {
      return IntStream.range(0, count).mapToObj(i -> HTTPHeaderMatch.exact("h" + i, "v")).toList();
    }

    private static List<HTTPRouteMatch> matches(int count) {
      return IntStream.range(0, count).mapToObj(i -> HTTPRouteMatch.pathPrefix("/p" + i))
          .toList();
    }
  }

  @Nested
  class Filters {

    @Test
    void theFieldOfTheFilterTypeIsRequired() {
      assertInvalid(routeFiltering(HTTPRouteFilter.builder()
              .type(HTTPRouteFilterType.REQUEST_HEADER_MODIFIER).build()),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.requestHeaderModifier "
              + "must be specified for RequestHeaderModifier filter.type");
      assertInvalid(routeFiltering(HTTPRouteFilter.builder()
              .type(HTTPRouteFilterType.CORS).build()),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.cors must be specified "
              + "for CORS filter.type");
      assertInvalid(routeFiltering(HTTPRouteFilter.builder()
              .type(HTTPRouteFilterType.EXTENSION_REF).build()),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.extensionRef must be "
              + "specified for ExtensionRef filter.type");
    }

    @Test
    void theFieldsOfOtherFilterTypesMustNotBeSet() {
      assertInvalid(routeFiltering(HTTPRouteFilter.requestRedirectToHttps()
              .withUrlRewrite(HTTPURLRewriteFilter.toHostname("a.example.com"))),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.urlRewrite must be nil if "
              + "the filter.type is not URLRewrite");
      assertInvalid(routeFiltering(HTTPRouteFilter.requestMirror(BACKEND, 80)
              .withResponseHeaderModifier(HTTPHeaderFilter.empty())),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.responseHeaderModifier "
              + "must be nil if the filter.type is not ResponseHeaderModifier");
    }

    @Test
    void everyFilterTypeWithItsFieldIsValid() {
      assertValid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty())));
      assertValid(routeFiltering(HTTPRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty())));
      assertValid(routeFiltering(HTTPRouteFilter.requestMirror(BACKEND, 80)));
      assertValid(routeFiltering(HTTPRouteFilter.requestRedirectToHttps()));
      assertValid(routeFiltering(HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.toHostname("a.example.com"))));
      assertValid(routeFiltering(HTTPRouteFilter.cors(HTTPCORSFilter.allowingOrigins("*"))));
      assertValid(routeFiltering(HTTPRouteFilter.extensionRef(
          LocalObjectReference.of("example.net", "Limit", "l"))));
    }

    @Test
    void atMost16Filters() {
      HTTPRouteFilter mirror = HTTPRouteFilter.requestMirror(BACKEND, 80);
      assertValid(route(HTTPRouteRule.builder().filters(Collections.nCopies(16, mirror)).build()));
      assertInvalid(route(HTTPRouteRule.builder().filters(Collections.nCopies(17, mirror))
              .build()),
          "spec.rules[0].filters: Too many: 17: must have at most 16 items");
    }

    @Test
    void mirrorsAndExtensionsMayRepeatOtherFiltersMayNot() {
      HTTPRouteFilter extension = HTTPRouteFilter.extensionRef(
          LocalObjectReference.of("example.net", "Limit", "l"));
      assertValid(route(HTTPRouteRule.builder()
          .addFilter(HTTPRouteFilter.requestMirror(BACKEND, 80))
          .addFilter(HTTPRouteFilter.requestMirror(BACKEND, 80))
          .addFilters(extension, extension).build()));
      assertInvalid(route(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()))
              .addFilter(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()))
              .build()),
          "spec.rules[0].filters: Invalid value: \"array\": RequestHeaderModifier filter cannot "
              + "be repeated");
      assertInvalid(route(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty()))
              .addFilter(HTTPRouteFilter.responseHeaderModifier(HTTPHeaderFilter.empty()))
              .build()),
          "spec.rules[0].filters: Invalid value: \"array\": ResponseHeaderModifier filter cannot "
              + "be repeated");
      assertInvalid(route(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.cors(HTTPCORSFilter.allowingOrigins("*")))
              .addFilter(HTTPRouteFilter.cors(HTTPCORSFilter.allowingOrigins("*")))
              .build()),
          "spec.rules[0].filters: Invalid value: \"array\": CORS filter cannot be repeated");
      assertInvalid(route(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.requestRedirectToHttps())
              .addFilter(HTTPRouteFilter.requestRedirectToHttps())
              .build()),
          "spec.rules[0].filters: Invalid value: \"array\": RequestRedirect filter cannot be "
              + "repeated");
      HTTPRouteFilter rewrite = HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.toHostname("a.example.com"));
      assertInvalid(route(HTTPRouteRule.builder().addFilters(rewrite, rewrite).build()),
          "spec.rules[0].filters: Invalid value: \"array\": URLRewrite filter cannot be repeated");
    }

    @Test
    void aRedirectAndARewriteDoNotGoTogether() {
      assertInvalid(route(HTTPRouteRule.builder()
              .addFilter(HTTPRouteFilter.requestRedirectToHttps())
              .addFilter(HTTPRouteFilter.urlRewrite(
                  HTTPURLRewriteFilter.toHostname("a.example.com")))
              .build()),
          "spec.rules[0].filters: Invalid value: \"array\": May specify either "
              + "httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both");
    }

    @Test
    void headerModifiersHaveAtMost16UniqueEntriesPerList() {
      HTTPHeaderFilter sixteen = HTTPHeaderFilter.builder()
          .set(IntStream.range(0, 16).mapToObj(i -> HTTPHeader.of("s" + i, "v")).toList())
          .add(IntStream.range(0, 16).mapToObj(i -> HTTPHeader.of("a" + i, "v")).toList())
          .remove(IntStream.range(0, 16).mapToObj(i -> "r" + i).toList())
          .build();
      assertValid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(sixteen)));
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(
              sixteen.set("s16", "v"))),
          "spec.rules[0].filters[0].requestHeaderModifier.set: Too many: 17: must have at most "
              + "16 items");
      assertInvalid(routeFiltering(HTTPRouteFilter.responseHeaderModifier(
              sixteen.add("a16", "v"))),
          "spec.rules[0].filters[0].responseHeaderModifier.add: Too many: 17: must have at most "
              + "16 items");
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(
              sixteen.remove("r16"))),
          "spec.rules[0].filters[0].requestHeaderModifier.remove: Too many: 17: must have at "
              + "most 16 items");
    }

    @Test
    void headerModifierNamesAreUniquePerList() {
      assertValid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
          .set("x", "1").add("x", "2").remove("y"))));
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
              .set("x", "1").set("x", "2"))),
          "spec.rules[0].filters[0].requestHeaderModifier.set[1].name: Duplicate value: \"x\"");
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
              .add("x", "1").add("x", "2"))),
          "spec.rules[0].filters[0].requestHeaderModifier.add[1].name: Duplicate value: \"x\"");
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
              .remove("x", "x"))),
          "spec.rules[0].filters[0].requestHeaderModifier.remove[1]: Duplicate value: \"x\"");
    }

    @Test
    void headerModifierEntriesFollowTheHeaderRules() {
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
              .set("x:y", "1"))),
          "spec.rules[0].filters[0].requestHeaderModifier.set[0].name: Invalid value: \"x:y\": "
              + shouldMatch(HEADER_NAME));
      assertInvalid(routeFiltering(HTTPRouteFilter.requestHeaderModifier(HTTPHeaderFilter.empty()
              .add("x", ""))),
          "spec.rules[0].filters[0].requestHeaderModifier.add[0].value: Required value");
    }
  }

  @Nested
  class Redirects {

    private HTTPRoute.Builder redirect(HTTPRequestRedirectFilter.Builder redirect) {
      return routeFiltering(HTTPRouteFilter.requestRedirect(redirect.build()));
    }

    @Test
    void schemeIsHttpOrHttps() {
      assertValid(redirect(HTTPRequestRedirectFilter.builder().scheme("http")));
      assertInvalid(redirect(HTTPRequestRedirectFilter.builder().scheme("HTTPS")),
          "spec.rules[0].filters[0].requestRedirect.scheme: Unsupported value: \"HTTPS\": "
              + "supported values: \"http\", \"https\"");
    }

    @Test
    void statusCodeIsOneOfTheRedirectCodes() {
      for (int code : List.of(301, 302, 303, 307, 308)) {
        assertValid(redirect(HTTPRequestRedirectFilter.builder().statusCode(code)));
      }
      assertInvalid(redirect(HTTPRequestRedirectFilter.builder().statusCode(300)),
          "spec.rules[0].filters[0].requestRedirect.statusCode: Unsupported value: 300: "
              + "supported values: \"301\", \"302\", \"303\", \"307\", \"308\"");
    }

    @Test
    void portIsATcpPort() {
      assertValid(redirect(HTTPRequestRedirectFilter.builder().port(65535)));
      assertInvalid(redirect(HTTPRequestRedirectFilter.builder().port(65536)),
          "spec.rules[0].filters[0].requestRedirect.port: Invalid value: 65536: " + atMost(65535));
    }

    @Test
    void hostnameIsPrecise() {
      assertValid(redirect(HTTPRequestRedirectFilter.builder().hostname("www.example.com")));
      assertInvalid(redirect(HTTPRequestRedirectFilter.builder().hostname("*.example.com")),
          "spec.rules[0].filters[0].requestRedirect.hostname: Invalid value: \"*.example.com\": "
              + shouldMatch(SUBDOMAIN));
    }

    @Test
    void aRedirectIsNotUsedWithBackendRefs() {
      assertValid(route(HTTPRouteRule.pathPrefix("/")
          .filter(HTTPRouteFilter.requestRedirectToHttps())));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/")
              .filter(HTTPRouteFilter.requestRedirectToHttps()).backendRef(BACKEND, 80)),
          "spec.rules[0]: Invalid value: \"object\": RequestRedirect filter must not be used "
              + "together with backendRefs");
    }
  }

  @Nested
  class PathModifiers {

    private HTTPRoute.Builder rewrite(HTTPPathModifier path) {
      return routeFiltering(HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.builder().path(path).build()));
    }

    @Test
    void replaceFullPathGoesWithItsType() {
      assertValid(rewrite(HTTPPathModifier.replaceFullPath("/x")));
      assertInvalid(rewrite(HTTPPathModifier.builder()
              .type(HTTPPathModifierType.REPLACE_FULL_PATH).build()),
          "spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": replaceFullPath "
              + "must be specified when type is set to 'ReplaceFullPath'");
      assertInvalid(rewrite(HTTPPathModifier.replacePrefixMatch("/x").withReplaceFullPath("/y")),
          "spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": type must be "
              + "'ReplaceFullPath' when replaceFullPath is set");
    }

    @Test
    void replacePrefixMatchGoesWithItsType() {
      assertValid(rewrite(HTTPPathModifier.replacePrefixMatch("")));
      assertInvalid(rewrite(HTTPPathModifier.builder()
              .type(HTTPPathModifierType.REPLACE_PREFIX_MATCH).build()),
          "spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": "
              + "replacePrefixMatch must be specified when type is set to 'ReplacePrefixMatch'");
      assertInvalid(rewrite(HTTPPathModifier.replaceFullPath("/x").withReplacePrefixMatch("/y")),
          "spec.rules[0].filters[0].urlRewrite.path: Invalid value: \"object\": type must be "
              + "'ReplacePrefixMatch' when replacePrefixMatch is set");
    }

    @Test
    void replacementsHaveAtMost1024Characters() {
      assertValid(rewrite(HTTPPathModifier.replaceFullPath("/" + "x".repeat(1023))));
      assertInvalid(rewrite(HTTPPathModifier.replaceFullPath("/" + "x".repeat(1024))),
          "spec.rules[0].filters[0].urlRewrite.path.replaceFullPath: " + tooLong(1024, 1025));
      assertInvalid(routeFiltering(HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter
              .builder().path(HTTPPathModifier.replacePrefixMatch("/" + "x".repeat(1024)))
              .build())),
          "spec.rules[0].filters[0].requestRedirect.path.replacePrefixMatch: "
              + tooLong(1024, 1025));
    }

    @Test
    void rewriteHostnameIsPrecise() {
      assertInvalid(routeFiltering(HTTPRouteFilter.urlRewrite(
              HTTPURLRewriteFilter.toHostname("Example.com"))),
          "spec.rules[0].filters[0].urlRewrite.hostname: Invalid value: \"Example.com\": "
              + shouldMatch(SUBDOMAIN));
    }

    @Test
    void replacingThePrefixMatchNeedsExactlyOnePathPrefixMatch() {
      HTTPRouteFilter rewrite = HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.replacePrefixMatch("/v2"));
      assertValid(route(HTTPRouteRule.pathPrefix("/v1").filter(rewrite)));
      // after the API server's defaults: no matches, or no path, means PathPrefix "/"
      assertValid(route(HTTPRouteRule.builder().build().filter(rewrite)));
      assertValid(route(HTTPRouteRule.header("x", "1").filter(rewrite)));
      String message = "spec.rules[0]: Invalid value: \"object\": When using URLRewrite filter "
          + "with path.replacePrefixMatch, exactly one PathPrefix match must be specified";
      assertInvalid(route(HTTPRouteRule.exactPath("/v1").filter(rewrite)), message);
      assertInvalid(route(HTTPRouteRule.pathPrefix("/v1")
          .withMatches(HTTPRouteMatch.pathPrefix("/a"), HTTPRouteMatch.pathPrefix("/b"))
          .filter(rewrite)), message);
    }

    @Test
    void redirectingWithThePrefixMatchNeedsExactlyOnePathPrefixMatch() {
      HTTPRouteFilter redirect = HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter
          .builder().path(HTTPPathModifier.replacePrefixMatch("/new")).build());
      assertValid(route(HTTPRouteRule.pathPrefix("/old").filter(redirect)));
      assertInvalid(route(HTTPRouteRule.exactPath("/old").filter(redirect)),
          "spec.rules[0]: Invalid value: \"object\": When using RequestRedirect filter with "
              + "path.replacePrefixMatch, exactly one PathPrefix match must be specified");
    }

    @Test
    void withinBackendRefsTheSameHoldsForOneBackendWithOneSuchFilter() {
      HTTPBackendRef rewriting = HTTPBackendRef.to(BACKEND, 80).filter(HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.replacePrefixMatch("/v2")));
      HTTPBackendRef redirecting = HTTPBackendRef.to(BACKEND, 80).filter(
          HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter.builder()
              .path(HTTPPathModifier.replacePrefixMatch("/new")).build()));
      assertValid(route(HTTPRouteRule.pathPrefix("/v1").backendRef(rewriting)));
      assertInvalid(route(HTTPRouteRule.exactPath("/v1").backendRef(rewriting)),
          "spec.rules[0]: Invalid value: \"object\": Within backendRefs, When using URLRewrite "
              + "filter with path.replacePrefixMatch, exactly one PathPrefix match must be "
              + "specified");
      assertInvalid(route(HTTPRouteRule.exactPath("/v1").backendRef(redirecting)),
          "spec.rules[0]: Invalid value: \"object\": Within backendRefs, when using "
              + "RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix "
              + "match must be specified");
    }

    @Test
    void likeTheCrdTwoBackendsThatBothRewriteThePrefixAreNotChecked() {
      // the CRD's rule uses exists_one: the API server (and crd-check) accept this
      HTTPBackendRef rewriting = HTTPBackendRef.to(BACKEND, 80).filter(HTTPRouteFilter.urlRewrite(
          HTTPURLRewriteFilter.replacePrefixMatch("/v2")));
      assertValid(route(HTTPRouteRule.exactPath("/v1").backendRefs(rewriting, rewriting)));
    }
  }

  @Nested
  class Mirrors {

    private HTTPRoute.Builder mirror(HTTPRequestMirrorFilter mirror) {
      return routeFiltering(HTTPRouteFilter.requestMirror(mirror));
    }

    @Test
    void percentIsFrom0To100() {
      HTTPRequestMirrorFilter mirror = HTTPRequestMirrorFilter.to(BACKEND, 80);
      assertValid(mirror(mirror.withPercent(0)));
      assertValid(mirror(mirror.withPercent(100)));
      assertInvalid(mirror(mirror.withPercent(101)),
          "spec.rules[0].filters[0].requestMirror.percent: Invalid value: 101: " + atMost(100));
      assertInvalid(mirror(mirror.withPercent(-1)),
          "spec.rules[0].filters[0].requestMirror.percent: Invalid value: -1: " + atLeast(0));
    }

    @Test
    void percentOrFractionNotBoth() {
      assertInvalid(mirror(HTTPRequestMirrorFilter.to(BACKEND, 80).withPercent(5)
              .withFraction(Fraction.of(1, 20))),
          "spec.rules[0].filters[0].requestMirror: Invalid value: \"object\": Only one of "
              + "percent or fraction may be specified in HTTPRequestMirrorFilter");
    }

    @Test
    void theNumeratorIsAtMostTheDenominatorWhichDefaultsTo100() {
      HTTPRequestMirrorFilter mirror = HTTPRequestMirrorFilter.to(BACKEND, 80);
      assertValid(mirror(mirror.withFraction(Fraction.of(7, 7))));
      assertValid(mirror(mirror.withFraction(Fraction.builder().numerator(100).build())));
      assertInvalid(mirror(mirror.withFraction(Fraction.builder().numerator(101).build())),
          "spec.rules[0].filters[0].requestMirror.fraction: Invalid value: \"object\": numerator "
              + "must be less than or equal to denominator");
    }

    @Test
    void theNumeratorIsAtLeast0AndTheDenominatorAtLeast1() {
      HTTPRequestMirrorFilter mirror = HTTPRequestMirrorFilter.to(BACKEND, 80);
      assertValid(mirror(mirror.withFraction(Fraction.of(0, 1))));
      assertInvalid(mirror(mirror.withFraction(Fraction.of(-1, 1))),
          "spec.rules[0].filters[0].requestMirror.fraction.numerator: Invalid value: -1: "
              + atLeast(0));
      assertInvalid(mirror(mirror.withFraction(Fraction.of(0, 0))),
          "spec.rules[0].filters[0].requestMirror.fraction.denominator: Invalid value: 0: "
              + atLeast(1));
    }

    @Test
    void aServiceBackendHasAPort() {
      assertValid(mirror(HTTPRequestMirrorFilter.builder().backendRef(
          BackendObjectReference.builder().group("example.net").kind("Mirror").name("m").build())
          .build()));
      assertInvalid(mirror(HTTPRequestMirrorFilter.builder().backendRef(
              BackendObjectReference.builder().name("m").build()).build()),
          "spec.rules[0].filters[0].requestMirror.backendRef.port: Required value: Must have "
              + "port for Service reference");
    }

    @Test
    void theBackendReferenceFollowsTheReferenceRules() {
      assertInvalid(mirror(HTTPRequestMirrorFilter.builder().backendRef(
              BackendObjectReference.builder().name("m").namespace("Other").port(80).build())
              .build()),
          "spec.rules[0].filters[0].requestMirror.backendRef.namespace: Invalid value: \"Other\": "
              + shouldMatch(NAMESPACE));
    }
  }

  @Nested
  class Cors {

    private HTTPRoute.Builder cors(HTTPCORSFilter cors) {
      return routeFiltering(HTTPRouteFilter.cors(cors));
    }

    @Test
    void originsAreSchemeHostAndPortOrAWildcard() {
      assertValid(cors(HTTPCORSFilter.allowingOrigins("https://a.example.com:8443",
          "http://*.example.com", "https://*", "http://localhost")));
      assertValid(cors(HTTPCORSFilter.allowingOrigins("*")));
      assertInvalid(cors(HTTPCORSFilter.allowingOrigins("ftp://a.example.com")),
          "spec.rules[0].filters[0].cors.allowOrigins[0]: Invalid value: \"ftp://a.example.com\": "
              + shouldMatch(ORIGIN));
      assertInvalid(cors(HTTPCORSFilter.allowingOrigins("https://a.example.com/")),
          "spec.rules[0].filters[0].cors.allowOrigins[0]: Invalid value: "
              + "\"https://a.example.com/\": " + shouldMatch(ORIGIN));
    }

    @Test
    void originsHave1To253Characters() {
      String longest = "https://" + "a".repeat(245);
      assertValid(cors(HTTPCORSFilter.allowingOrigins(longest)));
      assertInvalid(cors(HTTPCORSFilter.allowingOrigins(longest + "a")),
          "spec.rules[0].filters[0].cors.allowOrigins[0]: " + tooLong(253, 254));
      assertThatThrownBy(cors(HTTPCORSFilter.allowingOrigins(""))::build).hasMessage(
          CrdSchemaMessages.invalid("HTTPRoute", "r",
              outsidePattern("spec.rules[0].filters[0].cors.allowOrigins[0]", "", ORIGIN)));
    }

    @Test
    void atMost64UniqueOrigins() {
      List<String> origins = IntStream.range(0, 64).mapToObj(i -> "https://o" + i).toList();
      assertValid(cors(HTTPCORSFilter.builder().allowOrigins(origins).build()));
      assertInvalid(cors(HTTPCORSFilter.builder().allowOrigins(origins)
              .addAllowOrigin("https://o64").build()),
          "spec.rules[0].filters[0].cors.allowOrigins: Too many: 65: must have at most 64 items");
      assertInvalid(cors(HTTPCORSFilter.allowingOrigins("https://a", "https://a")),
          "spec.rules[0].filters[0].cors.allowOrigins[1]: Duplicate value: \"https://a\"");
    }

    @Test
    void aWildcardOriginStandsAlone() {
      assertInvalid(cors(HTTPCORSFilter.allowingOrigins("*", "https://a")),
          "spec.rules[0].filters[0].cors.allowOrigins: Invalid value: \"array\": AllowOrigins "
              + "cannot contain '*' alongside other origins");
    }

    @Test
    void aWildcardMethodStandsAloneAndThereAreAtMost9Methods() {
      List<HTTPMethodWithWildcard> nine = List.of(HTTPMethodWithWildcard.values()).subList(0, 9);
      assertValid(cors(HTTPCORSFilter.builder().allowMethods(nine).build()));
      assertValid(cors(HTTPCORSFilter.builder().addAllowMethod(HTTPMethodWithWildcard.WILDCARD)
          .build()));
      assertInvalid(cors(HTTPCORSFilter.builder().addAllowMethods(HTTPMethodWithWildcard.WILDCARD,
              HTTPMethodWithWildcard.GET).build()),
          "spec.rules[0].filters[0].cors.allowMethods: Invalid value: \"array\": AllowMethods "
              + "cannot contain '*' alongside other methods");
      assertInvalid(cors(HTTPCORSFilter.builder().addAllowMethods(HTTPMethodWithWildcard.GET,
              HTTPMethodWithWildcard.GET).build()),
          "spec.rules[0].filters[0].cors.allowMethods[1]: Duplicate value: \"GET\"");
      assertThatThrownBy(cors(HTTPCORSFilter.builder()
              .allowMethods(List.of(HTTPMethodWithWildcard.values())).build())::build)
          .hasMessageContaining("spec.rules[0].filters[0].cors.allowMethods: Too many: 10: must "
              + "have at most 9 items");
    }

    @Test
    void allowedAndExposedHeadersAreHeaderNamesAWildcardAllowedHeaderStandsAlone() {
      assertValid(cors(HTTPCORSFilter.builder().addAllowHeader("*").addExposeHeader("*").build()));
      assertInvalid(cors(HTTPCORSFilter.builder().addAllowHeaders("*", "X-A").build()),
          "spec.rules[0].filters[0].cors.allowHeaders: Invalid value: \"array\": AllowHeaders "
              + "cannot contain '*' alongside other methods");
      assertInvalid(cors(HTTPCORSFilter.builder().addExposeHeader("X A").build()),
          "spec.rules[0].filters[0].cors.exposeHeaders[0]: Invalid value: \"X A\": "
              + shouldMatch(HEADER_NAME));
      assertInvalid(cors(HTTPCORSFilter.builder().addAllowHeaders("X-A", "X-A").build()),
          "spec.rules[0].filters[0].cors.allowHeaders[1]: Duplicate value: \"X-A\"");
      List<String> headers = IntStream.range(0, 65).mapToObj(i -> "h" + i).toList();
      assertValid(cors(HTTPCORSFilter.builder().exposeHeaders(headers.subList(0, 64)).build()));
      assertInvalid(cors(HTTPCORSFilter.builder().exposeHeaders(headers).build()),
          "spec.rules[0].filters[0].cors.exposeHeaders: Too many: 65: must have at most 64 items");
    }

    @Test
    void maxAgeIsAtLeast1() {
      assertValid(cors(HTTPCORSFilter.builder().maxAge(1).build()));
      assertInvalid(cors(HTTPCORSFilter.builder().maxAge(0).build()),
          "spec.rules[0].filters[0].cors.maxAge: Invalid value: 0: " + atLeast(1));
    }
  }

  @Nested
  class Timeouts {

    @Test
    void timeoutsAreGatewayApiDurations() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").timeouts("1h30m", "99999ms")));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").timeouts("10")),
          "spec.rules[0].timeouts.request: Invalid value: \"10\": " + shouldMatch(DURATION));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").timeouts("1h1m1s1ms1s", "1s")),
          "spec.rules[0].timeouts.request: Invalid value: \"1h1m1s1ms1s\": "
              + shouldMatch(DURATION));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").timeouts("100000s")),
          "spec.rules[0].timeouts.request: Invalid value: \"100000s\": " + shouldMatch(DURATION));
    }

    @Test
    void theBackendRequestTimeoutIsAtMostTheRequestTimeoutUnlessThatIsOff() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").timeouts("1s", "1000ms")));
      assertValid(route(HTTPRouteRule.pathPrefix("/").timeouts("0s", "1h")));
      assertValid(route(HTTPRouteRule.pathPrefix("/").timeouts("1m1m", "2m")));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").timeouts("1s", "1001ms")),
          "spec.rules[0].timeouts: Invalid value: \"object\": backendRequest timeout cannot be "
              + "longer than request timeout");

    }

    @Test
    void likeCelAMalformedDurationThatCanBeReadIsStillCompared() {
      assertThatThrownBy(route(HTTPRouteRule.pathPrefix("/").timeouts("1s", "1h1m1s1ms1s"))::build)
          .hasMessage(PREFIX.replace(": ", " (2 problems):")
              + "\n  spec.rules[0].timeouts: Invalid value: \"object\": backendRequest timeout "
              + "cannot be longer than request timeout"
              + "\n  spec.rules[0].timeouts.backendRequest: Invalid value: \"1h1m1s1ms1s\": "
              + shouldMatch(DURATION));
    }
  }

  @Nested
  class BackendRefs {

    @Test
    void atMost16BackendRefs() {
      HTTPBackendRef ref = HTTPBackendRef.to(BACKEND, 80);
      assertValid(route(HTTPRouteRule.builder().backendRefs(Collections.nCopies(16, ref))
          .build()));
      assertInvalid(route(HTTPRouteRule.builder().backendRefs(Collections.nCopies(17, ref))
              .build()),
          "spec.rules[0].backendRefs: Too many: 17: must have at most 16 items");
    }

    @Test
    void weightsAreFrom0To1000000() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").backendRefs(
          HTTPBackendRef.to(BACKEND, 80).withWeight(0),
          HTTPBackendRef.to(BACKEND, 81).withWeight(1_000_000))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(
              HTTPBackendRef.to(BACKEND, 80).withWeight(1_000_001))),
          "spec.rules[0].backendRefs[0].weight: Invalid value: 1000001: should be less than or equal to "
              + "1000000");
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(
              HTTPBackendRef.to(BACKEND, 80).withWeight(-1))),
          "spec.rules[0].backendRefs[0].weight: Invalid value: -1: should be greater than or equal to "
              + "0");
    }

    @Test
    void aServiceBackendHasAPort() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").backendRef(
          HTTPBackendRef.builder().group("multicluster.x-k8s.io").kind("ServiceImport")
              .name("s").build())));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(
              HTTPBackendRef.builder().kind("Service").name("s").build())),
          "spec.rules[0].backendRefs[0].port: Required value: Must have port for Service "
              + "reference");
    }

    @Test
    void backendFiltersFollowTheFilterListRules() {
      HTTPBackendRef ref = HTTPBackendRef.to(BACKEND, 80)
          .filter(HTTPRouteFilter.requestRedirectToHttps())
          .filter(HTTPRouteFilter.urlRewrite(HTTPURLRewriteFilter.toHostname("a.example.com")));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(ref)),
          "spec.rules[0].backendRefs[0].filters: Invalid value: \"array\": May specify either "
              + "httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both");
      HTTPRouteFilter mirror = HTTPRouteFilter.requestMirror(BACKEND, 80);
      assertValid(route(HTTPRouteRule.pathPrefix("/").backendRef(HTTPBackendRef.to(BACKEND, 80)
          .withFilters(Collections.nCopies(16, mirror)))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(HTTPBackendRef.to(BACKEND, 80)
              .withFilters(Collections.nCopies(17, mirror)))),
          "spec.rules[0].backendRefs[0].filters: Too many: 17: must have at most 16 items");
    }
  }

  @Nested
  class ServiceNamespaces {
    private final Service payments = Service.builder().name("payments").namespace("payments")
        .selector("app", "payments").port(ServicePort.of(80)).build();

    @Test
    void aServiceInTheRoutesNamespaceNeedsNoNamespace() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").backendRef(BACKEND, 80)));
    }

    @Test
    void aServiceInAnotherNamespaceIsReferencedThere() {
      assertValid(route(HTTPRouteRule.pathPrefix("/")
          .backendRef(HTTPBackendRef.to(payments, 80).inNamespaceOf(payments))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(payments, 80)),
          "spec.rules[0].backendRefs[0].namespace: Required value: Service \"payments\" is in "
              + "namespace \"payments\", not in the route's namespace \"shop\"; use "
              + "inNamespaceOf(service) to reference it there");
    }

    @Test
    void soIsAMirrorServiceOfARuleOrOfABackend() {
      assertValid(routeFiltering(HTTPRouteFilter.requestMirror(
          HTTPRequestMirrorFilter.builder().backendRef(
              BackendObjectReference.to(payments, 80).inNamespaceOf(payments)).build())));
      assertInvalid(routeFiltering(HTTPRouteFilter.requestMirror(payments, 80)),
          "spec.rules[0].filters[0].requestMirror.backendRef.namespace: Required value: Service "
              + "\"payments\" is in namespace \"payments\", not in the route's namespace "
              + "\"shop\"; use inNamespaceOf(service) to reference it there");
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").backendRef(HTTPBackendRef.to(BACKEND, 80)
              .filter(HTTPRouteFilter.requestMirror(payments, 80)))),
          "spec.rules[0].backendRefs[0].filters[0].requestMirror.backendRef.namespace: Required "
              + "value: Service \"payments\" is in namespace \"payments\", not in the route's "
              + "namespace \"shop\"; use inNamespaceOf(service) to reference it there");
    }

    @Test
    void nothingIsCheckedForARouteWithoutNamespace() {
      assertValid(HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
          .rule(HTTPRouteRule.pathPrefix("/").backendRef(payments, 80)));
    }
  }

  @Nested
  class Spec {

    @Test
    void ruleNamesAreUniqueWhereSet() {
      HTTPRoute.Builder route = HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
          .rule(HTTPRouteRule.pathPrefix("/a").withName("a"))
          .rule(HTTPRouteRule.pathPrefix("/b"))
          .rule(HTTPRouteRule.pathPrefix("/c"));
      assertValid(route);
      route.rule(HTTPRouteRule.pathPrefix("/d").withName("a"));
      assertInvalid(route, "spec.rules: Invalid value: \"array\": Rule name must be unique "
          + "within the route");
    }

    @Test
    void ruleNamesAreSubdomains() {
      assertValid(route(HTTPRouteRule.pathPrefix("/").withName("a.b-c")));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withName("A")),
          "spec.rules[0].name: Invalid value: \"A\": " + shouldMatch(SUBDOMAIN));
    }

    @Test
    void atMost16Rules() {
      HTTPRoute.Builder route = HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r");
      IntStream.range(0, 16).forEach(i -> route.rule(HTTPRouteRule.pathPrefix("/" + i)));
      assertValid(route);
      route.rule(HTTPRouteRule.pathPrefix("/16"));
      assertInvalid(route, "spec.rules: Too many: 17: must have at most 16 items");
    }

    @Test
    void atMost16Hostnames() {
      HTTPRoute.Builder route = HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r");
      IntStream.range(0, 16).forEach(i -> route.hostname("h" + i + ".example.com"));
      assertValid(route);
      route.hostname("*.example.com");
      assertInvalid(route, "spec.hostnames: Too many: 17: must have at most 16 items");
    }
  }

  @Nested
  class ParentRefs {

    private HTTPRoute.Builder parents(ParentReference... refs) {
      HTTPRoute.Builder route = HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r");
      for (ParentReference ref : refs) {
        route.parentRef(ref);
      }
      return route;
    }

    private ParentReference gw(String sectionName, Integer port) {
      ParentReference.Builder ref = ParentReference.builder().name("gw");
      if (sectionName != null) {
        ref.sectionName(sectionName);
      }
      if (port != null) {
        ref.port(port);
      }
      return ref.build();
    }

    @Test
    void referencesToOneParentNameDifferentSectionsAndPortsInBothChannels() {
      assertValid(parents(gw("a", null), gw("b", null)));
      assertValid(parents(gw("a", 80), gw("b", 80)));
      assertValid(parents(gw(null, null), ParentReference.builder().name("gw")
          .namespace("other").build()));
      assertInvalid(parents(gw(null, null), gw("a", null)),
          "spec.parentRefs: Invalid value: \"array\": sectionName must be specified when "
              + "parentRefs includes 2 or more references to the same parent");
      assertInvalid(parents(gw("a", 80), gw("a", 80)),
          "spec.parentRefs: Invalid value: \"array\": sectionName must be unique when "
              + "parentRefs includes 2 or more references to the same parent");
    }

    @Test
    void portsAloneDoNotTellReferencesApartInTheStandardChannel() {
      assertInvalid(parents(gw(null, 80), gw(null, 81)),
          "spec.parentRefs: Invalid value: \"array\": sectionName must be unique when "
              + "parentRefs includes 2 or more references to the same parent");
    }

    @Test
    void eitherAllOrNoneOfTheReferencesToOneParentNameAPortInTheExperimentalChannel() {
      assertInvalid(parents(gw("a", null), gw("b", 80)),
          "spec.parentRefs: Invalid value: \"array\": sectionName or port must be specified "
              + "when parentRefs includes 2 or more references to the same parent");
    }
  }

  @Nested
  class Experimental {

    @Test
    void retryCodesAreUniqueFrom400To599() {
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/")
          .withRetry(HTTPRouteRetry.of(1, 400, 599))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withRetry(HTTPRouteRetry.of(1, 399))),
          "spec.rules[0].retry.codes[0]: Invalid value: 399: " + atLeast(400));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withRetry(HTTPRouteRetry.of(1, 600))),
          "spec.rules[0].retry.codes[0]: Invalid value: 600: " + atMost(599));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/")
              .withRetry(HTTPRouteRetry.of(1, 503, 503))),
          "spec.rules[0].retry.codes[1]: Duplicate value: 503");
    }

    @Test
    void retryAttemptsAreAtLeast1AndBackoffIsADuration() {
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/")
          .withRetry(HTTPRouteRetry.builder().attempts(1).backoff("100ms").build())));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/")
              .withRetry(HTTPRouteRetry.builder().attempts(0).build())),
          "spec.rules[0].retry.attempts: Invalid value: 0: " + atLeast(1));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/")
              .withRetry(HTTPRouteRetry.builder().backoff("0.1s").build())),
          "spec.rules[0].retry.backoff: Invalid value: \"0.1s\": " + shouldMatch(DURATION));
    }

    @Test
    void aPermanentCookieNeedsAnAbsoluteTimeout() {
      SessionPersistence permanent = SessionPersistence.cookie("session")
          .withCookieConfig(CookieConfig.of(CookieLifetimeType.PERMANENT));
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/")
          .withSessionPersistence(permanent.withAbsoluteTimeout("24h"))));
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/")
          .withSessionPersistence(permanent.withCookieConfig(CookieConfig.builder().build()))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(permanent)),
          "spec.rules[0].sessionPersistence: Invalid value: \"object\": AbsoluteTimeout must "
              + "be specified when cookie lifetimeType is Permanent");
    }

    @Test
    void cookieConfigGoesWithCookiesOnly() {
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(
          SessionPersistence.builder().cookieConfig(CookieConfig.builder().build()).build())));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(
              SessionPersistence.header("X-Session")
                  .withCookieConfig(CookieConfig.builder().build()))),
          "spec.rules[0].sessionPersistence: Invalid value: \"object\": cookieConfig can only "
              + "be set with type Cookie");
    }

    @Test
    void sessionNamesHaveAtMost128CharactersAndTimeoutsAreDurations() {
      assertValidExperimental(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(
          SessionPersistence.header("s".repeat(128)).withAbsoluteTimeout("1h"))));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(
              SessionPersistence.header("s".repeat(129)))),
          "spec.rules[0].sessionPersistence.sessionName: " + tooLong(128, 129));
      assertInvalid(route(HTTPRouteRule.pathPrefix("/").withSessionPersistence(
              SessionPersistence.header("s").withAbsoluteTimeout("1d"))),
          "spec.rules[0].sessionPersistence.absoluteTimeout: Invalid value: \"1d\": "
              + shouldMatch(DURATION));
    }

    @Test
    void theExternalAuthFilterHasItsFieldAndOnlyItsField() {
      assertValidExperimental(routeFiltering(HTTPRouteFilter.externalAuth(
          HTTPExternalAuthFilter.grpc(BACKEND, 9000))));
      assertInvalid(routeFiltering(HTTPRouteFilter.builder()
              .type(HTTPRouteFilterType.EXTERNAL_AUTH).build()),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.externalAuth must be "
              + "specified for ExternalAuth filter.type");
      assertInvalid(routeFiltering(HTTPRouteFilter.requestRedirectToHttps()
              .withExternalAuth(HTTPExternalAuthFilter.http(BACKEND, 9000))),
          "spec.rules[0].filters[0]: Invalid value: \"object\": filter.externalAuth must be nil "
              + "if the filter.type is not ExternalAuth");
    }

    @Test
    void theExternalAuthProtocolGoesWithItsSettings() {
      HTTPExternalAuthFilter grpc = HTTPExternalAuthFilter.grpc(BACKEND, 9000);
      HTTPExternalAuthFilter http = HTTPExternalAuthFilter.http(BACKEND, 9000);
      assertValidExperimental(routeFiltering(HTTPRouteFilter.externalAuth(http)));
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(grpc.withGrpc(Optional.empty()))),
          "spec.rules[0].filters[0].externalAuth: Invalid value: \"object\": grpc must be "
              + "specified when protocol is set to 'GRPC'");
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(grpc.withHttp(
              HTTPAuthConfig.empty()))),
          "spec.rules[0].filters[0].externalAuth: Invalid value: \"object\": protocol must be "
              + "'HTTP' when http is set");
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(http.withHttp(Optional.empty()))),
          "spec.rules[0].filters[0].externalAuth: Invalid value: \"object\": http must be "
              + "specified when protocol is set to 'HTTP'");
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(http.withGrpc(
              GRPCAuthConfig.empty()))),
          "spec.rules[0].filters[0].externalAuth: Invalid value: \"object\": protocol must be "
              + "'GRPC' when grpc is set");
    }

    @Test
    void externalAuthSettingsFollowTheirLimits() {
      List<String> headers = IntStream.range(0, 65).mapToObj(i -> "h" + i).toList();
      HTTPExternalAuthFilter http = HTTPExternalAuthFilter.http(BACKEND, 9000);
      assertValidExperimental(routeFiltering(HTTPRouteFilter.externalAuth(http.withHttp(
          HTTPAuthConfig.builder().path("/auth").allowedHeaders(headers.subList(0, 64))
              .allowedResponseHeaders(headers.subList(0, 64)).build())
          .withForwardBody(ForwardBodyConfig.maxSize(8192)))));
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(http.withHttp(
              HTTPAuthConfig.builder().allowedResponseHeaders(headers).build()))),
          "spec.rules[0].filters[0].externalAuth.http.allowedResponseHeaders: Too many: 65: must "
              + "have at most 64 items");
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(http.withHttp(
              HTTPAuthConfig.builder().path("/a b").build()))),
          "spec.rules[0].filters[0].externalAuth.http.path: Invalid value: \"/a b\": "
              + shouldMatch("^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$"));
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(
              HTTPExternalAuthFilter.grpc(BACKEND, 9000).withGrpc(GRPCAuthConfig.builder()
                  .addAllowedHeaders("a", "a").build()))),
          "spec.rules[0].filters[0].externalAuth.grpc.allowedHeaders[1]: Duplicate value: \"a\"");
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(http.withBackendRef(
              BackendObjectReference.builder().name("auth").build()))),
          "spec.rules[0].filters[0].externalAuth.backendRef.port: Required value: Must have port "
              + "for Service reference");
    }

    @Test
    void anExternalAuthServiceInAnotherNamespaceIsReferencedThere() {
      Service auth = Service.builder().name("auth").namespace("security").selector("app", "auth")
          .port(ServicePort.of(9000)).build();
      assertInvalid(routeFiltering(HTTPRouteFilter.externalAuth(
              HTTPExternalAuthFilter.grpc(auth, 9000))),
          "spec.rules[0].filters[0].externalAuth.backendRef.namespace: Required value: Service "
              + "\"auth\" is in namespace \"security\", not in the route's namespace \"shop\"; "
              + "use inNamespaceOf(service) to reference it there");
    }

    @Test
    void useDefaultGatewaysIsAllOrNone() {
      assertValidExperimental(HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
          .useDefaultGateways(GatewayDefaultScope.ALL));
      assertValidExperimental(HTTPRoute.builder().target(GatewayApiTarget.V1_6_EXPERIMENTAL).name("r")
          .useDefaultGateways(GatewayDefaultScope.NONE));
    }
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    HTTPRoute.Builder route = route(HTTPRouteRule.header("x y", "")
        .filter(HTTPRouteFilter.requestRedirect(HTTPRequestRedirectFilter.builder().port(0)
            .build())));

    assertThatThrownBy(route::build).hasMessage(PREFIX.replace(": ", " (3 problems):")
        + "\n  spec.rules[0].matches[0].headers[0].name: Invalid value: \"x y\": "
        + shouldMatch(HEADER_NAME)
        + "\n  spec.rules[0].matches[0].headers[0].value: Required value\n  "
        + "spec.rules[0].filters[0].requestRedirect.port: Invalid value: 0: " + atLeast(1));
    assertThat(((InvalidResourceException) catchThrowable(route::build)).violations()).hasSize(3);
  }

  private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable c) {
    return org.assertj.core.api.Assertions.catchThrowable(c);
  }
}
