package dev.gatewaydsl.model.gateway;

import static dev.gatewaydsl.model.CrdSchemaMessages.ABSOLUTE_URI;
import static dev.gatewaydsl.model.CrdSchemaMessages.GROUP;
import static dev.gatewaydsl.model.CrdSchemaMessages.HOSTNAME;
import static dev.gatewaydsl.model.CrdSchemaMessages.SUBDOMAIN;
import static dev.gatewaydsl.model.CrdSchemaMessages.WELL_KNOWN_CA;
import static dev.gatewaydsl.model.CrdSchemaMessages.minChars;
import static dev.gatewaydsl.model.CrdSchemaMessages.shouldMatch;
import static dev.gatewaydsl.model.CrdSchemaMessages.tooLong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatewaydsl.model.workload.Service;
import dev.gatewaydsl.testing.CrdCheck;
import dev.gatewaydsl.validation.InvalidResourceException;
import dev.gatewaydsl.yaml.Manifests;
import java.util.stream.IntStream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

class BackendTLSPolicyTest {
  private static final String INVALID = "BackendTLSPolicy \"api\" is invalid: ";
  private static final String WELL_KNOWN_SYNTAX = shouldMatch(WELL_KNOWN_CA);

  static final Service API = TCPRouteTest.service("api", 8443).withMetadata(
      TCPRouteTest.service("api", 8443).metadata().withNamespace("shop"));

  /** A valid policy to change one thing of. */
  private static BackendTLSPolicy.Builder policy() {
    return BackendTLSPolicy.forService(API, "api.shop.svc.cluster.local")
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL)
        .wellKnownCACertificates(BackendTLSPolicyValidation.SYSTEM);
  }

  /** The same without CAs. */
  private static BackendTLSPolicy.Builder withoutCas() {
    return BackendTLSPolicy.forService(API, "api.shop.svc.cluster.local")
        .target(GatewayApiTarget.V1_6_EXPERIMENTAL);
  }

  private static LocalPolicyTargetReferenceWithSectionName target(String name) {
    return LocalPolicyTargetReferenceWithSectionName.builder().group("").kind("Service")
        .name(name).build();
  }

  // --- YAML ---

  @Test
  void writesEveryFieldInTheApiOrder() {
    BackendTLSPolicy policy = BackendTLSPolicy.builder().name("api").namespace("shop")
        .spec(BackendTLSPolicySpec.builder()
            .addTargetRef(LocalPolicyTargetReferenceWithSectionName.to(API)
                .withSectionName("https"))
            .addTargetRef(LocalPolicyTargetReferenceWithSectionName.to(API)
                .withSectionName("grpc"))
            .validation(BackendTLSPolicyValidation.builder()
                .addCaCertificateRef(LocalObjectReference.of("", "ConfigMap", "api-ca"))
                .addCaCertificateRef(LocalObjectReference.of("example.com", "CABundle", "shared"))
                .hostname("api.shop.svc.cluster.local")
                .addSubjectAltName(SubjectAltName.ofHostname("api.shop.example.com"))
                .addSubjectAltName(SubjectAltName.ofUri("spiffe://cluster.local/ns/shop/sa/api"))
                .build())
            .putOption("example.com/min-tls-version", "1.3")
            .putOption("example.com/cipher-suites", "")
            .build())
        .build();
    String yaml = Manifests.toYaml(policy);

    Approvals.verify(yaml, new Options().forFile().withExtension(".yaml"));
    CrdCheck.assertAccepted("backendtlspolicy-standard", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void forServiceWithWellKnownCas() {
    String yaml = Manifests.toYaml(policy().build());

    assertThat(yaml).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1
        kind: BackendTLSPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRefs:
          - group: ""
            kind: Service
            name: api
          validation:
            wellKnownCACertificates: System
            hostname: api.shop.svc.cluster.local
        """);
    CrdCheck.assertAccepted("backendtlspolicy-system", yaml, CrdCheck.DEFAULT);
  }

  @Test
  void forServiceWithACaCertificateConfigMapAsV1alpha3() {
    String yaml = Manifests.toYaml(withoutCas().apiVersion(GatewayApi.V1ALPHA3)
        .caCertificateRef("api-ca").subjectAltName(SubjectAltName.ofHostname("*.example.com"))
        .option("example.com/min-tls-version", "1.3").build());

    assertThat(yaml).isEqualTo("""
        apiVersion: gateway.networking.k8s.io/v1alpha3
        kind: BackendTLSPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRefs:
          - group: ""
            kind: Service
            name: api
          validation:
            caCertificateRefs:
            - group: ""
              kind: ConfigMap
              name: api-ca
            hostname: api.shop.svc.cluster.local
            subjectAltNames:
            - type: Hostname
              hostname: "*.example.com"
          options:
            example.com/min-tls-version: "1.3"
        """);
    CrdCheck.assertAccepted("backendtlspolicy-v1alpha3", yaml,
        CrdCheck.V1_6_1_EXPERIMENTAL);
  }

  @Test
  void forServiceTakesNoNamespaceFromAServiceWithoutOne() {
    Service api = TCPRouteTest.service("api", 8443).withMetadata(
        TCPRouteTest.service("api", 8443).metadata().withNamespace(""));
    BackendTLSPolicy policy = BackendTLSPolicy.forService(api, "api.example.com")
        .wellKnownCACertificates("System").build();

    assertThat(policy.metadata().namespace()).isEmpty();
    assertThat(policy.metadata().name()).isEqualTo("api");
  }

  @Test
  void subjectAltNameFactoriesSetTheType() {
    assertThat(SubjectAltName.ofHostname("a.example.com")).isEqualTo(SubjectAltName.builder()
        .type(SubjectAltNameType.HOSTNAME).hostname("a.example.com").build());
    assertThat(SubjectAltName.ofUri("spiffe://a/b")).isEqualTo(SubjectAltName.builder()
        .type(SubjectAltNameType.URI).uri("spiffe://a/b").build());
  }

  // --- apiVersion ---

  @Test
  void acceptsV1alpha3() {
    assertThat(policy().apiVersion(GatewayApi.V1ALPHA3).build().apiVersion())
        .isEqualTo("gateway.networking.k8s.io/v1alpha3");
  }

  @Test
  void rejectsVersionsTheCrdDoesNotServe() {
    assertThatThrownBy(() -> policy().apiVersion(GatewayApi.V1ALPHA2).build())
        .isInstanceOf(InvalidResourceException.class)
        .hasMessage(INVALID + "apiVersion: Unsupported value: "
            + "\"gateway.networking.k8s.io/v1alpha2\": supported values: "
            + "\"gateway.networking.k8s.io/v1\", \"gateway.networking.k8s.io/v1alpha3\"");
  }

  // --- targetRefs ---

  @Test
  void requiresATargetRef() {
    assertThatThrownBy(() -> BackendTLSPolicy.builder().name("api")
        .spec(BackendTLSPolicySpec.builder().validation(policy().build().spec().validation())
            .build())
        .build())
        .hasMessage(INVALID + "spec.targetRefs: Required value");
  }

  @Test
  void allowsSixteenTargetRefs() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(1, 16).forEach(i -> builder.targetRef(target("s" + i)));

    assertThat(builder.build().spec().targetRefs()).hasSize(16);
  }

  @Test
  void rejectsSeventeenTargetRefs() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(1, 17).forEach(i -> builder.targetRef(target("s" + i)));

    assertThatThrownBy(builder::build)
        .hasMessage(INVALID + "spec.targetRefs: Too many: 17: must have at most 16 items");
  }

  @Test
  void checksEachTargetRef() {
    assertThatThrownBy(() -> policy().targetRef(LocalPolicyTargetReferenceWithSectionName
        .builder().group("Core").kind("").name("").sectionName("HTTPS").build()).build())
        .hasMessage("BackendTLSPolicy \"api\" is invalid (4 problems):\n"
            + "  spec.targetRefs[1].group: Invalid value: \"Core\": " + shouldMatch(GROUP) + "\n"
            + "  spec.targetRefs[1].sectionName: Invalid value: \"HTTPS\": "
            + shouldMatch(SUBDOMAIN) + "\n"
            + "  spec.targetRefs[1].kind: Required value\n"
            + "  spec.targetRefs[1].name: Required value");
  }

  @Test
  void allowsTheSameServiceTwiceWithDifferentSectionNames() {
    BackendTLSPolicy.Builder builder = BackendTLSPolicy.builder().name("api")
        .targetRef(target("api").withSectionName("https"))
        .targetRef(target("api").withSectionName("grpc"))
        .wellKnownCACertificates("System");
    builder.specBuilder().validationBuilder().hostname("api.example.com");
    BackendTLSPolicy policy = builder.build();

    assertThat(policy.spec().targetRefs()).hasSize(2);
  }

  @Test
  void allowsTheSameNameOfAnotherKindWithoutSectionName() {
    assertThat(policy().targetRef(target("api").withKind("ServiceImport")).build()
        .spec().targetRefs()).hasSize(2);
  }

  @Test
  void requiresSectionNamesForTheSameTargetTwice() {
    assertThatThrownBy(() -> policy().targetRef(target("api").withSectionName("https")).build())
        .hasMessage(INVALID + "spec.targetRefs: Invalid value: \"array\": sectionName must be "
            + "specified when targetRefs includes 2 or more references to the same target");
  }

  @Test
  void requiresDifferentSectionNamesForTheSameTargetTwice() {
    assertThatThrownBy(() -> policy().targetRef(target("api")).build())
        .hasMessage(INVALID + "spec.targetRefs: Invalid value: \"array\": sectionName must be "
            + "unique when targetRefs includes 2 or more references to the same target");
  }

  // --- validation: CAs ---

  @Test
  void rejectsBothCaCertificateRefsAndWellKnownCas() {
    assertThatThrownBy(() -> policy().caCertificateRef("api-ca").build())
        .hasMessage(INVALID + "spec.validation: Invalid value: \"object\": must not contain both "
            + "CACertificateRefs and WellKnownCACertificates");
  }

  @Test
  void requiresCaCertificateRefsOrWellKnownCas() {
    assertThatThrownBy(() -> withoutCas().build())
        .hasMessage(INVALID + "spec.validation: Invalid value: \"object\": must specify either "
            + "CACertificateRefs or WellKnownCACertificates");
  }

  @Test
  void takesAnEmptyWellKnownAsUnsetButRejectsItsSyntax() {
    assertThatThrownBy(() -> withoutCas().wellKnownCACertificates("").build())
        .hasMessage("BackendTLSPolicy \"api\" is invalid (3 problems):\n"
            + "  spec.validation: Invalid value: \"object\": must specify either "
            + "CACertificateRefs or WellKnownCACertificates\n"
            + "  spec.validation.wellKnownCACertificates: Invalid value: \"\": " + minChars(1)
            + "\n"
            + "  spec.validation.wellKnownCACertificates: Invalid value: \"\": "
            + WELL_KNOWN_SYNTAX);
  }

  @Test
  void allowsEightCaCertificateRefs() {
    BackendTLSPolicy.Builder builder = withoutCas();
    IntStream.range(0, 8).forEach(i -> builder.caCertificateRef("ca-" + i));

    assertThat(builder.build().spec().validation().caCertificateRefs()).hasSize(8);
  }

  @Test
  void rejectsNineCaCertificateRefs() {
    BackendTLSPolicy.Builder builder = withoutCas();
    IntStream.range(0, 9).forEach(i -> builder.caCertificateRef("ca-" + i));

    assertThatThrownBy(builder::build)
        .hasMessage(INVALID + "spec.validation.caCertificateRefs: Too many: 9: "
            + "must have at most 8 items");
  }

  @Test
  void checksEachCaCertificateRef() {
    assertThatThrownBy(() -> withoutCas().caCertificateRef("").build())
        .hasMessage(INVALID + "spec.validation.caCertificateRefs[0].name: Required value");
  }

  @Test
  void acceptsADomainPrefixedWellKnownName() {
    assertThat(withoutCas().wellKnownCACertificates("example.com/my-cas").build()
        .spec().validation().wellKnownCACertificates()).hasValue("example.com/my-cas");
  }

  @Test
  void rejectsALowerCaseSystem() {
    assertThatThrownBy(() -> withoutCas().wellKnownCACertificates("system").build())
        .hasMessage(INVALID + "spec.validation.wellKnownCACertificates: Invalid value: "
            + "\"system\": " + WELL_KNOWN_SYNTAX);
  }

  @Test
  void rejectsAWellKnownNameEndingInAHyphen() {
    assertThatThrownBy(() -> withoutCas().wellKnownCACertificates("example.com/cas-").build())
        .hasMessage(INVALID + "spec.validation.wellKnownCACertificates: Invalid value: "
            + "\"example.com/cas-\": " + WELL_KNOWN_SYNTAX);
  }

  @Test
  void acceptsAWellKnownNameOf253Characters() {
    String name = wellKnownName(253);

    assertThat(withoutCas().wellKnownCACertificates(name).build()
        .spec().validation().wellKnownCACertificates()).hasValue(name);
  }

  @Test
  void rejectsAWellKnownNameOf254Characters() {
    String name = wellKnownName(254);

    assertThatThrownBy(() -> withoutCas().wellKnownCACertificates(name).build())
        .hasMessage(INVALID + "spec.validation.wellKnownCACertificates: " + tooLong(253, 254));
  }

  /** A domain-prefixed name of {@code length} characters that has the pattern's shape. */
  private static String wellKnownName(int length) {
    String domain = "a".repeat(63) + "." + "b".repeat(63) + ".";
    return domain + "c".repeat(length - domain.length() - 64) + "/" + "n".repeat(63);
  }

  // --- validation: hostname ---

  @Test
  void requiresAHostname() {
    assertThatThrownBy(() -> BackendTLSPolicy.forService(API, "")
        .wellKnownCACertificates("System").build())
        .hasMessage(INVALID + "spec.validation.hostname: Required value");
  }

  @Test
  void acceptsAHostnameOfOneCharacter() {
    assertThat(BackendTLSPolicy.forService(API, "a").wellKnownCACertificates("System").build()
        .spec().validation().hostname()).isEqualTo("a");
  }

  @Test
  void rejectsAWildcardHostname() {
    assertThatThrownBy(() -> BackendTLSPolicy.forService(API, "*.example.com")
        .wellKnownCACertificates("System").build())
        .hasMessage(INVALID + "spec.validation.hostname: Invalid value: \"*.example.com\": "
            + shouldMatch(SUBDOMAIN));
  }

  // --- validation: subjectAltNames ---

  @Test
  void allowsFiveSubjectAltNames() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(0, 5).forEach(i -> builder.subjectAltName(
        SubjectAltName.ofHostname("h" + i + ".example.com")));

    assertThat(builder.build().spec().validation().subjectAltNames()).hasSize(5);
  }

  @Test
  void rejectsSixSubjectAltNames() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(0, 6).forEach(i -> builder.subjectAltName(
        SubjectAltName.ofHostname("h" + i + ".example.com")));

    assertThatThrownBy(builder::build)
        .hasMessage(INVALID + "spec.validation.subjectAltNames: Too many: 6: "
            + "must have at most 5 items");
  }

  @Test
  void requiresTheHostnameOfAHostnameSubjectAltName() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.builder()
        .type(SubjectAltNameType.HOSTNAME).build()).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0]: Invalid value: \"object\": "
            + "SubjectAltName element must contain Hostname, if Type is set to Hostname");
  }

  @Test
  void forbidsAUriInAHostnameSubjectAltName() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.ofHostname("a.example.com")
        .withUri("spiffe://a/b")).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0]: Invalid value: \"object\": "
            + "SubjectAltName element must not contain URI, if Type is not set to URI");
  }

  @Test
  void requiresTheUriOfAUriSubjectAltName() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.builder()
        .type(SubjectAltNameType.URI).build()).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0]: Invalid value: \"object\": "
            + "SubjectAltName element must contain URI, if Type is set to URI");
  }

  @Test
  void forbidsAHostnameInAUriSubjectAltName() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.ofUri("spiffe://a/b")
        .withHostname("a.example.com")).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0]: Invalid value: \"object\": "
            + "SubjectAltName element must not contain Hostname, if Type is not set to Hostname");
  }

  @Test
  void takesAnEmptyHostnameAsUnsetButRejectsItsSyntax() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.ofHostname("")).build())
        .hasMessage("BackendTLSPolicy \"api\" is invalid (3 problems):\n"
            + "  spec.validation.subjectAltNames[0]: Invalid value: \"object\": "
            + "SubjectAltName element must contain Hostname, if Type is set to Hostname\n"
            + "  spec.validation.subjectAltNames[0].hostname: Invalid value: \"\": "
            + minChars(1) + "\n"
            + "  spec.validation.subjectAltNames[0].hostname: Invalid value: \"\": "
            + shouldMatch(HOSTNAME));
  }

  @Test
  void acceptsAUriWithSchemeAndAuthority() {
    assertThat(policy().subjectAltName(SubjectAltName.ofUri("spiffe://x")).build()
        .spec().validation().subjectAltNames())
        .singleElement().satisfies(san -> assertThat(san.uri()).hasValue("spiffe://x"));
  }

  @Test
  void rejectsAUriWithoutAuthority() {
    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.ofUri("spiffe:x")).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0].uri: Invalid value: "
            + "\"spiffe:x\": " + shouldMatch(ABSOLUTE_URI));
  }

  @Test
  void acceptsAUriOf253Characters() {
    String uri = "spiffe://" + "x".repeat(244);

    assertThat(policy().subjectAltName(SubjectAltName.ofUri(uri)).build()
        .spec().validation().subjectAltNames())
        .singleElement().satisfies(san -> assertThat(san.uri()).hasValue(uri));
    assertThat(uri).hasSize(253);
  }

  @Test
  void rejectsAUriOf254Characters() {
    String uri = "spiffe://" + "x".repeat(245);

    assertThatThrownBy(() -> policy().subjectAltName(SubjectAltName.ofUri(uri)).build())
        .hasMessage(INVALID + "spec.validation.subjectAltNames[0].uri: " + tooLong(253, 254));
  }

  // --- options ---

  @Test
  void allowsSixteenOptions() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(0, 16).forEach(i -> builder.option("example.com/o" + i, "v"));

    assertThat(builder.build().spec().options()).hasSize(16);
  }

  @Test
  void rejectsSeventeenOptions() {
    BackendTLSPolicy.Builder builder = policy();
    IntStream.range(0, 17).forEach(i -> builder.option("example.com/o" + i, "v"));

    assertThatThrownBy(builder::build)
        .hasMessage(INVALID + "spec.options: Too many: 17: must have at most 16 properties");
  }

  @Test
  void allowsAnOptionValueOf4096Characters() {
    assertThat(policy().option("example.com/o", "v".repeat(4096)).build().spec().options())
        .containsOnlyKeys("example.com/o")
        .hasEntrySatisfying("example.com/o", value -> assertThat(value).hasSize(4096));
  }

  @Test
  void rejectsAnOptionValueOf4097Characters() {
    assertThatThrownBy(() -> policy().option("example.com/o", "v".repeat(4097)).build())
        .hasMessage(INVALID + "spec.options[example.com/o]: " + tooLong(4096, 4097));
  }
}
