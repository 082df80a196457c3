package dev.gatewaydsl.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two YAML streams hold the same documents: each is read back with a YAML reader into JSON
 * trees, which are compared one by one (key order and quoting style do not count; values, types
 * and document order do).
 */
public final class Equivalence {
  private static final YAMLMapper READER = new YAMLMapper();

  private Equivalence() {}

  /** The documents of {@code yaml}, as JSON trees, empty documents left out. */
  public static List<JsonNode> documents(String yaml) {
    List<JsonNode> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> it = READER.readerFor(JsonNode.class).readValues(yaml)) {
      while (it.hasNext()) {
        JsonNode document = it.next();
        if (document != null && !document.isMissingNode() && !document.isNull()) {
          documents.add(document);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  /**
   * Throws unless {@code actual} holds the same documents as {@code expected}, naming the first
   * document that differs.
   */
  public static void requireSame(String expectedName, String expected, String actualName,
      String actual) {
    List<JsonNode> want = documents(expected);
    List<JsonNode> got = documents(actual);
    if (want.size() != got.size()) {
      throw new IllegalStateException(actualName + " wrote " + got.size() + " documents, "
          + expectedName + " " + want.size());
    }
    for (int i = 0; i < want.size(); i++) {
      if (!want.get(i).equals(got.get(i))) {
        throw new IllegalStateException("document " + i + " differs:\n" + expectedName + ": "
            + want.get(i) + "\n" + actualName + ": " + got.get(i));
      }
    }
  }

  /** Writes {@code fleet} with every side and throws unless all give the same documents. */
  public static void requireAllSame(Fleet fleet) {
    String gatewaydsl = GatewaydslSide.yaml(fleet);
    requireSame("gatewaydsl", gatewaydsl, "fabric8", Fabric8Side.yaml(fleet));
    requireSame("gatewaydsl", gatewaydsl, "floor", FloorSide.yaml(fleet));
  }
}
