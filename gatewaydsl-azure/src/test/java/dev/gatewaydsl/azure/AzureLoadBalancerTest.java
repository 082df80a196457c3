package dev.gatewaydsl.azure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gatewaydsl.azure.AzureLoadBalancer.ProbeProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every option writes exactly one annotation, with cloud-provider-azure's key and value form. */
class AzureLoadBalancerTest {
  private static final String P = "service.beta.kubernetes.io/";

  @Test
  void externalWritesNothing() {
    assertThat(AzureLoadBalancer.external().annotations()).isEmpty();
    assertThat(AzureLoadBalancer.external().isInternal()).isFalse();
  }

  @Test
  void internalWritesTheInternalAnnotation() {
    assertThat(AzureLoadBalancer.internal().annotations())
        .containsExactly(entry(P + "azure-load-balancer-internal", "true"));
  }

  @Test
  void internalSubnet() {
    assertThat(AzureLoadBalancer.internal().internalSubnet("ingress").annotations())
        .containsExactly(entry(P + "azure-load-balancer-internal", "true"),
            entry(P + "azure-load-balancer-internal-subnet", "ingress"));
  }

  @Test
  void internalSubnetOfAPublicLoadBalancerIsRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().internalSubnet("ingress"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("internalSubnet(\"ingress\") needs an internal load balancer: start from "
            + "AzureLoadBalancer.internal()");
  }

  @Test
  void publicIpNameAndResourceGroup() {
    assertThat(AzureLoadBalancer.external().publicIpName("web-pip")
        .publicIpResourceGroup("network-rg").annotations()).containsExactly(
            entry(P + "azure-load-balancer-resource-group", "network-rg"),
            entry(P + "azure-pip-name", "web-pip"));
  }

  @Test
  void publicIpOfAnInternalLoadBalancerIsRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.internal().publicIpName("web-pip"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publicIpName(\"web-pip\") configures a public IP, but the load balancer is "
            + "internal: start from AzureLoadBalancer.external()");
    assertThatThrownBy(() -> AzureLoadBalancer.internal().publicIpResourceGroup("rg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("publicIpResourceGroup(\"rg\") configures a public IP");
    assertThatThrownBy(() -> AzureLoadBalancer.internal().dnsLabel("web"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("dnsLabel(\"web\") configures a public IP");
  }

  @Test
  void blankNamesAreRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().publicIpName(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publicIpName must not be blank");
  }

  @Test
  void dnsLabel() {
    assertThat(AzureLoadBalancer.external().dnsLabel("shop-web").annotations())
        .containsExactly(entry(P + "azure-dns-label-name", "shop-web"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Shop", "-shop", "shop-", "shop.web", ""})
  void dnsLabelsThatAreNotLowercaseDnsLabelsAreRefused(String label) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().dnsLabel(label))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dnsLabelOf63CharactersIsAcceptedAnd64Refused() {
    assertThat(AzureLoadBalancer.external().dnsLabel("a".repeat(63)).annotations()).hasSize(1);
    assertThatThrownBy(() -> AzureLoadBalancer.external().dnsLabel("a".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dnsLabel(\"" + "a".repeat(64) + "\"): must be a lowercase DNS label: at "
            + "most 63 letters, digits or '-', starting and ending with a letter or digit");
  }

  @Test
  void staticIpv4() {
    assertThat(AzureLoadBalancer.external().ipv4("20.50.60.70").annotations())
        .containsExactly(entry(P + "azure-load-balancer-ipv4", "20.50.60.70"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20.50.60", "20.50.60.256", "020.50.60.70", "::1", "a.b.c.d"})
  void addressesThatAreNotIpv4AreRefused(String address) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().ipv4(address))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ipv4(\"" + address + "\"): must be an IPv4 address such as 20.50.60.70");
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 30, 31, 100})
  void idleTimeoutsFrom4To100MinutesAreWrittenAsQuotedNumbers(int minutes) {
    assertThat(AzureLoadBalancer.external().tcpIdleTimeoutMinutes(minutes).annotations())
        .containsExactly(entry(P + "azure-load-balancer-tcp-idle-timeout",
            String.valueOf(minutes)));
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 101})
  void idleTimeoutsOutside4To100AreRefused(int minutes) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().tcpIdleTimeoutMinutes(minutes))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tcpIdleTimeoutMinutes(" + minutes + "): must be between 4 and 100 minutes");
  }

  @Test
  void probeIntervalAndCount() {
    assertThat(AzureLoadBalancer.external().healthProbeInterval(5).healthProbeCount(2)
        .annotations()).containsExactly(
            entry(P + "azure-load-balancer-health-probe-interval", "5"),
            entry(P + "azure-load-balancer-health-probe-num-of-probe", "2"));
  }

  @Test
  void probeIntervalBelow5IsRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().healthProbeInterval(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthProbeInterval(4): must be at least 5 seconds");
  }

  @Test
  void probeCountBelow2IsRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().healthProbeCount(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("healthProbeCount(1): must be at least 2");
  }

  @Test
  void probeIntervalTimesCountMustStayBelow120Seconds() {
    assertThat(AzureLoadBalancer.external().healthProbeInterval(5).healthProbeCount(23)
        .annotations()).hasSize(2);
    assertThatThrownBy(() -> AzureLoadBalancer.external().healthProbeInterval(5)
        .healthProbeCount(24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("health probe interval 5s times count 24 must stay below 120 seconds");
    assertThatThrownBy(() -> AzureLoadBalancer.external().healthProbeCount(24)
        .healthProbeInterval(5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("health probe interval 5s times count 24 must stay below 120 seconds");
  }

  @Test
  void globalProbeRequestPath() {
    assertThat(AzureLoadBalancer.external().healthProbeRequestPath("/healthz/ready")
        .annotations()).containsExactly(
            entry(P + "azure-load-balancer-health-probe-request-path", "/healthz/ready"));
  }

  @Test
  void requestPathsMustStartWithASlash() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().healthProbeRequestPath("healthz"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probe request path \"healthz\" must start with '/'");
  }

  @Test
  void perPortProbeOverrides() {
    assertThat(AzureLoadBalancer.external()
        .portProbeProtocol(443, ProbeProtocol.HTTP)
        .portProbePort(443, 15021)
        .portProbeRequestPath(443, "/healthz/ready").annotations()).containsExactly(
            entry(P + "port_443_health-probe_port", "15021"),
            entry(P + "port_443_health-probe_protocol", "http"),
            entry(P + "port_443_health-probe_request-path", "/healthz/ready"));
  }

  @Test
  void probeProtocolsAreWrittenInLowerCase() {
    assertThat(ProbeProtocol.TCP.value()).isEqualTo("tcp");
    assertThat(ProbeProtocol.HTTPS.value()).isEqualTo("https");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 65536})
  void perPortKeysRejectPortsOutOfRange(int port) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().portProbePort(port, 15021))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be between 1 and 65535, inclusive: " + port);
    assertThatThrownBy(() -> AzureLoadBalancer.external().portProbePort(80, port))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("probe port must be between 1 and 65535, inclusive: " + port);
  }

  @Test
  void noLbRuleAndNoProbeRule() {
    assertThat(AzureLoadBalancer.external().noLoadBalancerRule(15021).noProbeRule(80)
        .annotations()).containsExactly(
            entry(P + "port_15021_no_lb_rule", "true"),
            entry(P + "port_80_no_probe_rule", "true"));
  }

  @Test
  void allowedIpRangesAreJoinedWithCommas() {
    assertThat(AzureLoadBalancer.external().allowedIpRanges("10.0.0.0/8", "2001:db8::/32")
        .annotations()).containsExactly(
            entry(P + "azure-allowed-ip-ranges", "10.0.0.0/8,2001:db8::/32"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0", "10.0.0.0/33", "2001:db8::/129", "10.0.0.0/08", "any"})
  void rangesThatAreNotCidrsAreRefused(String range) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().allowedIpRanges(range))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowedIpRanges: \"" + range + "\" is not a CIDR such as 10.0.0.0/8 or "
            + "2001:db8::/32");
  }

  @Test
  void noRangesAreRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().allowedIpRanges())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowedIpRanges(): give at least one CIDR");
  }

  @Test
  void allowedServiceTags() {
    assertThat(AzureLoadBalancer.external().allowedServiceTags("AzureFrontDoor.Backend",
        "AzureCloud").annotations()).containsExactly(
            entry(P + "azure-allowed-service-tags", "AzureFrontDoor.Backend,AzureCloud"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Azure Cloud", "a,b", "1Tag"})
  void serviceTagsMustBeLettersDigitsAndDots(String tag) {
    assertThatThrownBy(() -> AzureLoadBalancer.external().allowedServiceTags(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("allowedServiceTags: \"" + tag + "\" is not a service tag such as "
            + "AzureFrontDoor.Backend");
  }

  @Test
  void optionsReturnCopies() {
    AzureLoadBalancer internal = AzureLoadBalancer.internal();
    AzureLoadBalancer withSubnet = internal.internalSubnet("ingress");

    assertThat(internal.annotations()).hasSize(1);
    assertThat(withSubnet).isNotEqualTo(internal)
        .isEqualTo(AzureLoadBalancer.internal().internalSubnet("ingress"));
  }

  @Test
  void publicIpByNameAndByAddressTogetherAreRefused() {
    assertThatThrownBy(() -> AzureLoadBalancer.external().publicIpName("web-ip").ipv4("1.2.3.4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ipv4(\"1.2.3.4\"): the public IP is already chosen by " + P
            + "azure-pip-name; choose it by name or by address, not both");
    assertThatThrownBy(() -> AzureLoadBalancer.external().ipv4("1.2.3.4").publicIpName("web-ip"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publicIpName(\"web-ip\"): the public IP is already chosen by " + P
            + "azure-load-balancer-ipv4; choose it by name or by address, not both");
  }

  @Test
  void anInternalLoadBalancerMayHaveAStaticPrivateIpv4() {
    assertThat(AzureLoadBalancer.internal().ipv4("10.224.0.100").annotations())
        .containsEntry(P + "azure-load-balancer-ipv4", "10.224.0.100");
  }
}
