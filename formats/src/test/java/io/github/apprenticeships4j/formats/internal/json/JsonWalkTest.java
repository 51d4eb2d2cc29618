package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.standard.StandardCodes;
import io.github.apprenticeships4j.core.standard.StandardReference;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.core.validation.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** The shared walk reports each misfit once, in the codes and wording its dialect gives. */
class JsonWalkTest {
  private static final JsonDialect PLAIN = JsonDialect.of("t.missing", "t.type");
  private static final JsonDialect FULL = JsonDialect.of("t.missing", "t.type").withUnknown("t.unknown")
      .documentCalled("a thing").withLowerCaseTypes().withRange("t.range", "%s is out of range", true)
      .withDate("t.date", "a date must be written yyyy-mm-dd");
  private static final JsonDialect POINTERS = JsonDialect.of("t.missing", "t.type")
      .withUnknown("t.unknown", "no '%s' here; it is ignored").withPointers();

  private static JsonValue json(String text) {
    try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), text)) {
      p.nextToken();
      return JsonValue.read(p);
    }
  }

  private static DuplicateNameParser.Duplicates repeatedIn(String text) {
    try (DuplicateNameParser p = new DuplicateNameParser(new JsonFactory().createParser(ObjectReadContext.empty(),
        text))) {
      while (p.nextToken() != null) {
        // the parser notes the repeats as it passes
      }
      return p.takeDuplicates();
    }
  }

  @Test
  void findingsOfALocatedWalk_areLocatedInTheSourceAtTheirPath() {
    JsonWalk walk = JsonWalk.of("a.json", PLAIN);

    walk.missing("outer", "name");

    Issue issue = walk.issues().get(0);
    assertThat(issue.path()).isEqualTo("outer.name");
    assertThat(issue.position()).contains(SourcePosition.of("a.json").atField("outer.name"));
  }

  @Test
  void findingsOfAnUnlocatedWalk_haveAPathButNoPosition() {
    JsonWalk walk = JsonWalk.unlocated(FULL);

    walk.missing("", "name");

    assertThat(walk.issues()).extracting(Issue::path, Issue::position).containsExactly(tuple("name",
        Optional.empty()));
  }

  @Test
  void aFindingWithAPathOfItsOwn_keepsIt() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);

    walk.report(Issue.error("t.own", "inside").at("inner[0]"), "outer");

    assertThat(walk.issues().get(0).path()).isEqualTo("inner[0]");
  }

  @Test
  void aDocumentThatIsNoObject_isNamedAsTheDialectCallsIt() {
    JsonWalk plain = JsonWalk.of("a.json", PLAIN);
    JsonWalk full = JsonWalk.unlocated(FULL);

    assertThat(plain.document(json("[1]"))).isNull();
    assertThat(full.document(json("null"))).isNull();

    assertThat(plain.issues().get(0).message()).isEqualTo(" must be an object, not ARRAY");
    assertThat(full.issues().get(0).message()).isEqualTo("a thing must be an object, not null");
    assertThat(full.issues().get(0).rejectedValue()).contains("null");
  }

  @Test
  void unknownProperties_areWarnedAbout_whenTheDialectHasACodeForThem() {
    JsonWalk walk = JsonWalk.unlocated(FULL);

    walk.onlyKnown(json("{\"a\":1,\"b\":2}"), "x", Set.of("a"));

    assertThat(walk.issues()).extracting(Issue::severity, Issue::code, Issue::path)
        .containsExactly(tuple(Severity.WARNING, "t.unknown", "x.b"));
    assertThat(walk.hasErrors()).isFalse();
    assertThatIllegalStateException().isThrownBy(() -> JsonWalk.unlocated(PLAIN).onlyKnown(json("{}"), "", Set.of()));
  }

  @Test
  void aRequiredValue_thatIsAbsentOrNull_isMissing_butOneOfTheWrongTypeIsATypeErrorOnly() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);
    JsonValue node = json("{\"n\":null,\"s\":5,\"o\":\"x\"}");

    assertThat(walk.requiredText(node, "", "n")).isEmpty();
    assertThat(walk.requiredText(node, "", "absent")).isEmpty();
    assertThat(walk.requiredText(node, "", "s")).isEmpty();
    assertThat(walk.requiredObject(node, "", "o")).isNull();
    assertThat(walk.requiredInteger(node, "", "absent")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple("t.missing", "n"),
        tuple("t.missing", "absent"), tuple("t.type", "s"), tuple("t.type", "o"), tuple("t.missing", "absent"));
    assertThat(walk.issues().get(2).message()).isEqualTo("s must be a string, not NUMBER");
  }

  @Test
  void inADialectWhereNullIsAValue_aNullIsATypeError_notAnAbsence() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN.withNullAsAValue());
    JsonValue node = json("{\"t\":null,\"o\":null,\"a\":null,\"i\":null,\"d\":null,\"b\":null}");

    assertThat(walk.requiredText(node, "", "t")).isEmpty();
    assertThat(walk.requiredObject(node, "", "o")).isNull();
    assertThat(walk.array(node, "", "a")).isEmpty();
    assertThat(walk.requiredInteger(node, "", "i")).isEmpty();
    assertThat(walk.requiredDate(node, "", "d")).isEmpty();
    assertThat(walk.bool(node, "", "b")).isEmpty();
    assertThat(walk.requiredText(node, "", "absent")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple("t.type", "t"),
        tuple("t.type", "o"), tuple("t.type", "a"), tuple("t.type", "i"), tuple("t.type", "d"),
        tuple("t.type", "b"), tuple("t.missing", "absent"));
    assertThat(walk.issues().get(0).message()).isEqualTo("t must be a string, not NULL");
    assertThat(PLAIN.nullIsAValue()).isFalse();
    assertThat(PLAIN.withNullAsAValue().withPointers().withUnknown("t.unknown").nullIsAValue()).isTrue();
  }

  @Test
  void anElementOfAnArrayOfObjects_mustBeAnObject_nullIncluded() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);
    JsonValue array = json("[{},null,3]");

    assertThat(walk.element(array.elements().get(0), "a[0]")).isNotNull();
    assertThat(walk.element(array.elements().get(1), "a[1]")).isNull();
    assertThat(walk.element(array.elements().get(2), "a[2]")).isNull();

    assertThat(walk.issues()).extracting(Issue::message).containsExactly("a[1] must be an object, not NULL",
        "a[2] must be an object, not NUMBER");
  }

  @Test
  void anEntryThatIsNoObject_isTheAbsenceOfItsRequiredProperty() {
    JsonWalk walk = JsonWalk.unlocated(FULL);

    assertThat(walk.entry(json("null"), "list[0]", "id", Set.of("id"))).isNull();
    assertThat(walk.entry(json("{\"id\":\"a\",\"z\":1}"), "list[1]", "id", Set.of("id"))).isNotNull();

    assertThat(walk.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple("t.missing", "list[0].id"),
        tuple("t.unknown", "list[1].z"));
  }

  @Test
  void stringsOfAnArray_leaveOutAndReportTheOthers() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);

    assertThat(walk.texts(json("{\"k\":[\"a\",1,\"b\"]}"), "p", "k")).containsExactly("a", "b");
    assertThat(walk.texts(json("{\"k\":{}}"), "p", "k")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::path).containsExactly("p.k[1]", "p.k");
  }

  @Test
  void aWholeNumberOutOfIntRange_isReportedAsTheDialectSays() {
    JsonValue node = json("{\"big\":3000000000,\"huge\":99999999999999999999,\"ok\":-7,\"half\":1.5}");
    JsonWalk plain = JsonWalk.unlocated(PLAIN);
    JsonWalk full = JsonWalk.unlocated(FULL);

    assertThat(plain.integer(node, "", "ok")).isEqualTo(OptionalInt.of(-7));
    assertThat(plain.integer(node, "", "big")).isEmpty();
    assertThat(plain.integer(node, "", "huge")).isEmpty();
    assertThat(full.integer(node, "", "huge")).isEmpty();
    assertThat(full.integer(node, "", "half")).isEmpty();

    assertThat(plain.issues()).extracting(Issue::code, Issue::message).containsExactly(
        tuple("t.type", "big is out of range"), tuple("t.type", "huge must be a whole number, not NUMBER"));
    assertThat(full.issues()).extracting(Issue::code, Issue::message).containsExactly(
        tuple("t.range", "huge is out of range"), tuple("t.type", "half must be a whole number, not number"));
    assertThat(plain.whole(node, "", "big")).isEqualTo(OptionalLong.of(3_000_000_000L));
  }

  @Test
  void aDateNotWrittenYyyyMmDd_isReportedInTheDialectsWording() {
    JsonValue node = json("{\"on\":\"2024-02-30\",\"ok\":\"2024-02-29\"}");
    JsonWalk plain = JsonWalk.unlocated(PLAIN);
    JsonWalk full = JsonWalk.unlocated(FULL);

    assertThat(plain.date(node, "p", "ok")).contains(LocalDate.of(2024, 2, 29));
    assertThat(plain.date(node, "p", "on")).isEmpty();
    assertThat(full.date(node, "p", "on")).isEmpty();

    assertThat(plain.issues()).extracting(Issue::code, Issue::message, Issue::path)
        .containsExactly(tuple("t.type", "p.on must be a date, yyyy-mm-dd", "p.on"));
    assertThat(full.issues()).extracting(Issue::code, Issue::message)
        .containsExactly(tuple("t.date", "a date must be written yyyy-mm-dd"));
  }

  @Test
  void aRequiredValueMadeByAFactory_reportsTheFactorysFinding_atItsPath() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);
    JsonValue node = json("{\"ref\":\"ST0116\",\"bad\":\"X1\",\"yes\":true}");

    assertThat(walk.required(node, "", "ref", StandardReference::parse)).contains(StandardReference.parse("ST0116"));
    assertThat(walk.required(node, "", "bad", StandardReference::parse)).isEmpty();
    assertThat(walk.bool(node, "", "yes")).contains(true);
    assertThat(walk.bool(node, "", "ref")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::path).containsExactly("bad", "ref");
    assertThat(walk.issues().get(0).code()).isEqualTo(StandardCodes.REFERENCE_FORMAT);
    assertThat(walk.hasErrorsFrom(2)).isFalse();
    assertThat(walk.hasErrorsFrom(0)).isTrue();
  }

  @Test
  void theResult_isEmpty_whenTheWalkFoundAnError_andTheFindingsAreHandedOnEitherWay() {
    JsonWalk clean = JsonWalk.unlocated(FULL);
    clean.onlyKnown(json("{\"z\":1}"), "", Set.of());
    JsonWalk broken = JsonWalk.unlocated(FULL);
    broken.missing("", "id");
    List<Issue> into = new ArrayList<>();

    assertThat(clean.result(Optional.of("value"), into)).contains("value");
    assertThat(broken.result(Optional.of("value"), into)).isEmpty();

    assertThat(into).extracting(Issue::code).containsExactly("t.unknown", "t.missing");
  }

  @Test
  void namesRepeatedInOneObject_areErrorsLocatedInTheSource() {
    DuplicateNameParser.Duplicates repeated = repeatedIn("{\"a\":1,\"a\":2}");
    JsonWalk walk = JsonWalk.of("a.json", PLAIN);

    walk.reportRepeated(repeated, "t.repeated");

    assertThat(walk.issues()).extracting(Issue::severity, Issue::code, Issue::path)
        .containsExactly(tuple(Severity.ERROR, "t.repeated", "a"));
    assertThat(walk.issues().get(0).position().map(SourcePosition::source)).contains("a.json");
    assertThatIllegalStateException().isThrownBy(() -> JsonWalk.unlocated(PLAIN).reportRepeated(repeated, "t.r"));
  }

  @Test
  void aDialectOfPointers_writesEveryPathAsAJsonPointer_escapingTildeAndSlash() {
    JsonWalk walk = JsonWalk.unlocated(POINTERS);
    JsonValue node = json("{\"k\":[\"a\",1],\"a/b~c\":0}");

    walk.texts(node, "/list/0", "k");
    walk.onlyKnown(node, "", Set.of("k"));
    walk.missing("/list/0", "id");

    assertThat(walk.issues()).extracting(Issue::path).containsExactly("/list/0/k/1", "/a~1b~0c", "/list/0/id");
    assertThat(walk.issues().get(0).message()).isEqualTo("/list/0/k/1 must be a string, not NUMBER");
    assertThat(walk.issues().get(1).message()).isEqualTo("no 'a/b~c' here; it is ignored");
    assertThat(walk.pathOf("", "list", 2)).isEqualTo("/list/2");
    assertThat(JsonWalk.unlocated(POINTERS.withUnknown("t.other")).pathOf("p", "q")).isEqualTo("p/q");
    assertThat(JsonWalk.unlocated(PLAIN).pathOf("", "list", 2)).isEqualTo("list[2]");
    assertThat(JsonWalk.join("", "a/b")).isEqualTo("a/b");
    assertThat(JsonWalk.index("p", "a", 1)).isEqualTo("p.a[1]");
  }

  @Test
  void aGivenArray_isPresentEvenEmpty_butAbsentWhenMissingNullOrNoArray() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);
    JsonValue node = json("{\"empty\":[],\"two\":[1,2],\"nothing\":null,\"text\":\"x\"}");

    assertThat(walk.givenArray(node, "", "empty")).contains(List.of());
    assertThat(walk.givenArray(node, "", "two")).hasValueSatisfying(list -> assertThat(list).hasSize(2));
    assertThat(walk.givenArray(node, "", "nothing")).isEmpty();
    assertThat(walk.givenArray(node, "", "absent")).isEmpty();
    assertThat(walk.givenArray(node, "", "text")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple("t.type", "text"));
  }

  @Test
  void aRequiredDate_isMissingWhenAbsentOrNull_andMalformedOnlyWhenGivenBadly() {
    JsonWalk walk = JsonWalk.unlocated(PLAIN);
    JsonValue node = json("{\"ok\":\"2024-02-29\",\"bad\":\"2024-02-30\",\"nothing\":null}");

    assertThat(walk.requiredDate(node, "p", "ok")).contains(LocalDate.of(2024, 2, 29));
    assertThat(walk.requiredDate(node, "p", "bad")).isEmpty();
    assertThat(walk.requiredDate(node, "p", "nothing")).isEmpty();
    assertThat(walk.requiredDate(node, "p", "absent")).isEmpty();

    assertThat(walk.issues()).extracting(Issue::code, Issue::path).containsExactly(tuple("t.type", "p.bad"),
        tuple("t.missing", "p.nothing"), tuple("t.missing", "p.absent"));
  }

  @Test
  void aWalkInARecord_locatesItsFindingsAndRepeatedNamesInThatRecord() {
    DuplicateNameParser.Duplicates repeated = repeatedIn("{\"a\":1,\"a\":2}");
    JsonWalk walk = JsonWalk.of(SourcePosition.of("a.json").inRecord(1), POINTERS);

    walk.reportRepeated(repeated, "t.repeated");
    walk.missing("", "id");

    assertThat(walk.issues()).extracting(i -> i.position().flatMap(at -> at.record().isPresent()
        ? Optional.of(at.record().getAsLong()) : Optional.empty())).containsExactly(Optional.of(1L),
            Optional.of(1L));
    assertThat(walk.issues().get(1).position()).contains(SourcePosition.of("a.json").inRecord(1).atField("/id"));
  }
}
