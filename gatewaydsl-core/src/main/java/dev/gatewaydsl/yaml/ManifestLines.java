package dev.gatewaydsl.yaml;

import dev.gatewaydsl.validation.FieldPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the documents and fields of a YAML stream start, filled in while {@link
 * Manifests#fromYaml(java.io.Reader, dev.gatewaydsl.model.gateway.GatewayApiTarget, ManifestLines)}
 * reads it: for pointing a person (or a code-review tool) at the line of a problem. Lines are
 * counted from 1. The lines of the documents read before a {@link ManifestReadException} stay
 * filled in, including the failing document's, so its line can be shown too.
 *
 * <p>One instance per stream read; not thread-safe.
 */
public final class ManifestLines {
  private final List<Integer> documentLines = new ArrayList<>();
  private final List<Map<String, Integer>> fieldLines = new ArrayList<>();
  private final List<Integer> resourceDocuments = new ArrayList<>();

  /** Empty; pass it to a read to fill it. */
  public ManifestLines() {}

  /** The line document {@code document} (counted from 0, as in {@link ManifestReadException#document()}) starts on; 0 if unknown. */
  public int documentLine(int document) {
    return document >= 0 && document < documentLines.size() ? documentLines.get(document) : 0;
  }

  /** The line resource {@code resource} (its index in the list read) starts on; 0 if unknown. */
  public int resourceLine(int resource) {
    return documentLine(documentOf(resource));
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
    Map<String, Integer> fields = fieldLines.get(document);
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

  private int documentOf(int resource) {
    return resource >= 0 && resource < resourceDocuments.size()
        ? resourceDocuments.get(resource) : -1;
  }

  void document(int document, int line) {
    while (documentLines.size() <= document) {
      documentLines.add(0);
      fieldLines.add(new HashMap<>());
    }
    documentLines.set(document, line);
  }

  void field(int document, String path, int line) {
    fieldLines.get(document).putIfAbsent(path, line);
  }

  void resource(int document) {
    resourceDocuments.add(document);
  }
}
