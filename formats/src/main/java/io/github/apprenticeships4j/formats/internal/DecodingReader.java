package io.github.apprenticeships4j.formats.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly: a byte sequence that is not text in the charset is never replaced. The characters before
 * it are delivered first, then the next read throws a {@link CharacterCodingException} whose message gives the
 * offset and the bytes, so that a reader reports the exact place. Counts the bytes read. Not thread-safe.
 */
public final class DecodingReader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private long offset;
  private long bytesRead;
  private boolean endOfInput;
  private boolean flushed;
  private @Nullable CharacterCodingException pending;

  public DecodingReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** The number of bytes read from the input so far. */
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(buffer, off, len);
    while (out.position() == off) {
      if (flushed) {
        return -1;
      }
      if (!endOfInput && bytes.remaining() < 16) {
        refill();
      }
      int before = bytes.position();
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      offset += bytes.position() - before;
      if (result.isError()) {
        pending = failure(result);
        if (out.position() > off) {
          break;
        }
        throw pending;
      }
      if (result.isUnderflow() && endOfInput) {
        decoder.flush(out);
        flushed = true;
      }
    }
    return out.position() - off;
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
      bytesRead += n;
    }
    bytes.flip();
  }

  private CharacterCodingException failure(CoderResult result) {
    StringBuilder shown = new StringBuilder();
    for (int i = 0; i < result.length() && bytes.position() + i < bytes.limit(); i++) {
      shown.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xff));
    }
    String kind = result.isMalformed() ? "malformed" : "unmappable";
    String message = "bytes that are not " + decoder.charset().name() + " text (" + kind + ":" + shown
        + ") at byte offset " + offset;
    return new CharacterCodingException() {
      private static final long serialVersionUID = 1L;

      @Override
      public String getMessage() {
        return message;
      }

      @Override
      public String toString() {
        return message;
      }
    };
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
