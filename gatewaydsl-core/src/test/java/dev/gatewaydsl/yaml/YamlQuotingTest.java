package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatewaydsl.model.Namespace;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.yaml.snakeyaml.Yaml;

/**
 * Strings must come back as the same strings from a YAML 1.1 reader (SnakeYAML), a YAML 1.2
 * reader (SnakeYAML Engine) and our own reader, which resolves scalars exactly as the go-yaml v2
 * parser behind kubectl ({@link YamlScalars}), and must be quoted only when needed.
 */
class YamlQuotingTest {

  /** Writes {@code value} as an annotation value and the key {@code k}. */
  private static String annotationYaml(String key, String value) {
    Namespace ns = Namespace.named("ns");
    return Manifests.toYaml(ns.withMetadata(ns.metadata().withAnnotations(Map.of(key, value))));
  }

  private static String annotationLine(String value) {
    String yaml = annotationYaml("k", value);
    return yaml.substring(yaml.indexOf("    k:") + "    k:".length()).stripTrailing();
  }

  @SuppressWarnings("unchecked")
  private static Object readBackYaml11(String yaml, String key) {
    Map<String, Object> document = new Yaml().load(yaml);
    Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
    return ((Map<Object, Object>) metadata.get("annotations")).get(key);
  }

  @SuppressWarnings("unchecked")
  private static Object readBackYaml12(String yaml, String key) {
    Map<String, Object> document =
        (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    Map<String, Object> metadata = (Map<String, Object>) document.get("metadata");
    return ((Map<Object, Object>) metadata.get("annotations")).get(key);
  }

  /** The annotation {@code key} read back by our reader, which resolves as kubectl's go-yaml v2. */
  private static String readBackKubectl(String yaml, String key) {
    return Manifests.fromYaml(yaml).get(0).metadata().annotations().get(key);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "15021", "012", "0", "-1", "+1", "1_000", "on", "off", "y", "n", "yes", "no", "Y", "N",
      "YES", "No", "oN", "true", "True", "FALSE", "null", "Null", "~", "1e3", "1E3", "1.5",
      ".5", "-.5", "1.", "0x1F", "0o17", "0b101", "2001-12-14", "2001-12-14t21:59:43.10-05:00",
      "12:30:45", "190:20:30", ".inf", "-.Inf", ".NaN", "+inf", "*alias", "&anchor", "!tag",
      "@at", "`tick", "%percent", "- dash", "-", "? question", "?", ":", "a: b", "a #b", "a:",
      " leading", "trailing ", "", "[list]", "{map}", "#comment", ",comma", "|pipe", ">fold",
      "'single", "\"double", "=", "<<", "tab\there", "bell\u0007",
      // numbers once kubectl's parser drops every underscore (found by the property below)
      "0_b0", "4e_3", "0e0_", "1_", "0_x1F"})
  void quotesStringsAReaderCouldTakeForSomethingElse(String value) {
    assertThat(annotationLine(value)).startsWith(" \"");
    assertThat(readBackYaml11(annotationYaml("k", value), "k")).isEqualTo(value);
    assertThat(readBackYaml12(annotationYaml("k", value), "k")).isEqualTo(value);
    assertThat(readBackKubectl(annotationYaml("k", value), "k")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "echoserver", "/healthz/ready", "http", "asm-1-17", "gcr.io/google_containers/echoserver:1.10",
      "a:b", "a#b", "-dash", "?q", "1.10.x", "v1", "0.0.0.0/0", "10.0.0.1", "1-2", "onion",
      "nope", "yesterday", "truest", "nullable", "e3", "x1e3", "Gateway", "istio.io/rev",
      "café", "a b", "1a", "0xZZ"})
  void leavesOtherStringsPlain(String value) {
    assertThat(annotationLine(value)).isEqualTo(" " + value);
    assertThat(readBackYaml11(annotationYaml("k", value), "k")).isEqualTo(value);
    assertThat(readBackYaml12(annotationYaml("k", value), "k")).isEqualTo(value);
    assertThat(readBackKubectl(annotationYaml("k", value), "k")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0085b", "a\u2028b", "a\u2029b", "\u2028", "x\n\u2029"})
  void escapesWhatYaml11TakesForLineBreaks(String value) {
    String yaml = annotationYaml("k", value);
    assertThat(annotationLine(value)).startsWith(" \"").containsPattern("\\\\[NLP]");
    assertThat(readBackYaml11(yaml, "k")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"yes", "on", "y", "15021", "null"})
  void quotesKeysToo(String key) {
    String yaml = annotationYaml(key, "v");
    assertThat(yaml).contains("\n    \"" + key + "\": v\n");
    assertThat(readBackYaml11(yaml, key)).isEqualTo("v");
  }

  @ParameterizedTest
  @ValueSource(strings = {" leading space\nx", "\nleading newline", "a\n   \nb", "tab\t\nx",
      "x\n\u0085y"})
  void writesMultiLineStringsALiteralCannotCarryDoubleQuoted(String value) {
    String yaml = annotationYaml("k", value);
    assertThat(yaml).contains("\n    k: \"");
    assertThat(readBackYaml11(yaml, "k")).isEqualTo(value);
    assertThat(readBackYaml12(yaml, "k")).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"line one\nline two\n", "a\nb", "#!/bin/sh\necho hi\n",
      "a\n\n\nb\n\n", "key: value\n  nested: 1\n"})
  void writesMultiLineStringsAsBlockLiterals(String value) {
    String yaml = annotationYaml("k", value);
    assertThat(yaml).contains("\n    k: |");
    assertThat(readBackYaml11(yaml, "k")).isEqualTo(value);
    assertThat(readBackYaml12(yaml, "k")).isEqualTo(value);
  }

  @Property(tries = 2000)
  void everyStringReadsBackAsItself(@ForAll("yamlishStrings") String value) {
    String yaml = annotationYaml("k", value);
    assertThat(readBackYaml11(yaml, "k")).isEqualTo(value);
    assertThat(readBackYaml12(yaml, "k")).isEqualTo(value);
    assertThat(readBackKubectl(yaml, "k")).isEqualTo(value);
  }

  @Property(tries = 500)
  void everyKeyReadsBackAsItself(@ForAll("annotationKeys") String key) {
    String yaml = annotationYaml(key, "v");
    assertThat(readBackYaml11(yaml, key)).isEqualTo("v");
    assertThat(readBackKubectl(yaml, key)).isEqualTo("v");
  }

  /** Valid annotation keys (qualified names) built from characters YAML resolvers look at. */
  @Provide
  Arbitrary<String> annotationKeys() {
    return Arbitraries.strings().withChars("0123456789abexyonfYNOTtru.-_")
        .ofMinLength(1).ofMaxLength(10)
        .filter(key -> key.matches("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"));
  }

  /** Strings built from the characters YAML gives meaning to, plus digits and letters. */
  @Provide
  Arbitrary<String> yamlishStrings() {
    Arbitrary<String> fromSyntax = Arbitraries.strings()
        .withChars("0123456789abexyonfYNOTtru.-+:_ #&*!|>'\"%@`,[]{}?~=<\n\t")
        .ofMinLength(0).ofMaxLength(12);
    Arbitrary<String> words = Arbitraries.of("yes", "no", "on", "off", "y", "n", "true", "false",
        "null", "~", ".inf", ".nan", "0x1F", "0o17", "012", "1e3", "2001-12-14", "12:30:45")
        .flatMap(word -> Arbitraries.of(word, word.toUpperCase(), " " + word, word + " ",
            "-" + word, "+" + word));
    // Any characters, but only well-formed UTF-16: a lone surrogate cannot be written as UTF-8
    // at all. U+2028 and U+2029 have their own test, since the YAML 1.2 reader used here does
    // not know the standard escapes \L and \P.
    Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(20)
        .filter(s -> s.codePoints().noneMatch(c -> Character.isSurrogate((char) c)
            || c == 0x2028 || c == 0x2029));
    return Arbitraries.oneOf(fromSyntax, words, anything);
  }
}
