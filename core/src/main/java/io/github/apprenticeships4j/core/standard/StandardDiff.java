package io.github.apprenticeships4j.core.standard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What changed between two versions of a standard: KSBs added, removed and reworded, duties added and removed, and
 * changes to title, level, typical duration, maximum funding and status.
 *
 * <p>KSBs are matched by source id first, then, among those left, by code ({@code K3} to {@code K3}); a matched pair
 * whose text differs is reworded. Duties are matched by source id, then by text. Immutable and thread-safe.
 */
public final class StandardDiff {
  /** A KSB in both versions whose text changed; its code may have changed too. */
  public record KsbChange(Ksb before, Ksb after) {}

  /** A property of the standard whose value changed, e.g. {@code maxFunding} from 12000.00 to 13000.00. */
  public record FieldChange(String field, String before, String after) {
    @Override
    public String toString() {
      return field + ": " + before + " -> " + after;
    }
  }

  private final Standard before;
  private final Standard after;
  private final List<Ksb> ksbsAdded = new ArrayList<>();
  private final List<Ksb> ksbsRemoved = new ArrayList<>();
  private final List<KsbChange> ksbsReworded = new ArrayList<>();
  private final List<Duty> dutiesAdded = new ArrayList<>();
  private final List<Duty> dutiesRemoved = new ArrayList<>();
  private final List<FieldChange> fieldChanges = new ArrayList<>();

  private StandardDiff(Standard before, Standard after) {
    this.before = before;
    this.after = after;
    compareKsbs();
    compareDuties();
    compareField("title", Standard::title);
    compareField("level", Standard::level);
    compareField("typicalDurationMonths", Standard::typicalDurationMonths);
    compareField("maxFunding", Standard::maxFunding);
    compareField("status", Standard::status);
  }

  /** The changes that turn {@code before} into {@code after}. */
  public static StandardDiff between(Standard before, Standard after) {
    return new StandardDiff(before, after);
  }

  public Standard before() {
    return before;
  }

  public Standard after() {
    return after;
  }

  public List<Ksb> ksbsAdded() {
    return List.copyOf(ksbsAdded);
  }

  public List<Ksb> ksbsRemoved() {
    return List.copyOf(ksbsRemoved);
  }

  public List<KsbChange> ksbsReworded() {
    return List.copyOf(ksbsReworded);
  }

  public List<Duty> dutiesAdded() {
    return List.copyOf(dutiesAdded);
  }

  public List<Duty> dutiesRemoved() {
    return List.copyOf(dutiesRemoved);
  }

  /** Changes to title, level, typical duration, maximum funding and status, in that order. */
  public List<FieldChange> fieldChanges() {
    return List.copyOf(fieldChanges);
  }

  /** Whether the two versions have the same content in every respect this diff compares. */
  public boolean isEmpty() {
    return ksbsAdded.isEmpty() && ksbsRemoved.isEmpty() && ksbsReworded.isEmpty() && dutiesAdded.isEmpty()
        && dutiesRemoved.isEmpty() && fieldChanges.isEmpty();
  }

  private void compareKsbs() {
    Matcher<Ksb> byId = new Matcher<>(before.ksbs(), Ksb::id);
    List<Ksb> unmatchedNew = new ArrayList<>();
    for (Ksb ksb : after.ksbs()) {
      byId.take(ksb).ifPresentOrElse(old -> compareText(old, ksb), () -> unmatchedNew.add(ksb));
    }
    Matcher<Ksb> byCode = new Matcher<>(byId.left(), Ksb::code);
    for (Ksb ksb : unmatchedNew) {
      byCode.take(ksb).ifPresentOrElse(old -> compareText(old, ksb), () -> ksbsAdded.add(ksb));
    }
    ksbsRemoved.addAll(byCode.left());
  }

  private void compareText(Ksb old, Ksb now) {
    if (!old.text().equals(now.text())) {
      ksbsReworded.add(new KsbChange(old, now));
    }
  }

  private void compareDuties() {
    Matcher<Duty> byId = new Matcher<>(before.duties(), Duty::id);
    List<Duty> unmatchedNew = new ArrayList<>();
    for (Duty duty : after.duties()) {
      if (byId.take(duty).isEmpty()) {
        unmatchedNew.add(duty);
      }
    }
    Matcher<Duty> byText = new Matcher<>(byId.left(), Duty::text);
    for (Duty duty : unmatchedNew) {
      if (byText.take(duty).isEmpty()) {
        dutiesAdded.add(duty);
      }
    }
    dutiesRemoved.addAll(byText.left());
  }

  private void compareField(String field, Function<Standard, Object> value) {
    Object old = value.apply(before);
    Object now = value.apply(after);
    if (!Objects.equals(old, now)) {
      fieldChanges.add(new FieldChange(field, String.valueOf(old), String.valueOf(now)));
    }
  }

  /** Pairs items of the new version with unpaired items of the old one that have the same key, first come first. */
  private static final class Matcher<T> {
    private final Function<T, String> key;
    private final Map<String, Deque<T>> unpaired = new LinkedHashMap<>();
    private final List<T> order;

    Matcher(List<T> oldItems, Function<T, String> key) {
      this.key = key;
      this.order = new ArrayList<>(oldItems);
      oldItems.forEach(item -> unpaired.computeIfAbsent(key.apply(item), k -> new ArrayDeque<>()).add(item));
    }

    Optional<T> take(T newItem) {
      Deque<T> candidates = unpaired.get(key.apply(newItem));
      return Optional.ofNullable(candidates == null ? null : candidates.poll());
    }

    /** The old items not paired yet, in their original order. */
    List<T> left() {
      Set<T> still = Collections.newSetFromMap(new IdentityHashMap<>());
      unpaired.values().forEach(still::addAll);
      List<T> left = new ArrayList<>();
      order.stream().filter(still::contains).forEach(left::add);
      return left;
    }
  }

  @Override
  public String toString() {
    return "StandardDiff[" + before.key() + " -> " + after.key() + ": +" + ksbsAdded.size() + " -" + ksbsRemoved.size()
        + " ~" + ksbsReworded.size() + " KSBs, +" + dutiesAdded.size() + " -" + dutiesRemoved.size() + " duties, "
        + fieldChanges + "]";
  }
}
