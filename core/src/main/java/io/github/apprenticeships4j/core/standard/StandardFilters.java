package io.github.apprenticeships4j.core.standard;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Filters for {@link StandardCatalogue#select(Predicate)}, to combine with {@link Predicate#and(Predicate)}:
 * {@code catalogue.select(level(6).and(route("Digital")).and(keyword("machine learning")))}.
 */
public final class StandardFilters {
  private StandardFilters() {}

  /** Standards published at level {@code level}. */
  public static Predicate<Standard> level(int level) {
    return s -> s.level() == level;
  }

  /** Standards of route {@code route}, ignoring case. */
  public static Predicate<Standard> route(String route) {
    String wanted = route.strip();
    return s -> s.route().equalsIgnoreCase(wanted);
  }

  public static Predicate<Standard> status(StandardStatus status) {
    return s -> s.status().equals(status);
  }

  /** Standards whose title, keywords or typical job titles contain {@code text}, ignoring case. */
  public static Predicate<Standard> keyword(String text) {
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    return s -> Stream.concat(Stream.of(s.title()), Stream.concat(s.keywords().stream(), s.typicalJobTitles().stream()))
        .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted));
  }
}
