package io.github.apprenticeships4j.core.standard;

import io.github.apprenticeships4j.core.internal.Lazy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One version of an apprenticeship standard, e.g. ST1398 Machine learning engineer version 1.0: LARS code 795,
 * level 6, 24 months, maximum funding £22,000, with its duties and knowledge, skills and behaviours (KSBs).
 *
 * <p>A {@code Standard} holds what the source says, even when it breaks a rule (a level of 0, a negative funding
 * cap, a duty that maps to a KSB that does not exist), so that {@link StandardValidator} can report every defect.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Standard implements WithStandard {
  private static final Comparator<Ksb> CODE_ORDER =
      Comparator.comparing(Ksb::type).thenComparingInt(Ksb::number);

  private final Lazy<Map<String, Ksb>> ksbsById = Lazy.of(this::indexKsbsById);

  Standard() {}

  /** A builder of a standard; strict: each attribute is set once. */
  public static Builder builder() {
    return new Builder();
  }

  /** What {@link Standard#builder()} gives: set each attribute once, then {@code build()}. */
  public static final class Builder extends ImmutableStandard.Builder {
    Builder() {}
  }

  /** The reference, e.g. {@code ST1398}, shared by every version of the standard. */
  public abstract StandardReference reference();

  /** The LARS code; absent while the source gives none (it writes 0). */
  public abstract Optional<LarsCode> larsCode();

  /** The version, e.g. 1.0; the source's blank version is read as 1.0. */
  public abstract StandardVersion version();

  /**
   * The source's separate {@code versionNumber} field, when the source has one; Skills England leaves it empty for
   * versions in development. DfE rule S1007 requires it to equal {@link #version()} once approved.
   */
  public abstract Optional<String> versionNumber();

  /** The occupation's name, e.g. "Machine learning engineer". */
  public abstract String title();

  /** The level as published; 2 to 7 for a valid standard. See {@link #apprenticeshipLevel()}. */
  @Min(value = 2, message = "{io.github.apprenticeships4j." + StandardCodes.LEVEL_RANGE + "}")
  @Max(value = 7, message = "{io.github.apprenticeships4j." + StandardCodes.LEVEL_RANGE + "}")
  public abstract int level();

  /** The route (occupational area), e.g. "Digital"; empty when the source gives none. */
  public abstract String route();

  /** The publication status, e.g. approved for delivery, retired or in development. */
  public abstract StandardStatus status();

  /** Typical duration of the apprenticeship in months, before end-point assessment; 0 when not yet set. */
  @Min(value = 0, message = "{io.github.apprenticeships4j." + StandardCodes.DURATION_RANGE + "}")
  @Max(value = 72, message = "{io.github.apprenticeships4j." + StandardCodes.DURATION_RANGE + "}")
  public abstract int typicalDurationMonths();

  /**
   * The maximum government funding (funding band cap) in pounds sterling, held at scale 2 so that 22000 and
   * 22000.00 are equal; 0 when not yet set.
   */
  @PositiveOrZero(message = "{io.github.apprenticeships4j." + StandardCodes.FUNDING_NEGATIVE + "}")
  public abstract BigDecimal maxFunding();

  /** First day new apprentices may start on this version. */
  public abstract Optional<LocalDate> earliestStartDate();

  /** Last day new apprentices may start on this version; absent while open-ended. */
  public abstract Optional<LocalDate> latestStartDate();

  /** Last day an apprentice on this version may finish; absent while open-ended. */
  public abstract Optional<LocalDate> latestEndDate();

  /** The day this version was approved for delivery; absent while it has not been. */
  public abstract Optional<LocalDate> approvedForDeliveryDate();

  /** The options (specialisms) an apprentice may take; empty for a standard without options. */
  public abstract List<StandardOption> options();

  /** The duties of the occupation, core duties and options' duties, in the source's order. */
  public abstract List<Duty> duties();

  /** Every KSB of the standard, in code order within each type, types in the order of {@link KsbType}. */
  public abstract List<@Valid Ksb> ksbs();

  /** For example "integrated degree", "non-integrated degree" or "non-degree qualification". */
  public abstract Optional<String> integratedDegree();

  /** The body that regulates the occupation, for a regulated standard, e.g. "Nursing and Midwifery Council". */
  public abstract Optional<String> regulatedBody();

  /** The organisation that assures end-point assessment quality, e.g. "Ofqual". */
  public abstract Optional<String> eqaProvider();

  /** A short plain-text overview of the occupation. */
  public abstract Optional<String> overviewOfRole();

  /** The occupation summary as HTML, e.g. {@code <p>Machine learning engineers ...</p>}. */
  public abstract Optional<String> occupationalSummary();

  /** Search keywords the source gives, e.g. "artificial intelligence". */
  public abstract List<String> keywords();

  /** Job titles of people in the occupation, e.g. "Machine learning operations engineer". */
  public abstract List<String> typicalJobTitles();

  /**
   * The minimum off-the-job training hours over the typical duration (Skills England
   * {@code minimumHoursForCompliance}), e.g. 418 for ST1398 1.0; absent when the source gives none or 0.
   */
  public abstract OptionalInt minimumOffTheJobHours();

  /**
   * The end-point assessment period in months (Skills England {@code ePALength}), e.g. 4 for ST1398 1.0; absent when
   * the source gives none or 0.
   */
  public abstract OptionalInt endPointAssessmentMonths();

  /** The occupational pathway within the route (Skills England {@code pathway}), e.g. "Digital Business Services". */
  public abstract Optional<String> pathway();

  /** The occupational cluster's id (Skills England {@code clusterId}), e.g. "233". */
  public abstract Optional<String> clusterId();

  /** The occupational cluster (Skills England {@code cluster}), e.g. "Business information professional". */
  public abstract Optional<String> cluster();

  /** A description of the occupational cluster (Skills England {@code clusterDescription}). */
  public abstract Optional<String> clusterDescription();

  /** The tier 1 sector subject area (Skills England {@code ssa1}), e.g. "6 Digital Technology". */
  public abstract Optional<String> sectorSubjectArea();

  /**
   * The tier 2 sector subject area (Skills England {@code ssa2}), e.g. "6.1 Digital technology (practitioners)".
   */
  public abstract Optional<String> sectorSubjectAreaTier2();

  /** The occupation's code in the occupational maps (Skills England {@code occupationCode}), e.g. "OCC1398". */
  public abstract Optional<String> occupationCode();

  /**
   * Whether new starts on this approved standard are paused (Skills England
   * {@code approvedForDeliveryPausedStarts}); absent when the source does not say.
   */
  public abstract Optional<Boolean> startsPaused();

  /**
   * The record's template (Skills England {@code templateType}), e.g. "Occupational Standard", "Apprenticeship
   * Standard" or "Structured Apprenticeship Standard"; absent in foundation apprenticeship records, which have none.
   */
  public abstract Optional<String> templateType();

  /**
   * The professional bodies that recognise the apprenticeship (Skills England {@code professionalRecognition}), e.g.
   * BCS Advanced RITTech for ST1398 1.0; empty when none.
   */
  public abstract List<ProfessionalRecognition> professionalRecognitions();

  /** The qualifications an apprentice must take (Skills England {@code qualifications}); empty when none. */
  public abstract List<Qualification> qualifications();

  /**
   * Whether the occupation is regulated (Skills England {@code regulated}); absent when the source does not say. The
   * regulator is {@link #regulatedBody()}.
   */
  public abstract Optional<Boolean> regulated();

  /**
   * For a regulated standard, whether the regulator must approve the training provider and the end-point assessment
   * organisation (Skills England {@code regulationDetail}); empty when the source lists none.
   */
  public abstract List<RegulatorApproval> regulatorApprovals();

  /**
   * Job titles of the occupation that Skills England counts as green jobs (Skills England {@code greenJobTitles}),
   * e.g. "Retrofit assessor"; empty when none.
   */
  public abstract List<String> greenJobTitles();

  /**
   * The address of the end-point assessment plan (Skills England {@code assessmentPlanUrl}), as published, e.g.
   * {@code https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0?view=epa}.
   */
  public abstract Optional<String> assessmentPlanUrl();

  /**
   * The address of the standard's page (Skills England {@code standardPageUrl}), as published, e.g.
   * {@code https://skillsengland.education.gov.uk/apprenticeships/st1398-v1-0}.
   */
  public abstract Optional<String> standardPageUrl();

  /**
   * What changed in this version (Skills England {@code change}), e.g. "Approved for delivery" or "End-point
   * assessment plan revised"; absent when blank.
   */
  public abstract Optional<String> changeNote();

  /**
   * The day of that change (Skills England {@code changedDate}), e.g. 2026-06-09 for ST1398 1.0; absent when the
   * source gives none or its placeholder 0001-01-01.
   */
  public abstract Optional<LocalDate> changedDate();

  /** Reference and version as in DfE's file names, e.g. {@code ST1398_1.0}. */
  public final String key() {
    return reference() + "_" + version();
  }

  /** The level as an {@link ApprenticeshipLevel}; empty when the published level is outside 2 to 7. */
  public final Optional<ApprenticeshipLevel> apprenticeshipLevel() {
    return ApprenticeshipLevel.of(level());
  }

  /** The KSBs of one type, in code order. */
  public final List<Ksb> ksbs(KsbType type) {
    return ksbs().stream().filter(k -> k.type() == type).sorted(CODE_ORDER).collect(Collectors.toUnmodifiableList());
  }

  /** The KSB with code {@code code} (e.g. {@code "S3"}, case-insensitive), if there is one. */
  public final Optional<Ksb> findKsb(String code) {
    return ksbs().stream().filter(k -> k.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The KSB with source id {@code id}, if there is one. */
  public final Optional<Ksb> findKsbById(String id) {
    return Optional.ofNullable(ksbsById().get(id));
  }

  /** The KSBs {@code duty} maps to, in code order; ids that resolve to no KSB are left out (see the validator). */
  public final List<Ksb> ksbsOf(Duty duty) {
    return resolve(duty.ksbIds().stream().collect(Collectors.toCollection(LinkedHashSet::new)));
  }

  /** The option with title {@code title} (case-insensitive), if there is one. */
  public final Optional<StandardOption> findOption(String title) {
    return options().stream().filter(o -> o.title().equalsIgnoreCase(title.strip())).findFirst();
  }

  /** The KSBs mapped from core duties, without duplicates, in code order. */
  public final List<Ksb> coreKsbs() {
    return ksbsOfDuties(Duty::isCore);
  }

  /**
   * The KSBs an apprentice on {@code option} must show: those mapped from core duties plus those mapped from the
   * option's duties, without duplicates, in code order (as DfE's Courses API computes them, das-courses-api
   * {@code StandardImport.cs}).
   *
   * @throws IllegalArgumentException if {@code option} is not an option of this standard
   */
  public final List<Ksb> ksbsFor(StandardOption option) {
    if (!options().contains(option)) {
      throw new IllegalArgumentException(option.title() + " is not an option of " + key());
    }
    return ksbsOfDuties(d -> d.isCore() || d.optionIds().contains(option.id()));
  }

  /** Whether new apprentices may start on this version on {@code date}, judged by its start dates only. */
  public final boolean acceptsStartsOn(LocalDate date) {
    return earliestStartDate().map(first -> !date.isBefore(first)).orElse(false)
        && latestStartDate().map(last -> !date.isAfter(last)).orElse(true);
  }

  @Override
  public String toString() {
    return key() + " " + title();
  }

  private Map<String, Ksb> ksbsById() {
    return ksbsById.get();
  }

  private Map<String, Ksb> indexKsbsById() {
    Map<String, Ksb> byId = new LinkedHashMap<>();
    ksbs().forEach(k -> byId.putIfAbsent(k.id(), k));
    return Collections.unmodifiableMap(byId);
  }

  private List<Ksb> ksbsOfDuties(Predicate<Duty> selected) {
    Set<String> ids = new LinkedHashSet<>();
    duties().stream().filter(selected).forEach(d -> ids.addAll(d.ksbIds()));
    return resolve(ids);
  }

  private List<Ksb> resolve(Set<String> ids) {
    Map<String, Ksb> byId = ksbsById();
    return ids.stream().map(byId::get).filter(k -> k != null).distinct().sorted(CODE_ORDER)
        .collect(Collectors.toUnmodifiableList());
  }

  /** Holds {@link #maxFunding()} at scale 2; a value with more than two decimal places is refused. */
  @Value.Check
  protected Standard normalize() {
    if (maxFunding().scale() == 2) {
      return this;
    }
    BigDecimal pounds;
    try {
      pounds = maxFunding().setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("maxFunding has more than 2 decimal places: " + maxFunding(), e);
    }
    return withMaxFunding(pounds);
  }
}
