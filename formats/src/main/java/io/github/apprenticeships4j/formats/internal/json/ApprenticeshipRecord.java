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
    @Nullable ProgressItem progress,
    @Nullable List<@Nullable AimItem> englishAndMathsAims,
    @Nullable UnitItem unit) {

  /**
   * Binds the object at the parser's current token, leaving the parser on its end.
   *
   * @throws JsonMismatch if a field has the wrong JSON type, with its path
   */
  public static ApprenticeshipRecord bind(JsonParser p) {
    final class Fields {
      @Nullable
      String id;
      @Nullable
      String startDate;
      @Nullable
      String plannedEndDate;
      @Nullable
      JsonValue plannedDurationMonths;
      @Nullable
      StandardItem standard;
      @Nullable
      JsonValue trainingPrice;
      @Nullable
      JsonValue assessmentPrice;
      @Nullable
      JsonValue priorLearningPercentage;
      @Nullable
      EmployerItem employer;
      @Nullable
      ApprenticeItem apprentice;
      @Nullable
      ProgressItem progress;
      @Nullable
      List<@Nullable AimItem> englishAndMathsAims;
      @Nullable
      UnitItem unit;
    }
    Fields f = new Fields();
    JsonBinding.properties(p, name -> {
      switch (name) {
        case "id":
          f.id = JsonBinding.string(p);
          break;
        case "startDate":
          f.startDate = JsonBinding.string(p);
          break;
        case "plannedEndDate":
          f.plannedEndDate = JsonBinding.string(p);
          break;
        case "plannedDurationMonths":
          f.plannedDurationMonths = JsonBinding.exactValue(p);
          break;
        case "standard":
          f.standard = JsonBinding.object(p, StandardItem::bind);
          break;
        case "trainingPrice":
          f.trainingPrice = JsonBinding.exactValue(p);
          break;
        case "assessmentPrice":
          f.assessmentPrice = JsonBinding.exactValue(p);
          break;
        case "priorLearningPercentage":
          f.priorLearningPercentage = JsonBinding.exactValue(p);
          break;
        case "employer":
          f.employer = JsonBinding.object(p, EmployerItem::bind);
          break;
        case "apprentice":
          f.apprentice = JsonBinding.object(p, ApprenticeItem::bind);
          break;
        case "progress":
          f.progress = JsonBinding.object(p, ProgressItem::bind);
          break;
        case "englishAndMathsAims":
          f.englishAndMathsAims = JsonBinding.objects(p, AimItem::bind);
          break;
        case "unit":
          f.unit = JsonBinding.object(p, UnitItem::bind);
          break;
        default:
          p.skipChildren();
          break;
      }
    });
    return new ApprenticeshipRecord(f.id, f.startDate, f.plannedEndDate, f.plannedDurationMonths, f.standard,
        f.trainingPrice, f.assessmentPrice, f.priorLearningPercentage, f.employer, f.apprentice, f.progress,
        f.englishAndMathsAims, f.unit);
  }

  /** The standard: reference, level, typical duration, foundation or not, and its caps if the input gives them. */
  public record StandardItem(
      @Nullable String reference,
      @Nullable JsonValue level,
      @Nullable JsonValue typicalDurationMonths,
      @Nullable Boolean foundation,
      @Nullable List<@Nullable CapItem> caps) {
    static StandardItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String reference;
        @Nullable
        JsonValue level;
        @Nullable
        JsonValue typicalDurationMonths;
        @Nullable
        Boolean foundation;
        @Nullable
        List<@Nullable CapItem> caps;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "reference":
            f.reference = JsonBinding.string(p);
            break;
          case "level":
            f.level = JsonBinding.exactValue(p);
            break;
          case "typicalDurationMonths":
            f.typicalDurationMonths = JsonBinding.exactValue(p);
            break;
          case "foundation":
            f.foundation = JsonBinding.bool(p);
            break;
          case "caps":
            f.caps = JsonBinding.objects(p, CapItem::bind);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new StandardItem(f.reference, f.level, f.typicalDurationMonths, f.foundation, f.caps);
    }
  }

  /** A funding cap in force from a date (and to one, if it ended). */
  public record CapItem(
      @Nullable JsonValue amount,
      @Nullable String from,
      @Nullable String to,
      @Nullable String source) {
    static CapItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        JsonValue amount;
        @Nullable
        String from;
        @Nullable
        String to;
        @Nullable
        String source;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "amount":
            f.amount = JsonBinding.exactValue(p);
            break;
          case "from":
            f.from = JsonBinding.string(p);
            break;
          case "to":
            f.to = JsonBinding.string(p);
            break;
          case "source":
            f.source = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new CapItem(f.amount, f.from, f.to, f.source);
    }
  }

  /** The employer. */
  public record EmployerItem(
      @Nullable Boolean levyPayer,
      @Nullable JsonValue headcount,
      @Nullable JsonValue levyFundsAvailable) {
    static EmployerItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        Boolean levyPayer;
        @Nullable
        JsonValue headcount;
        @Nullable
        JsonValue levyFundsAvailable;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "levyPayer":
            f.levyPayer = JsonBinding.bool(p);
            break;
          case "headcount":
            f.headcount = JsonBinding.exactValue(p);
            break;
          case "levyFundsAvailable":
            f.levyFundsAvailable = JsonBinding.exactValue(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new EmployerItem(f.levyPayer, f.headcount, f.levyFundsAvailable);
    }
  }

  /** The apprentice. */
  public record ApprenticeItem(
      @Nullable String dateOfBirth,
      @Nullable Boolean hasEhcPlan,
      @Nullable Boolean careLeaver,
      @Nullable Boolean consentsToTellEmployer,
      @Nullable Boolean custodialSentence) {
    static ApprenticeItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String dateOfBirth;
        @Nullable
        Boolean hasEhcPlan;
        @Nullable
        Boolean careLeaver;
        @Nullable
        Boolean consentsToTellEmployer;
        @Nullable
        Boolean custodialSentence;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "dateOfBirth":
            f.dateOfBirth = JsonBinding.string(p);
            break;
          case "hasEhcPlan":
            f.hasEhcPlan = JsonBinding.bool(p);
            break;
          case "careLeaver":
            f.careLeaver = JsonBinding.bool(p);
            break;
          case "consentsToTellEmployer":
            f.consentsToTellEmployer = JsonBinding.bool(p);
            break;
          case "custodialSentence":
            f.custodialSentence = JsonBinding.bool(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new ApprenticeItem(f.dateOfBirth, f.hasEhcPlan, f.careLeaver, f.consentsToTellEmployer,
          f.custodialSentence);
    }
  }

  /** Completion, withdrawal, breaks, progression to a further apprenticeship, price and employer changes. */
  public record ProgressItem(
      @Nullable String completionDate,
      @Nullable String withdrawalDate,
      @Nullable List<@Nullable BreakItem> breaks,
      @Nullable String progressionDate,
      @Nullable List<@Nullable PriceChangeItem> priceChanges,
      @Nullable List<@Nullable EmployerChangeItem> employerChanges) {
    static ProgressItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String completionDate;
        @Nullable
        String withdrawalDate;
        @Nullable
        List<@Nullable BreakItem> breaks;
        @Nullable
        String progressionDate;
        @Nullable
        List<@Nullable PriceChangeItem> priceChanges;
        @Nullable
        List<@Nullable EmployerChangeItem> employerChanges;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "completionDate":
            f.completionDate = JsonBinding.string(p);
            break;
          case "withdrawalDate":
            f.withdrawalDate = JsonBinding.string(p);
            break;
          case "breaks":
            f.breaks = JsonBinding.objects(p, BreakItem::bind);
            break;
          case "progressionDate":
            f.progressionDate = JsonBinding.string(p);
            break;
          case "priceChanges":
            f.priceChanges = JsonBinding.objects(p, PriceChangeItem::bind);
            break;
          case "employerChanges":
            f.employerChanges = JsonBinding.objects(p, EmployerChangeItem::bind);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new ProgressItem(f.completionDate, f.withdrawalDate, f.breaks, f.progressionDate, f.priceChanges,
          f.employerChanges);
    }
  }

  /** A new agreed price from a date. */
  public record PriceChangeItem(
      @Nullable String effectiveFrom,
      @Nullable JsonValue trainingPrice,
      @Nullable JsonValue assessmentPrice) {
    static PriceChangeItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String effectiveFrom;
        @Nullable
        JsonValue trainingPrice;
        @Nullable
        JsonValue assessmentPrice;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "effectiveFrom":
            f.effectiveFrom = JsonBinding.string(p);
            break;
          case "trainingPrice":
            f.trainingPrice = JsonBinding.exactValue(p);
            break;
          case "assessmentPrice":
            f.assessmentPrice = JsonBinding.exactValue(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new PriceChangeItem(f.effectiveFrom, f.trainingPrice, f.assessmentPrice);
    }
  }

  /** A new employer from a date. */
  public record EmployerChangeItem(
      @Nullable String effectiveFrom,
      @Nullable EmployerItem employer) {
    static EmployerChangeItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String effectiveFrom;
        @Nullable
        EmployerItem employer;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "effectiveFrom":
            f.effectiveFrom = JsonBinding.string(p);
            break;
          case "employer":
            f.employer = JsonBinding.object(p, EmployerItem::bind);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new EmployerChangeItem(f.effectiveFrom, f.employer);
    }
  }

  /** A break in learning. */
  public record BreakItem(
      @Nullable String lastDayInLearning,
      @Nullable String returnDate,
      @Nullable String newPlannedEndDate) {
    static BreakItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String lastDayInLearning;
        @Nullable
        String returnDate;
        @Nullable
        String newPlannedEndDate;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "lastDayInLearning":
            f.lastDayInLearning = JsonBinding.string(p);
            break;
          case "returnDate":
            f.returnDate = JsonBinding.string(p);
            break;
          case "newPlannedEndDate":
            f.newPlannedEndDate = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new BreakItem(f.lastDayInLearning, f.returnDate, f.newPlannedEndDate);
    }
  }

  /** An English or maths aim: its qualification (a rule qualifier such as {@code maths}) and its dates. */
  public record AimItem(
      @Nullable String qualification,
      @Nullable String startDate,
      @Nullable String plannedEndDate,
      @Nullable JsonValue plannedDurationMonths,
      @Nullable String withdrawalDate) {
    static AimItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String qualification;
        @Nullable
        String startDate;
        @Nullable
        String plannedEndDate;
        @Nullable
        JsonValue plannedDurationMonths;
        @Nullable
        String withdrawalDate;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "qualification":
            f.qualification = JsonBinding.string(p);
            break;
          case "startDate":
            f.startDate = JsonBinding.string(p);
            break;
          case "plannedEndDate":
            f.plannedEndDate = JsonBinding.string(p);
            break;
          case "plannedDurationMonths":
            f.plannedDurationMonths = JsonBinding.exactValue(p);
            break;
          case "withdrawalDate":
            f.withdrawalDate = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new AimItem(f.qualification, f.startDate, f.plannedEndDate, f.plannedDurationMonths, f.withdrawalDate);
    }
  }

  /** An apprenticeship unit: its dates, hours and price, and how it ended. */
  public record UnitItem(
      @Nullable String reference,
      @Nullable String startDate,
      @Nullable String plannedEndDate,
      @Nullable JsonValue plannedHours,
      @Nullable JsonValue price,
      @Nullable String completionDate,
      @Nullable String withdrawalDate) {
    static UnitItem bind(JsonParser p) {
      final class Fields {
        @Nullable
        String reference;
        @Nullable
        String startDate;
        @Nullable
        String plannedEndDate;
        @Nullable
        JsonValue plannedHours;
        @Nullable
        JsonValue price;
        @Nullable
        String completionDate;
        @Nullable
        String withdrawalDate;
      }
      Fields f = new Fields();
      JsonBinding.properties(p, name -> {
        switch (name) {
          case "reference":
            f.reference = JsonBinding.string(p);
            break;
          case "startDate":
            f.startDate = JsonBinding.string(p);
            break;
          case "plannedEndDate":
            f.plannedEndDate = JsonBinding.string(p);
            break;
          case "plannedHours":
            f.plannedHours = JsonBinding.exactValue(p);
            break;
          case "price":
            f.price = JsonBinding.exactValue(p);
            break;
          case "completionDate":
            f.completionDate = JsonBinding.string(p);
            break;
          case "withdrawalDate":
            f.withdrawalDate = JsonBinding.string(p);
            break;
          default:
            p.skipChildren();
            break;
        }
      });
      return new UnitItem(f.reference, f.startDate, f.plannedEndDate, f.plannedHours, f.price, f.completionDate,
          f.withdrawalDate);
    }
  }
}
