package dev.gatewaydsl.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;

/**
 * Builds the JSON tree of one YAML document from parser events, as {@code kubectl} turns YAML into
 * JSON (sigs.k8s.io/yaml over go-yaml v2): scalars resolved by {@link YamlScalars}, merge keys
 * ({@code <<}) applied, aliases expanded. What an alias expands to is counted against the limits
 * as it is met, before anything is copied: the characters of every scalar (so a large string
 * aliased many times fails after a few aliases), the values, and the aliases themselves.
 */
final class YamlTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TAG_PREFIX = "tag:yaml.org,2002:";

  private final Parser parser;
  private final int document;
  /** Where fields start, filled in as the tree is built; null when nobody asked for them. */
  private final ManifestLines lines;
  private final SharedStrings strings;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private final Set<String> building = new HashSet<>();
  private long characters;
  private long values;
  private int aliases;

  /** What an anchored node holds once expanded. */
  private record Anchored(JsonNode node, long characters, long values) {}

  private YamlTree(Parser parser, int document, ManifestLines lines, SharedStrings strings) {
    this.parser = parser;
    this.document = document;
    this.lines = lines != null && lines.recordsFields(document) ? lines : null;
    this.strings = strings;
  }

  /**
   * The tree of the node whose first event is {@code first}; the document's other events stay.
   * Where each field and list item starts goes into {@code lines}, if not null. Equal short
   * strings of the stream are one instance through {@code strings}.
   */
  static JsonNode build(Parser parser, Event first, int document, ManifestLines lines,
      SharedStrings strings) {
    return new YamlTree(parser, document, lines, strings).node(first, "", 0);
  }

  private void line(String at, Event event) {
    if (lines != null) {
      lines.field(document, at, event.getStartMark().getLine() + 1);
    }
  }

  private JsonNode node(Event event, String at, int depth) {
    if (event instanceof AliasEvent alias) {
      return alias(alias.getAnchor(), at);
    }
    String anchor = ((NodeEvent) event).getAnchor();
    long charactersBefore = characters;
    long valuesBefore = values;
    if (anchor != null) {
      building.add(anchor);
    }
    JsonNode node;
    if (event instanceof ScalarEvent scalar) {
      node = scalar(scalar, at);
    } else {
      if (depth >= ManifestReader.MAX_NESTING_DEPTH) {
        throw fail(at, "lists and maps nest deeper than the limit of "
            + ManifestReader.MAX_NESTING_DEPTH + " levels");
      }
      CollectionStartEvent start = (CollectionStartEvent) event;
      String tag = start.getTag();
      if (event.is(Event.ID.SequenceStart)) {
        requireTag(tag, "seq", at);
        node = sequence(at, depth);
      } else {
        requireTag(tag, "map", at);
        node = mapping(at, depth);
      }
    }
    if (anchor != null) {
      building.remove(anchor);
      anchors.put(anchor, new Anchored(node, characters - charactersBefore, values - valuesBefore));
    }
    return node;
  }

  private JsonNode alias(String anchor, String at) {
    if (building.contains(anchor)) {
      throw fail(at, "a recursive alias *" + anchor);
    }
    Anchored target = anchors.get(anchor);
    if (target == null) {
      throw fail(at, "an alias of an unknown anchor *" + anchor);
    }
    if (++aliases > ManifestReader.MAX_ALIASES) {
      throw fail(null, "more than " + ManifestReader.MAX_ALIASES + " aliases; refusing to expand "
          + "them (a \"billion laughs\" document?)");
    }
    count(target.characters(), target.values());
    return target.node();
  }

  private ArrayNode sequence(String at, int depth) {
    count(0, 1);
    ArrayNode array = NODES.arrayNode();
    while (!parser.checkEvent(Event.ID.SequenceEnd)) {
      String item = at + "[" + array.size() + "]";
      Event first = parser.getEvent();
      line(item, first);
      array.add(node(first, item, depth + 1));
    }
    parser.getEvent();
    return array;
  }

  /**
   * Keys in order; a merge key ({@code <<}) copies the entries of the map it names (or of each
   * map in the list it names, earlier maps first) as go-yaml v2 does, and an explicit key may
   * replace a merged one; an explicit key given twice is an error.
   */
  private ObjectNode mapping(String at, int depth) {
    count(0, 1);
    ObjectNode object = NODES.objectNode();
    Set<String> explicit = new HashSet<>();
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Event keyEvent = parser.getEvent();
      if (!(keyEvent instanceof ScalarEvent key)) {
        throw fail(at, "map keys must be strings");
      }
      if (isMerge(key)) {
        merge(node(parser.getEvent(), child(at, "<<"), depth + 1), object, explicit,
            child(at, "<<"));
        continue;
      }
      JsonNode resolved = scalar(key, at);
      if (!resolved.isTextual()) {
        throw fail(at, "the map key " + key.getValue() + " is read as " + YamlScalars.describe(
            resolved) + " by kubectl, not as a string; quote it");
      }
      String name = resolved.textValue();
      String child = child(at, name);
      if (!explicit.add(name)) {
        throw fail(child, "duplicate key \"" + name + "\"");
      }
      line(child, key);
      object.set(name, node(parser.getEvent(), child, depth + 1));
    }
    parser.getEvent();
    return object;
  }

  private void merge(JsonNode merged, ObjectNode into, Set<String> explicit, String at) {
    if (merged.isObject()) {
      mergeMap((ObjectNode) merged, into, explicit, at);
    } else if (merged.isArray()) {
      for (int i = merged.size() - 1; i >= 0; i--) { // earlier maps take precedence
        if (!merged.get(i).isObject()) {
          throw fail(at, "a merge key takes a map or a list of maps");
        }
        mergeMap((ObjectNode) merged.get(i), into, explicit, at);
      }
    } else {
      throw fail(at, "a merge key takes a map or a list of maps");
    }
  }

  private void mergeMap(ObjectNode merged, ObjectNode into, Set<String> explicit, String at) {
    merged.fields().forEachRemaining(entry -> {
      if (explicit.contains(entry.getKey())) {
        throw fail(at, "merges the key \"" + entry.getKey() + "\", which the map sets before "
            + "the merge key (kubectl would let the merged value win); move the merge key first");
      }
      count(0, 1);
      into.set(entry.getKey(), entry.getValue());
    });
  }

  private JsonNode scalar(ScalarEvent scalar, String at) {
    String text = strings.share(scalar.getValue());
    count(text.length(), 1);
    String tag = scalar.getTag();
    try {
      if (tag == null) {
        return scalar.isPlain() ? YamlScalars.resolve(text) : NODES.textNode(text);
      }
      if (tag.equals("!")) {
        return NODES.textNode(text);
      }
      if (!tag.startsWith(TAG_PREFIX)) {
        throw fail(at, "the tag " + tag + " is not supported");
      }
      return YamlScalars.resolveTagged(tag.substring(TAG_PREFIX.length()), text);
    } catch (IllegalArgumentException e) {
      if (e instanceof ManifestReadException read) {
        throw read;
      }
      throw fail(at, e.getMessage());
    }
  }

  private static boolean isMerge(ScalarEvent key) {
    return key.getValue().equals("<<")
        && (key.getTag() == null ? key.isPlain() : key.getTag().equals(TAG_PREFIX + "merge"));
  }

  private void requireTag(String tag, String expected, String at) {
    if (tag != null && !tag.equals("!") && !tag.equals(TAG_PREFIX + expected)) {
      throw fail(at, "the tag " + tag + " is not supported here");
    }
  }

  /** Counts what is about to be materialised, failing at once past a limit. */
  private void count(long moreCharacters, long moreValues) {
    characters += moreCharacters;
    values += moreValues;
    if (characters > ManifestReader.MAX_CODE_POINTS) {
      throw fail(null, "the document expands to more than " + ManifestReader.MAX_CODE_POINTS
          + " characters; refusing to read further (a \"billion laughs\" document?)");
    }
    if (values > ManifestReader.MAX_EXPANDED_NODES) {
      throw fail(null, "aliases expand to more than " + ManifestReader.MAX_EXPANDED_NODES
          + " values; refusing to read further (a \"billion laughs\" document?)");
    }
  }

  private static String child(String at, String name) {
    return at.isEmpty() ? name : at + "." + name;
  }

  private ManifestReadException fail(String at, String message) {
    return new ManifestReadException(document, ": " + (at == null || at.isEmpty() ? ""
        : at + ": ") + message, null);
  }
}
