package dev.gatewaydsl.model;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_LABEL;
import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_SUBDOMAIN;
import static dev.gatewaydsl.model.ApiServerMessages.LABEL_VALUE;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_253;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_63;
import static dev.gatewaydsl.model.ApiServerMessages.NAME_PART;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.gateway.Gateway;
import dev.gatewaydsl.model.gateway.Listener;
import dev.gatewaydsl.validation.InvalidResourceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code metadata} rules every kind shares (apimachinery's {@code ValidateObjectMeta}), here on
 * a Gateway, whose name is a DNS-1123 subdomain like that of most kinds. Namespace and Service
 * names have their own syntax and are covered in their own tests.
 */
class MetadataValidationTest {

  /** 256 KiB: apimachinery's {@code TotalAnnotationSizeLimitB}. */
  private static final int ANNOTATIONS_LIMIT = 256 * 1024;

  private static Gateway.Builder gateway() {
    return Gateway.builder().name("echoserver").namespace("default").gatewayClassName("istio")
        .listener(Listener.http("http", 80));
  }

  private static String invalidGateway(String problem) {
    return "Gateway \"echoserver\" is invalid: " + problem;
  }

  // ---- metadata.name: a DNS-1123 subdomain ----

  @Test
  void nameOf253CharactersIsAccepted() {
    Gateway gw = gateway().name(letters(253)).build();

    assertThat(gw.metadata().name()).hasSize(253);
  }

  @Test
  void nameOf254CharactersIsRejected() {
    String name = letters(254);

    assertThatThrownBy(() -> gateway().name(name).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + MAX_253);
  }

  @ParameterizedTest
  @ValueSource(strings = {"echoserver", "echo-server", "echo.example.com", "1st", "a"})
  void nameInSubdomainSyntaxIsAccepted(String name) {
    assertThat(gateway().name(name).build().metadata().name()).isEqualTo(name);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Echoserver", "echo_server", "-echo", "echo-", "echo..server", "echo."})
  void nameOutsideSubdomainSyntaxIsRejected(String name) {
    assertThatThrownBy(() -> gateway().name(name).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + DNS1123_SUBDOMAIN);
  }

  @Test
  void missingNameIsRequired() {
    // GIVEN a Gateway built without a name
    Gateway.Builder nameless = Gateway.builder().namespace("default").gatewayClassName("istio")
        .listener(Listener.http("http", 80));

    // WHEN / THEN
    assertThatThrownBy(nameless::build)
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("Gateway \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  // ---- metadata.namespace: a DNS-1123 label ----

  @Test
  void namespaceOf63CharactersIsAccepted() {
    assertThat(gateway().namespace(letters(63)).build().metadata().namespace()).hasSize(63);
  }

  @Test
  void namespaceOf64CharactersIsRejected() {
    String namespace = letters(64);

    assertThatThrownBy(() -> gateway().namespace(namespace).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.namespace: Invalid value: \"" + namespace + "\": " + MAX_63));
  }

  @Test
  void unsetNamespaceIsAccepted() {
    Gateway gw = Gateway.builder().name("echoserver").gatewayClassName("istio")
        .listener(Listener.http("http", 80)).build();

    assertThat(gw.metadata().namespace()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Default", "team_a", "-team", "team-"})
  void namespaceOutsideLabelSyntaxIsRejected(String namespace) {
    assertThatThrownBy(() -> gateway().namespace(namespace).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.namespace: Invalid value: \"" + namespace + "\": " + DNS1123_LABEL));
  }

  // ---- label keys: [prefix/]name ----

  @ParameterizedTest
  @ValueSource(strings = {
      "app", "App_Name.v1", "example.com/app", "app.kubernetes.io/name", "1", "a/b"})
  void labelKeyInQualifiedNameSyntaxIsAccepted(String key) {
    assertThat(gateway().label(key, "x").build().metadata().labels()).containsKey(key);
  }

  @Test
  void labelKeyWithA63CharacterNamePartIsAccepted() {
    String key = "example.com/" + letters(63);

    assertThat(gateway().label(key, "x").build().metadata().labels()).containsKey(key);
  }

  @Test
  void labelKeyWithA64CharacterNamePartIsRejected() {
    String key = "example.com/" + letters(64);

    assertThatThrownBy(() -> gateway().label(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway("metadata.labels: Invalid value: \"" + key
            + "\": name part must be no more than 63 characters"));
  }

  @Test
  void labelKeyWithA253CharacterPrefixIsAccepted() {
    String key = letters(253) + "/app";

    assertThat(gateway().label(key, "x").build().metadata().labels()).containsKey(key);
  }

  @Test
  void labelKeyWithA254CharacterPrefixIsRejectedForItsLength() {
    String key = letters(254) + "/app";

    assertThatThrownBy(() -> gateway().label(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway("metadata.labels: Invalid value: \"" + key
            + "\": prefix part " + MAX_253));
  }

  @Test
  void labelKeyWithAnEmptyPrefixIsRejected() {
    assertThatThrownBy(() -> gateway().label("/app", "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.labels: Invalid value: \"/app\": prefix part must be non-empty"));
  }

  @Test
  void labelKeyWithAnEmptyNamePartIsRejected() {
    assertThatThrownBy(() -> gateway().label("example.com/", "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.labels: Invalid value: \"example.com/\": name part must be non-empty"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Example.com/app", "example_com/app", "-example.com/app"})
  void labelKeyWithAPrefixOutsideSubdomainSyntaxIsRejected(String key) {
    assertThatThrownBy(() -> gateway().label(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway("metadata.labels: Invalid value: \"" + key
            + "\": prefix part " + DNS1123_SUBDOMAIN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"app!", "-app", "app-", "my app", "example.com/_app"})
  void labelKeyWithANamePartOutsideItsSyntaxIsRejected(String key) {
    assertThatThrownBy(() -> gateway().label(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway("metadata.labels: Invalid value: \"" + key + "\": "
            + NAME_PART));
  }

  // ---- label values ----

  @ParameterizedTest
  @ValueSource(strings = {"", "echoserver", "MyValue", "my_value", "12345", "v1.2-rc_3"})
  void labelValueInItsSyntaxIsAccepted(String value) {
    assertThat(gateway().label("app", value).build().metadata().labels())
        .containsEntry("app", value);
  }

  @Test
  void labelValueOf63CharactersIsAccepted() {
    assertThat(gateway().label("app", letters(63)).build().metadata().labels().get("app"))
        .hasSize(63);
  }

  @Test
  void labelValueOf64CharactersIsRejected() {
    String value = letters(64);

    assertThatThrownBy(() -> gateway().label("app", value).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.labels[app]: Invalid value: \"" + value + "\": " + MAX_63));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my value", "-echo", "echo-", "_echo", "echo/server", "é"})
  void labelValueOutsideItsSyntaxIsRejected(String value) {
    assertThatThrownBy(() -> gateway().label("app", value).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.labels[app]: Invalid value: \"" + value + "\": " + LABEL_VALUE));
  }

  // ---- annotation keys: qualified names, case-insensitive ----

  @ParameterizedTest
  @ValueSource(strings = {
      "note", "example.com/note", "kubectl.kubernetes.io/last-applied-configuration",
      // the API server lower-cases annotation keys before checking them
      "Example.COM/Note", "EXAMPLE.com/x"})
  void annotationKeyInQualifiedNameSyntaxIsAccepted(String key) {
    assertThat(gateway().annotation(key, "x").build().metadata().annotations())
        .containsKey(key);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "bad key|" + NAME_PART,
      "/note|prefix part must be non-empty",
      "example.com/|name part must be non-empty",
      "example_com/note|prefix part " + DNS1123_SUBDOMAIN})
  void annotationKeyOutsideQualifiedNameSyntaxIsRejectedAsWritten(String key, String detail) {
    assertThatThrownBy(() -> gateway().annotation(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.annotations: Invalid value: \"" + key + "\": " + detail));
  }

  @Test
  void annotationKeyWithA64CharacterNamePartIsRejected() {
    String key = "example.com/" + letters(64);

    assertThatThrownBy(() -> gateway().annotation(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway("metadata.annotations: Invalid value: \"" + key
            + "\": name part must be no more than 63 characters"));
  }

  @Test
  void uppercaseAnnotationKeyIsShownAsWrittenWhenRejected() {
    // GIVEN a key whose prefix is fine in any case, but whose name part has a space
    String key = "Example.com/Bad Note";

    // WHEN / THEN the key is reported as the user wrote it, not lower-cased
    assertThatThrownBy(() -> gateway().annotation(key, "x").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.annotations: Invalid value: \"" + key + "\": " + NAME_PART));
  }

  // ---- annotation size: 256 KiB over all keys and values, in bytes ----

  @Test
  void annotationsOfExactly256KibAreAccepted() {
    // GIVEN key "a" (1 byte) and a value of 262143 bytes
    String value = letters(ANNOTATIONS_LIMIT - 1);

    assertThat(gateway().annotation("a", value).build().metadata().annotations())
        .containsEntry("a", value);
  }

  @Test
  void annotationsOneByteOver256KibAreRejected() {
    String value = letters(ANNOTATIONS_LIMIT);

    assertThatThrownBy(() -> gateway().annotation("a", value).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.annotations: Too long: may not be more than 262144 bytes"));
  }

  @Test
  void annotationSizeAddsUpEveryKeyAndValue() {
    // GIVEN two annotations of 131072 bytes each (key + value), then one more byte
    String half = letters(ANNOTATIONS_LIMIT / 2 - 1);

    assertThat(gateway().annotation("a", half).annotation("b", half).build()
        .metadata().annotations()).hasSize(2);
    assertThatThrownBy(() -> gateway().annotation("a", half).annotation("bc", half).build())
        .hasMessage(invalidGateway(
            "metadata.annotations: Too long: may not be more than 262144 bytes"));
  }

  @Test
  void annotationSizeCountsUtf8BytesNotCharacters() {
    // GIVEN 'é' takes two bytes in UTF-8: "a" + 131071 × 'é' + "b" is 262144 bytes
    String fits = "é".repeat(ANNOTATIONS_LIMIT / 2 - 1) + "b";
    // AND "a" + 131072 × 'é' is 262145 bytes, although only 131073 characters
    String tooBig = "é".repeat(ANNOTATIONS_LIMIT / 2);

    assertThat(gateway().annotation("a", fits).build().metadata().annotations())
        .containsEntry("a", fits);
    assertThatThrownBy(() -> gateway().annotation("a", tooBig).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(invalidGateway(
            "metadata.annotations: Too long: may not be more than 262144 bytes"));
  }
}
