package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_SUBDOMAIN;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.validation.FieldPath;
import dev.gatewaydsl.validation.Violation;
import dev.gatewaydsl.validation.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a {@code LocalObjectReference} (group, kind, name), checked through {@link
 * dev.gatewaydsl.validation.Validatable} at the path a resource would place it.
 */
class LocalObjectReferenceValidationTest {

  private static final FieldPath AT = FieldPath.of("spec", "extensionRef");

  private static List<String> problemsOf(LocalObjectReference ref) {
    Violations violations = Violations.of("HTTPRoute", "echoserver");
    ref.validate(AT, violations);
    return violations.list().stream().map(Violation::toString).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "example.com"})
  void referenceWithAnEmptyOrSubdomainGroupIsValid(String group) {
    assertThat(problemsOf(LocalObjectReference.of(group, "ConfigMap", "ca"))).isEmpty();
  }

  @Test
  void groupOutsideSubdomainSyntaxIsInvalid() {
    assertThat(problemsOf(LocalObjectReference.of("Example.com", "Filter", "f"))).containsExactly(
        "spec.extensionRef.group: Invalid value: \"Example.com\": " + DNS1123_SUBDOMAIN);
  }

  @Test
  void kindOutsideKindSyntaxIsInvalid() {
    assertThat(problemsOf(LocalObjectReference.of("", "Config Map", "ca"))).containsExactly(
        "spec.extensionRef.kind: Invalid value: \"Config Map\": must be 1 to 63 letters, digits "
            + "or '-', starting with a letter and ending with a letter or digit (e.g. 'HTTPRoute')");
  }

  @Test
  void nameOf253CharactersIsValid() {
    assertThat(problemsOf(LocalObjectReference.of("", "ConfigMap", letters(253)))).isEmpty();
  }

  @Test
  void nameOf254CharactersIsTooLong() {
    assertThat(problemsOf(LocalObjectReference.of("", "ConfigMap", letters(254))))
        .containsExactly("spec.extensionRef.name: Too long: may not be more than 253 bytes");
  }

  @Test
  void emptyNameIsRequired() {
    assertThat(problemsOf(LocalObjectReference.of("", "ConfigMap", "")))
        .containsExactly("spec.extensionRef.name: Required value");
  }
}
