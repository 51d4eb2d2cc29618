package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPoolTest {
  static final String GUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6";

  @Test
  void equalTexts_areOneInstance() {
    StringPool pool = new StringPool();
    String buffer = "xx" + GUID + "yy";

    String first = pool.of(buffer.substring(2, 38));
    String second = pool.of(buffer.substring(2, 38));
    String third = pool.of(new String(GUID));

    assertThat(first).isEqualTo(GUID);
    assertThat(second).isSameAs(first);
    assertThat(third).isSameAs(first);
  }

  @Test
  void aStringSeenFirst_isTheInstanceKept() {
    StringPool pool = new StringPool();
    String text = new String(GUID);

    assertThat(pool.of(text)).isSameAs(text);
    assertThat(pool.of(new String(GUID))).isSameAs(text);
  }

  @Test
  void differentTexts_withTheSameHash_stayDifferent() {
    StringPool pool = new StringPool();
    String aa = pool.of(new String("Ab"));
    String bb = pool.of(new String("`a")); // the same hash as "Ab"

    assertThat(StringPool.hash("Ab")).isEqualTo(StringPool.hash("`a"));
    assertThat(aa).isEqualTo("Ab");
    assertThat(bb).isEqualTo("`a");
    assertThat(pool.of(new String("`a"))).isSameAs(bb);
    assertThat(pool.of(new String("Ab"))).isSameAs(aa);
  }

  @Test
  void longTexts_thatDifferOnlyBetweenTheSampledCharacters_stayDifferent() {
    StringPool pool = new StringPool();
    String a = "a".repeat(1_000);
    String b = a.substring(0, 500) + "b" + a.substring(501);

    assertThat(pool.of(a)).isSameAs(a);
    assertThat(pool.of(b)).isSameAs(b);
    assertThat(pool.of(new String(b))).isSameAs(b);
  }

  @Test
  void manyTextsWithOneHash_areNotAllPooled_soALookUpStaysBounded() {
    StringPool pool = new StringPool();
    String base = "a".repeat(1_000);
    List<String> colliding = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) { // differ only between the sampled characters: one hash for all
      colliding.add(base.substring(0, 100) + String.format("%04d", i) + base.substring(104));
    }
    assertThat(colliding).extracting(StringPool::hash).containsOnly(StringPool.hash(colliding.get(0)));

    colliding.forEach(text -> assertThat(pool.of(text)).isSameAs(text));

    assertThat(pool.currentSize()).isLessThanOrEqualTo(StringPool.MAX_PROBES);
    String early = colliding.get(0);
    assertThat(pool.of(new String(early))).isSameAs(early); // the first ones are still shared
  }

  @Test
  void textsOfTheRecordBefore_areShared_andCarriedForwardWhenSeenAgain() {
    StringPool pool = new StringPool();
    pool.nextRecord();
    String guid = pool.of(new String(GUID));
    pool.nextRecord();
    assertThat(pool.of(new String(GUID))).isSameAs(guid);
    pool.nextRecord();
    assertThat(pool.of(new String(GUID))).isSameAs(guid);
  }

  @Test
  void textsOfOlderRecords_areForgotten() {
    StringPool pool = new StringPool();
    pool.nextRecord();
    String guid = pool.of(new String(GUID));
    pool.nextRecord();
    pool.of("another");
    pool.nextRecord();

    assertThat(pool.of(new String(GUID))).isEqualTo(GUID).isNotSameAs(guid);
  }

  @Test
  void manyTexts_inOneRecord_areAllKept_asThePoolGrows() {
    StringPool pool = new StringPool();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      first.add(pool.of(Integer.toString(i)));
    }
    pool.nextRecord();
    for (int i = 0; i < 10_000; i++) {
      assertThat(pool.of(Integer.toString(i))).isSameAs(first.get(i));
    }
  }
}
