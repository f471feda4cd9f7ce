package baton.content;

import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the walk saw of a file without reading it: its size, its modification time to the resolution the file system
 * keeps, and its identity (the inode on Unix), so that a file replaced by an editor's rename is a new file even when
 * its size and time happen to match.
 */
record FileStamp(long size, long modifiedNanos, Object fileKey) {

  static FileStamp of(BasicFileAttributes attributes) {
    long nanos = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    return new FileStamp(attributes.size(), nanos, attributes.fileKey());
  }
}
