package dev.gatewaydsl.yaml;

import dev.gatewaydsl.model.KubernetesResource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The resources of a YAML stream, read one document at a time as they are taken, as {@link
 * Manifests#readYaml(java.io.Reader)} returns them: only the document being read is held, so a
 * stream of any length is read in the memory of its largest document.
 *
 * <p>A document that cannot be read makes {@link #hasNext()} or {@link #next()} throw a {@link
 * ManifestReadException} naming it, after the resources of the documents before it have been
 * returned. If the document was well-formed YAML (an unknown kind or field, a value of the wrong
 * type, a list past its {@code maxItems}, an invalid resource), iteration may go on with the
 * documents after it; any other failure (bad YAML, a limit of the stream, a source that cannot be
 * read or is not UTF-8) ends the iteration: {@link #hasNext()} is then false.
 *
 * <p>Closing it closes the source when the iterator owns it (a file it opened), and ends the
 * iteration. A file is also closed as soon as the iteration ends. Not thread-safe.
 */
public final class ManifestIterator implements Iterator<KubernetesResource>, Closeable {
  private final ManifestReader.Documents documents;
  private final Closeable source;
  private KubernetesResource next;
  private boolean closed;

  ManifestIterator(ManifestReader.Documents documents, Closeable source) {
    this.documents = documents;
    this.source = source;
  }

  /**
   * Whether there is another resource; reads up to the next document that holds one.
   *
   * @throws ManifestReadException if a document on the way cannot be read
   */
  @Override
  public boolean hasNext() {
    if (next == null && !closed) {
      try {
        next = documents.next();
      } finally {
        if (documents.ended()) {
          closeSource();
        }
      }
    }
    return next != null;
  }

  /**
   * The next resource.
   *
   * @throws ManifestReadException if a document on the way cannot be read
   * @throws NoSuchElementException at the end of the stream
   */
  @Override
  public KubernetesResource next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    KubernetesResource resource = next;
    next = null;
    return resource;
  }

  /**
   * The remaining resources as a sequential stream; closing the stream closes this iterator. The
   * stream throws {@link ManifestReadException} where {@link #next()} would, and then ends.
   */
  public Stream<KubernetesResource> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /** Ends the iteration and closes the source if this iterator opened it. */
  @Override
  public void close() {
    closed = true;
    next = null;
    documents.end();
    closeSource();
  }

  private void closeSource() {
    if (source != null) {
      try {
        source.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
