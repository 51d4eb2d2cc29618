package io.github.apprenticeships4j.formats.internal;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.ReadCodes;
import java.io.EOFException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Words for a failure in a finding's message. Some exceptions carry no message ({@code new EOFException()} from a
 * gzip header cut short), and a wrapper's message is often its cause's class name; a finding must still say what
 * went wrong, never "null".
 */
public final class Failures {
  private Failures() {}

  /**
   * The first message in the chain of causes that is not just the name of the next cause; else "the input ends too
   * early" for an end of input, else the name of the exception.
   */
  public static String describe(Throwable failure) {
    boolean endOfInput = false;
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 16; t = t.getCause(), depth++) {
      String message = t instanceof JacksonException ? ((JacksonException) t).getOriginalMessage() : t.getMessage();
      Throwable cause = t.getCause();
      if (message != null && !message.isBlank() && (cause == null || !message.equals(cause.toString()))) {
        return message;
      }
      endOfInput |= t instanceof EOFException;
    }
    return endOfInput ? "the input ends too early" : "a failure without a message (" + failure.getClass().getName()
        + ")";
  }

  /**
   * The error that stops a read of the JSON document {@code source} on {@code e}, with code {@code code} ({@code
   * ReadCodes.IO} names the source in its message), located where the parser was.
   */
  public static Issue stopping(String source, String code, JacksonException e) {
    String message = code.equals(ReadCodes.IO) ? "cannot read " + source + ": " + describe(e) : describe(e);
    return Issue.error(code, message).locatedAt(position(source, e.getLocation()));
  }

  /** The position of a parser location in {@code source}; the source alone when it has no line (e.g. gzip). */
  public static SourcePosition position(String source, @Nullable TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? SourcePosition.of(source)
        : SourcePosition.at(source, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }
}
