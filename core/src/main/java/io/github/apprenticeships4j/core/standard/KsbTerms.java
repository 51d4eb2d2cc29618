package io.github.apprenticeships4j.core.standard;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The vocabulary of a standard's KSBs, compared by {@link StandardCatalogue#related(Standard)}: the distinct words of
 * every KSB text, lower case ({@link Locale#ROOT}), split at every character that is neither a letter nor a digit
 * ({@link Character#isLetterOrDigit(int)}), keeping words of at least 3 characters that are not only digits and not
 * one of the {@link #STOP_WORDS}.
 */
final class KsbTerms {
  /** English words of at least 3 letters too common to say what an occupation does. */
  static final Set<String> STOP_WORDS = Set.of("about", "across", "after", "all", "also", "and", "any", "are", "both",
      "but", "can", "could", "each", "etc", "for", "from", "had", "has", "have", "how", "including", "into", "its",
      "may", "more", "not", "other", "our", "own", "should", "such", "than", "that", "the", "their", "them", "then",
      "there", "these", "they", "this", "those", "through", "use", "used", "using", "was", "were", "what", "when",
      "where", "which", "who", "why", "will", "with", "within", "would", "you", "your");

  private KsbTerms() {}

  /** The terms of {@code standard}'s KSBs. */
  static Set<String> of(Standard standard) {
    Set<String> terms = new HashSet<>();
    for (Ksb ksb : standard.ksbs()) {
      addTerms(ksb.text(), terms);
    }
    return terms;
  }

  /** Adds the terms of {@code text} to {@code terms}. */
  static void addTerms(String text, Set<String> terms) {
    int start = -1;
    boolean onlyDigits = true;
    for (int i = 0; i <= text.length(); i++) {
      int c = i < text.length() ? text.codePointAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        if (start < 0) {
          start = i;
          onlyDigits = true;
        }
        onlyDigits &= Character.isDigit(c);
        i += Character.charCount(c) - 1;
      } else if (start >= 0) {
        if (i - start >= 3 && !onlyDigits) {
          String word = text.substring(start, i).toLowerCase(Locale.ROOT);
          if (!STOP_WORDS.contains(word)) {
            terms.add(word);
          }
        }
        start = -1;
      }
    }
  }
}
