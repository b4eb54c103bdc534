package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.pipeline.clean.PlainTextCleanerTest.assertWellFormed;
import static org.vigil.pipeline.clean.PlainTextCleanerTest.resource;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;

class HtmlCleanerTest {
  private final Cleaner cleaner = new Cleaner();

  private Article html(String html) throws RejectedException {
    return cleaner.clean(RawDocument.ofText("h", html, "text/html", null, null, null));
  }

  private static List<String> paragraphs(Article a) {
    return List.of(a.text().split("\n\n"));
  }

  @Test
  void keepsTheArticleAndDropsTheBoilerplateAroundIt() throws Exception {
    byte[] bytes = resource("article-with-boilerplate.html");
    String source = new String(bytes, StandardCharsets.UTF_8);
    Article a = cleaner.clean(new RawDocument("b", bytes, null, null, null, null, null));

    assertWellFormed(a, source);
    assertThat(paragraphs(a)).containsExactly(
        "Gunmen attacked a resort popular with foreigners on the outskirts of Bamako on Sunday, killing at least two "
            + "people, officials said.",
        "Security forces stormed the compound, freeing 32 hostages, and at least four attackers were killed, the "
            + "security ministry said in a statement.",
        "Attack on tourists",
        "The resort, Le Campement Kangaba, is a popular weekend spot for expatriates, about 15 km from the centre of "
            + "the capital.",
        "Witnesses said they heard gunfire for several hours.",
        "It is very exposed to danger, a spokesman said.",
        "Two people were killed, one of them a French-Gabonese national.",
        "Thirty-two hostages were freed by the security forces.",
        "No group has yet said it carried out the attack, which comes two years after a siege at a luxury hotel in "
            + "the city.");
    assertThat(a.title()).isEqualTo("Gunmen attack resort near Bamako");
    assertThat(a.author()).isEqualTo("Jane Reporter");
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.url()).isEqualTo("https://news.example.org/world/2017/06/19/gunmen-attack-resort");
    assertThat(a.published()).isEqualTo(LocalDate.of(2017, 6, 19));
    assertThat(a.publishedEvidence()).isEqualTo("url");
  }

  @Test
  void sourceOffsetsPointAtTheElementEachParagraphCameFrom() throws Exception {
    byte[] bytes = resource("article-with-boilerplate.html");
    String source = new String(bytes, StandardCharsets.UTF_8);
    Article a = cleaner.clean(new RawDocument("b", bytes, "text/html", "UTF-8", null, null, null));
    List<Integer> offsets = a.sourceOffsets();
    assertThat(source.substring(offsets.get(0))).startsWith("<p>Gunmen attacked");
    assertThat(source.substring(offsets.get(2))).startsWith("<h2>Attack on tourists");
    assertThat(source.substring(offsets.get(3))).startsWith("<p>The resort");
    assertThat(source.substring(offsets.get(4))).startsWith("Witnesses said"); // the text after the <br>
    assertThat(source.substring(offsets.get(5))).startsWith("<blockquote>");
    assertThat(source.substring(offsets.get(6))).startsWith("<li>Two people");
  }

  @Test
  void anArticleContainerNamedLikeFurnitureIsKept() throws RejectedException {
    Article a = html("""
        <html><body><div class="header-wrap"><a href="/">Site</a></div>
        <div class="post-footer-wrap article-content">
          <p>Three soldiers were killed when their patrol hit a roadside bomb near the border on Tuesday,
          the army said.</p>
          <p>Two others were wounded and taken to hospital in the regional capital, a military spokesman added.</p>
        </div></body></html>""");
    assertThat(paragraphs(a)).hasSize(2);
    assertThat(a.text()).startsWith("Three soldiers were killed");
  }

  @Test
  void itempropArticleBodyIsPreferred() throws RejectedException {
    Article a = html("""
        <html><body>
        <div class="teasers"><p>Teaser one, with commas, and, more, commas, to, tempt, the, scorer, away, from, it.</p>
        <p>Teaser two, with commas, and, more, commas, to, tempt, the, scorer, away, from, it, too.</p></div>
        <div itemprop="articleBody">
        <p>A car bomb exploded outside a police station in the city centre on Monday morning.</p>
        <p>At least five people were killed and twelve injured, according to the provincial health office.</p>
        <p>No group claimed responsibility for the blast, which damaged several nearby shops.</p></div>
        </body></html>""");
    assertThat(a.text()).startsWith("A car bomb exploded").doesNotContain("Teaser");
  }

  @Test
  void paragraphsThatArePageFurnitureAreDropped() throws RejectedException {
    Article a = html("""
        <html><body><div class="content">
        <p>Police arrested two men after a shooting outside a nightclub left one person dead early on Saturday.</p>
        <p>Advertisement</p>
        <p>Read more</p>
        <p><a href="/1">Shooting in the suburbs</a> | <a href="/2">Another story about crime</a></p>
        <p>The victim, a 24-year-old man, died at the scene, a police statement said on Saturday afternoon.</p>
        <p>Copyright 2019 Example News. All rights reserved.</p>
        <h3>More on this story</h3>
        </div></body></html>""");
    assertThat(paragraphs(a)).containsExactly(
        "Police arrested two men after a shooting outside a nightclub left one person dead early on Saturday.",
        "The victim, a 24-year-old man, died at the scene, a police statement said on Saturday afternoon.");
  }

  @Test
  void bodyTextWithoutParagraphElementsIsStillFound() throws RejectedException {
    Article a = html("<html><body>Gunmen killed three villagers.<br>The army was sent in.</body></html>");
    assertThat(paragraphs(a)).containsExactly("Gunmen killed three villagers.", "The army was sent in.");
  }

  @Test
  void htmlIsSniffedWithoutAContentType() throws RejectedException {
    Article a = cleaner.clean(RawDocument.ofText("s", "<p>One.</p><p>Two.</p><p>Three.</p>", null, null, null,
        null));
    assertThat(paragraphs(a)).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void givenValuesWinOverThePage() throws RejectedException {
    String page = """
        <html><head><title>Page title</title><link rel="canonical" href="https://example.org/canonical">
        <meta property="article:published_time" content="2020-01-02T10:00:00Z"></head>
        <body><p>A grenade attack on a market killed four people on Friday, police said.</p></body></html>""";
    Article a = cleaner.clean(RawDocument.ofText("id-7", page, "text/html", "https://example.org/given",
        "Given title", LocalDate.of(2020, 1, 3)));
    assertThat(a.id()).isEqualTo("id-7");
    assertThat(a.url()).isEqualTo("https://example.org/given");
    assertThat(a.title()).isEqualTo("Given title");
    assertThat(a.published()).isEqualTo(LocalDate.of(2020, 1, 3));
    assertThat(a.publishedEvidence()).isEqualTo("given");

    Article b = cleaner.clean(RawDocument.ofText("id-8", page, "text/html", null, null, null));
    assertThat(b.url()).isEqualTo("https://example.org/canonical");
    assertThat(b.title()).isEqualTo("Page title");
    assertThat(b.published()).isEqualTo(LocalDate.of(2020, 1, 2));
    assertThat(b.publishedEvidence()).isEqualTo("meta:article:published_time");
  }

  @Test
  void titleComesFromOpenGraphTwitterTitleOrHeadline() throws RejectedException {
    String body = "<body><h1>Headline in h1</h1><p>Some article text that is long enough to be kept here.</p></body>";
    assertThat(html("<html><head><meta property=\"og:title\" content=\"OG title\"><title>T | Site</title></head>"
        + body + "</html>").title()).isEqualTo("OG title");
    assertThat(html("<html><head><meta name=\"twitter:title\" content=\"Tw title\"><title>T | Site</title></head>"
        + body + "</html>").title()).isEqualTo("Tw title");
    assertThat(html("<html><head><title>Bomb kills five in market - The Site</title></head>" + body + "</html>")
        .title()).isEqualTo("Bomb kills five in market");
    assertThat(html("<html><head></head>" + body + "</html>").title()).isEqualTo("Headline in h1");
  }

  @Test
  void authorAndLanguageComeFromTheirUsualPlaces() throws RejectedException {
    String text = "<p>Some article text that is long enough to be kept by the cleaner here.</p>";
    Article jsonLd = html("<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Author\"},{\"name\":\"Bob Writer\"}]}</script>"
        + "<meta property=\"og:locale\" content=\"fr_FR\"></head><body>" + text + "</body></html>");
    assertThat(jsonLd.author()).isEqualTo("Ann Author, Bob Writer");
    assertThat(jsonLd.language()).isEqualTo("fr");
    Article relAuthor = html("<html><head><meta http-equiv=\"content-language\" content=\"es\"></head><body>"
        + "<span>By <a rel=\"author\" href=\"/staff/c\">Carla Columnist</a></span>" + text + "</body></html>");
    assertThat(relAuthor.author()).isEqualTo("Carla Columnist");
    assertThat(relAuthor.language()).isEqualTo("es");
  }

  @Test
  void brokenJsonLdIsIgnored() throws RejectedException {
    Article a = html("<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2019-01-0</script>"
        + "</head><body><p>Text of the article that is long enough to be kept here, yes.</p></body></html>");
    assertThat(a.published()).isNull();
    assertThat(a.text()).startsWith("Text of the article");
  }

  @Test
  void embeddedPostsInsideTheArticleAreKept() throws RejectedException {
    Article a = html("""
        <html><body><article>
        <p>Protesters clashed with police in the capital on Monday, and several people were injured, officials said.</p>
        <div class="social-media-embed"><blockquote class="twitter-tweet">
        <p>Tear gas fired at the crowd near the square</p>
        &mdash; A Witness (@witness) <a href="https://twitter.com/x/status/1">November 18, 2019</a></blockquote></div>
        <p>The interior ministry said 20 people had been arrested after the clashes in the city centre.</p>
        </article></body></html>""");
    assertThat(a.text()).contains("Tear gas fired at the crowd near the square");
  }
}
