package dev.gatewaydsl.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A generic resource is written as the JSON tree it holds: a random tree (maps with keys in no
 * sorted order, lists, nested lists, strings that need quoting, integers of every size, fractions,
 * booleans, nulls, empty maps and lists) is written, read back, and is the same tree with the same
 * field order; writing it again gives the same bytes.
 */
class GenericTreeRoundTripTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Writes a tree as JSON, field order kept, so that two trees compare with their order. */
  private static final JsonMapper JSON = new JsonMapper();

  /** Characters that matter to YAML, and some that do not. */
  private static final String TRICKY = "aZ09 -:#?,[]{}&*!|>'\"%@`._/~=+<\\\t\n\u0085\u00a0é☕";
  /** Strings a YAML reader could take for something else, or that need care to write. */
  private static final List<String> WORDS = List.of("", "on", "off", "yes", "n", "y", "true",
      "null", "Null", "~", "012", "0x1F", "0o17", "1e3", "1_000", "80.0", ".5", "-", "- a", "a: b",
      "#c", "*a", "&a", "!tag", "|", ">", "'q'", "\"q\"", "2001-12-14", "1:20", ".inf", ".nan",
      "---", "...", " lead", "trail ", "two\nlines\n", "tab\tin", "<<", "=", "?", "{}", "[]",
      "日本語", "emoji 😀", "\u0007bell");

  @Property(tries = 500)
  void aTreeIsWrittenAndReadBackAsTheSameTree(@ForAll("bodies") ObjectNode body)
      throws JsonProcessingException {
    ObjectNode additional = NODES.objectNode();
    additional.put("generation", 3);
    additional.put("resourceVersion", "12345");
    GenericResource resource = GenericResource.builder().apiVersion("example.com/v1alpha1")
        .kind("Widget").name("w").namespace("shop").label("app", "w")
        .additionalMetadata(additional).body(body).build();

    String yaml = Manifests.toYaml(resource);
    List<KubernetesResource> read = Manifests.fromYaml(yaml);

    assertThat(read).hasSize(1).first().isInstanceOf(GenericResource.class);
    GenericResource back = (GenericResource) read.get(0);
    assertThat(JSON.writeValueAsString(back.body())).isEqualTo(JSON.writeValueAsString(body));
    assertThat(JSON.writeValueAsString(back.additionalMetadata()))
        .isEqualTo(JSON.writeValueAsString(additional));
    assertThat(back).isEqualTo(resource);
    assertThat(Manifests.toYaml(back)).isEqualTo(yaml);
  }

  @Provide
  Arbitrary<ObjectNode> bodies() {
    return objects(3).map(tree -> {
      // the three fields typed on their own are never in a body
      tree.remove(List.of("apiVersion", "kind", "metadata"));
      return tree;
    });
  }

  private Arbitrary<ObjectNode> objects(int depth) {
    return Arbitraries.maps(strings(), values(depth - 1)).ofMaxSize(5)
        .map(map -> {
          ObjectNode tree = NODES.objectNode();
          map.forEach(tree::set); // a HashMap's order: not sorted
          return tree;
        });
  }

  private Arbitrary<JsonNode> values(int depth) {
    Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
        strings().map(NODES::textNode),
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.longs().filter(l -> l != (int) (long) l).map(NODES::numberNode),
        Arbitraries.bigIntegers().between(BigInteger.ONE.shiftLeft(63),
            BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)).map(NODES::numberNode),
        fractions(),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
    if (depth <= 0) {
      return scalars;
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, scalars),
        net.jqwik.api.Tuple.of(2, objects(depth).map(o -> (JsonNode) o)),
        net.jqwik.api.Tuple.of(2, lists(depth)));
  }

  private Arbitrary<JsonNode> lists(int depth) {
    return values(depth - 1).list().ofMaxSize(4).map(items -> {
      ArrayNode list = NODES.arrayNode();
      items.forEach(list::add);
      return list;
    });
  }

  /** Numbers with a fraction (a whole number is read back as an integer, as kubectl reads it). */
  private Arbitrary<JsonNode> fractions() {
    return Arbitraries.bigDecimals().between(new BigDecimal("-1e9"), new BigDecimal("1e9"))
        .ofScale(4)
        .filter(d -> d.stripTrailingZeros().scale() > 0)
        .map(d -> NODES.numberNode(d.doubleValue()));
  }

  private Arbitrary<String> strings() {
    Arbitrary<String> random = Arbitraries.strings().withChars(TRICKY).ofMaxLength(8);
    Arbitrary<String> named = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10);
    return Arbitraries.oneOf(random, named, Arbitraries.of(WORDS)).map(s -> {
      Statistics.label("string").collect(s.isEmpty() ? "empty" : WORDS.contains(s) ? "word"
          : "other");
      return s;
    });
  }
}
