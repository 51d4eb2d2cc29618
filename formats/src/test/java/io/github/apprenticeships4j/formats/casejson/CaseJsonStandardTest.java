package io.github.apprenticeships4j.formats.casejson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.apprenticeships4j.core.standard.Duty;
import io.github.apprenticeships4j.core.standard.KsbType;
import io.github.apprenticeships4j.core.standard.Standard;
import io.github.apprenticeships4j.core.validation.Issue;
import io.github.apprenticeships4j.core.validation.Severity;
import io.github.apprenticeships4j.formats.LoadException;
import io.github.apprenticeships4j.formats.Loaded;
import io.github.apprenticeships4j.formats.ReadCodes;
import io.github.apprenticeships4j.formats.TestData;
import io.github.apprenticeships4j.formats.json.StandardsJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** ST1398 1.0 as a CASE package in detail, read back, and every kind of bad package located. */
class CaseJsonStandardTest {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static Standard st1398;
  static String json;
  static JsonNode tree;

  @BeforeAll
  static void export() throws IOException {
    st1398 = StandardsJson.reader().open(TestData.path("/ifate-standards-api/records/ST1398_1.0.json")).load()
        .value().get(0);
    json = CaseJson.toJson(st1398);
    tree = JSON.readTree(json);
  }

  static Loaded<Standard> read(String text) throws LoadException {
    return CaseJson.readStandard(CaseJson.standardReader().open(new ByteArrayInputStream(text.getBytes(
        StandardCharsets.UTF_8)), "case.json"));
  }

  static LoadException refused(String text) {
    return catchThrowableOfType(LoadException.class, () -> read(text));
  }

  static List<JsonNode> items(JsonNode pack) {
    return StreamSupport.stream(pack.get("CFItems").spliterator(), false).collect(Collectors.toList());
  }

  static List<JsonNode> associations(JsonNode pack, String type, String origin) {
    return StreamSupport.stream(pack.get("CFAssociations").spliterator(), false)
        .filter(a -> a.get("associationType").asString().equals(type)
            && a.get("originNodeURI").get("identifier").asString().equals(origin))
        .collect(Collectors.toList());
  }

  static JsonNode item(JsonNode pack, String code) {
    return items(pack).stream().filter(i -> i.path("humanCodingScheme").asString().equals(code)).findFirst()
        .orElseThrow();
  }

  @Test
  void st1398_documentIsTheStandardVersion() {
    JsonNode doc = tree.get("CFDocument");

    assertThat(doc.get("title").asString()).isEqualTo("Machine learning engineer");
    assertThat(doc.get("version").asString()).isEqualTo("1.0");
    assertThat(doc.get("caseVersion").asString()).isEqualTo("1.1");
    assertThat(doc.get("subject").get(0).asString()).isEqualTo("Digital");
    assertThat(doc.get("adoptionStatus").asString()).isEqualTo("Approved for delivery");
    assertThat(doc.get("creator").asString()).isEqualTo("Skills England");
    assertThat(doc.get("lastChangeDateTime").asString())
        .isEqualTo(st1398.approvedForDeliveryDate().orElseThrow() + "T00:00:00Z");
    assertThat(doc.get("uri").asString()).isEqualTo("urn:uuid:" + doc.get("identifier").asString());
    assertThat(doc.get("extensions").get("reference").asString()).isEqualTo("ST1398");
    assertThat(doc.get("extensions").get("larsCode").asInt()).isEqualTo(795);
    assertThat(doc.get("extensions").get("level").asInt()).isEqualTo(6);
    assertThat(doc.get("extensions").get("maxFunding").asString()).isEqualTo("22000.00");
    assertThat(doc.get("extensions").get("minimumOffTheJobHours").asInt()).isEqualTo(418);
  }

  @Test
  void st1398_ksbsAreItemsWithTheirOfficialGuidsAndCodes() {
    JsonNode k1 = item(tree, "K1");

    assertThat(k1.get("identifier").asString()).isEqualTo("bf61f4ac-69ea-4fee-beb7-db875695dc44");
    assertThat(k1.get("CFItemType").asString()).isEqualTo("Knowledge");
    assertThat(k1.get("fullStatement").asString()).isEqualTo(st1398.findKsb("K1").orElseThrow().text());
    assertThat(k1.has("extensions")).isFalse();
    assertThat(item(tree, "S1").get("CFItemType").asString()).isEqualTo("Skill");
    assertThat(item(tree, "B1").get("CFItemType").asString()).isEqualTo("Behaviour");
    assertThat(items(tree)).hasSize(st1398.duties().size() + st1398.ksbs().size() + st1398.options().size());
  }

  @Test
  void st1398_everyItemIsChildOfTheDocument_andDutiesAreRelatedToTheirKsbs() {
    String document = tree.get("CFDocument").get("identifier").asString();
    for (JsonNode item : items(tree)) {
      List<JsonNode> parents = associations(tree, "isChildOf", item.get("identifier").asString());
      assertThat(parents).singleElement().satisfies(a -> assertThat(a.get("destinationNodeURI").get("identifier")
          .asString()).isEqualTo(document));
    }
    Duty first = st1398.duties().get(0);
    JsonNode d1 = item(tree, "D1");
    assertThat(d1.get("identifier").asString()).isEqualTo(first.id());
    assertThat(d1.get("CFItemType").asString()).isEqualTo("Duty");
    assertThat(associations(tree, "isRelatedTo", first.id()))
        .extracting(a -> a.get("destinationNodeURI").get("identifier").asString())
        .containsExactlyElementsOf(first.ksbIds());
    assertThat(associations(tree, "isRelatedTo", first.id()))
        .extracting(a -> a.get("destinationNodeURI").get("title").asString())
        .containsExactlyElementsOf(first.ksbIds().stream().map(id -> st1398.findKsbById(id).orElseThrow().code())
            .collect(Collectors.toList()));
  }

  @Test
  void st1398_packageValidatesAgainstTheCaseSchema() {
    assertThat(CaseSchema.errors(json)).isEmpty();
  }

  @Test
  void theSchemaCheck_refusesAnIdentifierThatIsNotAUuid() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) broken.get("CFDocument")).put("identifier", "ST1398");

    assertThat(CaseSchema.errors(broken.toString())).isNotEmpty();
  }

  @Test
  void theSchemaCheck_refusesADocumentWithoutCreator() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) broken.get("CFDocument")).remove("creator");

    assertThat(CaseSchema.errors(broken.toString())).isNotEmpty();
  }

  @Test
  void st1398_readsBackEqual() throws LoadException {
    Loaded<Standard> back = read(json);

    assertThat(back.issues()).isEmpty();
    assertThat(back.value()).isEqualTo(st1398);
    assertThat(back.value().ksbs(KsbType.KNOWLEDGE)).isEqualTo(st1398.ksbs(KsbType.KNOWLEDGE));
  }

  @Test
  void exportingTwice_givesTheSameBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CaseJson.write(st1398, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(CaseJson.toJson(st1398).stripTrailing());
  }

  @Test
  void aPackageWithoutDocument_isRefusedAtCfDocument() {
    LoadException e = refused("{\"CFItems\": []}");

    assertThat(e.issues()).extracting(Issue::code, Issue::path)
        .contains(tuple(ReadCodes.CASE_JSON_FIELD_MISSING, "CFDocument"));
  }

  @Test
  void noJson_andBrokenJson_andNotAnObject_areReported() {
    assertThat(refused("").stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CASE_JSON_EMPTY);
    assertThat(refused("{\"CFDocument\": ").stoppedBy().orElseThrow().code()).isEqualTo(ReadCodes.CASE_JSON_SYNTAX);
    assertThat(refused("[1]").issues()).extracting(Issue::code).containsExactly(ReadCodes.CASE_JSON_FIELD_TYPE);
  }

  @Test
  void aKnowledgeItemCodedAsASkill_isAnErrorAtItsCode() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    int index = indexOf(broken, "K1");
    ((ObjectNode) broken.get("CFItems").get(index)).put("humanCodingScheme", "S99");

    assertThat(refused(broken.toString()).issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.CASE_JSON_CODE_INVALID, "CFItems[" + index
            + "].humanCodingScheme"));
  }

  @Test
  void aRepeatedIdentifier_isAnError() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    String k1 = broken.get("CFItems").get(indexOf(broken, "K1")).get("identifier").asString();
    ((ObjectNode) broken.get("CFItems").get(indexOf(broken, "K2"))).put("identifier", k1);

    // The duties mapped to K2 now find no item of it: their mappings keep its identifier, with a warning each.
    assertThat(refused(broken.toString()).issues()).extracting(Issue::code)
        .startsWith(ReadCodes.CASE_JSON_IDENTIFIER_DUPLICATE).containsOnly(ReadCodes.CASE_JSON_IDENTIFIER_DUPLICATE,
            ReadCodes.CASE_JSON_NODE_UNKNOWN);
  }

  @Test
  void aMalformedReference_keepsTheFactorysCode() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) broken.get("CFDocument").get("extensions")).put("reference", "XX1");

    assertThat(refused(broken.toString()).issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple("standard.reference.format", "CFDocument.extensions.reference"));
  }

  @Test
  void aFundingWithThreeDecimals_andAWrongType_areErrors() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) broken.get("CFDocument").get("extensions")).put("maxFunding", "1.005").put("level", "six");

    assertThat(refused(broken.toString()).issues()).extracting(Issue::code, Issue::path).containsExactlyInAnyOrder(
        tuple(ReadCodes.CASE_JSON_FIELD_TYPE, "CFDocument.extensions.maxFunding"),
        tuple(ReadCodes.CASE_JSON_FIELD_TYPE, "CFDocument.extensions.level"));
  }

  @Test
  @Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFundingWithAHugeExponent_isRefusedQuickly_atItsPath() {
    ObjectNode broken = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) broken.get("CFDocument").get("extensions")).put("maxFunding", "1E+100000000");

    assertThat(refused(broken.toString()).issues()).extracting(Issue::code, Issue::path).containsExactly(
        tuple(ReadCodes.CASE_JSON_FIELD_TYPE, "CFDocument.extensions.maxFunding"));
  }

  @Test
  void otherCaseVersions_andUnknownItemTypes_areWarnings() throws LoadException {
    ObjectNode other = (ObjectNode) JSON.readTree(json);
    ((ObjectNode) other.get("CFDocument")).put("caseVersion", "1.0");
    ObjectNode extra = ((tools.jackson.databind.node.ArrayNode) other.get("CFItems")).addObject();
    extra.put("identifier", "00000000-0000-4000-8000-000000000000").put("fullStatement", "x").put("CFItemType",
        "Cluster");

    Loaded<Standard> read = read(other.toString());

    assertThat(read.issues()).extracting(Issue::code, Issue::severity).containsExactly(
        tuple(ReadCodes.CASE_JSON_VERSION_UNSUPPORTED, Severity.WARNING),
        tuple(ReadCodes.CASE_JSON_ITEM_TYPE_UNKNOWN, Severity.WARNING));
    assertThat(read.value()).isEqualTo(st1398);
  }

  @Test
  void aDutyMappedToAKsbNotInThePackage_keepsTheIdWithAWarning() throws LoadException {
    Duty dangling = Duty.builder().id("d").text("Do it").isCore(true).addKsbIds("no-such-ksb").build();
    Standard standard = st1398.withDuties(dangling);

    Loaded<Standard> read = read(CaseJson.toJson(standard));

    assertThat(read.value()).isEqualTo(standard);
    assertThat(read.issues()).extracting(Issue::code).containsExactly(ReadCodes.CASE_JSON_NODE_UNKNOWN);
  }

  @Test
  void repeatedPropertyNames_areErrorsAtTheRepeat() {
    String twice = json.replaceFirst("\"title\" : ", "\"title\" : \"A\", \"title\" : ");

    assertThat(refused(twice).issues()).extracting(Issue::code).contains(ReadCodes.CASE_JSON_FIELD_DUPLICATE);
  }

  static int indexOf(JsonNode pack, String code) {
    List<JsonNode> items = items(pack);
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).path("humanCodingScheme").asString().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no item " + code);
  }

}
