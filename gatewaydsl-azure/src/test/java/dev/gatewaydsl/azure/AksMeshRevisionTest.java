package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatewaydsl.azure.AksMeshRevision.Placement;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The facts of each AKS Istio add-on revision, as published by AKS and Istio. */
class AksMeshRevisionTest {

  @Test
  void knowsEveryRevisionFromAsm117ToAsm130() {
    assertThat(AksMeshRevision.known()).extracting(AksMeshRevision::name).containsExactly(
        "asm-1-17", "asm-1-18", "asm-1-19", "asm-1-20", "asm-1-21", "asm-1-22", "asm-1-23",
        "asm-1-24", "asm-1-25", "asm-1-26", "asm-1-27", "asm-1-28", "asm-1-29", "asm-1-30");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // revision, Istio, target,       placement,      reads infra, managed CRDs, EOL,  expected
      "asm-1-17, 1.17, V0_6_STANDARD, METADATA,       false, false, 2024-01, false",
      "asm-1-18, 1.18, V0_6_STANDARD, METADATA,       false, false, 2024-02, false",
      "asm-1-20, 1.20, V0_6_STANDARD, METADATA,       false, false, 2024-09, false",
      "asm-1-21, 1.21, V0_6_STANDARD, METADATA,       true,  false, 2024-10, false",
      "asm-1-25, 1.25, V0_6_STANDARD, METADATA,       true,  false, 2026-01, false",
      "asm-1-26, 1.26, V1_2_STANDARD, INFRASTRUCTURE, true,  true,  2026-04, false",
      "asm-1-27, 1.27, V1_2_STANDARD, INFRASTRUCTURE, true,  true,  2026-05, false",
      "asm-1-28, 1.28, V1_2_STANDARD, INFRASTRUCTURE, true,  true,  2026-08, true",
      "asm-1-29, 1.29, V1_2_STANDARD, INFRASTRUCTURE, true,  true,  2026-09, true",
      "asm-1-30, 1.30, V1_2_STANDARD, INFRASTRUCTURE, true,  true,  2026-12, true"})
  void profileOfEachRevision(String name, String istio, GatewayApiTarget target,
      Placement placement, boolean readsInfrastructure, boolean managed, String eol,
      boolean expected) {
    AksMeshRevision revision = AksMeshRevision.of(name);

    assertThat(revision.isKnown()).isTrue();
    assertThat(revision.warning()).isEmpty();
    assertThat(revision.istioVersion()).isEqualTo(istio);
    assertThat(revision.target()).isEqualTo(target);
    assertThat(revision.placement()).isEqualTo(placement);
    assertThat(revision.readsInfrastructure()).isEqualTo(readsInfrastructure);
    assertThat(revision.managedGatewayApi()).isEqualTo(managed);
    assertThat(revision.endOfLife()).contains(YearMonth.parse(eol));
    assertThat(revision.endOfLifeExpected()).isEqualTo(expected);
  }

  @Test
  void releaseMonthsOfTheReferenceRevision() {
    AksMeshRevision asm117 = AksMeshRevision.of("asm-1-17");

    assertThat(asm117.upstreamRelease()).contains(YearMonth.of(2023, 2));
    assertThat(asm117.aksRelease()).contains(YearMonth.of(2023, 4));
    assertThat(asm117.describe()).isEqualTo("AKS revision asm-1-17 (Istio 1.17)");
    assertThat(asm117.targetIsExact()).isTrue();
    assertThat(asm117.gatewayApi()).startsWith("v0.6.1");
  }

  // AKS support policy page (MicrosoftDocs/azure-aks-docs articles/aks/istio-support-policy.md,
  // page date 2026-05-15, commit 103b196): compatible AKS versions per revision
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "asm-1-17, 1.23, 1.28", "asm-1-21, 1.26, 1.30", "asm-1-25, 1.29, 1.33",
      "asm-1-26, 1.29, 1.34", "asm-1-27, 1.29, 1.35", "asm-1-28, 1.30, 1.35",
      "asm-1-29, 1.31, 1.36", "asm-1-30, 1.32, 1.36"})
  void kubernetesVersionsOfEachRevision(String name, String oldest, String newest) {
    var versions = AksMeshRevision.of(name).kubernetesVersions();

    assertThat(versions.get(0)).isEqualTo(oldest);
    assertThat(versions.get(versions.size() - 1)).isEqualTo(newest);
  }

  // managed-gateway-api.md (commit 9c4bd64): v1.2.1 on 1.26-1.33, v1.3.0 on 1.34, v1.4.1 on 1.35,
  // v1.5.1 from 1.36
  @ParameterizedTest(name = "Kubernetes 1.{0}")
  @CsvSource({"26, V1_2_STANDARD", "33, V1_2_STANDARD", "34, V1_3_STANDARD",
      "35, V1_4_STANDARD", "36, V1_5_STANDARD", "37, V1_5_STANDARD"})
  void theManagedBundleFollowsTheKubernetesVersion(int minor, GatewayApiTarget bundle) {
    assertThat(AksMeshRevision.managedBundle(minor)).isEqualTo(bundle);
  }

  @Test
  void theManagedInstallationStartsAtKubernetes126() {
    assertThatThrownBy(() -> AksMeshRevision.managedBundle(25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Kubernetes 1.25: AKS's managed Gateway API installation starts at "
            + "Kubernetes 1.26");
  }

  @Test
  void withAKubernetesVersionTheTargetIsTheBundleAksInstalls() {
    AksMeshRevision asm128 = AksMeshRevision.of("asm-1-28");

    assertThat(asm128.gatewayApiBundles()).containsExactly(
        entry("1.30", GatewayApiTarget.V1_2_STANDARD), entry("1.31", GatewayApiTarget.V1_2_STANDARD),
        entry("1.32", GatewayApiTarget.V1_2_STANDARD), entry("1.33", GatewayApiTarget.V1_2_STANDARD),
        entry("1.34", GatewayApiTarget.V1_3_STANDARD), entry("1.35", GatewayApiTarget.V1_4_STANDARD));
    assertThat(asm128.targetIsExact()).isFalse();
    assertThat(asm128.onKubernetes("1.35").target()).isEqualTo(GatewayApiTarget.V1_4_STANDARD);
    assertThat(asm128.onKubernetes("v1.34.2").target()).isEqualTo(GatewayApiTarget.V1_3_STANDARD);
    assertThat(asm128.onKubernetes("1.35").targetIsExact()).isTrue();
    assertThat(asm128.onKubernetes("1.35").describe())
        .isEqualTo("AKS revision asm-1-28 (Istio 1.28) on Kubernetes 1.35");
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.36").target())
        .isEqualTo(GatewayApiTarget.V1_5_STANDARD);
  }

  @Test
  void withoutAKubernetesVersionEveryBundleTheRevisionMeetsServesWhatTheTargetServes() {
    for (AksMeshRevision revision : AksMeshRevision.known()) {
      for (GatewayApiTarget bundle : revision.gatewayApiBundles().values()) {
        for (String kind : revision.kinds()) {
          assertThat(bundle.servedVersions(kind)).as("%s %s on %s", revision, kind, bundle)
              .containsAll(revision.servedVersions(kind));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.29", "1.36"})
  void kubernetesVersionsOutsideTheRevisionsAreRefused(String version) {
    assertThatThrownBy(() -> AksMeshRevision.of("asm-1-28").onKubernetes(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Kubernetes " + version + " is not supported by AKS revision "
            + "asm-1-28 (Istio 1.28): AKS supports it on Kubernetes 1.30 to 1.35 (AKS support "
            + "policy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.35", "v1.35", "1.35.2", "v1.35.0"})
  void kubernetesVersionsAreReadInTheCommonForms(String version) {
    assertThat(AksMeshRevision.of("asm-1-28").onKubernetes(version).kubernetesMinor())
        .hasValue(35);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "2.35", "1.35.x", "1.035", ""})
  void malformedKubernetesVersionsAreRefused(String version) {
    assertThatThrownBy(() -> AksMeshRevision.of("asm-1-28").onKubernetes(version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Invalid Kubernetes version \"" + version + "\"");
  }

  @Test
  void endOfLifeOnADateOfToday() {
    // the table read on 2026-12-02: asm-1-28 ended in Aug 2026, asm-1-30 ends ~Dec 2026
    LocalDate today = LocalDate.of(2026, 12, 2);

    assertThat(AksMeshRevision.of("asm-1-26").isEndOfLife(today)).isTrue();
    assertThat(AksMeshRevision.of("asm-1-29").isEndOfLife(today)).isTrue();
    assertThat(AksMeshRevision.of("asm-1-30").isEndOfLife(today)).isFalse();
    assertThat(AksMeshRevision.of("asm-1-30").isEndOfLife(LocalDate.of(2026, 12, 31))).isFalse();
    assertThat(AksMeshRevision.of("asm-1-30").isEndOfLife(LocalDate.of(2027, 1, 1))).isTrue();
    assertThat(AksMeshRevision.of("asm-1-31").isEndOfLife(LocalDate.of(2030, 1, 1))).isFalse();
    assertThat(AksMeshRevision.READ_ON).isEqualTo(today);
  }

  @Test
  void endOfLifeIsAfterItsMonth() {
    AksMeshRevision asm117 = AksMeshRevision.of("asm-1-17");

    assertThat(asm117.isEndOfLife(YearMonth.of(2024, 1))).isFalse();
    assertThat(asm117.isEndOfLife(YearMonth.of(2024, 2))).isTrue();
  }

  @Test
  void aNewerRevisionIsAcceptedWithAWarningAndBehavesLikeTheNewestKnown() {
    AksMeshRevision asm131 = AksMeshRevision.of("asm-1-31");

    assertThat(asm131.isKnown()).isFalse();
    assertThat(asm131.warning()).contains("AKS Istio revision \"asm-1-31\" is newer than the "
        + "newest revision this library knows (asm-1-30); it is treated like asm-1-30, check "
        + "its release notes");
    assertThat(asm131.kinds()).isEqualTo(AksMeshRevision.of("asm-1-30").kinds());
    assertThat(asm131.placement()).isEqualTo(Placement.INFRASTRUCTURE);
    assertThat(asm131.endOfLife()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"asm-1-16", "asm-1-0", "asm-0-30"})
  void revisionsOlderThanTheAddOnAreRefused(String name) {
    assertThatThrownBy(() -> AksMeshRevision.of(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown AKS Istio revision \"" + name + "\": the add-on's first revision "
            + "is asm-1-17; known revisions are asm-1-17 to asm-1-30");
  }

  @Test
  void grpcRouteIsNotSupportedBeforeTheManagedCrds() {
    assertThat(AksMeshRevision.of("asm-1-17").supportsKind("GRPCRoute")).isFalse();
    assertThat(AksMeshRevision.of("asm-1-17").whyNot("GRPCRoute")).contains("GRPCRoute is not "
        + "supported by AKS revision asm-1-17 (Istio 1.17): Istio serves GRPCRoute from 1.22 "
        + "(asm-1-22), and AKS supports it with the managed Gateway API CRDs from asm-1-26");
    assertThat(AksMeshRevision.of("asm-1-26").supportsKind("GRPCRoute")).isTrue();
  }

  @Test
  void tlsRouteIsSupportedFromAsm130() {
    assertThat(AksMeshRevision.of("asm-1-29").whyNot("TLSRoute")).contains("TLSRoute is not "
        + "supported by AKS revision asm-1-29 (Istio 1.29): AKS supports TLSRoute from asm-1-30");
    assertThat(AksMeshRevision.of("asm-1-30").supportsKind("TLSRoute")).isFalse();
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.36").supportsKind("TLSRoute"))
        .isTrue();
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.35").whyNot("TLSRoute"))
        .contains("TLSRoute is not supported by AKS revision asm-1-30 (Istio 1.30) on Kubernetes "
            + "1.35: the standard channel serves TLSRoute from Gateway API v1.5.1, which AKS "
            + "installs on Kubernetes 1.36 and later; the cluster's bundle is Gateway API v1.4.1 "
            + "(standard channel)");
  }

  @Test
  void kindsOutsideTheManagedCrdsAreNotSupported() {
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.36").whyNot("TCPRoute"))
        .contains("TCPRoute is not supported by AKS revision asm-1-30 (Istio 1.30) on Kubernetes "
            + "1.36: the AKS managed Gateway API CRDs (Gateway API v1.5.1 (standard channel)) "
            + "serve GRPCRoute, Gateway, GatewayClass, HTTPRoute, ReferenceGrant, TLSRoute");
    assertThat(AksMeshRevision.of("asm-1-17").whyNot("TCPRoute")).contains("TCPRoute is not "
        + "supported by AKS revision asm-1-17 (Istio 1.17): the revision is written for Gateway "
        + "API v0.6.1 (standard channel), which serves Gateway, GatewayClass, HTTPRoute, "
        + "ReferenceGrant");
  }

  @Test
  void servedApiVersionsFollowTheClustersCrds() {
    assertThat(AksMeshRevision.of("asm-1-17").servedApiVersions("Gateway")).containsExactly(
        "gateway.networking.k8s.io/v1beta1", "gateway.networking.k8s.io/v1alpha2");
    assertThat(AksMeshRevision.of("asm-1-26").servedApiVersions("Gateway")).containsExactly(
        "gateway.networking.k8s.io/v1", "gateway.networking.k8s.io/v1beta1");
    assertThat(AksMeshRevision.of("asm-1-26").servedApiVersions("ReferenceGrant"))
        .containsExactly("gateway.networking.k8s.io/v1beta1");
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.35")
        .servedApiVersions("ReferenceGrant")).containsExactly("gateway.networking.k8s.io/v1beta1");
    assertThat(AksMeshRevision.of("asm-1-30").onKubernetes("1.36")
        .servedApiVersions("ReferenceGrant")).containsExactly(
            "gateway.networking.k8s.io/v1", "gateway.networking.k8s.io/v1beta1");
    assertThat(AksMeshRevision.of("asm-1-17").servedApiVersions("GRPCRoute")).isEmpty();
  }

  @Test
  void infrastructureEntriesAreCappedAtEightWhereIstioReadsThem() {
    assertThat(AksMeshRevision.of("asm-1-20").maxInfrastructureEntries()).isZero();
    assertThat(AksMeshRevision.of("asm-1-21").maxInfrastructureEntries()).isEqualTo(8);
    assertThat(AksMeshRevision.of("asm-1-30").maxInfrastructureEntries()).isEqualTo(8);
  }

  @Test
  void generatedResourcesAreNamedAfterGatewayAndClass() {
    assertThat(AksMeshRevision.of("asm-1-17").generatedName("echoserver", "istio"))
        .isEqualTo("echoserver-istio");
  }

  @Test
  void revisionsOrderByIstioVersion() {
    assertThat(AksMeshRevision.of("asm-1-30").compareTo(AksMeshRevision.of("asm-1-100")))
        .isNegative();
    assertThat(AksMeshRevision.of("asm-1-17")).isLessThan(AksMeshRevision.of("asm-1-18"));
  }
}
