package dev.gatewaydsl.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.model.gateway.ReferenceGrantFrom;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How paths, single problems and whole rejections are written: the API server's {@code
 * field.Error} and {@code StatusError} formats.
 */
class ViolationFormatTest {

  // ---- FieldPath ----

  @Test
  void fieldPathJoinsFieldsWithDotsAndIndicesAndKeysWithBrackets() {
    // GIVEN a path built from fields, a list index and a map key
    FieldPath listenerPort = FieldPath.of("spec", "listeners").index(1).child("port");
    FieldPath label = FieldPath.of("metadata").child("labels").key("app.kubernetes.io/name");

    // WHEN / THEN it reads as the API server writes it
    assertThat(listenerPort).hasToString("spec.listeners[1].port");
    assertThat(label).hasToString("metadata.labels[app.kubernetes.io/name]");
  }

  @Test
  void fieldPathRootIsEmptyAndItsFirstChildHasNoLeadingDot() {
    assertThat(FieldPath.root()).hasToString("");
    assertThat(FieldPath.root().child("apiVersion")).hasToString("apiVersion");
  }

  @Test
  void fieldPathStepsLeaveTheOriginalPathUnchanged() {
    // GIVEN a path
    FieldPath spec = FieldPath.of("spec");

    // WHEN it is extended twice
    FieldPath rules = spec.child("rules");
    FieldPath first = rules.index(0);

    // THEN every step is a new path and the earlier ones are unchanged
    assertThat(spec).hasToString("spec");
    assertThat(rules).hasToString("spec.rules");
    assertThat(first).hasToString("spec.rules[0]");
  }

  @Test
  void fieldPathsWithTheSameTextAreEqual() {
    assertThat(FieldPath.of("spec", "rules").index(0))
        .isEqualTo(FieldPath.of("spec").child("rules").index(0))
        .hasSameHashCodeAs(FieldPath.of("spec").child("rules").index(0))
        .isNotEqualTo(FieldPath.of("spec", "rules").index(1));
  }

  // ---- Violation values: strings quoted, numbers and booleans bare ----

  static List<Arguments> renderedValues() {
    return List.of(
        Arguments.of("api", "\"api\""),
        Arguments.of("", "\"\""),
        Arguments.of(0, "0"),
        Arguments.of(-1, "-1"),
        Arguments.of(65536L, "65536"),
        Arguments.of(true, "true"),
        Arguments.of(null, "null"),
        Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
        Arguments.of("C:\\dir", "\"C:\\\\dir\""),
        Arguments.of("a\nb\tc\rd", "\"a\\nb\\tc\\rd\""),
        Arguments.of("bell\u0007", "\"bell\\x07\""),
        // a number written as a string is still a string
        Arguments.of("8080", "\"8080\""));
  }

  @ParameterizedTest(name = "{0} is shown as {1}")
  @MethodSource("renderedValues")
  void invalidValueIsShownLikeGoQuotesIt(Object value, String shown) {
    // GIVEN an Invalid violation of that value
    Violation violation =
        new Violation(Violation.Type.INVALID, FieldPath.of("spec", "port"), value, "detail");

    // WHEN / THEN strings are quoted like Go's %q, numbers and booleans are bare
    assertThat(violation).hasToString("spec.port: Invalid value: " + shown + ": detail");
  }

  // ---- Violation types: which show the value ----

  @Test
  void requiredShowsNoValueAndOmitsAnEmptyDetail() {
    Violations violations = Violations.of("Gateway", "gw")
        .required(FieldPath.of("metadata", "name"), "name or generateName is required")
        .required(FieldPath.of("spec", "gatewayClassName"), "");

    assertThat(violations.list()).extracting(Violation::toString).containsExactly(
        "metadata.name: Required value: name or generateName is required",
        "spec.gatewayClassName: Required value");
  }

  @Test
  void forbiddenShowsNoValue() {
    Violations violations = Violations.of("Namespace", "team-a")
        .forbidden(FieldPath.of("metadata", "namespace"), "not allowed on this type");

    assertThat(violations.list()).extracting(Violation::toString)
        .containsExactly("metadata.namespace: Forbidden: not allowed on this type");
  }

  @Test
  void tooLongShowsNoValueButTheLimitInBytes() {
    Violations violations = Violations.of("HTTPRoute", "r")
        .tooLong(FieldPath.of("spec", "rules").index(0).child("name"), 253);

    assertThat(violations.list()).extracting(Violation::toString)
        .containsExactly("spec.rules[0].name: Too long: may not be more than 253 bytes");
  }

  @Test
  void tooManyShowsTheActualCountBareAndTheLimit() {
    Violations violations = Violations.of("Gateway", "gw")
        .tooMany(FieldPath.of("spec", "listeners"), 65, 64);

    assertThat(violations.list()).extracting(Violation::toString)
        .containsExactly("spec.listeners: Too many: 65: must have at most 64 items");
  }

  @Test
  void duplicateShowsTheValueAndNoDetail() {
    Violations violations = Violations.of("Gateway", "gw")
        .duplicate(FieldPath.of("spec", "listeners").index(1).child("name"), "http");

    assertThat(violations.list()).extracting(Violation::toString)
        .containsExactly("spec.listeners[1].name: Duplicate value: \"http\"");
  }

  @Test
  void unsupportedValueListsTheSupportedValuesQuoted() {
    Violations violations = Violations.of("Gateway", "gw")
        .notSupported(FieldPath.of("apiVersion"), "v2", List.of("v1", "v1beta1"));

    assertThat(violations.list()).extracting(Violation::toString).containsExactly(
        "apiVersion: Unsupported value: \"v2\": supported values: \"v1\", \"v1beta1\"");
  }

  @Test
  void invalidValueWithoutDetailEndsAfterTheValue() {
    Violation violation = new Violation(Violation.Type.INVALID, FieldPath.of("x"), 1, null);

    assertThat(violation.detail()).isEmpty();
    assertThat(violation).hasToString("x: Invalid value: 1");
  }

  // ---- InvalidResourceException: one problem, several problems ----

  @Test
  void noExceptionIsThrownWhenNothingWasFound() {
    Violations violations = Violations.of("Gateway", "gw");

    assertThat(violations.isEmpty()).isTrue();
    assertThatCode(violations::throwIfAny).doesNotThrowAnyException();
  }

  @Test
  void oneProblemIsWrittenOnOneLineAfterKindAndName() {
    // GIVEN one problem
    Violations violations = Violations.of("HTTPRoute", "echoserver").invalid(
        FieldPath.of("spec", "rules").index(0).child("matches").index(0).child("path")
            .child("value"), "api", "must start with '/'");

    // WHEN / THEN
    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("HTTPRoute \"echoserver\" is invalid: "
            + "spec.rules[0].matches[0].path.value: Invalid value: \"api\": must start with '/'");
  }

  @Test
  void severalProblemsAreCountedInTheHeaderAndListedOnePerIndentedLineInOrder() {
    // GIVEN two problems
    Violations violations = Violations.of("Gateway", "echoserver")
        .required(FieldPath.of("spec", "gatewayClassName"), "")
        .invalid(FieldPath.of("spec", "listeners").index(0).child("port"), 0,
            "must be between 1 and 65535, inclusive");

    // WHEN / THEN
    assertThatThrownBy(violations::throwIfAny)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"echoserver\" is invalid (2 problems):\n"
            + "  spec.gatewayClassName: Required value\n"
            + "  spec.listeners[0].port: Invalid value: 0: must be between 1 and 65535, inclusive");
  }

  @Test
  void exceptionExposesKindNameAndEveryViolation() {
    Violations violations = Violations.of("Service", "echoserver")
        .required(FieldPath.of("spec", "ports"), "")
        .duplicate(FieldPath.of("spec", "ports").index(1), "80/TCP");

    InvalidResourceException thrown =
        catchThrowableOfType(InvalidResourceException.class, violations::throwIfAny);

    assertThat(thrown.kind()).isEqualTo("Service");
    assertThat(thrown.name()).isEqualTo("echoserver");
    assertThat(thrown.violations()).containsExactlyElementsOf(violations.list());
  }

  @Test
  void aMissingNameIsShownAsEmptyQuotes() {
    Violations violations = Violations.of("Gateway", null)
        .required(FieldPath.of("metadata", "name"), "name or generateName is required");

    assertThatThrownBy(violations::throwIfAny).hasMessage(
        "Gateway \"\" is invalid: metadata.name: Required value: name or generateName is required");
  }

  @Test
  void aBuilderMissingARequiredAttributeNamesItInTheSameExceptionType() {
    // GIVEN a listener builder without a port
    Listener.Builder listener = Listener.builder().name("http").protocol(Listener.HTTP);

    // WHEN / THEN the generated builder reports the missing attribute
    assertThatThrownBy(listener::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Listener is invalid: port: Required value")
        .satisfies(e -> assertThat(((InvalidResourceException) e).violations())
            .extracting(Violation::toString).containsExactly("port: Required value"));
  }

  @Test
  void everyMissingAttributeIsNamed() {
    assertThatThrownBy(() -> ReferenceGrantFrom.builder().group("").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ReferenceGrantFrom is invalid (2 problems):\n  kind: Required value\n"
            + "  namespace: Required value");
  }
}
