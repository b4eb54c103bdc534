package org.vigil.pipeline.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.vigil.model.Article;
import org.vigil.model.RawDocument;

/** What every cleaned article guarantees, and that one cleaner can serve many threads. */
class CleanerContractTest {
  private final Cleaner cleaner = new Cleaner();

  private static List<RawDocument> inputs() throws Exception {
    return List.of(
        new RawDocument("kangaba", PlainTextCleanerTest.resource("kangaba.txt"), null, null, null, null, null),
        new RawDocument("page", PlainTextCleanerTest.resource("article-with-boilerplate.html"), null, null, null,
            null, null),
        RawDocument.ofText("short", "<p>One line.</p>", "text/html", null, null, null),
        RawDocument.ofText("wrapped", "Line one of a text\r\nline two\r\n\r\n\r\nNext.", null, null, null, null));
  }

  @Test
  void spansCoverTheParagraphsAndOffsetsStayInTheSource() throws Exception {
    for (RawDocument doc : inputs()) {
      Article a = cleaner.clean(doc);
      PlainTextCleanerTest.assertWellFormed(a, new String(doc.bytes(), StandardCharsets.UTF_8));
      assertThat(a.id()).isEqualTo(doc.id());
      assertThat(a.inputHash()).isEqualTo(Cleaner.inputHash(doc.bytes()));
      for (int i = 1; i < a.paragraphs().size(); i++) {
        assertThat(a.paragraphs().get(i).start()).isEqualTo(a.paragraphs().get(i - 1).end() + 2);
      }
    }
  }

  @Test
  void oneCleanerServesManyThreadsWithTheSameResults() throws Exception {
    List<RawDocument> inputs = inputs();
    List<Article> expected = new ArrayList<>();
    for (RawDocument doc : inputs) {
      expected.add(cleaner.clean(doc));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        RawDocument doc = inputs.get(i % inputs.size());
        futures.add(pool.submit(() -> cleaner.clean(doc)));
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % inputs.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void inputHashIsSha256Hex() {
    assertThat(Cleaner.inputHash("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "text/html; charset=utf-8|Plain words only.|true",
    "application/xhtml+xml|<p>x</p>|true",
    "text/plain|<html><body><p>x</p></body></html>|false",
    "|<!DOCTYPE html><title>x</title>|true",
    "|  <!-- generated --> <html lang=en>|true",
    "|Some text\\n<body>|true",
    "|<div><p>One</p><p>Two</p><br></div>|true",
    "|Police said 3 < 4 and b > a in the report.|false",
    "|Plain text about <b> once in a long long long long long long long long long long long long line of prose "
        + "that goes on and on and on and on and on and on and on and on and on and on and on and on.|false",
  })
  void htmlOrPlainText(String contentType, String text, boolean html) {
    assertThat(Cleaner.isHtml(contentType, text.replace("\\n", "\n"))).isEqualTo(html);
  }
}
