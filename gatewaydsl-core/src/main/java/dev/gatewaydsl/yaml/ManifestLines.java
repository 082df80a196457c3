package dev.gatewaydsl.yaml;

import dev.gatewaydsl.validation.FieldPath;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * Where the documents and fields of a YAML stream start, filled in while {@link
 * Manifests#fromYaml(java.io.Reader, dev.gatewaydsl.model.gateway.GatewayApiTarget, ManifestLines)}
 * reads it: for pointing a person (or a code-review tool) at the line of a problem. Lines are
 * counted from 1. The lines of the documents read before a {@link ManifestReadException} stay
 * filled in, including the failing document's, so its line can be shown too.
 *
 * <p>By default the line of every field is kept, which grows with the stream; {@link
 * #ManifestLines(IntPredicate)} keeps field lines only for the documents that are asked for, and
 * the line of each document and resource in two ints each, for reading large streams.
 *
 * <p>One instance per stream read; not thread-safe.
 */
public final class ManifestLines {
  private final IntPredicate fieldsOf;
  private int[] documentLines = new int[16];
  private int documents;
  private final Map<Integer, Map<String, Integer>> fieldLines = new HashMap<>();
  private int[] resourceDocuments = new int[16];
  private int resources;

  /** Empty; pass it to a read to fill it. Records the line of every field. */
  public ManifestLines() {
    this(document -> true);
  }

  /**
   * Empty, recording the lines of fields only in the documents (counted from 0) {@code fieldsOf}
   * accepts; {@link #line} gives the document's line for the others. E.g. {@code d -> false}
   * while reading a large stream, then a second read that asks for the documents of interest.
   */
  public ManifestLines(IntPredicate fieldsOf) {
    this.fieldsOf = Objects.requireNonNull(fieldsOf, "fieldsOf");
  }

  /** The line document {@code document} (counted from 0, as in {@link ManifestReadException#document()}) starts on; 0 if unknown. */
  public int documentLine(int document) {
    return document >= 0 && document < documents ? documentLines[document] : 0;
  }

  /** The line resource {@code resource} (its index in the list read) starts on; 0 if unknown. */
  public int resourceLine(int resource) {
    return documentLine(documentOf(resource));
  }

  /**
   * The document (counted from 0) resource {@code resource} (its index among the resources read)
   * is in; -1 if unknown.
   */
  public int documentOf(int resource) {
    return resource >= 0 && resource < resources ? resourceDocuments[resource] : -1;
  }

  /**
   * The line of {@code path} in resource {@code resource} (its index in the list read): the line
   * of the field itself, else of the nearest enclosing field the stream holds (a map key such as
   * {@code metadata.labels[app]} gives the line of {@code metadata.labels}), else of the document.
   */
  public int line(int resource, FieldPath path) {
    int document = documentOf(resource);
    if (document < 0) {
      return 0;
    }
    Map<String, Integer> fields = fieldLines.getOrDefault(document, Map.of());
    String at = path.toString();
    while (!at.isEmpty()) {
      Integer line = fields.get(at);
      if (line != null) {
        return line;
      }
      int cut = Math.max(at.lastIndexOf('.'), at.lastIndexOf('['));
      at = cut < 0 ? "" : at.substring(0, cut);
    }
    return documentLine(document);
  }

  /** Whether the lines of the fields of {@code document} are recorded. */
  boolean recordsFields(int document) {
    return fieldsOf.test(document);
  }

  void document(int document, int line) {
    if (document >= documentLines.length) {
      documentLines = Arrays.copyOf(documentLines, Math.max(document + 1,
          documentLines.length * 2));
    }
    documentLines[document] = line;
    documents = Math.max(documents, document + 1);
  }

  void field(int document, String path, int line) {
    fieldLines.computeIfAbsent(document, d -> new HashMap<>()).putIfAbsent(path, line);
  }

  void resource(int document) {
    if (resources == resourceDocuments.length) {
      resourceDocuments = Arrays.copyOf(resourceDocuments, resources * 2);
    }
    resourceDocuments[resources++] = document;
  }
}
