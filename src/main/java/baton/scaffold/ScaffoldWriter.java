package baton.scaffold;

import baton.scaffold.ScaffoldException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AccessDeniedException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one place that writes into a site's {@code content/}: creates the folders a new entry needs and puts the file
 * there whole or not at all, never over an existing one. The text is written to a hidden temporary file beside the
 * target (hidden, so that a build never reads one left behind by a crash) and then renamed: a reader sees no file
 * or the whole file. The rename does not replace: on Windows it refuses atomically, elsewhere Java checks just
 * before renaming, which leaves only a race between two {@code baton new} of the same id in the same instant.
 */
final class ScaffoldWriter {

  /**
   * Writes {@code text} as UTF-8 to {@code file} (relative to {@code siteDir}, forward slashes) and returns its path.
   */
  Path writeNew(Path siteDir, String file, String text) throws ScaffoldException {
    Path target = siteDir.resolve(file);
    Path folder = target.getParent();
    refuseLinkedFolders(siteDir, file);
    Path temp = null;
    try {
      Files.createDirectories(folder);
      temp = folder.resolve(hiddenTempName(target));
      writeSynced(temp, text);
      moveWithoutReplacing(temp, target, file);
      return target;
    } catch (IOException e) {
      throw new ScaffoldException(Reason.IO, "cannot write " + file + " (" + reason(e) + ")", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static String hiddenTempName(Path target) {
    return "." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp";
  }

  private static void writeSynced(Path temp, String text) throws IOException {
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
      channel.force(true);
    }
  }

  private static void moveWithoutReplacing(Path temp, Path target, String file) throws IOException, ScaffoldException {
    try {
      Files.move(temp, target);
    } catch (FileAlreadyExistsException e) {
      throw new ScaffoldException(Reason.CONFLICT, file + " already exists: not replaced");
    }
  }

  /**
   * Refuses to write through a symbolic link on the way from the site folder to the file: {@code check} does not
   * follow links, so the entry would be reported rather than read.
   */
  private static void refuseLinkedFolders(Path siteDir, String file) throws ScaffoldException {
    String[] parts = file.split("/");
    Path p = siteDir;
    String shown = "";
    for (int i = 0; i < parts.length - 1; i++) {
      p = p.resolve(parts[i]);
      shown = shown.isEmpty() ? parts[i] : shown + "/" + parts[i];
      if (Files.isSymbolicLink(p)) {
        throw new ScaffoldException(
            Reason.CONFLICT,
            shown + " is a symbolic link, and baton does not follow links: the entry would not be read"
                + " (replace the link with the folder itself)");
      }
    }
  }

  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (e instanceof FileAlreadyExistsException exists) {
      return "a file is in the way of a folder: " + exists.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void deleteQuietly(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // A hidden temporary file left behind is harmless: check ignores names starting with '.'.
    }
  }
}
