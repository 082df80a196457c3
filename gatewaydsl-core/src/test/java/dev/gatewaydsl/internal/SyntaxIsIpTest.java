package dev.gatewaydsl.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Syntax#isIP}, against what the CEL function {@code isIP} answered in crd-check for each of
 * these values (in the TLSRoute rule "Hostnames cannot contain an IP").
 */
class SyntaxIsIpTest {

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4", "0.0.0.0", "255.255.255.255", "::", "::1", "1::", "::FFFF",
      "0001::", "1:2:3:4:5:6:7:8", "::1.2.3.4", "1:2:3:4:5:6:1.2.3.4"})
  void isAnIp(String value) {
    assertThat(Syntax.isIP(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3.04", "01.2.3.4", "256.1.1.1", "1.2.3", "1.2.3.4.5",
      "example.com", "::ffff:1.2.3.4", "::ffff:102:304", "fe80::1%eth0", "1:2:3:4:5:6:7:8:9",
      "1::2::3", ":::", "::1.2.3.04", "1:2:3:4:5:6:7:1.2.3.4", "12345::", "00001::",
      "a::b:c:d:e:f:1:2", "1.2.3.4::", ":1::", "g::"})
  void isNoIp(String value) {
    assertThat(Syntax.isIP(value)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2.3.4", "010.1.1.1", "1.2.3.04", "::", "::ffff:1.2.3.4", "00001::",
      "::1.2.3.04", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:1.2.3.4"})
  void parsesAsAnIpForTheApiServersIpFormats(String value) {
    assertThat(Syntax.parsesAsIp(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "0256.1.1.1", "256.1.1.1", "fe80::1%eth0",
      "[::1]", " 1.2.3.4", "1::2::3", "10000::", "1:2:3:4:5:6:7:8:9", "example.com", "1.2.3.4::"})
  void parsesAsNoIpForTheApiServersIpFormats(String value) {
    assertThat(Syntax.parsesAsIp(value)).isFalse();
  }
}
