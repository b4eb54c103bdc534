package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.Span;

class HeadlineTest {
  private static Article article(String title, String text) {
    return new Article("a", null, title, null, null, null, null, text, List.of(new Span(0, text.length())),
        List.of(0), "h");
  }

  @Test
  void outletNamesAreCutFromTheTitle() {
    assertThat(Headline.headline("Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee"))
        .isEqualTo("Five people shot in apartment complex");
    assertThat(Headline.headline("Teen in critical condition after shooting at Rocky Mount court :: WRAL.com"))
        .isEqualTo("Teen in critical condition after shooting at Rocky Mount court");
    assertThat(Headline.headline("Man killed, boy injured in apparent drive-by shooting in SW..."))
        .isEqualTo("Man killed, boy injured in apparent drive-by shooting in SW");
  }

  @Test
  void titlesThatAreNotHeadlinesAreIgnored() {
    assertThat(Headline.headline("Page Not Found")).isEqualTo("Page Not Found");
    assertThat(Headline.headline("Obituaries")).isNull();
    assertThat(Headline.headline(null)).isNull();
  }

  @Test
  void theHeadlineBecomesTheFirstParagraphAndSpansMove() {
    Article a = Headline.prepend(article("4 Shot, 1 Killed in Stockton Park", "Police say four people were shot."));
    assertThat(a.text()).isEqualTo("4 Shot, 1 Killed in Stockton Park.\n\nPolice say four people were shot.");
    assertThat(a.paragraphs()).containsExactly(new Span(0, 34), new Span(36, 69));
    assertThat(a.paragraphs().get(1).of(a.text())).isEqualTo("Police say four people were shot.");
    assertThat(a.sourceOffsets()).containsExactly(-1, 0);
  }

  @Test
  void aTextThatOpensWithItsHeadlineIsLeftAlone() {
    Article a = article("Several Killed As Afghan Hotel Is Attacked",
        "Several Killed As Afghan Hotel Is Attacked\n\nKabul's hotel was attacked.");
    assertThat(Headline.prepend(a)).isSameAs(a);
  }

  @Test
  void titleCaseWordsTheBodyWritesInLowerCaseAreLowerCased() {
    String body = "Police said one man was killed and four others were injured in a shooting at a bar in Homewood.";
    assertThat(Headline.caseLike("Man Killed, 4 Others Injured In Homewood Shooting", body))
        .isEqualTo("Man killed, 4 others injured in Homewood shooting");
    assertThat(Headline.caseLike("Boy, 3, wounded in accidental shooting in Florissant", body))
        .isEqualTo("Boy, 3, wounded in accidental shooting in Florissant");
  }

  @Test
  void anOutletsLongerPartIsFollowedByTheStorysPart() {
    // GVA dev (session 18, hurt18c, the way hurt17e proposed): the outlet's part, a host and a site's sections, is the
    // longer one; it stays the headline and the story's part follows as a paragraph of its own in the one text
    String title = "Teen shot to death; girl in custody - WXYZ.com, South Georgia News, Weather, Sports";
    Article a = Headline.prepend(article(title, "A girl was taken into custody."));
    assertThat(a.text()).isEqualTo("WXYZ.com, South Georgia News, Weather, Sports.\n\nTeen shot to death; girl in "
        + "custody.\n\nA girl was taken into custody.");
    assertThat(a.paragraphs()).containsExactly(new Span(0, 46), new Span(48, 84), new Span(86, 116));
    assertThat(a.sourceOffsets()).containsExactly(-1, -1, 0);
    // guards: no story's part when the longest part is the story's, or the story's part is under three words
    assertThat(Headline.story("Five people shot in apartment complex - WMC Action News 5 - Memphis, Tennessee"))
        .isNull();
    assertThat(Headline.story("Shooting - WXYZ.com, South Georgia News, Weather, Sports")).isNull();
  }
}
