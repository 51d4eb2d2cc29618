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
import java.util.ArrayDeque;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Decodes bytes strictly by default: a byte sequence that is not text in the charset is never replaced. The
 * characters before it are delivered first, then the next read throws a {@link CharacterCodingException} whose message
 * gives the offset and the bytes, so that a reader reports the exact place. {@linkplain #replacing Replacing}, such a
 * sequence becomes one U+FFFD, as the apprenticeship service decodes, and is remembered as a {@link Replacement} until
 * taken. Counts the bytes read. Not thread-safe.
 */
public final class DecodingReader extends Reader {
  /** The character a replaced byte sequence becomes. */
  public static final char REPLACEMENT = '\uFFFD';

  /** A byte sequence that was not text in the charset, replaced by one {@link #REPLACEMENT}. */
  public static final class Replacement {
    private final long charOffset;
    private final long byteOffset;
    private final byte[] bytes;

    Replacement(long charOffset, long byteOffset, byte[] bytes) {
      this.charOffset = charOffset;
      this.byteOffset = byteOffset;
      this.bytes = bytes;
    }

    /** The 0-based offset of the replacement in the characters delivered. */
    public long charOffset() {
      return charOffset;
    }

    /** The 0-based offset of the first replaced byte in the input. */
    public long byteOffset() {
      return byteOffset;
    }

    /** The bytes replaced, in hexadecimal, as {@code 0xE9 0x20}. */
    public String hex() {
      StringBuilder shown = new StringBuilder();
      for (byte b : bytes) {
        shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", b & 0xff));
      }
      return shown.toString();
    }

    /** The bytes replaced as text in {@code charset}, or null if they are not text there either. */
    public @Nullable String decodedAs(Charset charset) {
      try {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        return null;
      }
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final boolean replacing;
  private final ArrayDeque<Replacement> replacements = new ArrayDeque<>();
  private long charsDelivered;
  private final ByteBuffer bytes = ByteBuffer.allocate(8192);
  private long offset;
  private long bytesRead;
  private boolean endOfInput;
  private boolean flushed;
  private @Nullable CharacterCodingException pending;

  public DecodingReader(InputStream in, Charset charset) {
    this(in, charset, false, 0);
  }

  private DecodingReader(InputStream in, Charset charset, boolean replacing, long firstByteOffset) {
    this.in = in;
    this.offset = firstByteOffset;
    this.replacing = replacing;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  /** A reader that replaces each byte sequence that is not text in {@code charset} with one U+FFFD. */
  public static DecodingReader replacing(InputStream in, Charset charset) {
    return new DecodingReader(in, charset, true, 0);
  }

  /**
   * A replacing reader of a part of a larger input whose first byte is at {@code firstByteOffset} in it: the byte
   * offsets of its replacements are offsets in the larger input.
   */
  public static DecodingReader replacing(InputStream in, Charset charset, long firstByteOffset) {
    return new DecodingReader(in, charset, true, firstByteOffset);
  }

  /** The charset. */
  public Charset charset() {
    return decoder.charset();
  }

  /** Whether a replacement was made before the character offset {@code end} and not yet taken. */
  public boolean hasReplacementBefore(long end) {
    Replacement first = replacements.peekFirst();
    return first != null && first.charOffset() < end;
  }

  /**
   * Takes the replacements made before the character offset {@code end}, oldest first; those after stay. Always empty
   * for a strict reader.
   */
  public ArrayDeque<Replacement> takeReplacementsBefore(long end) {
    ArrayDeque<Replacement> taken = new ArrayDeque<>(0);
    while (!replacements.isEmpty() && replacements.peekFirst().charOffset() < end) {
      taken.addLast(replacements.pollFirst());
    }
    return taken;
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
      if (result.isError() && replacing) {
        if (!out.hasRemaining()) {
          break;
        }
        byte[] bad = new byte[result.length()];
        bytes.get(bad);
        long at = charsDelivered + out.position() - off;
        replacements.addLast(new Replacement(at, offset, bad));
        offset += bad.length;
        out.put(REPLACEMENT);
        continue;
      }
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
    charsDelivered += out.position() - off;
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
