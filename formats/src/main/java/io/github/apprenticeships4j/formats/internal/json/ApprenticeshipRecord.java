package io.github.apprenticeships4j.formats.internal.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One apprenticeship of the funding input JSON, bound with permissive types: numbers (amounts, months, levels) are
 * kept as {@link JsonNode} so that a number or a string holding one are both read, and the mapper reports what does
 * not fit with its path. Every field may be absent; unknown fields are ignored.
 */
public record ApprenticeshipRecord(
    @Nullable String id,
    @Nullable String startDate,
    @Nullable String plannedEndDate,
    @Nullable JsonNode plannedDurationMonths,
    @Nullable StandardItem standard,
    @Nullable JsonNode trainingPrice,
    @Nullable JsonNode assessmentPrice,
    @Nullable JsonNode priorLearningPercentage,
    @Nullable EmployerItem employer,
    @Nullable ApprenticeItem apprentice,
    @Nullable ProgressItem progress) {

  /** The standard: reference, level, typical duration, foundation or not, and its caps if the input gives them. */
  public record StandardItem(
      @Nullable String reference,
      @Nullable JsonNode level,
      @Nullable JsonNode typicalDurationMonths,
      @Nullable Boolean foundation,
      @Nullable List<CapItem> caps) {}

  /** A funding cap in force from a date (and to one, if it ended). */
  public record CapItem(
      @Nullable JsonNode amount,
      @Nullable String from,
      @Nullable String to,
      @Nullable String source) {}

  /** The employer. */
  public record EmployerItem(
      @Nullable Boolean levyPayer,
      @Nullable JsonNode headcount,
      @Nullable JsonNode levyFundsAvailable) {}

  /** The apprentice. */
  public record ApprenticeItem(
      @Nullable String dateOfBirth,
      @Nullable Boolean hasEhcPlan,
      @Nullable Boolean careLeaver,
      @Nullable Boolean consentsToTellEmployer) {}

  /** Completion, withdrawal and breaks in learning. */
  public record ProgressItem(
      @Nullable String completionDate,
      @Nullable String withdrawalDate,
      @Nullable List<BreakItem> breaks) {}

  /** A break in learning. */
  public record BreakItem(
      @Nullable String lastDayInLearning,
      @Nullable String returnDate,
      @Nullable String newPlannedEndDate) {}
}
