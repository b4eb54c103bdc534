package org.vigil.pipeline.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private static LanguageIdentifier languages;

  @BeforeAll
  static void load() {
    languages = LanguageIdentifier.loadBuiltIn();
  }

  private static Screening screen(ScreenOptions options, String text, SeenStories seen) {
    return new Screener(languages, options).screen(Texts.article("a", "A headline", text), seen);
  }

  @Test
  void germanFrenchAndSpanishArticlesAreSkippedNamingTheLanguageAndItsProbability() {
    ScreenOptions lang = ScreenOptions.none().withLanguage(true);
    assertThat(screen(lang, Texts.GERMAN, SeenStories.none()).skip().message()).contains("German (de, probability");
    assertThat(screen(lang, Texts.FRENCH, SeenStories.none()).skip().message()).contains("French (fr");
    Screening es = screen(lang, Texts.SPANISH, SeenStories.none());
    assertThat(es.skip().reason()).isEqualTo("not-english");
    assertThat(es.skip().message()).contains("Spanish (es");
  }

  @Test
  void englishArticlesPassTheLanguageScreen() {
    ScreenOptions lang = ScreenOptions.none().withLanguage(true);
    Screening s = screen(lang, Texts.WIRE, SeenStories.none());
    assertThat(s.passed()).isTrue();
    assertThat(s.language().language()).isEqualTo("en");
  }

  @Test
  void allCapsWireCopyIsEnglish() {
    Screening s = screen(ScreenOptions.defaults(), Texts.WIRE_CAPS, new InMemorySeenStories());
    assertThat(s.passed()).as("%s", s).isTrue();
    assertThat(s.language().language()).isEqualTo("en");
  }

  @Test
  void aShortForeignTextIsNotSkippedForItsLanguage() {
    ScreenOptions lang = ScreenOptions.none().withLanguage(true);
    assertThat(screen(lang, "Vier Polizisten wurden getötet.", SeenStories.none()).passed()).isTrue();
    assertThat(screen(lang, "Hola.", SeenStories.none()).passed()).isTrue();
  }

  @Test
  void violentNewsPassesTheRelevanceScreenAndSportsAndBusinessDoNot() {
    ScreenOptions rel = ScreenOptions.none().withRelevance(true);
    assertThat(screen(rel, Texts.WIRE, SeenStories.none()).passed()).isTrue();
    assertThat(screen(rel, Texts.OTHER_REPORT, SeenStories.none()).passed()).isTrue();
    Screening sports = screen(rel, Texts.SPORTS, SeenStories.none());
    assertThat(sports.skip().reason()).isEqualTo("not-relevant");
    assertThat(sports.skip().message()).contains("relevance score 0");
    assertThat(screen(rel, Texts.BUSINESS, SeenStories.none()).skip().reason()).isEqualTo("not-relevant");
  }

  @Test
  void aHarmWordInTheHeadlineIsEnoughForAPageThatIsMostlyAPaywallNotice() {
    ScreenOptions rel = ScreenOptions.none().withRelevance(true);
    String paywall = "Already a subscriber? Click on the button below to set up your account or log in.";
    assertThat(new Screener(null, rel).screen(Texts.article("p", "Two men shot dead outside a bar", paywall),
        SeenStories.none()).passed()).isTrue();
    assertThat(new Screener(null, rel).screen(Texts.article("q", "Team wins the cup final", paywall),
        SeenStories.none()).passed()).isFalse();
  }

  private static boolean passesRelevance(String headline, String body) {
    return new Screener(null, ScreenOptions.none().withRelevance(true))
        .screen(Texts.article("h", headline, body), SeenStories.none()).passed();
  }

  @Test
  void aHeadlineThatTellsAShootingOfPeoplePassesOverAnEmptyBodyOrAWall() {
    String wall = "Sign in using your profile. Welcome back. Please sign in. Why are we asking this?";
    assertThat(passesRelevance("Three shot on a busy avenue", "")).isTrue();
    assertThat(passesRelevance("Five Shot During Party At Banquet Hall", wall)).isTrue();
    assertThat(passesRelevance("11-year-old, 2 teens among 4 shot in a suburb", wall)).isTrue();
    assertThat(passesRelevance("Juvenile shot in arm", wall)).isTrue();
    assertThat(passesRelevance("Toddler shot in head in intensive care", "")).isTrue();
    assertThat(passesRelevance("Woman critical after being accidently shot in face", wall)).isTrue();
    assertThat(passesRelevance("3-year-old shot to death", wall)).isTrue();
    assertThat(passesRelevance("Teen stole car, shot by officers after chase", wall)).isTrue();
    assertThat(passesRelevance("Police looking for man who shot 4 in the city", wall)).isTrue();
    assertThat(passesRelevance("Man who shot self after slipping on ice identified", wall)).isTrue();
  }

  @Test
  void shootsWithAPersonAsItsObjectIsAShooting() {
    String wall = "Thank you for reading! Please log in, or sign up for a new account to continue reading.";
    assertThat(passesRelevance("Teen accidentally shoots himself in the face", wall)).isTrue();
    assertThat(passesRelevance("Father shoots son in the shoulder", wall)).isTrue();
    assertThat(passesRelevance("Teen accidentally shoots 5-year-old boy in leg", wall)).isTrue();
    assertThat(passesRelevance("Officer accidentally shoots self during arrest", wall)).isTrue();
  }

  @Test
  void shotAndShootsOfGolfBasketballAndFilmStayOut() {
    String wall = "Subscribe now for complete and uninterrupted access.";
    assertThat(passesRelevance("Leader has a two shot lead after the third round", wall)).isFalse();
    assertThat(passesRelevance("She shot 68 in the final round to win", wall)).isFalse();
    assertThat(passesRelevance("Guard shot 4 of 12 from the field", wall)).isFalse();
    assertThat(passesRelevance("Director shoots a new film in the city", wall)).isFalse();
    assertThat(passesRelevance("Star shoots the ball from half court", wall)).isFalse();
    assertThat(passesRelevance("One shot at the title for the team", wall)).isFalse();
  }

  @Test
  void anExactCopyIsSkippedWithAPointerToTheFirstCopy() {
    Screener s = new Screener(null, ScreenOptions.none().withDuplicates(true));
    SeenStories seen = new InMemorySeenStories();
    assertThat(s.screen(Texts.article("first", "Attack", Texts.WIRE), seen).passed()).isTrue();
    Screening copy = s.screen(Texts.article("copy", "Attack", Texts.WIRE.toUpperCase().replace("\n\n", "\n")),
        seen);
    assertThat(copy.skip().reason()).isEqualTo("duplicate");
    assertThat(copy.skip().message()).contains("first (https://example.org/first)");
  }

  @Test
  void anEditedCopyOfTheSameStoryIsANearDuplicate() {
    Screener s = new Screener(null, ScreenOptions.none().withDuplicates(true));
    SeenStories seen = new InMemorySeenStories();
    s.screen(Texts.article("first", "Gunmen kill four officers", Texts.WIRE), seen);
    Screening copy = s.screen(Texts.article("second", "Four officers killed at checkpoint", Texts.WIRE_EDITED),
        seen);
    assertThat(copy.skip().reason()).isEqualTo("near-duplicate");
    assertThat(copy.duplicateOf().first().id()).isEqualTo("first");
    assertThat(copy.duplicateOf().similarity()).isBetween(0.5, 0.99);
  }

  @Test
  void anotherReportOfTheSameAttackAndOtherStoriesAreNotDuplicates() {
    Screener s = new Screener(null, ScreenOptions.none().withDuplicates(true));
    SeenStories seen = new InMemorySeenStories();
    s.screen(Texts.article("first", "Gunmen kill four officers", Texts.WIRE), seen);
    assertThat(s.screen(Texts.article("other", "Four police die", Texts.OTHER_REPORT), seen).passed()).isTrue();
    assertThat(s.screen(Texts.article("sports", "Cup", Texts.SPORTS), seen).passed()).isTrue();
    assertThat(s.screen(Texts.article("business", "Profits", Texts.BUSINESS), seen).passed()).isTrue();
  }

  @Test
  void shortPagesWithTheSameNoticeButDifferentHeadlinesAreDifferentStories() {
    Screener s = new Screener(null, ScreenOptions.none().withDuplicates(true));
    SeenStories seen = new InMemorySeenStories();
    String notice = "You must sign in to read this article. Already have an account? Log in here.";
    assertThat(s.screen(Texts.article("a", "Man shot in park", notice), seen).passed()).isTrue();
    assertThat(s.screen(Texts.article("b", "Woman stabbed at station", notice), seen).passed()).isTrue();
    assertThat(s.screen(Texts.article("c", "Man shot in park", notice), seen).skip().reason())
        .isEqualTo("duplicate");
  }

  @Test
  void theFingerprintSurvivesItsStoredForm() {
    StoryFingerprint fp = StoryFingerprint.of("t", Texts.WIRE);
    StoryFingerprint back = StoryFingerprint.fromHex(fp.exactKey(), fp.signatureHex());
    assertThat(back).isEqualTo(fp);
    assertThat(back.similarity(StoryFingerprint.of("t", Texts.WIRE_EDITED))).isGreaterThan(0.5);
    assertThat(back.similarity(StoryFingerprint.of("t", Texts.OTHER_REPORT))).isLessThan(0.2);
  }

  @Test
  void screensAreNamedOnTheCommandLineAndAnUnknownNameIsAnErrorWithTheNearestName() {
    assertThat(ScreenOptions.parse("all")).isEqualTo(ScreenOptions.defaults());
    assertThat(ScreenOptions.parse("none").any()).isFalse();
    assertThat(ScreenOptions.parse("language,duplicates").names()).isEqualTo("language,duplicates");
    assertThatThrownBy(() -> ScreenOptions.parse("relevence")).hasMessageContaining("did you mean 'relevance'");
  }

  @Test
  void theLanguageScreenNeedsAnIdentifier() {
    assertThatThrownBy(() -> new Screener(null, ScreenOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
