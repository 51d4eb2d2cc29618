package io.github.apprenticeships4j.formats.internal.json;

import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that notes every property name that appears twice in one JSON object, with its path and position, and
 * reads on. Jackson's own check ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}) throws, which would end the
 * whole read at the first repeat; the readers report each repeat as a finding of its record instead.
 *
 * <p>The names of each open object are kept while it is open: up to a few hundred in a table reused from object to
 * object at its depth (so that checking a real object allocates nothing), more in a hash set, so that the work stays
 * linear in the size of the input. Memory is bounded too: an object's names are checked up to
 * {@value #MAX_NAMES} names or {@value #MAX_NAME_CHARS} characters of them (real objects have a few dozen), and
 * then the object is noted once as {@link Duplicate#tooMany()}; at most {@value #MAX_KEPT} notes are kept between two
 * {@link #takeDuplicates()}, the rest only counted. Reads must go through {@link #nextToken()}, {@link #nextName()},
 * {@link #nextValue()} and {@link #skipChildren()} (and the methods built on them), as the library's binders do;
 * {@link #nextNameMatch} is not supported.
 */
public final class DuplicateNameParser extends JsonParserDelegate {
  /** Most names of one object checked for repeats. */
  public static final int MAX_NAMES = 10_000;
  /** Most characters of the names of one object checked for repeats. */
  public static final int MAX_NAME_CHARS = 1 << 20;
  /** Most notes kept between two {@link #takeDuplicates()}. */
  public static final int MAX_KEPT = 100;

  /**
   * A repeated property name, or the name from which an object's names were too many to check.
   *
   * @param path the JSON path of the property, relative to the object set by {@link #pathsFrom(int)}, e.g.
   *     {@code duties[2].dutyDetail}
   * @param name the property name
   * @param line 1-based line of the name, or 0 if unknown
   * @param column 1-based column of the name, or 0 if unknown
   * @param tooMany whether this notes that the object's names from this one on are not checked
   */
  public record Duplicate(String path, String name, long line, long column, boolean tooMany) {}

  /**
   * The notes taken.
   *
   * @param kept the first {@value #MAX_KEPT}, in document order
   * @param omitted how many more there were
   */
  public record Duplicates(List<Duplicate> kept, long omitted) {
    public Duplicates {
      kept = List.copyOf(kept);
    }

    public boolean isEmpty() {
      return kept.isEmpty();
    }

    /**
     * The findings, with {@code code} and {@code severity}: one per note, located at its name in {@code source}
     * (else at {@code fallback}) and, when {@code record} is positive, in that record; then one for the notes
     * omitted, at {@code fallback}.
     */
    public List<Issue> findings(String code, Severity severity, String source, long record,
        SourcePosition fallback) {
      List<Issue> issues = new ArrayList<>();
      for (Duplicate d : kept) {
        String message = d.tooMany()
            ? "the object has more property names than are checked for repeats (" + MAX_NAMES + ", or "
                + MAX_NAME_CHARS + " characters of names); those from '" + d.name() + "' on are not checked"
            : "the property '" + d.name() + "' appears more than once in its object"
                + (severity.isAtLeast(Severity.ERROR) ? "; which value is meant is unknown"
                    : "; the last value is used");
        SourcePosition at = d.line() > 0 ? SourcePosition.at(source, d.line(), Math.max(1, d.column())) : fallback;
        if (record > 0) {
          at = at.inRecord(record);
        }
        issues.add(Issue.of(severity, code, message).at(d.path()).rejecting(d.name())
            .locatedAt(d.path().isEmpty() ? at : at.atField(d.path())));
      }
      if (omitted > 0) {
        issues.add(Issue.of(severity, code, "and " + omitted + " more repeated property names, not listed")
            .locatedAt(fallback));
      }
      return issues;
    }
  }

  private final List<Duplicate> found = new ArrayList<>();
  private long omitted;
  /** The names of the open object at each depth (index 1 is the outermost); {@code null} for an array. */
  private @Nullable Names[] open = new Names[8];
  /** Whether the value open at each depth is an object. */
  private boolean[] objects = new boolean[8];
  private int depth;
  private int pathsFrom = 1;

  public DuplicateNameParser(JsonParser parser) {
    super(parser);
  }

  /** Makes later paths relative to the object at nesting depth {@code depth} (1 for the document's value). */
  public void pathsFrom(int depth) {
    pathsFrom = depth;
  }

  /** The repeats found since the last call, in document order. */
  public Duplicates takeDuplicates() {
    Duplicates taken = new Duplicates(found, omitted);
    found.clear();
    omitted = 0;
    return taken;
  }

  @Override
  public JsonToken nextToken() {
    JsonToken token = delegate.nextToken();
    seen(token);
    return token;
  }

  @Override
  public @Nullable String nextName() {
    String name = delegate.nextName();
    if (name != null) {
      seen(JsonToken.PROPERTY_NAME);
    } else {
      seen(delegate.currentToken());
    }
    return name;
  }

  @Override
  public boolean nextName(SerializableString expected) {
    String name = nextName();
    return name != null && name.equals(expected.getValue());
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    throw new UnsupportedOperationException("names are matched by the binders");
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = delegate.currentToken();
    delegate.skipChildren();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth > 0) {
      depth--;
    }
    return this;
  }

  private void seen(@Nullable JsonToken token) {
    if (token == null) {
      return;
    }
    switch (token) {
      case START_OBJECT:
        push(true);
        break;
      case START_ARRAY:
        push(false);
        break;
      case END_OBJECT:
      case END_ARRAY:
        if (depth > 0) {
          depth--;
        }
        break;
      case PROPERTY_NAME:
        Names names = objects[depth] ? open[depth] : null;
        String name = delegate.currentName();
        if (names != null && name != null) {
          Names.Added added = names.add(name);
          if (added != Names.Added.NEW && added != Names.Added.UNCHECKED) {
            note(name, added == Names.Added.TOO_MANY);
          }
        }
        break;
      default:
        break;
    }
  }

  private void note(String name, boolean tooMany) {
    if (found.size() == MAX_KEPT) {
      omitted++;
      return;
    }
    TokenStreamLocation at = delegate.currentTokenLocation();
    found.add(new Duplicate(path(), name, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), tooMany));
  }

  private void push(boolean object) {
    depth++;
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
      objects = Arrays.copyOf(objects, depth * 2);
    }
    objects[depth] = object;
    if (object) {
      Names names = open[depth];
      if (names == null) {
        open[depth] = new Names();
      } else {
        names.clear();
      }
    }
  }

  /** The path of the current property from the object at depth {@link #pathsFrom}. */
  private String path() {
    List<String> steps = new ArrayList<>();
    for (TokenStreamContext c = delegate.streamReadContext(); c != null && c.getNestingDepth() >= pathsFrom;
        c = c.getParent()) {
      if (c.inObject()) {
        steps.add(String.valueOf(c.currentName()));
      } else if (c.inArray()) {
        steps.add("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder path = new StringBuilder();
    for (int i = steps.size() - 1; i >= 0; i--) {
      String step = steps.get(i);
      if (path.length() > 0 && !step.startsWith("[")) {
        path.append('.');
      }
      path.append(step);
    }
    return path.toString();
  }

  /**
   * The names of one object: up to {@value #SMALL} in an open-addressing table kept from object to object and emptied
   * by starting a generation (real objects have a few dozen names, so checking them allocates nothing), then in a
   * hash set, which stays linear for names crafted to share a hash code; bounded.
   */
  private static final class Names {
    private static final int SMALL = 256;
    private static final int FIRST_TABLE = 16;

    /** What adding a name found. */
    enum Added { NEW, REPEATED, TOO_MANY, UNCHECKED }

    /** The names so far while they are at most {@value #SMALL}, each at its hash or after it; a power of 2 long. */
    private @Nullable String[] table = new String[FIRST_TABLE];
    /** The generation of each slot's name: a slot of an older generation is empty. */
    private int[] generations = new int[FIRST_TABLE];
    private int generation = 1;
    private int size;
    private long chars;
    private boolean full;
    private @Nullable Set<String> large;

    Added add(String name) {
      if (full) {
        return Added.UNCHECKED;
      }
      Set<String> set = large;
      int slot = -1;
      if (set != null) {
        if (set.contains(name)) {
          return Added.REPEATED;
        }
      } else {
        slot = slotOf(name);
        if (generations[slot] == generation) {
          return Added.REPEATED;
        }
      }
      if (size == MAX_NAMES || chars + name.length() > MAX_NAME_CHARS) {
        full = true;
        return Added.TOO_MANY;
      }
      chars += name.length();
      size++;
      if (set != null) {
        set.add(name);
      } else if (size > SMALL) {
        set = new HashSet<>();
        for (int i = 0; i < table.length; i++) {
          String s = table[i];
          if (s != null && generations[i] == generation) {
            set.add(s);
          }
        }
        set.add(name);
        large = set;
      } else {
        table[slot] = name;
        generations[slot] = generation;
        if (size * 2 > table.length) {
          grow();
        }
      }
      return Added.NEW;
    }

    /** The slot that holds {@code name}, or the empty one where it would go. */
    private int slotOf(String name) {
      int mask = table.length - 1;
      int h = name.hashCode() * 0x9E3779B9;
      int slot = (h ^ (h >>> 16)) & mask;
      while (generations[slot] == generation) {
        if (name.equals(table[slot])) {
          return slot;
        }
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      @Nullable String[] oldTable = table;
      int[] oldGenerations = generations;
      table = new String[oldTable.length * 2];
      generations = new int[oldTable.length * 2];
      for (int i = 0; i < oldTable.length; i++) {
        String s = oldTable[i];
        if (s != null && oldGenerations[i] == generation) {
          int slot = slotOf(s);
          table[slot] = s;
          generations[slot] = generation;
        }
      }
    }

    /** Empties the names by starting a generation: the last ones stay referenced until overwritten. */
    void clear() {
      if (size > 0 || full) {
        if (++generation == Integer.MAX_VALUE) {
          Arrays.fill(generations, 0);
          generation = 1;
        }
      }
      size = 0;
      chars = 0;
      full = false;
      large = null;
    }
  }
}
