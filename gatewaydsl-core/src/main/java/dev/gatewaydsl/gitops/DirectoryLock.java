package dev.gatewaydsl.gitops;

import dev.gatewaydsl.internal.IoReasons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lock a {@link ManifestDirectory} write holds on its folder: the file {@link #NAME}, created
 * exclusively, holding {@code pid <pid> since <time>}. A second writer fails at once with a
 * message naming the holder. A lock whose process no longer runs (a killed writer) is taken over.
 * The file is deleted when the write ends.
 */
final class DirectoryLock implements AutoCloseable {
  /** The lock file's name in the written folder. */
  static final String NAME = ".gatewaydsl.lock";

  private static final Pattern HOLDER = Pattern.compile("pid (\\d+) since \\S+\n?");

  private final Path file;
  private final byte[] content;
  private boolean held = true;

  private DirectoryLock(Path file, byte[] content) {
    this.file = file;
    this.content = content;
  }

  /**
   * Takes the lock of {@code dir}, an existing folder.
   *
   * @throws ManifestWriteException if another writer holds it, or it cannot be created
   */
  static DirectoryLock acquire(Path dir) throws ManifestWriteException {
    Path file = dir.resolve(NAME);
    byte[] content = ("pid " + ProcessHandle.current().pid() + " since "
        + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n").getBytes(StandardCharsets.UTF_8);
    for (int attempt = 0; ; attempt++) {
      try {
        Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new DirectoryLock(file, content);
      } catch (FileAlreadyExistsException e) {
        byte[] other = read(file);
        if (other == null) {
          continue; // released meanwhile
        }
        Optional<Long> pid = holder(other);
        boolean stale = pid.isPresent() && pid.get() != ProcessHandle.current().pid()
            && ProcessHandle.of(pid.get()).map(p -> !p.isAlive()).orElse(true);
        if (stale && attempt == 0) {
          deleteIf(file, other);
          continue;
        }
        String text = new String(other, StandardCharsets.UTF_8).strip();
        throw new ManifestWriteException(dir, "another write holds the lock " + file + " ("
            + (text.isEmpty() ? "no holder recorded" : text) + "); nothing was written. Try "
            + "again when it has finished, or delete the lock file if no write is running", e);
      } catch (IOException e) {
        throw new ManifestWriteException(dir, "cannot create the lock file " + file + ": "
            + IoReasons.why(e) + "; nothing was written", e);
      }
    }
  }

  /** Deletes the lock file if it is still this lock's. */
  @Override
  public void close() {
    if (held) {
      held = false;
      deleteIf(file, content);
    }
  }

  private static Optional<Long> holder(byte[] content) {
    Matcher m = HOLDER.matcher(new String(content, StandardCharsets.UTF_8));
    return m.matches() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
  }

  private static byte[] read(Path file) {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      return in.readNBytes(200);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private static void deleteIf(Path file, byte[] expected) {
    byte[] now = read(file);
    if (now != null && Arrays.equals(now, expected)) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // left behind; the next writer finds its process gone and takes it over
      }
    }
  }
}
