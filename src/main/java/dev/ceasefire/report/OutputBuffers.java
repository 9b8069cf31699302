package dev.ceasefire.report;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Consumer;

/**
 * Output buffers kept between answers: an evaluation is some 140 KB of JSON, and a fresh buffer for each one
 * (zeroed, grown by copying, then copied out) cost a fifth of rendering it. A few buffers are kept, as many as
 * can be in use at once on this machine's cores, and none larger than {@value #LARGEST_KEPT} bytes.
 */
final class OutputBuffers {

  private static final int LARGEST_KEPT = 1 << 20;
  private static final int FIRST_SIZE = 16 * 1024;

  private final ArrayBlockingQueue<Buffer> idle =
      new ArrayBlockingQueue<>(2 * Runtime.getRuntime().availableProcessors());

  /** The bytes {@code write} writes to a buffer, as an array of their own. */
  byte[] bytes(Consumer<Buffer> write) {
    Buffer buffer = idle.poll();
    if (buffer == null) {
      buffer = new Buffer();
    }
    try {
      write.accept(buffer);
      return buffer.copy();
    } finally {
      if (buffer.capacity() <= LARGEST_KEPT) {
        buffer.reset();
        idle.offer(buffer);
      }
    }
  }

  /** A buffer of {@link OutputBuffers}: what was written to it can be read back while it is in use. */
  static final class Buffer extends ByteArrayOutputStream {

    Buffer() {
      super(FIRST_SIZE);
    }

    int capacity() {
      return buf.length;
    }

    /** Unlike {@code toByteArray()}, not synchronized: a buffer is used by one thread at a time. */
    byte[] copy() {
      return Arrays.copyOf(buf, count);
    }

    /** The bytes written since the buffer held {@code start} bytes, from the first {@code b} among them on. */
    byte[] bytesSince(int start, byte b) {
      int from = start;
      while (from < count && buf[from] != b) {
        from++;
      }
      return Arrays.copyOfRange(buf, from, count);
    }
  }
}
