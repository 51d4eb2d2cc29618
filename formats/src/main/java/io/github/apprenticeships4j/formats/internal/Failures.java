package io.github.apprenticeships4j.formats.internal;

import java.io.EOFException;
import tools.jackson.core.JacksonException;

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
}
