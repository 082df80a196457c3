package dev.gatewaydsl.model.workload;

import static dev.gatewaydsl.model.ApiServerMessages.DNS1123_SUBDOMAIN;
import static dev.gatewaydsl.model.ApiServerMessages.MAX_253;
import static dev.gatewaydsl.model.ApiServerMessages.letters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.validation.InvalidResourceException;
import org.junit.jupiter.api.Test;

/** A ServiceAccount's rules: only its metadata (a DNS-1123 subdomain name). */
class ServiceAccountValidationTest {

  @Test
  void namedServiceAccountIsValid() {
    ServiceAccount sa = ServiceAccount.builder().name("echoserver-istio").namespace("default")
        .label("istio.io/gateway-name", "echoserver").build();

    assertThat(sa.apiVersion()).isEqualTo("v1");
    assertThat(sa.kind()).isEqualTo("ServiceAccount");
    assertThat(sa.metadata().labels()).containsEntry("istio.io/gateway-name", "echoserver");
  }

  @Test
  void missingNameIsRequired() {
    assertThatThrownBy(() -> ServiceAccount.builder().namespace("default").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ServiceAccount \"\" is invalid: "
            + "metadata.name: Required value: name or generateName is required");
  }

  @Test
  void nameOf253CharactersIsAccepted() {
    String name = letters(253);

    assertThat(ServiceAccount.builder().name(name).build().metadata().name()).isEqualTo(name);
  }

  @Test
  void nameOf254CharactersIsRejected() {
    String name = letters(254);

    assertThatThrownBy(() -> ServiceAccount.builder().name(name).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ServiceAccount \"" + name + "\" is invalid: metadata.name: Invalid value: \""
            + name + "\": " + MAX_253);
  }

  @Test
  void nameWithUpperCaseIsRejected() {
    assertThatThrownBy(() -> ServiceAccount.builder().name("Echo").build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage("ServiceAccount \"Echo\" is invalid: metadata.name: Invalid value: \"Echo\": "
            + DNS1123_SUBDOMAIN);
  }
}
