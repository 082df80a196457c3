package dev.gatewaydsl.yaml;

/**
 * A YAML stream could not be read into resources: a file that cannot be read or is not UTF-8 (the
 * message says why), bad YAML, a duplicate key, a limit passed, an unknown kind or field, a value
 * of the wrong type, or a resource the API server would reject. The message is one line and names
 * the document (counted from 0; {@code document 0.items[2]} for an item of a {@code v1 List}) and,
 * where known, the resource and field path, e.g. {@code document 1 (HTTPRoute "web"):
 * spec.rules[0].matchs: unknown field "matchs"}. A validation failure keeps its {@link
 * dev.gatewaydsl.validation.InvalidResourceException} as the cause, an I/O failure its
 * {@link java.io.IOException}.
 */
public final class ManifestReadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The index of the YAML document, from 0. */
  private final int document;

  ManifestReadException(int document, String message, Throwable cause) {
    super(document < 0 ? message : "document " + document + message, cause);
    this.document = document;
  }

  /** The index of the failing document in the stream, counted from 0; -1 for the whole stream. */
  public int document() {
    return document;
  }
}
