package org.vigil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.vigil.model.Outcome;
import org.vigil.model.RawDocument;
import org.vigil.model.Stage;

/** Every input ends in exactly one outcome; bad input is rejected with the stage and a reason, never thrown. */
class PipelineOutcomeTest {

  private static Outcome run(byte[] bytes, String contentType) {
    return SharedPipeline.get().process(new RawDocument("doc", bytes, contentType, null, null, null, null));
  }

  private static void assertRejected(Outcome o, String reason) {
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    Outcome.Rejected r = (Outcome.Rejected) o;
    assertThat(r.stage()).isEqualTo(Stage.CLEAN);
    assertThat(r.reason()).isEqualTo(reason);
    assertThat(r.message()).isNotBlank().doesNotContain("\n");
  }

  @Test
  void emptyInputIsRejected() {
    assertRejected(run(new byte[0], null), "empty");
    assertRejected(run(" \n\t ".getBytes(StandardCharsets.UTF_8), null), "empty");
  }

  @Test
  void binaryInputIsRejected() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
    assertRejected(run(png, null), "binary");
  }

  @Test
  void invalidUtf8IsRejectedWithTheOffset() {
    byte[] bad = new byte[400];
    Arrays.fill(bad, (byte) 0xC3);
    Outcome o = run(bad, "text/plain; charset=UTF-8");
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) o).reason()).isIn("invalid-encoding", "binary");
  }

  @Test
  void fiftyMegabytesIsRejectedAsTooLarge() {
    byte[] big = new byte[50 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    assertRejected(run(big, "text/plain"), "too-large");
  }

  @Test
  void htmlWithoutTextIsRejected() {
    String html = "<html><head><title>x</title><script>var a=1;</script></head><body><nav><a href='/'>Home</a>"
        + "</nav></body></html>";
    assertRejected(run(html.getBytes(StandardCharsets.UTF_8), "text/html"), "no-text");
  }

  @Test
  void articleWithoutIncidentIsExtractedWithNoIncident() {
    Outcome o = run("The central bank kept interest rates unchanged on Thursday.".getBytes(StandardCharsets.UTF_8),
        "text/plain");
    assertThat(o).isInstanceOf(Outcome.Extracted.class);
    assertThat(((Outcome.Extracted) o).extraction().incidents()).isEmpty();
  }

  @Test
  void htmlArticleIsExtracted() {
    String html = "<html><head><title>Attack in Kabul</title>"
        + "<meta property='article:published_time' content='2019-03-05T10:00:00Z'></head><body>"
        + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Attack in Kabul</h1>"
        + "<p>Gunmen attacked a hotel in Kabul on Monday, killing four people, officials said.</p>"
        + "<p>The attack lasted several hours before security forces ended the siege.</p></article>"
        + "<footer>Copyright 2019</footer></body></html>";
    Outcome o = run(html.getBytes(StandardCharsets.UTF_8), "text/html");
    assertThat(o).isInstanceOf(Outcome.Extracted.class);
    var x = ((Outcome.Extracted) o).extraction();
    assertThat(x.article().published()).hasToString("2019-03-05");
    assertThat(x.main().figure(org.vigil.model.FigureKind.KILLED)).isEqualTo(4);
    assertThat(x.main().time().start()).hasToString("2019-03-04");
  }
}
