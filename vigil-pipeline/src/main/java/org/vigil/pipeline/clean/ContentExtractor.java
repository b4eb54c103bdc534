package org.vigil.pipeline.clean;

import java.util.List;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a parsed page: prunes what is never text, prefers an explicit {@code itemprop=articleBody},
 * otherwise scores containers as Readability does, and collects the paragraphs of the winner.
 *
 * <p>Like Readability, when pruning by class and id names leaves less than {@value #MIN_TEXT} characters (a site
 * that names its article container "post-footer-wrap"), the page is extracted again without that pruning and the
 * longer result is kept.
 */
final class ContentExtractor {
  static final int MIN_TEXT = 250;

  private ContentExtractor() {}

  /**
   * @param parse gives a fresh parse of the page each time (extraction prunes the document in place)
   * @param first the page parsed once already
   * @param title the headline, dropped where the page repeats it as a paragraph; may be null
   */
  static List<Block> extract(Supplier<Document> parse, Document first, String title) {
    Attempt strict = extractOnce(first, title, true);
    if (length(strict.blocks) >= MIN_TEXT || strict.removedByName == 0) {
      return strict.blocks; // long enough, or nothing was removed for its name: a lenient pass finds the same
    }
    Attempt lenient = extractOnce(parse.get(), title, false);
    return length(lenient.blocks) > length(strict.blocks) ? lenient.blocks : strict.blocks;
  }

  private record Attempt(List<Block> blocks, int removedByName) {}

  private static Attempt extractOnce(Document doc, String title, boolean pruneByName) {
    int removedByName = Boilerplate.prune(doc, pruneByName);
    Element body = doc.body();
    if (body == null) {
      return new Attempt(List.of(), removedByName);
    }
    NodeStats stats = new NodeStats(body);
    ReadabilityScorer scorer = new ReadabilityScorer(stats);
    List<Element> selected = scorer.select(body);
    List<Element> roots = articleBody(doc, stats);
    if (roots == null) {
      roots = selected;
    }
    if (roots.isEmpty()) {
      roots = List.of(body);
    }
    List<Block> blocks = new BlockCollector(stats, scorer, roots).collect(title);
    if (blocks.isEmpty() && !(roots.size() == 1 && roots.get(0) == body)) {
      blocks = new BlockCollector(stats, scorer, List.of(body)).collect(title);
    }
    return new Attempt(blocks, removedByName);
  }

  /** The largest {@code itemprop=articleBody} when it holds real text, else null. */
  private static List<Element> articleBody(Document doc, NodeStats stats) {
    Element best = null;
    for (Element e : doc.select("[itemprop=articleBody], [itemprop=articlebody]")) {
      if (best == null || stats.of(e).text > stats.of(best).text) {
        best = e;
      }
    }
    return best != null && stats.of(best).text >= 200 ? List.of(best) : null;
  }

  private static int length(List<Block> blocks) {
    int n = 0;
    for (Block b : blocks) {
      n += b.text().length();
    }
    return n;
  }
}
