package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain scalars resolve as go-yaml v2.4.0's {@code resolve.go} resolves them (its resolve table
 * and the branches of {@code resolve()}, with Go's {@code strconv} parsers), then become JSON as
 * Go's {@code encoding/json} writes them. Each row: the scalar, and its JSON.
 */
class YamlScalarsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // the resolve table: booleans in the listed spellings only
      "y | true", "Y | true", "yes | true", "Yes | true", "YES | true",
      "true | true", "True | true", "TRUE | true", "on | true", "On | true", "ON | true",
      "n | false", "N | false", "no | false", "No | false", "NO | false",
      "false | false", "False | false", "FALSE | false", "off | false", "Off | false",
      "OFF | false",
      "yES | \"yES\"", "tRUE | \"tRUE\"", "oN | \"oN\"", "nO | \"nO\"",
      // nulls
      "`` | null", "~ | null", "null | null", "Null | null", "NULL | null", "nULL | \"nULL\"",
      // ParseInt(s, 0, 64) after removing underscores
      "0 | 0", "80 | 80", "+80 | 80", "-80 | -80", "1_000 | 1000", "0x1F | 31", "0X1F | 31",
      "-0x1F | -31", "012 | 10", "-012 | -10", "0o17 | 15", "0b101 | 5", "-0b101 | -5",
      "9223372036854775807 | 9223372036854775807",
      "-9223372036854775808 | -9223372036854775808",
      // then ParseUint: past int64, up to uint64, unsigned only
      "18446744073709551615 | 18446744073709551615",
      // then yamlStyleFloat: a float, written by Go's JSON without a fraction when whole
      "08 | 8", "09.5 | 9.5", "80.0 | 80", "8e1 | 80", "80.5 | 80.5", "2.7 | 2.7", ".5 | 0.5",
      "-.5 | -0.5", "+.5 | 0.5", "1. | 1", "1e3 | 1000", "1E3 | 1000", "1e20 | 100000000000000000000",
      "1e21 | 1.0E21", "+18446744073709551615 | 18446744073709551616",
      "18446744073709551616 | 18446744073709551616", "-9223372036854775809 | -9223372036854775808",
      // strings: no sexagesimal, timestamps stay strings, near misses
      "1:20 | \"1:20\"", "12:30:45 | \"12:30:45\"", "190:20:30.15 | \"190:20:30.15\"",
      "2001-12-14 | \"2001-12-14\"", "2001-12-14t21:59:43.10-05:00 | \"2001-12-14t21:59:43.10-05:00\"",
      "1e400 | \"1e400\"", "0x | \"0x\"", "0b2 | \"0b2\"", "0o8 | \"0o8\"", "1e | \"1e\"",
      ". | \".\"", "- | \"-\"", "+ | \"+\"", "1.2.3 | \"1.2.3\"", "_1 | \"_1\"", "= | \"=\"",
      "<< | \"<<\"", "inf | \"inf\"", "+inf | \"+inf\"", "NaN | \"NaN\"", "0x1p-2 | \"0x1p-2\"",
      "１２ | \"１２\""})
  void resolvesAsGoYamlV2(String scalar, String json) {
    assertThat(YamlScalars.resolve(scalar).toString()).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "+.inf", "+.Inf",
      "+.INF", "-.inf", "-.Inf", "-.INF"})
  void refusesTheFloatsJsonCannotCarry(String scalar) {
    assertThatThrownBy(() -> YamlScalars.resolve(scalar))
        .hasMessageStartingWith(scalar + " is read as a float that JSON cannot carry");
  }

  @ParameterizedTest(name = "!!{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "str | 80 | \"80\"", "str | yes | \"yes\"", "int | 0x10 | 16", "float | 80 | 80",
      "float | 1.5 | 1.5", "bool | on | true", "null | ~ | null",
      "timestamp | 2001-12-14 | \"2001-12-14\""})
  void resolvesExplicitTags(String tag, String scalar, String json) {
    assertThat(YamlScalars.resolveTagged(tag, scalar).toString()).isEqualTo(json);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"int | 1.5", "int | 80.0", "bool | 1", "null | x",
      "float | abc", "timestamp | 80", "binary | aGk="})
  void refusesATaggedScalarOfAnotherType(String tag, String scalar) {
    assertThatThrownBy(() -> YamlScalars.resolveTagged(tag, scalar))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
