package io.github.apprenticeships4j.formats.csv;

import io.github.apprenticeships4j.core.career.CareerCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.Framework;
import io.github.apprenticeships4j.core.career.Role;
import io.github.apprenticeships4j.core.career.RoleId;
import io.github.apprenticeships4j.core.career.RoleLevel;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SharedSkill;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.career.SkillGap;
import io.github.apprenticeships4j.core.career.SkillId;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.ValidationReport;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.ReadSummary;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import io.github.apprenticeships4j.formats.TestData;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DdatCsvTest {
  static final Path DIR = TestData.path("/ddat-capability-framework");
  static Loaded<Framework> official;

  @BeforeAll
  static void load() throws IOException {
    official = DdatCsv.readFramework(DIR.resolve("role-content.csv"), DIR.resolve("skill-description-content.csv"));
  }

  static Map<String, Long> counts(List<Issue> issues) {
    return issues.stream().collect(Collectors.groupingBy(Issue::code, TreeMap::new, Collectors.counting()));
  }

  @Test
  void load_officialFiles_readsEveryRecord_52Roles_188Skills() {
    assertThat(official.rejected()).isEmpty();
    assertThat(official.summaries()).extracting(ReadSummary::read, ReadSummary::accepted)
        .containsExactly(tuple(1825L, 1825L), tuple(188L, 188L));
    Framework ddat = official.value();
    assertThat(ddat.roles()).hasSize(52);
    assertThat(ddat.skills()).hasSize(188);
    assertThat(ddat.families()).hasSize(8);
    assertThat(ddat.roleLevels()).hasSize(205);
    assertThat(ddat.roles().stream().mapToLong(r -> r.levels().stream()
        .mapToLong(l -> l.requirements().size()).sum()).sum()).isEqualTo(1825 - 16);
  }

  @Test
  void load_officialFiles_reportsEveryOddity() {
    assertThat(counts(official.issues())).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
        Map.entry(ReadCodes.DDAT_SKILL_LEVEL_NOT_DEFINED, 60L),
        Map.entry(ReadCodes.DDAT_SKILL_UNSCALED, 22L),
        Map.entry(ReadCodes.DDAT_SKILL_DESCRIPTION_BLANK, 41L + 106L),
        Map.entry(ReadCodes.DDAT_SKILL_DESCRIPTION_MISSING, 325L),
        Map.entry(ReadCodes.DDAT_ROLE_LEVEL_NOT_IN_USE, 28L),
        Map.entry(ReadCodes.DDAT_SKILL_LEVEL_NOT_IN_USE, 28L),
        Map.entry(ReadCodes.DDAT_TEXT_PADDED, 13L),
        Map.entry(ReadCodes.DDAT_REQUIREMENT_DUPLICATE, 16L),
        Map.entry(ReadCodes.DDAT_SKILL_ROLES_DIFFER, 15L),
        Map.entry(ReadCodes.DDAT_ROLE_LEVEL_ORDER_UNKNOWN, 4L))));
    assertThat(official.issues()).filteredOn(i -> i.code().equals(ReadCodes.DDAT_ROLE_LEVEL_ORDER_UNKNOWN))
        .extracting(i -> i.subject().orElseThrow()).containsExactlyInAnyOrder("service-readiness-analyst",
            "service-acceptance-analyst", "service-transition-manager", "lead-service-transition-manager");
    assertThat(official.issues()).filteredOn(i -> i.code().equals(ReadCodes.DDAT_SKILL_ROLES_DIFFER))
        .extracting(i -> i.subject().orElseThrow()).contains("technical-understanding-performance-analyst",
            "testing", "problem-management");
    assertThat(official.issues()).filteredOn(i -> i.code().equals(ReadCodes.DDAT_SKILL_DESCRIPTION_MISSING)).first()
        .satisfies(i -> assertThat(i.position()).hasValueSatisfying(p -> {
          assertThat(p.record()).isPresent();
          assertThat(p.field()).contains("Skill Description");
        }));
  }

  @Test
  void validate_officialFramework_findsNoErrors_andFlagsUnratedRequirementsAndLoweredLadders() {
    ValidationReport report = CareerValidator.validate(official.value());

    assertThat(report.hasErrors()).isFalse();
    Map<String, Long> counts = counts(report.issues());
    assertThat(counts).containsEntry(CareerCodes.REQUIREMENT_LEVEL_MISSING, 28L)
        .containsEntry(CareerCodes.SKILL_NO_LEVELS, 22L)
        .containsEntry(CareerCodes.ROLE_LEVEL_ORDER_MISSING, 4L)
        .containsKey(CareerCodes.LADDER_REQUIREMENT_LOWERED)
        .doesNotContainKey(CareerCodes.REQUIREMENT_LEVEL_UNDEFINED);
  }

  @Test
  void gap_seniorToLeadMachineLearningEngineer_raisesFourSkillsFromPractitionerToExpert() {
    SkillGap gap = official.value().gap(RoleLevelId.parse("senior-machine-learning-engineer"),
        RoleLevelId.parse("lead-machine-learning-engineer"));

    assertThat(gap.raised()).extracting(SkillChange::skillName).containsExactly(
        "Communicating between the technical and non-technical", "Data science innovation",
        "Programming and build (software engineering)", "Systems integration");
    assertThat(gap.raised()).allSatisfy(c -> {
      assertThat(c.from().orElseThrow().label()).isEqualTo("Practitioner");
      assertThat(c.to().orElseThrow().label()).isEqualTo("Expert");
    });
    assertThat(gap.unchanged()).extracting(SkillChange::skillName).containsExactly(
        "Applied maths, statistics and scientific practices", "Data ethics and privacy");
    assertThat(gap.added()).isEmpty();
    assertThat(gap.removed()).isEmpty();
  }

  @Test
  void sharedSkills_machineLearningEngineer_matchTheSeedExample() {
    Framework ddat = official.value();
    RoleId mle = RoleId.parse("machine-learning-engineer");

    assertThat(ddat.sharedSkills(mle, RoleId.parse("data-scientist"))).extracting(s -> s.first().name())
        .contains("Applied maths, statistics and scientific practices", "Data science innovation",
            "Data ethics and privacy");
    assertThat(ddat.sharedSkills(mle, RoleId.parse("software-developer"))).extracting(SharedSkill::toString)
        .containsExactly("Programming and build (software engineering)", "Systems integration");
    assertThat(ddat.sharedSkills(mle, RoleId.parse("development-operations-devops-engineer")))
        .extracting(SharedSkill::toString)
        .containsExactly("Programming and build (software engineering)", "Systems integration");
    assertThat(ddat.sharedSkillTable(mle)).isNotEmpty();
  }

  @Test
  void bundledMlEngineerLadder_joinsTheOfficialSeniorAndLeadLevelsOnTheirIds() throws IOException {
    Framework ladder = io.github.apprenticeships4j.formats.json.CareerJson.readGraph(
        TestData.path("/career/ml-engineer-ladder.json")).value().framework();

    for (String level : List.of("senior-machine-learning-engineer", "lead-machine-learning-engineer")) {
      RoleLevelId id = RoleLevelId.parse(level);
      assertThat(ladder.getRoleLevel(id).requirements())
          .isEqualTo(official.value().getRoleLevel(id).requirements());
      ladder.getRoleLevel(id).requirements().forEach(r -> assertThat(ladder.getSkill(r.skill()))
          .isEqualTo(official.value().getSkill(r.skill())));
    }
  }

  @Test
  void roleLevels_areRankedFromTheOrderResource_andChiefRolesHaveOneLevel() {
    Framework ddat = official.value();
    Role scientist = ddat.getRole(RoleId.parse("data-scientist"));

    assertThat(scientist.levelsInOrder()).extracting(RoleLevel::name).containsExactly("Trainee data scientist",
        "Associate data scientist", "Data scientist", "Lead data scientist", "Principal data scientist",
        "Head of data science");
    Role cdo = ddat.getRole(RoleId.parse("chief-data-officer"));
    assertThat(cdo.type()).contains("Senior Civil Service");
    assertThat(cdo.levels()).singleElement().satisfies(l -> {
      assertThat(l.name()).isEqualTo("Chief data officer");
      assertThat(l.requirements()).allSatisfy(r -> assertThat(r.level()).isEmpty());
    });
    assertThat(ddat.getSkill(SkillId.parse("programming-and-build-data-science")).identity())
        .isEqualTo(SkillId.parse("programming-and-build"));
  }

  @Test
  void aRoleEntry_isAValue_withAnAccessorPerColumn() throws LoadException {
    String row = "Data,Tester,Tests,Tester,Leads tests,Testing,Tests things,Working,You can test,Senior\n";
    List<DdatCsv.RoleEntry> twice = DdatCsv.rolesReader().open(new StringReader(ROLES_HEADER + row + row), "r.csv")
        .load().value();

    DdatCsv.RoleEntry entry = twice.get(0);
    assertThat(entry).isEqualTo(twice.get(1)).hasSameHashCodeAs(twice.get(1))
        .hasToString("RoleEntry[family=Data, role=Tester, roleLevel=Tester, skillName=Testing, requirement="
            + entry.requirement() + "]");
    assertThat(List.of(entry.family(), entry.role(), entry.roleLevel(), entry.skillName()))
        .containsExactly("Data", "Tester", "Tester", "Testing");
    assertThat(List.of(entry.roleDescription(), entry.roleLevelDescription(), entry.skillDescription(),
        entry.skillLevelDescription(), entry.roleType())).containsExactly(Optional.of("Tests"),
            Optional.of("Leads tests"), Optional.of("Tests things"), Optional.of("You can test"),
            Optional.of("Senior"));
    assertThat(entry.requirement().level()).map(Object::toString).contains("Working");
  }

  @Test
  void readers_streamSmallInputs_andRejectBadRecordsWithoutDroppingThem() {
    String roles = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,"
        + "Skill Description,Skill Level,Skill Level Description,Role Type\n"
        + "Data,Tester,\"Tests\nthings\",Tester,d,Testing,MISSING,Working,\"You can:\n- test\",\n"
        + "Data,Tester,Tests,Tester,d,Testing,,Guru,x,\n"
        + "Data,,Tests,Tester,d,Testing,,Working,x,\n"
        + "Data,Tester,too,few\n";
    try (RecordReader<DdatCsv.RoleEntry> reader = DdatCsv.rolesReader().open(new StringReader(roles), "roles.csv")) {
      List<Row<DdatCsv.RoleEntry>> rows = reader.rows().collect(Collectors.toList());

      assertThat(rows).extracting(Row::isAccepted).containsExactly(true, false, false, false);
      assertThat(rows.get(0).issues()).extracting(Issue::code).containsExactly(
          ReadCodes.DDAT_SKILL_DESCRIPTION_MISSING);
      assertThat(rows.get(1).issues()).extracting(Issue::code).contains("career.skill-level.unknown");
      assertThat(rows.get(2).issues()).extracting(Issue::code).containsExactly(ReadCodes.DDAT_FIELD_BLANK);
      assertThat(rows.get(3).issues()).extracting(Issue::code).containsExactly(ReadCodes.CSV_RECORD_FIELD_COUNT);
      assertThat(rows.get(2).position().line()).hasValue(6);
      assertThat(reader.summary().read()).isEqualTo(4);
      assertThat(reader.summary().rejected()).isEqualTo(3);
    }
  }

  @Test
  void skills_unclosedQuote_stopsTheReadWithAFatalFinding() {
    String skills = "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert,Roles that require Skill\n"
        + "A,\"never closed,x,x,x,x,R\n";
    try (RecordReader<DdatCsv.SkillEntry> reader = DdatCsv.skillsReader().open(new StringReader(skills),
        "skills.csv")) {
      assertThat(reader.rows().count()).isZero();
      assertThat(reader.summary().stoppedBy()).hasValueSatisfying(
          i -> assertThat(i.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED));
    }
  }

  /**
   * Issue 11: a skill name padded inside with white space took 4.4 s for 40,000 spaces, four times longer per
   * doubling, in the expression that found variants; a name as long as a field may be (1,000,000 characters) now
   * reads in milliseconds.
   */
  @Test
  void skills_nameOfAMillionCharactersPaddedWithSpaces_isReadInLinearTime() {
    String padding = " ".repeat(999_980);
    String skills = SKILLS_HEADER + "Testing" + padding + "things,d,a,w,p,e,R\n"
        + "Testing" + padding + "(in context),d,a,w,p,e,R\n";

    List<Row<DdatCsv.SkillEntry>> rows = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      try (RecordReader<DdatCsv.SkillEntry> reader = DdatCsv.skillsReader().open(new StringReader(skills),
          "skills.csv")) {
        return reader.rows().collect(Collectors.toList());
      }
    });

    assertThat(rows).extracting(Row::isAccepted).containsExactly(true, true);
    assertThat(rows.get(0).valueIfAccepted().orElseThrow().skill().id()).isEqualTo(SkillId.parse("testing-things"));
    assertThat(rows.get(1).valueIfAccepted().orElseThrow().skill().identity()).isEqualTo(SkillId.parse("testing"));
    assertThat(rows.get(1).valueIfAccepted().orElseThrow().skill().context()).hasValue("in context");
  }

  static final String ROLES_HEADER = "Role Family,Role,Role Description,Role Level,Role Level Description,Skill Name,"
      + "Skill Description,Skill Level,Skill Level Description,Role Type\n";
  static final String SKILLS_HEADER =
      "Skill Name,Skill Description,Awareness,Working,Practitioner,Expert,Roles that require Skill\n";

  static Loaded<Framework> load(String roles, String skills) throws LoadException {
    return DdatCsv.readFramework(DdatCsv.rolesReader().open(new StringReader(roles), "roles.csv"),
        DdatCsv.skillsReader().open(new StringReader(skills), "skills.csv"));
  }

  @Test
  void load_filesWithRejectedRecords_keepsEveryAcceptedOne_andTheRejectedWithTheirFields() throws LoadException {
    String roles = ROLES_HEADER
        + "Data,Tester,Tests,Tester,d,Testing,,Working,x,\n"
        + "Data,Tester,Tests,Senior tester,d,Testing,,Guru,x,\n"
        + "Data,Analyst,Analyses,Analyst,d,Testing,,Practitioner,x,\n";
    String skills = SKILLS_HEADER
        + "Testing,Tests things,a,w,p,e,\"Tester, Analyst\"\n"
        + ",No name,a,w,p,e,Tester\n";

    Loaded<Framework> loaded = load(roles, skills);

    assertThat(loaded.value().roles()).extracting(Role::name).containsExactlyInAnyOrder("Tester", "Analyst");
    assertThat(loaded.value().skills()).hasSize(1);
    assertThat(loaded.summaries()).extracting(ReadSummary::source, ReadSummary::read, ReadSummary::accepted,
        ReadSummary::rejected).containsExactly(tuple("roles.csv", 3L, 2L, 1L), tuple("skills.csv", 2L, 1L, 1L));
    assertThat(loaded.rejected()).hasSize(2);
    assertThat(loaded.rejected().get(0).raw()).contains("Senior tester", "Guru");
    assertThat(loaded.rejected().get(0).issues()).extracting(Issue::code).contains("career.skill-level.unknown");
    assertThat(loaded.rejected().get(0).issues()).allSatisfy(i -> assertThat(i.position()).hasValueSatisfying(
        p -> assertThat(p.toString()).startsWith("roles.csv:3:")));
    assertThat(loaded.rejected().get(1).raw()).contains("No name");
    assertThat(loaded.rejected().get(1).issues()).extracting(Issue::code).containsExactly(ReadCodes.DDAT_FIELD_BLANK);
    assertThat(loaded.issues()).containsAll(loaded.rejected().get(0).issues())
        .containsAll(loaded.rejected().get(1).issues());
  }

  @Test
  void load_requireNoErrors_throwsWithTheLocatedFindingsOfTheRejectedRecords() throws LoadException {
    Loaded<Framework> loaded = load(ROLES_HEADER + "Data,Tester,Tests,Tester,d,Testing,,Guru,x,\n",
        SKILLS_HEADER + "Testing,Tests things,a,w,p,e,Tester\n");

    LoadException refused = catchThrowableOfType(loaded::requireNoErrors, LoadException.class);

    assertThat(refused.getMessage()).contains("roles.csv: 1 read, 0 accepted, 1 rejected",
        "career.skill-level.unknown", "(roles.csv:2:");
    assertThat(refused.issues()).isEqualTo(loaded.issues());
    assertThat(load(ROLES_HEADER, SKILLS_HEADER + "Testing,Tests things,a,w,p,e,\n").requireNoErrors().skills())
        .hasSize(1);
  }

  @Test
  void load_fileThatCannotBeReadToItsEnd_throwsWithTheFatalFinding() {
    String skills = SKILLS_HEADER + "Testing,Tests things,a,w,p,e,Tester\n" + "A,\"never closed,x,x,x,x,R\n";

    LoadException refused = catchThrowableOfType(() -> load(ROLES_HEADER, skills), LoadException.class);

    assertThat(refused.stoppedBy()).hasValueSatisfying(i -> {
      assertThat(i.code()).isEqualTo(ReadCodes.CSV_QUOTE_UNCLOSED);
      assertThat(i.position()).hasValueSatisfying(p -> assertThat(p.source()).isEqualTo("skills.csv"));
    });
    assertThat(refused.summaries()).extracting(ReadSummary::complete).containsExactly(true, false);
    assertThat(refused.getMessage()).contains("skills.csv: 1 read, 1 accepted, 0 rejected; stopped: FATAL");
  }
}
