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
import java.io.Closeable;
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
import java.util.ArrayDeque;
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

  /**
   * Reads the stream {@code yaml} whole; {@code source} names it in messages ("" or "FILE "). At
   * most {@link #MAX_CODE_POINTS} characters are read, since all its resources are kept.
   */
  static List<KubernetesResource> read(Reader yaml, String source, ReadOptions options) {
    return read(yaml, source, options, null);
  }

  /**
   * {@link #read(Reader, String, GatewayApiTarget)}, recording into {@code lines} (if not null)
   * where each document and field starts.
   */
  static List<KubernetesResource> read(Reader yaml, String source, ReadOptions options,
      ManifestLines lines) {
    List<KubernetesResource> resources = new ArrayList<>();
    open(yaml, source, options, lines, true, null).forEachRemaining(resources::add);
    return resources;
  }

  /**
   * The resources of the stream {@code yaml}, read one document at a time as they are taken.
   *
   * @param wholeStream whether the stream is limited to {@link #MAX_CODE_POINTS} characters (when
   *     it is collected); otherwise only each document is
   * @param source closed when the iteration ends, fails for good or is closed; null for none
   */
  /** The tree of the first document of {@code text}; null if there is none or it is empty. */
  static JsonNode tree(String text) {
    Parser parser = parser(new StreamReader(text));
    try {
      parser.getEvent(); // stream start
      if (parser.checkEvent(Event.ID.StreamEnd)) {
        return null;
      }
      parser.getEvent(); // document start
      return parser.checkEvent(Event.ID.DocumentEnd) ? null
          : YamlTree.build(parser, parser.getEvent(), 0, null, new SharedStrings());
    } catch (YAMLException e) {
      throw new ManifestReadException(-1, "not valid YAML: " + oneLine(e.getMessage()), e);
    }
  }

  /**
   * A SnakeYAML parser of {@code text} with the reader's limits; the code-point limit applies per
   * document (SnakeYAML restarts its count at each).
   */
  private static Parser parser(StreamReader text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setProcessComments(false);
    return new ParserImpl(text, options);
  }

  static ManifestIterator open(Reader yaml, String source, ReadOptions options,
      ManifestLines lines, boolean wholeStream, Closeable closing) {
    return new ManifestIterator(new Documents(new LimitedReader(yaml, source, wholeStream),
        source, options, lines), closing);
  }

  /** {@link #open} of the UTF-8 stream {@code utf8}, malformed UTF-8 failing with its offset. */
  static ManifestIterator open(InputStream utf8, String source, ReadOptions options,
      ManifestLines lines, boolean wholeStream, Closeable closing) {
    return open(new Utf8Reader(utf8, source), source, options, lines, wholeStream, closing);
  }

  /**
   * The documents of one stream, parsed into events by SnakeYAML as they are asked for: each
   * {@link #next()} reads one document (or a {@code v1 List}'s items) and binds it. A document
   * that is well-formed YAML but cannot be bound or is invalid fails alone: the next call goes on
   * with the following document. Anything else (bad YAML, a limit, the source) ends the stream.
   */
  static final class Documents {
    private final Parser parser;
    private final String source;
    private final ReadOptions options;
    private final ManifestLines lines;
    private final ArrayDeque<KubernetesResource> pending = new ArrayDeque<>();
    private final SharedStrings strings = new SharedStrings();
    private boolean started;
    private boolean ended;
    private int document;

    Documents(Reader text, String source, ReadOptions options, ManifestLines lines) {
      this.parser = parser(new StreamReader(text));
      this.source = source;
      this.options = options;
      this.lines = lines;
    }

    /** The next resource, null at the end. */
    KubernetesResource next() {
      while (pending.isEmpty() && !ended) {
        readDocument();
      }
      return pending.poll();
    }

    /** Whether the stream has ended (read to its end, or failed for good). */
    boolean ended() {
      return ended && pending.isEmpty();
    }

    void end() {
      ended = true;
      pending.clear();
    }

    private void readDocument() {
      JsonNode tree;
      int at = document;
      try {
        if (!started) {
          parser.getEvent(); // stream start
          started = true;
        }
        if (parser.checkEvent(Event.ID.StreamEnd)) {
          ended = true;
          return;
        }
        parser.getEvent(); // document start
        if (lines != null && !parser.checkEvent(Event.ID.DocumentEnd)) {
          lines.document(document, parser.peekEvent().getStartMark().getLine() + 1);
        }
        tree = parser.checkEvent(Event.ID.DocumentEnd) ? null
            : YamlTree.build(parser, parser.getEvent(), document, lines, strings);
        parser.getEvent(); // document end
        document++;
      } catch (YAMLException e) {
        ended = true;
        // SnakeYAML names a stream read from a Reader 'reader', one read from a String 'string':
        // the messages stay as they were when streams were read into a String first
        throw new ManifestReadException(document, ": " + source + "is not valid YAML: "
            + oneLine(e.getMessage()).replace(" in 'reader', line ", " in 'string', line "), e);
      } catch (RuntimeException e) {
        ended = true;
        throw e;
      }
      if (tree != null && !tree.isNull()) {
        List<KubernetesResource> bound = bindDocument(at, tree, options);
        pending.addAll(bound);
        for (int i = 0; lines != null && i < bound.size(); i++) {
          lines.resource(at);
        }
      }
    }
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
    String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
    if (row.get().hasFixedApiVersion() && !version.equals(row.get().version())) {
      if (!options.strictKinds() && row.get().isOtherServedVersion(apiVersion)) {
        // another served version of a modelled kind (autoscaling/v1 of a HorizontalPodAutoscaler):
        // kept as it is, like any kind the library does not model
        return generic(document, where, (ObjectNode) tree, apiVersion, kind);
      }
      String group = Kinds.group(apiVersion);
      throw new ManifestReadException(document, subject + ": apiVersion: Unsupported value: \""
          + apiVersion + "\": supported values: \"" + (group.isEmpty() ? "" : group + "/")
          + row.get().version() + "\"", null);
    }
    if (GatewayApiResource.class.isAssignableFrom(type)) {
      String problem = listLimits(tree.path("spec"), "spec", "spec", kind, version,
          target);
      if (problem != null) {
        throw new ManifestReadException(document, subject + ": " + problem, null);
      }
    }
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    tree.fields().forEachRemaining(field -> fields.set(field.getKey(), field.getValue()));
    fields.remove("kind");
    // what the API server reports is never modelled, nor written back
    fields.remove("status");
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
    if (resource instanceof GatewayApiResource gatewayApi) {
      return EmptyLists.remembered(gatewayApi, EmptyLists.in(fields));
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
   * The characters of a stream as SnakeYAML pulls them, failing as soon as a line is longer than
   * {@link #MAX_LINE_LENGTH} (SnakeYAML's scanner slows down badly on huge single scalars, and no
   * Kubernetes object can hold one), or, for a stream read whole, as soon as it passes {@link
   * #MAX_CODE_POINTS} characters. A failure of the source is a {@link ManifestReadException}
   * saying why.
   */
  private static final class LimitedReader extends Reader {
    private final Reader in;
    private final String source;
    private final boolean wholeStream;
    private long read;
    private int line;

    LimitedReader(Reader in, String source, boolean wholeStream) {
      this.in = in;
      this.source = source;
      this.wholeStream = wholeStream;
    }

    @Override
    public int read(char[] chars, int offset, int length) {
      int n;
      try {
        n = in.read(chars, offset, length);
      } catch (ManifestReadException e) {
        throw e;
      } catch (IOException e) {
        throw new ManifestReadException(-1, "cannot read " + (source.isEmpty()
            ? "the YAML stream" : source.strip()) + ": " + IoReasons.why(e), e);
      }
      if (n <= 0) {
        return n;
      }
      read += n;
      if (wholeStream && read > MAX_CODE_POINTS) {
        throw new ManifestReadException(-1, source + "the YAML stream is larger than the limit of "
            + MAX_CODE_POINTS + " characters", null);
      }
      for (int i = offset; i < offset + n; i++) {
        line = chars[i] == '\n' ? 0 : line + 1;
        if (line > MAX_LINE_LENGTH) {
          throw new ManifestReadException(-1, source + "the YAML stream has a line longer than the "
              + "limit of " + MAX_LINE_LENGTH + " characters", null);
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the owner of the source closes it
    }
  }

  /**
   * Strict UTF-8: malformed input fails with the offset of its first byte ({@code invalid UTF-8
   * at byte 1,234 (counted from 0)}).
   */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final String source;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private long consumed;
    private boolean end;
    private boolean flushed;


    Utf8Reader(InputStream in, String source) {
      this.in = in;
      this.source = source;
      bytes.flip();
    }

    @Override
    public int read(char[] chars, int offset, int length) throws IOException {
      CharBuffer out = CharBuffer.wrap(chars, offset, length);
      while (out.position() == offset && !flushed && length > 0) {
        int before = bytes.position();
        CoderResult result = decoder.decode(bytes, out, end);
        consumed += bytes.position() - before;
        if (result.isError()) {
          throw new ManifestReadException(-1, "cannot read " + (source.isEmpty() ? "the YAML "
              + "stream" : source.strip()) + ": invalid UTF-8 at byte "
              + String.format(Locale.ROOT, "%,d", consumed) + " (counted from 0)", null);
        }
        if (result.isOverflow()) {
          break;
        }
        if (end) {
          flushed = decoder.flush(out).isUnderflow();
          continue;
        }
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        if (!end) {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      int n = out.position() - offset;
      return n == 0 && length > 0 ? -1 : n;
    }

    @Override
    public void close() {
      // the owner of the source closes it
    }
  }
}
