package dev.gatewaydsl.model.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quantity's syntax (apimachinery {@code ParseQuantity}) and how the API server writes one back
 * in its messages ({@code Quantity.String()}): the written form kept, the largest unit that keeps
 * the amount whole.
 */
class QuantityTest {

  @ParameterizedTest
  @CsvSource({"500m, 500m", "0.5, 500m", "1.5, 1500m", "1000m, 1", "1500, 1500", "2G, 2G",
      "2000M, 2G", "1Gi, 1Gi", "1024Mi, 1Gi", "1.5Gi, 1536Mi", "1536, 1536", "1.5Ki, 1536",
      "0.5Ki, 512", "1023Ki, 1023Ki", "-1Ki, -1Ki", "1e3, 1e3", "1E3, 1e3", "1.5e3, 1500",
      "0, 0", "0.0000000001, 1n", "100u, 100u", "+1, 1", "12e-2, 120e-3"})
  void aQuantityIsShownAsTheApiServerShowsIt(String written, String shown) {
    assertThat(Quantity.of(written).canonical()).contains(shown);
  }

  @ParameterizedTest
  @ValueSource(strings = {"500m", "1Gi", "1Ei", "1E", "2k", "1e3", "1E-3", "100u", "1n", ".5",
      "5.", "-1", "+1.5Mi"})
  void quantitiesOfTheApiServersSyntaxAreAccepted(String text) {
    assertThat(Quantity.of(text)).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1GB", "1gi", "1K", "1Ki1", "1Zi", "abc", "", ".", "1 Gi", "1e"})
  void otherQuantitiesAreRefusedInTheApiServersWords(String text) {
    assertThatThrownBy(() -> Quantity.of(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantities must match the regular expression "
            + "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  }
}
