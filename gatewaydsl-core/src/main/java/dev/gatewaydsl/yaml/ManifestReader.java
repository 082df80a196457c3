package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.gatewaydsl.internal.ReadingTarget;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Reads a YAML stream the way {@code kubectl apply --validate=strict} does, with limits.
 *
 * <p>YAML is composed into nodes by SnakeYAML's composer only (no object construction, so no type
 * named in the YAML is ever instantiated), scalars are resolved by the YAML 1.1 rules Kubernetes'
 * parser uses (timestamps stay strings), and the tree is bound to the model with unknown fields
 * and type coercions rejected.
 */
final class ManifestReader {
  /** Largest stream read, in characters (UTF-16 code units). */
  static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
  /** Longest line read, in characters. */
  static final int MAX_LINE_LENGTH = 1024 * 1024;
  /** Most aliases of collections (anchored lists or maps) per document. */
  static final int MAX_COLLECTION_ALIASES = 50;
  /** Most values one document may hold after its aliases are expanded. */
  static final int MAX_EXPANDED_NODES = 1_000_000;
  /** Deepest nesting of lists and maps. */
  static final int MAX_NESTING_DEPTH = 64;

  private static final JsonMapper BINDER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .addModule(new Jdk8Module())
      .build();

  private ManifestReader() {}

  static List<KubernetesResource> read(Reader yaml, String source) {
    return read(yaml, source, null);
  }

  /** {@link #read(Reader, String)}, recording into {@code lines} (if not null) where things start. */
  static List<KubernetesResource> read(Reader yaml, String source, ManifestLines lines) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setProcessComments(false);
    Composer composer = new Composer(
        new ParserImpl(new StreamReader(readLimited(yaml)), options), new Resolver(), options);

    List<KubernetesResource> resources = new ArrayList<>();
    int document = 0;
    while (true) {
      Node node;
      try {
        if (!composer.checkNode()) {
          break;
        }
        node = composer.getNode();
      } catch (YAMLException e) {
        if (String.valueOf(e.getMessage()).contains("Number of aliases")) {
          throw new ManifestReadException(document, ": more than " + MAX_COLLECTION_ALIASES
              + " aliases of lists or maps; refusing to expand them (a \"billion laughs\" "
              + "document?)", e);
        }
        throw new ManifestReadException(document,
            ": " + source + "is not valid YAML: " + oneLine(e.getMessage()), e);
      }
      if (node == null || isNull(node)) {
        document++;
        continue;
      }
      if (lines != null) {
        lines.document(document, node.getStartMark().getLine() + 1);
      }
      JsonNode tree = new TreeBuilder(document, lines).convert(node, "");
      resources.add(bind(document, tree));
      if (lines != null) {
        lines.resource(document);
      }
      document++;
    }
    return resources;
  }

  private static KubernetesResource bind(int document, JsonNode tree) {
    if (!tree.isObject()) {
      throw new ManifestReadException(document, ": expected a Kubernetes object (a map), found "
          + describe(tree), null);
    }
    String apiVersion = tree.path("apiVersion").asText("");
    String kind = tree.path("kind").asText("");
    if (!tree.path("apiVersion").isTextual() || apiVersion.isEmpty()) {
      throw new ManifestReadException(document, ": apiVersion: Required value", null);
    }
    if (!tree.path("kind").isTextual() || kind.isEmpty()) {
      throw new ManifestReadException(document, ": kind: Required value", null);
    }
    Optional<Class<? extends KubernetesResource>> type = Kinds.find(apiVersion, kind);
    if (type.isEmpty()) {
      throw new ManifestReadException(document, ": unknown kind \"" + kind + "\" (apiVersion \""
          + apiVersion + "\"); known kinds: " + String.join(", ", Kinds.known()), null);
    }
    String subject = " (" + kind + " \"" + tree.path("metadata").path("name").asText("") + "\")";
    if (GatewayApiResource.class.isAssignableFrom(type.get())) {
      String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
      String empty = emptyRequiredList(tree.path("spec"), "spec", "spec", kind, version);
      if (empty != null) {
        throw new ManifestReadException(document, subject + ": " + empty
            + ": Invalid value: 0: must have at least 1 item", null);
      }
    }
    ObjectNode fields = ((ObjectNode) tree).deepCopy();
    fields.remove("kind");
    if (Kinds.hasFixedApiVersion(type.get())) {
      fields.remove("apiVersion");
    }
    KubernetesResource resource;
    try {
      resource = BINDER.treeToValue(fields, type.get());
    } catch (UnrecognizedPropertyException e) {
      throw new ManifestReadException(document, subject + ": " + path(e)
          + ": unknown field \"" + e.getPropertyName() + "\"", e);
    } catch (JsonMappingException e) {
      InvalidResourceException invalid = findInvalid(e);
      if (invalid != null) {
        throw new ManifestReadException(document, ": " + oneLine(invalid.getMessage()), invalid);
      }
      throw new ManifestReadException(document, subject + ": " + path(e) + ": "
          + oneLine(e.getOriginalMessage()), e);
    } catch (JsonProcessingException e) {
      throw new ManifestReadException(document, subject + ": " + oneLine(e.getOriginalMessage()),
          e);
    }
    if (!resource.apiVersion().equals(apiVersion)) {
      throw new ManifestReadException(document, subject + ": apiVersion: Unsupported value: \""
          + apiVersion + "\": supported values: \"" + resource.apiVersion() + "\"", null);
    }
    return resource;
  }

  /**
   * The path of the first list that is present but empty where the CRD requires at least one
   * item. The model cannot tell an empty list from an absent one, so this is checked on the tree.
   */
  private static String emptyRequiredList(JsonNode node, String schemaPath, String at,
      String kind, String version) {
    GatewayApiTarget target = ReadingTarget.current();
    if (node.isArray()) {
      if (node.isEmpty() && target.requiresItems(kind, version, schemaPath)) {
        return at;
      }
      for (int i = 0; i < node.size(); i++) {
        String found = emptyRequiredList(node.get(i), schemaPath + "[]", at + "[" + i + "]", kind,
            version);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String found = emptyRequiredList(field.getValue(), schemaPath + "." + field.getKey(),
            at + "." + field.getKey(), kind, version);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static InvalidResourceException findInvalid(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidResourceException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /** {@code spec.rules[0].matches} from Jackson's reference chain. */
  private static String path(JsonMappingException e) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "(root)" : out.toString();
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\n\\s*", " ").trim();
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  private static String describe(JsonNode node) {
    return node.isArray() ? "a list" : "a " + node.getNodeType().name().toLowerCase();
  }

  /**
   * The whole stream as text, failing as soon as it passes {@link #MAX_CODE_POINTS} characters
   * or holds a line longer than {@link #MAX_LINE_LENGTH} (SnakeYAML's scanner slows down badly on
   * huge single scalars, and no Kubernetes object can hold one).
   */
  private static String readLimited(Reader in) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int line = 0;
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        if (text.length() + n > MAX_CODE_POINTS) {
          throw new ManifestReadException(-1, "the YAML stream is larger than the limit of "
              + MAX_CODE_POINTS + " characters", null);
        }
        for (int i = 0; i < n; i++) {
          line = buffer[i] == '\n' ? 0 : line + 1;
          if (line > MAX_LINE_LENGTH) {
            throw new ManifestReadException(-1, "the YAML stream has a line longer than the "
                + "limit of " + MAX_LINE_LENGTH + " characters", null);
          }
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the YAML stream", e);
    }
    return text.toString();
  }

  /** Turns composed nodes into a JSON tree, expanding aliases up to the limits. */
  private static final class TreeBuilder {
    private final int document;
    private final ManifestLines lines;
    private final Map<Node, Boolean> inProgress = new IdentityHashMap<>();
    private int produced;

    TreeBuilder(int document, ManifestLines lines) {
      this.document = document;
      this.lines = lines;
    }

    JsonNode convert(Node node, String at) {
      if (++produced > MAX_EXPANDED_NODES) {
        throw new ManifestReadException(document, ": aliases expand to more than "
            + MAX_EXPANDED_NODES + " values; refusing to read further (a \"billion laughs\" "
            + "document?)", null);
      }
      if (node instanceof ScalarNode scalar) {
        return scalar(scalar, at);
      }
      if (inProgress.put(node, Boolean.TRUE) != null) {
        throw new ManifestReadException(document, ": " + at + ": a recursive alias", null);
      }
      try {
        if (node instanceof SequenceNode sequence) {
          ArrayNode array = JsonNodeFactory.instance.arrayNode();
          List<Node> items = sequence.getValue();
          for (int i = 0; i < items.size(); i++) {
            if (lines != null) {
              lines.field(document, at + "[" + i + "]", items.get(i).getStartMark().getLine() + 1);
            }
            array.add(convert(items.get(i), at + "[" + i + "]"));
          }
          return array;
        }
        MappingNode mapping = (MappingNode) node;
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        for (NodeTuple tuple : mapping.getValue()) {
          if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new ManifestReadException(document, ": " + at + ": map keys must be strings",
                null);
          }
          String name = key.getValue();
          String child = at.isEmpty() ? name : at + "." + name;
          if (object.has(name)) {
            throw new ManifestReadException(document, ": " + child + ": duplicate key \"" + name
                + "\"", null);
          }
          if (lines != null) {
            lines.field(document, child, key.getStartMark().getLine() + 1);
          }
          object.set(name, convert(tuple.getValueNode(), child));
        }
        return object;
      } finally {
        inProgress.remove(node);
      }
    }

    /** Resolves a scalar as Kubernetes' YAML 1.1 parser does; timestamps stay strings. */
    private JsonNode scalar(ScalarNode scalar, String at) {
      String text = scalar.getValue();
      Tag tag = scalar.getTag();
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      if (tag.equals(Tag.NULL)) {
        return nodes.nullNode();
      }
      if (tag.equals(Tag.BOOL)) {
        return nodes.booleanNode(switch (text.toLowerCase()) {
          case "yes", "y", "true", "on" -> true;
          default -> false;
        });
      }
      if (tag.equals(Tag.INT)) {
        BigInteger value = parseInt(text.replace("_", ""));
        if (value == null) {
          return nodes.textNode(text);
        }
        return value.bitLength() < 32 ? nodes.numberNode(value.intValue())
            : value.bitLength() < 64 ? nodes.numberNode(value.longValue())
            : nodes.numberNode(value);
      }
      if (tag.equals(Tag.FLOAT)) {
        try {
          return nodes.numberNode(Double.parseDouble(text.replace("_", "")));
        } catch (NumberFormatException e) {
          return nodes.textNode(text);
        }
      }
      return nodes.textNode(text);
    }

    private static BigInteger parseInt(String text) {
      String digits = text;
      boolean negative = false;
      if (digits.startsWith("-") || digits.startsWith("+")) {
        negative = digits.startsWith("-");
        digits = digits.substring(1);
      }
      try {
        BigInteger value;
        if (digits.startsWith("0x")) {
          value = new BigInteger(digits.substring(2), 16);
        } else if (digits.startsWith("0b")) {
          value = new BigInteger(digits.substring(2), 2);
        } else if (digits.startsWith("0o")) {
          value = new BigInteger(digits.substring(2), 8);
        } else if (digits.length() > 1 && digits.startsWith("0")) {
          value = new BigInteger(digits.substring(1), 8);
        } else if (digits.contains(":")) {
          value = BigInteger.ZERO;
          for (String part : digits.split(":")) {
            value = value.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
          }
        } else {
          value = new BigInteger(digits);
        }
        return negative ? value.negate() : value;
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }
}
