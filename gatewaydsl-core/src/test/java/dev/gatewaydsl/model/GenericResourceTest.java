package dev.gatewaydsl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenericResourceTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static GenericResource.Builder certificate() {
    return GenericResource.builder().apiVersion("cert-manager.io/v1").kind("Certificate")
        .name("web").namespace("shop");
  }

  @Test
  void buildsAResourceOfAnyKindWrittenInTheLibrarysStyle() {
    ObjectNode spec = NODES.objectNode().put("secretName", "web-tls");
    spec.putArray("dnsNames").add("shop.example.com");
    spec.putObject("issuerRef").put("name", "letsencrypt").put("kind", "ClusterIssuer");

    GenericResource resource = certificate().label("team", "shop")
        .annotation("note", "on").putBody("spec", spec).build();

    assertThat(Manifests.toYaml(resource)).isEqualTo("""
        apiVersion: cert-manager.io/v1
        kind: Certificate
        metadata:
          name: web
          namespace: shop
          labels:
            team: shop
          annotations:
            note: "on"
        spec:
          secretName: web-tls
          dnsNames:
          - shop.example.com
          issuerRef:
            name: letsencrypt
            kind: ClusterIssuer
        """);
    assertThat(resource.group()).isEqualTo("cert-manager.io");
  }

  @Test
  void theTreesAreCopiedInAndOut() {
    ObjectNode spec = NODES.objectNode().put("replicas", 1);
    GenericResource.Builder builder = certificate().putBody("spec", spec);
    GenericResource resource = builder.build();

    spec.put("replicas", 2);
    resource.body().with("spec").put("replicas", 3);
    builder.putBody("status", NODES.objectNode());

    assertThat(resource.body().at("/spec/replicas").intValue()).isEqualTo(1);
    assertThat(resource.body().has("status")).isFalse();
    assertThat(resource).isEqualTo(certificate().putBody("spec",
        NODES.objectNode().put("replicas", 1)).build());
    assertThat(resource.toBuilder().build()).isEqualTo(resource)
        .hasSameHashCodeAs(resource);
  }

  @Test
  void apiVersionAndKindAreRequired() {
    assertThatThrownBy(() -> GenericResource.builder().kind("Widget").name("w").build())
        .isInstanceOf(NullPointerException.class).hasMessage("apiVersion");
    assertThatThrownBy(() -> GenericResource.builder().apiVersion("v1").name("w").build())
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v1", "apps/v1", "cert-manager.io/v1", "keda.sh/v1alpha1",
      "a.b/v2beta3"})
  void acceptsAnApiVersionOfTheFormV1OrGroupSlashVersion(String apiVersion) {
    assertThat(certificate().apiVersion(apiVersion).build().apiVersion()).isEqualTo(apiVersion);
  }

  @ParameterizedTest
  @ValueSource(strings = {"v2", "", "cert-manager.io", "cert-manager.io/", "/v1",
      "cert-manager.io/v1/x", "Cert-Manager.io/v1", "cert-manager.io/V1", "cert-manager.io/1"})
  void refusesAnApiVersionOfAnyOtherForm(String apiVersion) {
    assertThatThrownBy(() -> certificate().apiVersion(apiVersion).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageStartingWith("Certificate \"web\" is invalid: apiVersion: Invalid value: \""
            + apiVersion + "\": ");
  }

  @Test
  void theVersionMayHave63CharactersNotMore() {
    String version = "v" + "1".repeat(62);
    assertThat(certificate().apiVersion("x.io/" + version).build().apiVersion())
        .endsWith(version);
    assertThatThrownBy(() -> certificate().apiVersion("x.io/" + version + "1").build())
        .hasMessageContaining("the version must be a DNS-1035 label");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1Widget", "Wid get", "Widget-", "_Widget"})
  void refusesAKindOfTheWrongForm(String kind) {
    assertThatThrownBy(() -> certificate().kind(kind).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessageContaining("kind: Invalid value: \"" + kind + "\": must be 1 to 63 letters");
  }

  @Test
  void theNameIsRequiredAndADns1123Subdomain() {
    assertThat(certificate().name("a.b-c").build().metadata().name()).isEqualTo("a.b-c");
    assertThat(certificate().name("a".repeat(253)).build().metadata().name()).hasSize(253);
    assertThatThrownBy(() -> certificate().name("a".repeat(254)).build())
        .hasMessageContaining("metadata.name: Invalid value: ").hasMessageContaining(
            "must be no more than 253 characters");
    assertThatThrownBy(() -> certificate().name("Web").build())
        .hasMessageContaining("metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 "
            + "subdomain");
    assertThatThrownBy(() -> GenericResource.builder().apiVersion("v1").kind("Pod").build())
        .hasMessage("Pod \"\" is invalid: metadata.name: Required value: name or generateName "
            + "is required");
  }

  @Test
  void theNamespaceIsOptionalAndADns1123Label() {
    assertThat(certificate().namespace("").build().metadata().namespace()).isEmpty();
    assertThat(certificate().namespace("a".repeat(63)).build().metadata().namespace())
        .hasSize(63);
    assertThatThrownBy(() -> certificate().namespace("a".repeat(64)).build())
        .hasMessageContaining("metadata.namespace: Invalid value: ");
    assertThatThrownBy(() -> certificate().namespace("a.b").build())
        .hasMessageContaining("metadata.namespace: Invalid value: \"a.b\"");
  }

  @Test
  void labelsAreCheckedAsForEveryObject() {
    assertThatThrownBy(() -> certificate().label("a", "-b").build())
        .hasMessageContaining("metadata.labels[a]: Invalid value: \"-b\"");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> GenericResource.builder().apiVersion("x/y/z").kind("1")
        .name("Web").build())
        .hasMessageStartingWith("1 \"Web\" is invalid (3 problems):\n  apiVersion: ")
        .hasMessageContaining("\n  kind: ").hasMessageContaining("\n  metadata.name: ");
  }

  @Test
  void modelledMetadataIsNotTakenAsAdditionalMetadataNorTypedFieldsAsBody() {
    ObjectNode additional = NODES.objectNode().put("name", "other").put("uid", "1");

    assertThatThrownBy(() -> certificate().additionalMetadata(additional).build())
        .hasMessage("Certificate \"web\" is invalid: metadata.name: Forbidden: modelled by "
            + "ObjectMeta: set it in metadata(), not in additionalMetadata()");
    assertThatThrownBy(() -> certificate().putBody("kind", NODES.textNode("Issuer")).build())
        .hasMessage("Certificate \"web\" is invalid: kind: Forbidden: set it with kind(), not "
            + "in body()");
    assertThat(certificate().additionalMetadata(NODES.objectNode().put("uid", "1")).build()
        .additionalMetadata().get("uid").textValue()).isEqualTo("1");
  }
}
