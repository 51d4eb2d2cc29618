package io.github.apprenticeships4j.formats.internal.json;

import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/** The write context of the library's indented JSON documents, shared by its writers. */
public final class IndentedJson extends ObjectWriteContext.Base {
  /** Generators created with it are indented by a fresh {@link DefaultPrettyPrinter} each (it keeps the depth). */
  public static final ObjectWriteContext CONTEXT = new IndentedJson();

  private IndentedJson() {}

  @Override
  public PrettyPrinter getPrettyPrinter() {
    return new DefaultPrettyPrinter();
  }

  @Override
  public boolean hasPrettyPrinter() {
    return true;
  }
}
