package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.gatewaydsl.internal.IoReasons;
import dev.gatewaydsl.internal.Mappers;
import dev.gatewaydsl.internal.Trees;
import dev.gatewaydsl.model.GenericResource;
import dev.gatewaydsl.model.KubernetesResource;
import dev.gatewaydsl.model.ObjectMeta;
import dev.gatewaydsl.model.gateway.GatewayApi;
import dev.gatewaydsl.model.gateway.GatewayApiResource;
import dev.gatewaydsl.model.gateway.GatewayApiTarget;
import dev.gatewaydsl.model.kinds.Kind;
import dev.gatewaydsl.model.kinds.Kinds;
import dev.gatewaydsl.validation.InvalidResourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML stream the way {@code kubectl apply --validate=strict} does, with limits.
 *
 * <p>YAML is only parsed into events by SnakeYAML (no object construction, so no type named in the
 * YAML is ever instantiated) and built into a JSON tree by {@link YamlTree}, which resolves
 * scalars as kubectl's go-yaml v2 does ({@link YamlScalars}) and counts what aliases expand to.
 * Every list's {@code maxItems} is checked on the tree, then the tree is bound to the model with
 * unknown fields and type coercions rejected. A {@code v1 List} is read as its items.
 */
final class ManifestReader {
  /** Largest stream read, and most characters a document may expand to, in UTF-16 code units. */
  static final int MAX_CODE_POINTS = 16 * 1024 * 1024;
  /** Longest line read, in characters. */
  static final int MAX_LINE_LENGTH = 1024 * 1024;
  /** Most aliases (of anything: lists, maps, strings) per document. */
  static final int MAX_ALIASES = 50;
  /** Most values one document may hold after its aliases are expanded. */
  static final int MAX_EXPANDED_NODES = 1_000_000;
  /** Deepest nesting of lists and maps. */
  static final int MAX_NESTING_DEPTH = 64;

  private static final JsonMapper BINDER = Mappers.configure(JsonMapper.builder())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .withCoercionConfig(LogicalType.Textual, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Integer, config -> config
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .withCoercionConfig(LogicalType.Boolean, config -> config
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
      .build();

  private ManifestReader() {}

  /** Reads the stream {@code yaml}; {@code source} names it in messages ("" or "FILE "). */
  static List<KubernetesResource> read(Reader yaml, String source, ReadOptions options) {
    return read(yaml, source, options, null);
  }

  /**
   * {@link #read(Reader, String)}, recording into {@code lines} (if not null) where each document
   * and field starts.
   */
  static List<KubernetesResource> read(Reader yaml, String source, ReadOptions options,
      ManifestLines lines) {
    Limited text = new Limited(source);
    char[] buffer = new char[8192];
    try {
      for (int n; (n = yaml.read(buffer)) >= 0; ) {
        text.append(buffer, n);
      }
    } catch (IOException e) {
      throw new ManifestReadException(-1, "cannot read " + (source.isEmpty() ? "the YAML stream"
          : source.strip()) + ": " + IoReasons.why(e), e);
    }
    return parse(text.toString(), source, options, lines);
  }

  /**
   * Reads the UTF-8 stream {@code utf8}; malformed UTF-8 is an error naming the offset of its
   * first byte.
   */
  static List<KubernetesResource> read(InputStream utf8, String source, ReadOptions options,
      ManifestLines lines) throws IOException {
    Limited text = new Limited(source);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(8192);
    CharBuffer chars = CharBuffer.allocate(8192);
    long consumed = 0;
    boolean end = false;
    while (!end) {
      int n = utf8.read(bytes.array(), bytes.position(), bytes.remaining());
      end = n < 0;
      if (!end) {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
      while (true) {
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, end);
        consumed += bytes.position() - before;
        if (result.isUnderflow() && end) {
          result = decoder.flush(chars);
        }
        if (result.isError()) {
          throw new ManifestReadException(-1, "cannot read " + (source.isEmpty() ? "the YAML "
              + "stream" : source.strip()) + ": invalid UTF-8 at byte "
              + String.format(Locale.ROOT, "%,d", consumed) + " (counted from 0)", null);
        }
        chars.flip();
        text.append(chars.array(), chars.limit());
        chars.clear();
        if (result.isUnderflow()) {
          break;
        }
      }
      bytes.compact();
    }
    return parse(text.toString(), source, options, lines);
  }

  /** The tree of the first document of {@code text}; null if there is none or it is empty. */
  static JsonNode tree(String text) {
    Parser parser = parser(text);
    try {
      parser.getEvent(); // stream start
      if (parser.checkEvent(Event.ID.StreamEnd)) {
        return null;
      }
      parser.getEvent(); // document start
      return parser.checkEvent(Event.ID.DocumentEnd) ? null
          : YamlTree.build(parser, parser.getEvent(), 0, null);
    } catch (YAMLException e) {
      throw new ManifestReadException(-1, "not valid YAML: " + oneLine(e.getMessage()), e);
    }
  }

  private static Parser parser(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return new ParserImpl(new StreamReader(text), options);
  }

  private static List<KubernetesResource> parse(String text, String source,
      ReadOptions readOptions, ManifestLines lines) {
    Parser parser = parser(text);
    List<KubernetesResource> resources = new ArrayList<>();
    int document = 0;
    try {
      parser.getEvent(); // stream start
      while (!parser.checkEvent(Event.ID.StreamEnd)) {
        parser.getEvent(); // document start
        if (lines != null && !parser.checkEvent(Event.ID.DocumentEnd)) {
          lines.document(document, parser.peekEvent().getStartMark().getLine() + 1);
        }
        JsonNode tree = parser.checkEvent(Event.ID.DocumentEnd) ? null
            : YamlTree.build(parser, parser.getEvent(), document, lines);
        parser.getEvent(); // document end
        if (tree != null && !tree.isNull()) {
          List<KubernetesResource> bound = bindDocument(document, tree, readOptions);
          resources.addAll(bound);
          for (int i = 0; lines != null && i < bound.size(); i++) {
            lines.resource(document);
          }
        }
        document++;
      }
    } catch (YAMLException e) {
      throw new ManifestReadException(document,
          ": " + source + "is not valid YAML: " + oneLine(e.getMessage()), e);
    }
    return resources;
  }

  /** The resource of one document, or the items of a {@code v1 List}, each bound on its own. */
  private static List<KubernetesResource> bindDocument(int document, JsonNode tree,
      ReadOptions options) {
    if (!tree.isObject() || !"v1".equals(tree.path("apiVersion").textValue())
        || !"List".equals(tree.path("kind").textValue())) {
      return List.of(bind(document, "", tree, options));
    }
    for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!List.of("apiVersion", "kind", "metadata", "items").contains(field)) {
        throw new ManifestReadException(document, " (List): " + field + ": unknown field \""
            + field + "\"", null);
      }
    }
    JsonNode items = tree.path("items");
    if (!items.isArray() && !items.isMissingNode() && !items.isNull()) {
      throw new ManifestReadException(document, " (List): items: Invalid value: \""
          + jsonType(items) + "\": items in body must be of type array", null);
    }
    List<KubernetesResource> resources = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      resources.add(bind(document, ".items[" + i + "]", items.get(i), options));
    }
    return resources;
  }

  private static KubernetesResource bind(int document, String where, JsonNode tree,
      ReadOptions options) {
    if (!tree.isObject()) {
      throw new ManifestReadException(document, where + ": expected a Kubernetes object (a map), "
          + "found " + describe(tree), null);
    }
    String apiVersion = tree.path("apiVersion").asText("");
    String kind = tree.path("kind").asText("");
    if (!tree.path("apiVersion").isTextual() || apiVersion.isEmpty()) {
      throw new ManifestReadException(document, where + ": apiVersion: Required value", null);
    }
    if (!tree.path("kind").isTextual() || kind.isEmpty()) {
      throw new ManifestReadException(document, where + ": kind: Required value", null);
    }
    Optional<Kind> row = Kinds.find(apiVersion, kind);
    if (row.isEmpty()) {
      if (options.strictKinds() || Kinds.group(apiVersion).equals(GatewayApi.GROUP)) {
        throw new ManifestReadException(document, where + ": unknown kind \"" + kind
            + "\" (apiVersion \"" + apiVersion + "\"); known kinds: "
            + String.join(", ", Kinds.known()), null);
      }
      return generic(document, where, (ObjectNode) tree, apiVersion, kind);
    }
    Class<? extends KubernetesResource> type = row.get().type();
    GatewayApiTarget target = options.target();
    String subject = where + " (" + kind + " \"" + tree.path("metadata").path("name").asText("")
        + "\")";
    if (GatewayApiResource.class.isAssignableFrom(type)) {
      String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
      String problem = listLimits(tree.path("spec"), "spec", "spec", kind, version,
          target);
      if (problem != null) {
        throw new ManifestReadException(document, subject + ": " + problem, null);
      }
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    tree.fields().forEachRemaining(field -> fields.set(field.getKey(), field.getValue()));
    fields.remove("kind");
    if (row.get().hasFixedApiVersion()) {
      fields.remove("apiVersion");
    }
    KubernetesResource resource;
    UnknownFields unknown = new UnknownFields();
    try {
      // the target reaches the Gateway API kinds' target() through Jackson's injection, as an
      // argument of this read: nothing ambient decides what a value means
      resource = BINDER.readerFor(type).withHandler(unknown)
          .with(new InjectableValues.Std().addValue(GatewayApiTarget.class, target))
          .readValue(fields);
      unknown.refuse(document, subject, null);
    } catch (JsonMappingException e) {
      unknown.refuse(document, subject, e);
      InvalidResourceException invalid = findInvalid(e);
      if (invalid != null && invalid.missingAttributes()) {
        String at = path(e);
        throw new ManifestReadException(document, subject + ": " + invalid.violations().stream()
            .map(v -> (at.equals("(root)") ? "" : at + ".") + v).collect(Collectors.joining(
                "; ")), invalid);
      }
      if (invalid != null) {
        throw new ManifestReadException(document, where + ": " + oneLine(invalid.getMessage()),
            invalid);
      }
      if (e instanceof InvalidFormatException format && format.getTargetType() != null
          && format.getTargetType().isEnum()) {
        throw new ManifestReadException(document, subject + ": " + path(e) + ": "
            + unsupported(format), e);
      }
      String wrongType = e instanceof MismatchedInputException mismatch
          ? wrongType(fields, mismatch) : null;
      throw new ManifestReadException(document, subject + ": " + path(e) + ": "
          + (wrongType != null ? wrongType : oneLine(e.getOriginalMessage())), e);
    } catch (JsonProcessingException e) {
      unknown.refuse(document, subject, e);
      throw new ManifestReadException(document, subject + ": " + oneLine(e.getOriginalMessage()),
          e);
    } catch (IOException e) {
      throw new ManifestReadException(document, subject + ": " + oneLine(e.getMessage()), e);
    }
    if (!resource.apiVersion().equals(apiVersion)) {
      throw new ManifestReadException(document, subject + ": apiVersion: Unsupported value: \""
          + apiVersion + "\": supported values: \"" + resource.apiVersion() + "\"", null);
    }
    return resource;
  }

  /**
   * A document of a kind the library does not model, as a {@link GenericResource}: the fields of
   * {@code metadata} that {@link ObjectMeta} models are bound to it as strictly as for any kind,
   * the other metadata fields and everything beside apiVersion, kind and metadata are kept as
   * they are, in order; then what every object has is validated.
   */
  private static KubernetesResource generic(int document, String where, ObjectNode tree,
      String apiVersion, String kind) {
    JsonNode metadata = tree.path("metadata");
    String subject = where + " (" + kind + " \"" + metadata.path("name").asText("") + "\")";
    if (!metadata.isObject() && !metadata.isMissingNode() && !metadata.isNull()) {
      throw new ManifestReadException(document, subject + ": metadata: Invalid value: \""
          + jsonType(metadata) + "\": metadata in body must be of type object", null);
    }
    ObjectNode modelled = JsonNodeFactory.instance.objectNode();
    ObjectNode additional = JsonNodeFactory.instance.objectNode();
    metadata.fields().forEachRemaining(field -> (GenericMetadata.MODELLED.contains(field.getKey())
        ? modelled : additional).set(field.getKey(), field.getValue()));
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    fields.set("metadata", modelled);
    ObjectMeta meta;
    try {
      meta = BINDER.treeToValue(fields, GenericMetadata.class).metadata();
    } catch (MismatchedInputException e) {
      String wrongType = wrongType(fields, e);
      throw new ManifestReadException(document, subject + ": " + path(e) + ": "
          + (wrongType != null ? wrongType : oneLine(e.getOriginalMessage())), e);
    } catch (JsonProcessingException e) {
      throw new ManifestReadException(document, subject + ": " + oneLine(e.getOriginalMessage()),
          e);
    }
    ObjectNode body = tree.deepCopy();
    body.remove(List.of("apiVersion", "kind", "metadata"));
    try {
      return GenericResource.builder().apiVersion(apiVersion).kind(kind).metadata(meta)
          .additionalMetadata(additional).body(body).build();
    } catch (InvalidResourceException invalid) {
      throw new ManifestReadException(document, where + ": " + oneLine(invalid.getMessage()),
          invalid);
    }
  }

  /** The {@code metadata} of a {@link GenericResource}, bound on its own. */
  private record GenericMetadata(ObjectMeta metadata) {
    /** The fields of {@code metadata} that {@link ObjectMeta} models. */
    static final Set<String> MODELLED = Trees.propertyNames(ObjectMeta.empty().getClass());
  }

  /**
   * The first list, in document order, that has more items than the CRD allows ({@code Too many:
   * 30000: must have at most 32 items}) or none where it requires some; null if there is none.
   * A list's length is checked before its items are looked at, so the work is linear in the
   * input. The model cannot tell an empty list from an absent one, so this is checked on the tree.
   */
  private static String listLimits(JsonNode node, String schemaPath, String at, String kind,
      String version, GatewayApiTarget target) {
    if (node.isArray()) {
      OptionalInt max = target.maxItems(kind, version, schemaPath);
      if (max.isPresent() && node.size() > max.getAsInt()) {
        return at + ": Too many: " + node.size() + ": must have at most " + max.getAsInt()
            + " items";
      }
      if (node.isEmpty() && target.requiresItems(kind, version, schemaPath)) {
        return at + ": Invalid value: 0: must have at least 1 item";
      }
      for (int i = 0; i < node.size(); i++) {
        String found = listLimits(node.get(i), schemaPath + "[]", at + "[" + i + "]", kind,
            version, target);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String found = listLimits(field.getValue(), schemaPath + "." + field.getKey(),
            at + "." + field.getKey(), kind, version, target);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * The API server's message for a value of the wrong JSON type, {@code Invalid value: "number":
   * spec.listeners[0].port in body must be of type integer}; null if the failure is another one.
   */
  private static String wrongType(JsonNode root, MismatchedInputException e) {
    JsonNode value = root;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (value == null) {
        return null;
      }
      value = ref.getFieldName() != null ? value.get(ref.getFieldName())
          : ref.getIndex() >= 0 ? value.get(ref.getIndex()) : null;
    }
    String expected = expectedType(e.getTargetType());
    if (value == null || expected == null) {
      return null;
    }
    String actual = jsonType(value);
    if (actual.equals(expected) || actual.equals("integer") && expected.equals("number")) {
      return null;
    }
    String path = path(e);
    return "Invalid value: \"" + actual + "\": " + path + " in body must be of type " + expected;
  }

  private static String expectedType(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class
        || type == short.class || type == Short.class || type == BigInteger.class) {
      return "integer";
    }
    if (type == double.class || type == Double.class || type == float.class
        || type == Float.class) {
      return "number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "boolean";
    }
    if (type == String.class || type.isEnum()) {
      return "string";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    return type == Object.class || JsonNode.class.isAssignableFrom(type) ? null : "object";
  }

  /** The JSON type of {@code value} as OpenAPI names it. */
  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "string";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isArray()) {
      return "array";
    }
    return value.isObject() ? "object" : "null";
  }

  private static InvalidResourceException findInvalid(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidResourceException invalid) {
        return invalid;
      }
    }
    return null;
  }

  /**
   * Every unknown field of one document, collected while it is bound so that all of them are
   * reported at once ({@code spec.a: unknown field "a"; spec.b: unknown field "b"}), as a strict
   * API server does; the binding goes on past them.
   */
  private static final class UnknownFields extends DeserializationProblemHandler {
    private final List<String> found = new ArrayList<>();

    @Override
    public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
        JsonDeserializer<?> deserializer, Object beanOrClass, String name) throws IOException {
      JsonStreamContext at = parser.getParsingContext();
      if (parser.currentToken() == JsonToken.START_ARRAY
          || parser.currentToken() == JsonToken.START_OBJECT) {
        at = at.getParent(); // the parser is already inside the unknown field's value
      }
      found.add(pathOf(at) + ": unknown field \"" + name + "\"");
      parser.skipChildren();
      return true;
    }

    /**
     * Throws if any unknown field was found: they come first, since a misspelt field is the
     * likely cause of whatever else failed ({@code cause}, if any).
     */
    void refuse(int document, String subject, Exception cause) {
      if (!found.isEmpty()) {
        throw new ManifestReadException(document, subject + ": " + String.join("; ", found),
            cause);
      }
    }

    private static String pathOf(JsonStreamContext context) {
      List<String> parts = new ArrayList<>();
      for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
        parts.add(0, at.inArray() ? "[" + at.getCurrentIndex() + "]"
            : "." + at.getCurrentName());
      }
      String path = String.join("", parts);
      return path.startsWith(".") ? path.substring(1) : path;
    }
  }

  /**
   * {@code Unsupported value: "NOTREAL": supported values: "GET", "HEAD", ...}: the values the enum
   * is written as, in declaration order.
   */
  private static String unsupported(InvalidFormatException e) {
    List<String> supported = new ArrayList<>();
    for (Object constant : e.getTargetType().getEnumConstants()) {
      try {
        supported.add(BINDER.writeValueAsString(constant));
      } catch (JsonProcessingException impossible) {
        supported.add("\"" + constant + "\"");
      }
    }
    return "Unsupported value: \"" + e.getValue() + "\": supported values: "
        + String.join(", ", supported);
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

  private static String describe(JsonNode node) {
    return node.isArray() ? "a list" : "a " + node.getNodeType().name().toLowerCase();
  }

  /**
   * The text of a stream, failing as soon as it passes {@link #MAX_CODE_POINTS} characters or
   * holds a line longer than {@link #MAX_LINE_LENGTH} (SnakeYAML's scanner slows down badly on
   * huge single scalars, and no Kubernetes object can hold one).
   */
  private static final class Limited {
    private final StringBuilder text = new StringBuilder();
    private final String source;
    private int line;

    Limited(String source) {
      this.source = source;
    }

    void append(char[] chars, int n) {
      if (text.length() + n > MAX_CODE_POINTS) {
        throw new ManifestReadException(-1, source + "the YAML stream is larger than the limit of "
            + MAX_CODE_POINTS + " characters", null);
      }
      for (int i = 0; i < n; i++) {
        line = chars[i] == '\n' ? 0 : line + 1;
        if (line > MAX_LINE_LENGTH) {
          throw new ManifestReadException(-1, source + "the YAML stream has a line longer than the "
              + "limit of " + MAX_LINE_LENGTH + " characters", null);
        }
      }
      text.append(chars, 0, n);
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
