package dev.gatewaydsl.model;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.NAME_PART;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A Namespace's name is a DNS-1123 label, and a Namespace is not itself namespaced. */
class NamespaceValidationTest {

  @Test
  void nameOf63CharactersIsAccepted() {
    assertThat(Namespace.named(letters(63)).metadata().name()).hasSize(63);
  }

  @Test
  void nameOf64CharactersIsRejected() {
    String name = letters(64);

    assertThatThrownBy(() -> Namespace.named(name))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Namespace \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + MAX_63);
  }

  @ParameterizedTest
  @ValueSource(strings = {"team-a", "123-abc", "a", "kube-system"})
  void nameInLabelSyntaxIsAccepted(String name) {
    assertThat(Namespace.named(name).metadata().name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Team-a", "team_a", "-team", "team-"})
  void nameOutsideLabelSyntaxIsRejected(String name) {
    assertThatThrownBy(() -> Namespace.named(name))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Namespace \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + DNS1123_LABEL);
  }

  @Test
  void missingNameIsRequired() {
    assertThatThrownBy(() -> Namespace.builder().metadata(ObjectMeta.empty()).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Namespace \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  @Test
  void namespaceOnANamespaceIsForbidden() {
    // GIVEN Namespace metadata that names a namespace
    ObjectMeta metadata = ObjectMeta.named("team-a", "default");

    // WHEN / THEN
    assertThatThrownBy(() -> Namespace.builder().metadata(metadata).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Namespace \"team-a\" is invalid: "
            + "metadata.namespace: Forbidden: not allowed on this type");
  }

  @Test
  void namespaceWithoutNamespaceIsAccepted() {
    assertThat(Namespace.builder().metadata(ObjectMeta.named("team-a")).build()
        .metadata().namespace()).isEmpty();
  }

  @Test
  void labelAddedLaterIsCheckedToo() {
    // GIVEN a valid Namespace
    Namespace namespace = Namespace.named("team-a");

    // WHEN a label with a bad key is added / THEN the copy is rejected
    assertThat(namespace.withLabel("shared-gateway-access", "true").metadata().labels())
        .containsEntry("shared-gateway-access", "true");
    assertThatThrownBy(() -> namespace.withLabel("shared gateway access", "true"))
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Namespace \"team-a\" is invalid: metadata.labels: Invalid value: "
            + "\"shared gateway access\": " + NAME_PART);
  }
}
