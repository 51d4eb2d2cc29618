package io.github.apprenticeships4j.formats.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.apprenticeships4j.core.career.CareerNode;
import io.github.apprenticeships4j.core.career.CareerPath;
import io.github.apprenticeships4j.core.career.CareerValidator;
import io.github.apprenticeships4j.core.career.PathCost;
import io.github.apprenticeships4j.core.career.ProgressionGraph;
import io.github.apprenticeships4j.core.career.RoleLevelId;
import io.github.apprenticeships4j.core.career.SkillChange;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.RecordReader;
import io.github.apprenticeships4j.formats.Row;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CareerJsonTest {
  static final Path EXAMPLE = TestData.path("/career/ml-engineer-ladder.json");

  static Loaded<ProgressionGraph> read(String json) throws LoadException {
    return CareerJson.readGraph(open(json));
  }

  static RecordReader<ProgressionGraph> open(String json) {
    return CareerJson.reader().open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
  }

  static LoadException refusal(String json) {
    return catchThrowableOfType(() -> read(json), LoadException.class);
  }

  @Test
  void read_bundledMlEngineerLadder_isCompleteAndValid() throws IOException {
    Loaded<ProgressionGraph> read = CareerJson.readGraph(EXAMPLE);

    assertThat(read.issues()).isEmpty();
    assertThat(read.summaries()).singleElement().satisfies(s -> {
      assertThat(s.read()).isEqualTo(1);
      assertThat(s.accepted()).isEqualTo(1);
    });
    ProgressionGraph graph = read.value();
    assertThat(graph.framework().skills()).hasSize(6);
    assertThat(graph.framework().roleLevels()).hasSize(12);
    assertThat(graph.edges()).hasSize(21);
    assertThat(CareerValidator.validate(graph.framework()).issues()).isEmpty();
    assertThat(CareerValidator.validate(graph).issues()).isEmpty();
  }

  @Test
  void bundledLadder_joinsDdatSeniorAndLead_andLeadsFromSt1398ToHeadOfAi() throws IOException {
    ProgressionGraph graph = CareerJson.readGraph(EXAMPLE).value();
    RoleLevelId senior = RoleLevelId.parse("senior-machine-learning-engineer");
    RoleLevelId lead = RoleLevelId.parse("lead-machine-learning-engineer");

    assertThat(graph.framework().gap(senior, lead).raised()).hasSize(4)
        .allSatisfy(c -> assertThat(c.steps()).isEqualTo(1));
    List<CareerPath> paths = graph.paths(CareerNode.parse("ST1398"), CareerNode.parse("head-of-ai")).paths();
    assertThat(paths).isNotEmpty();
    assertThat(paths.get(0).steps()).isEqualTo(4);
    assertThat(graph.shortestPath(CareerNode.parse("ST1398"), CareerNode.parse("head-of-ai"), PathCost.SKILL_GAP))
        .hasValueSatisfying(p -> assertThat(p.skillGap())
            .isEqualTo(paths.stream().mapToInt(CareerPath::skillGap).min().orElseThrow()));
    assertThat(graph.framework().getRoleLevel(lead).payBands()).extracting(Object::toString)
        .containsExactly("London £145,000–£195,000+", "Rest of UK £120,000–£170,000+");
    assertThat(graph.delta(graph.nextSteps(CareerNode.parse("ST1398")).get(0)).orElseThrow().changes(
        SkillChange.Kind.RAISED)).isNotEmpty();
  }

  @Test
  void write_thenRead_givesTheSameGraph() throws IOException {
    ProgressionGraph graph = CareerJson.readGraph(EXAMPLE).value();

    Loaded<ProgressionGraph> again = read(CareerJson.toJson(graph));

    assertThat(again.issues()).isEmpty();
    assertThat(again.value()).isEqualTo(graph);
  }

  @Test
  void read_badValues_throwsWithEachFindingAndItsPath_andNoGraph() {
    String json = "{\"format\": \"apprenticeships4j-career/1\", \"framework\": {\"name\": \"F\", \"publisher\": \"P\","
        + " \"source\": \"S\", \"published\": \"15/10/2025\", \"scale\": {\"name\": \"s\", \"levels\": [\"Low\", \"High\"]},"
        + " \"skills\": [{\"id\": \"Bad Id\", \"name\": \"X\", \"levels\": {\"Middle\": \"text\"}}],"
        + " \"roles\": [{\"id\": \"r\", \"name\": \"R\", \"family\": \"F\", \"colour\": \"red\","
        + "   \"levels\": [{\"id\": \"l\", \"name\": \"L\", \"rank\": \"one\", \"requirements\": [{\"level\": \"Low\"}]}]}]},"
        + " \"edges\": [{\"from\": \"l\", \"to\": \"ST 12\", \"kind\": \"jump\"}]}";

    LoadException refused = refusal(json);

    assertThat(refused.stoppedBy()).isEmpty();
    assertThat(refused.summaries()).singleElement().satisfies(s -> assertThat(s.rejected()).isEqualTo(1));
    assertThat(refused.issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.CAREER_JSON_DATE_FORMAT, "framework.published"),
        tuple("career.id.format", "framework.skills[0].id"),
        tuple("career.skill-level.unknown", "framework.skills[0].levels.Middle"),
        tuple(ReadCodes.CAREER_JSON_FIELD_UNKNOWN, "framework.roles[0].colour"),
        tuple(ReadCodes.CAREER_JSON_FIELD_TYPE, "framework.roles[0].levels[0].rank"),
        tuple(ReadCodes.CAREER_JSON_FIELD_MISSING, "framework.roles[0].levels[0].requirements[0].skill"),
        tuple("career.id.format", "edges[0].to"),
        tuple(ReadCodes.CAREER_JSON_EDGE_KIND_UNKNOWN, "edges[0].kind"));
    assertThat(refused.issues().get(0).position()).hasValueSatisfying(
        p -> assertThat(p.field()).contains("framework.published"));
    assertThat(refused.getMessage()).startsWith("test.json: 1 read, 0 accepted, 1 rejected\n")
        .contains("ERROR career-json.date.format framework.published", "(test.json (field framework.published))")
        .doesNotContain(ReadCodes.CAREER_JSON_FIELD_UNKNOWN);
  }

  /** Issue 11: a repeated property was taken silently, the last value winning (here: a level's requirements). */
  @Test
  void read_repeatedPropertyNames_throwWithAnErrorAtEachRepeat() {
    String json = "{\"format\": \"apprenticeships4j-career/1\", \"framework\": {\"name\": \"F\", \"publisher\": \"P\","
        + " \"source\": \"S\", \"scale\": {\"name\": \"s\", \"levels\": [\"Low\", \"High\"]},\n"
        + " \"skills\": [{\"id\": \"a\", \"name\": \"A\", \"levels\": {\"Low\": \"x\", \"High\": \"y\"}}],"
        + " \"roles\": [{\"id\": \"r\", \"name\": \"R\", \"family\": \"F\", \"levels\": [{\"id\": \"l\","
        + " \"name\": \"L\", \"rank\": 1,\n \"requirements\": [{\"skill\": \"a\", \"level\": \"High\"}],"
        + " \"requirements\": []}]}], \"name\": \"G\"}}";

    LoadException refused = refusal(json);

    assertThat(refused.issues()).extracting(Issue::code, Issue::path, Issue::severity).containsExactly(
        tuple(ReadCodes.CAREER_JSON_FIELD_DUPLICATE, "framework.roles[0].levels[0].requirements", Severity.ERROR),
        tuple(ReadCodes.CAREER_JSON_FIELD_DUPLICATE, "framework.name", Severity.ERROR));
    assertThat(refused.issues().get(0).position()).hasValueSatisfying(p -> {
      assertThat(p.line()).hasValue(3);
      assertThat(p.field()).hasValue("framework.roles[0].levels[0].requirements");
    });
    assertThat(refused.issues().get(0).message()).isEqualTo("the property 'requirements' appears more than once in"
        + " its object; which value is meant is unknown");
  }

  @Test
  void read_brokenOrEmptyOrForeignInput_throwsWithOneFatalOrErrorFinding() {
    assertThat(refusal("{\"format\": ").issues()).extracting(Issue::code, Issue::severity)
        .containsExactly(tuple(ReadCodes.CAREER_JSON_SYNTAX, Severity.FATAL));
    assertThat(refusal("{\"format\": ").stoppedBy()).map(Issue::code).contains(ReadCodes.CAREER_JSON_SYNTAX);
    assertThat(refusal("  ").issues()).extracting(Issue::code).containsExactly(ReadCodes.CAREER_JSON_EMPTY);
    assertThat(refusal("[]").issues()).extracting(Issue::code).containsExactly(ReadCodes.CAREER_JSON_FIELD_TYPE);
    assertThat(refusal("[]").stoppedBy()).isEmpty();
    assertThat(refusal("null").issues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple(ReadCodes.CAREER_JSON_FIELD_TYPE, "the document must be an object, not NULL"));
    assertThat(refusal("{} {}").issues()).extracting(Issue::code).containsExactly(ReadCodes.CAREER_JSON_SYNTAX);
    assertThat(refusal("{\"format\": \"other/2\", \"framework\": {}}").issues()).extracting(Issue::code)
        .startsWith(ReadCodes.CAREER_JSON_FORMAT_UNKNOWN, ReadCodes.CAREER_JSON_FIELD_MISSING);
    assertThat(refusal("[".repeat(100)).issues()).extracting(Issue::code).containsExactly(ReadCodes.CAREER_JSON_LIMIT);
  }

  @Test
  void aDocument_isOneRow_rejectedWithItsTextAndEveryError_orAcceptedWithItsGraph() throws IOException {
    String bad = "{\"format\": \"other/1\"}";
    List<Row<ProgressionGraph>> rows;
    try (RecordReader<ProgressionGraph> reader = open("  " + bad + "\n")) {
      rows = reader.rows().collect(Collectors.toList());
      assertThat(reader.summary()).hasToString("test.json: 1 read, 0 accepted, 1 rejected");
    }
    Loaded<List<ProgressionGraph>> good = CareerJson.reader().open(EXAMPLE).load();

    assertThat(rows).singleElement().satisfies(row -> {
      assertThat(row.isAccepted()).isFalse();
      assertThat(((Row.Rejected<ProgressionGraph>) row).raw()).containsExactly(bad);
      assertThat(row.position()).isEqualTo(SourcePosition.at("test.json", 1, 3).inRecord(1));
      assertThat(row.issues()).extracting(Issue::code).contains(ReadCodes.CAREER_JSON_FORMAT_UNKNOWN,
          ReadCodes.CAREER_JSON_FIELD_MISSING);
    });
    assertThat(good.value()).singleElement().isEqualTo(CareerJson.readGraph(EXAMPLE).value());
    assertThat(good.rejected()).isEmpty();
  }

  @Test
  void read_withoutFormat_isAcceptedWithAWarning() throws LoadException {
    Loaded<ProgressionGraph> read = read("{\"framework\": {\"name\": \"F\", \"publisher\": \"P\", \"source\": \"S\","
        + " \"scale\": {\"name\": \"SFIA\", \"levels\": [\"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\"]}}}");

    assertThat(read.issues()).extracting(Issue::code).containsExactly(ReadCodes.CAREER_JSON_FORMAT_MISSING);
    assertThat(read.value().framework().scale().levels()).hasSize(7);
    assertThat(read.requireNoErrors()).isSameAs(read.value());
  }

  @Test
  void schema_namesEveryPropertyTheWriterWrites() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    JsonNode schema = mapper.readTree(CareerJson.schema());
    Set<String> declared = new HashSet<>();
    collect(schema, "properties", declared);
    Set<String> written = new HashSet<>();
    JsonNode example = mapper.readTree(CareerJson.toJson(CareerJson.readGraph(EXAMPLE).value()));
    names(example, written, false);

    assertThat(declared).containsAll(written);
  }

  private static void collect(JsonNode node, String key, Set<String> into) {
    if (node.isObject()) {
      JsonNode props = node.get(key);
      if (props != null && props.isObject()) {
        into.addAll(props.propertyNames());
      }
      node.forEach(child -> collect(child, key, into));
    } else if (node.isArray()) {
      node.forEach(child -> collect(child, key, into));
    }
  }

  /** Property names of the document, except the keys of skill level maps (which are level labels). */
  private static void names(JsonNode node, Set<String> into, boolean labels) {
    if (node.isObject()) {
      for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext();) {
        String name = it.next();
        if (!labels) {
          into.add(name);
        }
        names(node.get(name), into, name.equals("levels") && node.get(name).isObject());
      }
    } else if (node.isArray()) {
      node.forEach(child -> names(child, into, false));
    }
  }
}
