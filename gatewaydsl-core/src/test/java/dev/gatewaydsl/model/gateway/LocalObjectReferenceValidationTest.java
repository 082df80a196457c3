package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.KIND;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema facts of a {@code LocalObjectReference} (group, kind, name), checked where it is
 * used: as the {@code extensionRef} of an HTTPRoute filter.
 */
class LocalObjectReferenceValidationTest {

  private static final String AT = "spec.rules[0].filters[0].extensionRef.";

  private static HTTPRoute routeWith(LocalObjectReference ref) {
    return HTTPRoute.builder().name("r").namespace("shop")
        .rule(HTTPRouteRule.builder().addFilter(HTTPRouteFilter.extensionRef(ref)).build())
        .build();
  }

  private static List<String> problemsOf(LocalObjectReference ref) {
    try {
      routeWith(ref);
      return List.of();
    } catch (InvalidResourceException e) {
      return e.violations().stream().map(Violation::toString).toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.com"})
  void referenceWithAnEmptyOrSubdomainGroupIsValid(String group) {
    assertThat(problemsOf(LocalObjectReference.of(group, "ConfigMap", "ca"))).isEmpty();
  }

  @Test
  void groupOutsideSubdomainSyntaxIsInvalid() {
    assertThat(problemsOf(LocalObjectReference.of("Example.com", "Filter", "f"))).containsExactly(
        AT + "group: Invalid value: \"Example.com\": " + shouldMatch(GROUP));
  }

  @Test
  void kindOutsideKindSyntaxIsInvalid() {
    assertThat(problemsOf(LocalObjectReference.of("", "Config Map", "ca"))).containsExactly(
        AT + "kind: Invalid value: \"Config Map\": " + shouldMatch(KIND));
  }

  @Test
  void nameOf253CharactersIsValid() {
    assertThat(problemsOf(LocalObjectReference.of("", "ConfigMap", letters(253)))).isEmpty();
  }

  @Test
  void nameOf254CharactersIsTooLong() {
    assertThat(problemsOf(LocalObjectReference.of("", "ConfigMap", letters(254))))
        .containsExactly(AT + "name: " + tooLong(253, 254));
  }

  @Test
  void emptyNameIsRequired() {
    assertThatThrownBy(() -> routeWith(LocalObjectReference.of("", "ConfigMap", "")))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageEndingWith(AT + "name: Required value");
  }
}
