package dev.gatewaydsl.gitops;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

/**
 * The file-system operations {@link ManifestDirectory} changes a directory with, and nothing else.
 * Tests pass their own to make one of them fail. Not API.
 */
interface FileOps {

  /** The real file system. */
  FileOps DEFAULT = new FileOps() {};

  /** Creates the directory {@code dir}; its parent exists. */
  default void createDirectory(Path dir) throws IOException {
    Files.createDirectory(dir);
  }

  /** Creates {@code file}, which must not exist, with {@code content}, and forces it to disk. */
  default void writeNew(Path file, byte[] content) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  /** Renames {@code source} to {@code target} in one step, replacing {@code target} if it exists. */
  default void moveAtomically(Path source, Path target) throws IOException {
    Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Deletes the file or empty directory {@code path}. */
  default void delete(Path path) throws IOException {
    Files.delete(path);
  }

  /** Sets the modification time of {@code file}. */
  default void setLastModifiedTime(Path file, FileTime time) throws IOException {
    Files.setLastModifiedTime(file, time);
  }
}
