package dev.gatewaydsl.model;

import static dev.gatewaydsl.model.ApiServerMessages.LABEL_VALUE;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.NAME_PART;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code LabelSelector} and {@code LabelSelectorRequirement} (apimachinery's {@code
 * ValidateLabelSelector}), checked where a listener picks the namespaces routes may come from.
 */
class LabelSelectorValidationTest {

  private static final String SELECTOR = "spec.listeners[0].allowedRoutes.namespaces.selector";

  private static Gateway gatewaySelecting(LabelSelector selector) {
    return Gateway.builder().name("echoserver").namespace("default").gatewayClassName("istio")
        .listener(Listener.http("http", 80).allowedRoutesFromNamespaces(selector)).build();
  }

  private static Gateway gatewaySelecting(LabelSelectorRequirement requirement) {
    return gatewaySelecting(LabelSelector.builder().addMatchExpression(requirement).build());
  }

  private static LabelSelectorRequirement requirement(String operator, String... values) {
    return LabelSelectorRequirement.builder().key("team").operator(operator).addValues(values)
        .build();
  }

  private static String invalid(String problem) {
    return "Gateway \"echoserver\" is invalid: " + SELECTOR + problem;
  }

  // ---- matchLabels ----

  @Test
  void matchLabelsWithValidKeyAndValueAreAccepted() {
    Gateway gw = gatewaySelecting(LabelSelector.matchLabel("example.com/team", letters(63)));

    assertThat(gw.spec().listeners().get(0).allowedRoutes()).isPresent();
  }

  @Test
  void matchLabelsKeyIsCheckedAsALabelKey() {
    assertThatThrownBy(() -> gatewaySelecting(LabelSelector.matchLabel("bad key", "a")))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchLabels: Invalid value: \"bad key\": " + NAME_PART));
  }

  @Test
  void matchLabelsValueOf64CharactersIsRejected() {
    String value = letters(64);

    assertThatThrownBy(() -> gatewaySelecting(LabelSelector.matchLabel("team", value)))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchLabels[team]: Invalid value: \"" + value + "\": " + MAX_63));
  }

  // ---- matchExpressions: operators ----

  @ParameterizedTest
  @ValueSource(strings = {"In", "NotIn"})
  void setOperatorWithValuesIsAccepted(String operator) {
    LabelSelectorRequirement requirement = requirement(operator, "a", "b");

    assertThat(gatewaySelecting(requirement).spec().listeners()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"In", "NotIn"})
  void setOperatorWithoutValuesIsRejected(String operator) {
    LabelSelectorRequirement requirement = requirement(operator);

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchExpressions[0].values: Required value: "
            + "must be specified when `operator` is 'In' or 'NotIn'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Exists", "DoesNotExist"})
  void existenceOperatorWithoutValuesIsAccepted(String operator) {
    LabelSelectorRequirement requirement = requirement(operator);

    assertThat(gatewaySelecting(requirement).spec().listeners()).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Exists", "DoesNotExist"})
  void existenceOperatorWithValuesIsRejected(String operator) {
    LabelSelectorRequirement requirement = requirement(operator, "a");

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchExpressions[0].values: Forbidden: "
            + "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Equals", "in", "NotInSet", ""})
  void unknownOperatorIsRejected(String operator) {
    LabelSelectorRequirement requirement = requirement(operator, "a");

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchExpressions[0].operator: Unsupported value: \"" + operator
            + "\": supported values: \"In\", \"NotIn\", \"Exists\", \"DoesNotExist\""));
  }

  // ---- matchExpressions: key and values syntax ----

  @Test
  void requirementKeyIsCheckedAsALabelKey() {
    LabelSelectorRequirement requirement =
        LabelSelectorRequirement.builder().key("-team").operator("Exists").build();

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchExpressions[0].key: Invalid value: \"-team\": " + NAME_PART));
  }

  @Test
  void requirementValuesOf63CharactersAreAccepted() {
    LabelSelectorRequirement requirement = requirement("In", letters(63), "");

    assertThat(gatewaySelecting(requirement).spec().listeners()).hasSize(1);
  }

  @Test
  void requirementValueOf64CharactersIsRejectedAtItsIndex() {
    String value = letters(64);
    LabelSelectorRequirement requirement = requirement("In", "ok", value);

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            ".matchExpressions[0].values[1]: Invalid value: \"" + value + "\": " + MAX_63));
  }

  @Test
  void requirementValueOutsideLabelValueSyntaxIsRejected() {
    LabelSelectorRequirement requirement = requirement("NotIn", "team a");

    assertThatThrownBy(() -> gatewaySelecting(requirement))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(
            ".matchExpressions[0].values[0]: Invalid value: \"team a\": " + LABEL_VALUE));
  }

  @Test
  void everyRequirementIsCheckedAtItsOwnIndex() {
    // GIVEN a good requirement, then a bad one
    LabelSelector selector = LabelSelector.builder()
        .addAllMatchExpressions(List.of(requirement("Exists"), requirement("In")))
        .build();

    assertThatThrownBy(() -> gatewaySelecting(selector))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalid(".matchExpressions[1].values: Required value: "
            + "must be specified when `operator` is 'In' or 'NotIn'"));
  }
}
