package dev.gatewaydsl.istio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * One YAML document as a JSON tree, as the core reader composes it: SnakeYAML's composer only (no
 * object is constructed from a tag), scalars resolved by the YAML 1.1 rules Kubernetes uses
 * (timestamps stay strings), aliases expanded with limits: 50 aliases of lists or maps, 64 levels
 * of nesting, 1,000,000 values after expansion, no duplicate keys.
 */
final class YamlTrees {
  /** Most values one document may hold after its aliases are expanded. */
  static final int MAX_EXPANDED_NODES = 1_000_000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private int expanded;

  private YamlTrees() {}

  /** The document {@code yaml} (one document), or null if it is empty. */
  static JsonNode read(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(50);
    options.setCodePointLimit(IstioManifests.MAX_CHARACTERS);
    options.setNestingDepthLimit(64);
    options.setProcessComments(false);
    Composer composer = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)),
        options), new Resolver(), options);
    Node node = composer.getSingleNode();
    return node == null ? null : new YamlTrees().convert(node);
  }

  private JsonNode convert(Node node) {
    if (++expanded > MAX_EXPANDED_NODES) {
      throw new YAMLException("more than " + MAX_EXPANDED_NODES + " values after aliases are "
          + "expanded");
    }
    if (node instanceof MappingNode mapping) {
      ObjectNode object = NODES.objectNode();
      for (NodeTuple tuple : mapping.getValue()) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
          throw new YAMLException("a map key must be a scalar, at " + tuple.getKeyNode()
              .getStartMark());
        }
        if (object.has(key.getValue())) {
          throw new YAMLException("duplicate key \"" + key.getValue() + "\" at "
              + key.getStartMark());
        }
        object.set(key.getValue(), convert(tuple.getValueNode()));
      }
      return object;
    }
    if (node instanceof SequenceNode sequence) {
      ArrayNode array = NODES.arrayNode();
      sequence.getValue().forEach(item -> array.add(convert(item)));
      return array;
    }
    ScalarNode scalar = (ScalarNode) node;
    String text = scalar.getValue();
    Tag tag = scalar.getTag();
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(switch (text.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on", "y" -> true;
        default -> false;
      });
    }
    if (tag.equals(Tag.INT)) {
      BigInteger value = integer(text.replace("_", ""));
      if (value != null) {
        return value.bitLength() < 64 ? NODES.numberNode(value.longValue())
            : NODES.numberNode(value);
      }
    }
    if (tag.equals(Tag.FLOAT)) {
      try {
        return NODES.numberNode(new BigDecimal(text.replace("_", "")).doubleValue());
      } catch (NumberFormatException e) {
        return NODES.textNode(text); // .inf, .nan and sexagesimal stay text
      }
    }
    return NODES.textNode(text);
  }

  private static BigInteger integer(String text) {
    String digits = text;
    int sign = 1;
    if (digits.startsWith("-") || digits.startsWith("+")) {
      sign = digits.startsWith("-") ? -1 : 1;
      digits = digits.substring(1);
    }
    try {
      BigInteger value;
      if (digits.startsWith("0x")) {
        value = new BigInteger(digits.substring(2), 16);
      } else if (digits.startsWith("0b")) {
        value = new BigInteger(digits.substring(2), 2);
      } else if (digits.length() > 1 && digits.startsWith("0")) {
        value = new BigInteger(digits.substring(1), 8);
      } else {
        value = new BigInteger(digits);
      }
      return sign < 0 ? value.negate() : value;
    } catch (NumberFormatException e) {
      return null; // sexagesimal stays text
    }
  }
}
