package io.github.apprenticeships4j.formats.internal.json;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;

/**
 * One apprenticeship of the funding input JSON, bound with permissive types: numbers (amounts, months, levels) are
 * kept as {@link JsonValue} so that a number or a string holding one are both read, and the mapper reports what does
 * not fit with its path. Every field may be absent; unknown fields are skipped unread, and a repeated field keeps its
 * last value (the reader rejects the record).
 */
public record ApprenticeshipRecord(
    @Nullable String id,
    @Nullable String startDate,
    @Nullable String plannedEndDate,
    @Nullable JsonValue plannedDurationMonths,
    @Nullable StandardItem standard,
    @Nullable JsonValue trainingPrice,
    @Nullable JsonValue assessmentPrice,
    @Nullable JsonValue priorLearningPercentage,
    @Nullable EmployerItem employer,
    @Nullable ApprenticeItem apprentice,
    @Nullable ProgressItem progress) {

  /**
   * Binds the object at the parser's current token, leaving the parser on its end.
   *
   * @throws JsonMismatch if a field has the wrong JSON type, with its path
   */
  public static ApprenticeshipRecord bind(JsonParser p) {
    String id = null;
    String startDate = null;
    String plannedEndDate = null;
    JsonValue plannedDurationMonths = null;
    StandardItem standard = null;
    JsonValue trainingPrice = null;
    JsonValue assessmentPrice = null;
    JsonValue priorLearningPercentage = null;
    EmployerItem employer = null;
    ApprenticeItem apprentice = null;
    ProgressItem progress = null;
    String name = null;
    try {
      for (name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        switch (name) {
          case "id":
            id = JsonBinding.string(p);
            break;
          case "startDate":
            startDate = JsonBinding.string(p);
            break;
          case "plannedEndDate":
            plannedEndDate = JsonBinding.string(p);
            break;
          case "plannedDurationMonths":
            plannedDurationMonths = JsonBinding.exactValue(p);
            break;
          case "standard":
            standard = JsonBinding.object(p, StandardItem::bind);
            break;
          case "trainingPrice":
            trainingPrice = JsonBinding.exactValue(p);
            break;
          case "assessmentPrice":
            assessmentPrice = JsonBinding.exactValue(p);
            break;
          case "priorLearningPercentage":
            priorLearningPercentage = JsonBinding.exactValue(p);
            break;
          case "employer":
            employer = JsonBinding.object(p, EmployerItem::bind);
            break;
          case "apprentice":
            apprentice = JsonBinding.object(p, ApprenticeItem::bind);
            break;
          case "progress":
            progress = JsonBinding.object(p, ProgressItem::bind);
            break;
          default:
            p.skipChildren();
            break;
        }
      }
    } catch (JsonMismatch e) {
      throw e.in(String.valueOf(name));
    }
    JsonBinding.endOfObject(p);
    return new ApprenticeshipRecord(id, startDate, plannedEndDate, plannedDurationMonths, standard, trainingPrice,
        assessmentPrice, priorLearningPercentage, employer, apprentice, progress);
  }

  /** The standard: reference, level, typical duration, foundation or not, and its caps if the input gives them. */
  public record StandardItem(
      @Nullable String reference,
      @Nullable JsonValue level,
      @Nullable JsonValue typicalDurationMonths,
      @Nullable Boolean foundation,
      @Nullable List<@Nullable CapItem> caps) {
    static StandardItem bind(JsonParser p) {
      String reference = null;
      JsonValue level = null;
      JsonValue typicalDurationMonths = null;
      Boolean foundation = null;
      @Nullable List<@Nullable CapItem> caps = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "reference":
              reference = JsonBinding.string(p);
              break;
            case "level":
              level = JsonBinding.exactValue(p);
              break;
            case "typicalDurationMonths":
              typicalDurationMonths = JsonBinding.exactValue(p);
              break;
            case "foundation":
              foundation = JsonBinding.bool(p);
              break;
            case "caps":
              caps = JsonBinding.objects(p, CapItem::bind);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new StandardItem(reference, level, typicalDurationMonths, foundation, caps);
    }
  }

  /** A funding cap in force from a date (and to one, if it ended). */
  public record CapItem(
      @Nullable JsonValue amount,
      @Nullable String from,
      @Nullable String to,
      @Nullable String source) {
    static CapItem bind(JsonParser p) {
      JsonValue amount = null;
      String from = null;
      String to = null;
      String source = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "amount":
              amount = JsonBinding.exactValue(p);
              break;
            case "from":
              from = JsonBinding.string(p);
              break;
            case "to":
              to = JsonBinding.string(p);
              break;
            case "source":
              source = JsonBinding.string(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new CapItem(amount, from, to, source);
    }
  }

  /** The employer. */
  public record EmployerItem(
      @Nullable Boolean levyPayer,
      @Nullable JsonValue headcount,
      @Nullable JsonValue levyFundsAvailable) {
    static EmployerItem bind(JsonParser p) {
      Boolean levyPayer = null;
      JsonValue headcount = null;
      JsonValue levyFundsAvailable = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "levyPayer":
              levyPayer = JsonBinding.bool(p);
              break;
            case "headcount":
              headcount = JsonBinding.exactValue(p);
              break;
            case "levyFundsAvailable":
              levyFundsAvailable = JsonBinding.exactValue(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new EmployerItem(levyPayer, headcount, levyFundsAvailable);
    }
  }

  /** The apprentice. */
  public record ApprenticeItem(
      @Nullable String dateOfBirth,
      @Nullable Boolean hasEhcPlan,
      @Nullable Boolean careLeaver,
      @Nullable Boolean consentsToTellEmployer) {
    static ApprenticeItem bind(JsonParser p) {
      String dateOfBirth = null;
      Boolean hasEhcPlan = null;
      Boolean careLeaver = null;
      Boolean consentsToTellEmployer = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "dateOfBirth":
              dateOfBirth = JsonBinding.string(p);
              break;
            case "hasEhcPlan":
              hasEhcPlan = JsonBinding.bool(p);
              break;
            case "careLeaver":
              careLeaver = JsonBinding.bool(p);
              break;
            case "consentsToTellEmployer":
              consentsToTellEmployer = JsonBinding.bool(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new ApprenticeItem(dateOfBirth, hasEhcPlan, careLeaver, consentsToTellEmployer);
    }
  }

  /** Completion, withdrawal and breaks in learning. */
  public record ProgressItem(
      @Nullable String completionDate,
      @Nullable String withdrawalDate,
      @Nullable List<@Nullable BreakItem> breaks) {
    static ProgressItem bind(JsonParser p) {
      String completionDate = null;
      String withdrawalDate = null;
      @Nullable List<@Nullable BreakItem> breaks = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "completionDate":
              completionDate = JsonBinding.string(p);
              break;
            case "withdrawalDate":
              withdrawalDate = JsonBinding.string(p);
              break;
            case "breaks":
              breaks = JsonBinding.objects(p, BreakItem::bind);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new ProgressItem(completionDate, withdrawalDate, breaks);
    }
  }

  /** A break in learning. */
  public record BreakItem(
      @Nullable String lastDayInLearning,
      @Nullable String returnDate,
      @Nullable String newPlannedEndDate) {
    static BreakItem bind(JsonParser p) {
      String lastDayInLearning = null;
      String returnDate = null;
      String newPlannedEndDate = null;
      String name = null;
      try {
        for (name = p.nextName(); name != null; name = p.nextName()) {
          p.nextToken();
          switch (name) {
            case "lastDayInLearning":
              lastDayInLearning = JsonBinding.string(p);
              break;
            case "returnDate":
              returnDate = JsonBinding.string(p);
              break;
            case "newPlannedEndDate":
              newPlannedEndDate = JsonBinding.string(p);
              break;
            default:
              p.skipChildren();
              break;
          }
        }
      } catch (JsonMismatch e) {
        throw e.in(String.valueOf(name));
      }
      JsonBinding.endOfObject(p);
      return new BreakItem(lastDayInLearning, returnDate, newPlannedEndDate);
    }
  }
}
