package io.github.apprenticeships4j.formats.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StringPoolTest {
  @Test
  void equalTexts_areOneInstance_whetherGivenAsCharactersOrAsStrings() {
    StringPool pool = new StringPool(1_000);
    char[] buffer = "xx3fa85f64-5717-4562-b3fc-2c963f66afa6yy".toCharArray();

    String first = pool.of(buffer, 2, 36);
    String second = pool.of(buffer.clone(), 2, 36);
    String third = pool.of(new String("3fa85f64-5717-4562-b3fc-2c963f66afa6"));

    assertThat(first).isEqualTo("3fa85f64-5717-4562-b3fc-2c963f66afa6");
    assertThat(second).isSameAs(first);
    assertThat(third).isSameAs(first);
  }

  @Test
  void differentTexts_withTheSameHash_stayDifferent() {
    StringPool pool = new StringPool(1_000);

    String aa = pool.of("Aa".toCharArray(), 0, 2);
    String bb = pool.of("BB".toCharArray(), 0, 2); // "Aa".hashCode() == "BB".hashCode()

    assertThat(aa).isEqualTo("Aa");
    assertThat(bb).isEqualTo("BB");
    assertThat(pool.of(new String("BB"))).isSameAs(bb);
    assertThat(pool.of("Ab".toCharArray(), 0, 2)).isEqualTo("Ab");
  }

  @Test
  void manyTexts_areAllKept_asThePoolGrows() {
    StringPool pool = new StringPool(1_000_000);
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      first.add(pool.of(Integer.toString(i).toCharArray(), 0, Integer.toString(i).length()));
    }
    for (int i = 0; i < 10_000; i++) {
      assertThat(pool.of(Integer.toString(i))).isSameAs(first.get(i));
    }
  }

  @Test
  void textsPastTheCharacterBound_areReturnedButNotKept() {
    StringPool pool = new StringPool(5);

    String kept = pool.of("abc".toCharArray(), 0, 3);
    String notKept = pool.of("defg".toCharArray(), 0, 4);
    String notKeptEither = pool.of(new String("hijk"));

    assertThat(notKept).isEqualTo("defg");
    assertThat(pool.of("defg".toCharArray(), 0, 4)).isEqualTo("defg").isNotSameAs(notKept);
    assertThat(pool.of(new String("hijk"))).isNotSameAs(notKeptEither);
    assertThat(pool.of(new String("abc"))).isSameAs(kept);
  }
}
