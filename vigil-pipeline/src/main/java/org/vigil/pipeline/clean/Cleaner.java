package org.vigil.pipeline.clean;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.vigil.model.Article;
import org.vigil.model.ContentHash;
import org.vigil.model.RawDocument;
import org.vigil.model.RejectedException;
import org.vigil.model.Span;
import org.vigil.model.Stage;

/**
 * The clean stage: turns one {@link RawDocument} (bytes of an HTML page or a plain-text file) into an
 * {@link Article} holding the article's own text, its paragraph structure and what the page says about itself.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li>Every bad input ends in a {@link RejectedException} with {@link Stage#CLEAN} and one of these reasons, never
 *       in another exception: {@code too-large} (more than {@link CleanerOptions#maxInputBytes()}, checked before
 *       anything is decoded), {@code empty} (no bytes, or only whitespace, and no title given: an input with
 *       an empty body and a given title becomes an article whose text is the headline), {@code binary} (a known
 *       file signature such as PDF, ZIP, PNG or gzip; a declared image, audio, video, font, PDF, archive or office
 *       media type; a NUL in the first 8 KiB; or more than 5% control characters),
 *       {@code invalid-encoding} (bytes that are not valid in the chosen charset; the message gives the byte offset),
 *       {@code no-text} (HTML in which no article text was found). A failure of the cleaner itself is reported as
 *       {@code internal-error} with the cause attached, so that a batch still carries on.</li>
 *   <li>{@code text} is never blank: paragraphs joined by a blank line, each trimmed, whitespace runs collapsed to
 *       one space, control and zero-width characters removed; {@code paragraphs.get(i).of(text)} is paragraph i.</li>
 *   <li>{@code sourceOffsets.get(i)} is the offset in the decoded input (without byte-order mark) where paragraph i
 *       came from: for plain text its first visible character, for HTML the start of the element it came from (or of
 *       its first text after a {@code <br>}); -1 when unknown.</li>
 *   <li>{@code id}, {@code url}, {@code title} and {@code published} of the input win over what the page says when
 *       they are non-null; {@code publishedEvidence} is then {@code "given"}. {@code inputHash} is the SHA-256 of the
 *       raw bytes ({@link #inputHash(byte[])}).</li>
 *   <li>Deterministic, stateless and thread-safe: one instance may serve any number of threads.</li>
 * </ul>
 *
 * <h2>Character set</h2>
 * The charset is the first of: a byte-order mark (UTF-8, UTF-16, UTF-32); the input's declared charset; a
 * {@code charset=} parameter of its content type; for anything not declared {@code text/plain}, an HTML
 * {@code <meta charset>} or {@code <meta http-equiv=Content-Type>} in the first 4 KiB; otherwise UTF-8. As browsers
 * do, ISO-8859-1 and US-ASCII labels mean windows-1252, and a {@code <meta>} claiming UTF-16 means UTF-8. Unknown
 * labels are skipped. Decoding is strict. When the charset is UTF-8 (declared or assumed) and the bytes are not valid
 * UTF-8, they are decoded as windows-1252 only if they look like legacy single-byte text: not one valid multi-byte
 * UTF-8 sequence, at most 30% non-ASCII bytes, and none of the bytes windows-1252 leaves undefined. Anything else —
 * UTF-8 mixed with stray legacy bytes, random bytes, a broken multi-byte charset — is rejected as
 * {@code invalid-encoding} with the byte offset of the first bad sequence, rather than guessed at.
 *
 * <h2>HTML or plain text</h2>
 * A content type naming HTML means HTML and {@code text/plain} means plain text; without either the text is sniffed:
 * it is HTML when it starts with {@code <!doctype html} or {@code <html}, has {@code <html} or {@code <body} in its
 * first 4 KiB, or has a high density of common tags. Plain text is split by {@link PlainTextSplitter}; HTML is parsed
 * with jsoup and its main text found by a Readability-style extractor.
 */
public final class Cleaner {
  private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
      + "<(?:!doctype\\s+html|html)\\b");
  private static final Pattern HTML_MARKER = Pattern.compile("(?i)<(?:html|body|head)\\b");
  private static final Pattern COMMON_TAG = Pattern.compile(
      "(?i)</?(?:p|div|br|a|span|li|ul|td|tr|table|h[1-6]|img|section|article|strong|em|b|i)\\b[^<>]{0,300}>");
  private static final int SNIFF_CHARS = 4096;

  private final CleanerOptions options;
  private final MetadataExtractor metadata = new MetadataExtractor();

  /** A cleaner with {@link CleanerOptions#defaults()}. */
  public Cleaner() {
    this(CleanerOptions.defaults());
  }

  public Cleaner(CleanerOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public CleanerOptions options() {
    return options;
  }

  /**
   * Cleans one input.
   *
   * @param doc the input, not null
   * @return the article, with non-blank text
   * @throws RejectedException when the input is bad (see the class documentation for the reasons)
   */
  public Article clean(RawDocument doc) throws RejectedException {
    Objects.requireNonNull(doc, "doc");
    try {
      return cleanChecked(doc);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug of ours, not bad input; the cause keeps the stack trace for whoever records the outcome.
      String detail = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
      RejectedException rejected = new RejectedException(Stage.CLEAN, "internal-error", "cleaner failed: "
          + e.getClass().getSimpleName() + (detail.length() > 300 ? detail.substring(0, 300) + "…" : detail));
      rejected.initCause(e);
      throw rejected;
    }
  }

  private Article cleanChecked(RawDocument doc) throws RejectedException {
    byte[] bytes = doc.bytes();
    if (bytes.length > options.maxInputBytes()) {
      throw reject("too-large", String.format(Locale.ROOT, "input is %,d bytes, more than the limit of %,d",
          bytes.length, options.maxInputBytes()));
    }
    if (bytes.length == 0) {
      if (hasTitle(doc)) {
        return headlineOnly(doc);
      }
      throw reject("empty", "input has no bytes");
    }
    String magic = BinarySniffer.magicName(bytes);
    if (magic != null) {
      throw reject("binary", "input is a " + magic + " file, not text");
    }
    if (BinarySniffer.isBinaryMediaType(doc.contentType())) {
      throw reject("binary", "input is declared as " + doc.contentType().trim() + ", not text");
    }
    TextDecoder.Choice choice = TextDecoder.choose(bytes, doc.charset(), doc.contentType());
    if (!TextDecoder.isWide(choice.charset())) {
      String why = BinarySniffer.binaryBytesReason(bytes);
      if (why != null) {
        throw reject("binary", "input looks binary: " + why);
      }
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, choice, options.windows1252Fallback());
    String text = decoded.text();
    if (decoded.wide()) {
      String why = BinarySniffer.binaryCharsReason(text);
      if (why != null) {
        throw reject("binary", "input looks binary: " + why);
      }
    }
    if (TextAssembler.isBlank(text)) {
      if (hasTitle(doc)) {
        return headlineOnly(doc);
      }
      throw reject("empty", "input is only whitespace (" + bytes.length + " bytes)");
    }
    String hash = inputHash(bytes);
    return isHtml(doc.contentType(), text) ? html(doc, text, hash) : plain(doc, text, hash);
  }

  private static boolean hasTitle(RawDocument doc) {
    return doc.title() != null && !TextAssembler.isBlank(doc.title());
  }

  /**
   * A page whose body did not survive (a crawl that kept only the headline, a feed item without a description): its
   * headline is its text, one paragraph, since headlines carry the event, the toll and the town.
   */
  private static Article headlineOnly(RawDocument doc) {
    String headline = doc.title().strip().replaceAll("\\s+", " ");
    // the hash covers the title, or every headline-only input would share the hash of its empty body
    String hash = ContentHash.of(doc);
    return new Article(doc.id(), doc.url(), doc.title(), doc.published(), doc.published() == null ? null : "given",
        null, null, headline, List.of(new Span(0, headline.length())), List.of(-1), hash);
  }

  private Article plain(RawDocument doc, String text, String hash) throws RejectedException {
    TextAssembler out = new TextAssembler();
    for (Block b : PlainTextSplitter.split(text)) {
      out.add(b);
    }
    if (out.isEmpty()) {
      throw reject("empty", "input has no visible text");
    }
    String title = doc.title();
    if (title == null) {
      String first = out.spans().get(0).of(out.text());
      if (first.length() <= 200 && !first.endsWith(".")) {
        title = first;
      }
    }
    return new Article(doc.id(), doc.url(), title, doc.published(), doc.published() == null ? null : "given", null,
        null, out.text(), out.spans(), out.offsets(), hash);
  }

  private Article html(RawDocument doc, String text, String hash) throws RejectedException {
    String base = doc.url() == null ? "" : doc.url();
    Document page = parse(text, base);
    PageMetadata meta = metadata.extract(page, doc.url());
    String title = doc.title() != null ? doc.title() : meta.title();
    List<Block> blocks = ContentExtractor.extract(() -> parse(text, base), page, title);
    TextAssembler out = new TextAssembler();
    for (Block b : blocks) {
      out.add(b);
    }
    if (out.isEmpty()) {
      throw reject("no-text", "HTML page has no article text (" + text.length() + " characters of markup)");
    }
    LocalDate published = doc.published() != null ? doc.published() : meta.published();
    String evidence = doc.published() != null ? "given" : meta.publishedEvidence();
    String url = doc.url() != null ? doc.url() : meta.canonicalUrl();
    return new Article(doc.id(), url, title, published, evidence, meta.author(), meta.language(), out.text(),
        out.spans(), out.offsets(), hash);
  }

  private Document parse(String text, String base) {
    Parser parser = Parser.htmlParser().setTrackPosition(true).setMaxDepth(options.maxNestingDepth());
    return parser.parseInput(text, base);
  }

  static boolean isHtml(String contentType, String text) {
    if (contentType != null) {
      String type = contentType.toLowerCase(Locale.ROOT);
      if (type.contains("html")) {
        return true;
      }
      if (type.startsWith("text/plain")) {
        return false;
      }
    }
    String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
    if (HTML_START.matcher(head).find() || HTML_MARKER.matcher(head).find()) {
      return true;
    }
    String sample = text.substring(0, Math.min(text.length(), 16 * SNIFF_CHARS));
    var m = COMMON_TAG.matcher(sample);
    int tags = 0;
    while (m.find()) {
      tags++;
    }
    return tags >= 3 && tags * 400 >= sample.length();
  }

  /** SHA-256 of {@code bytes} as lower-case hex: the input hash recorded with every outcome, rejected ones too. */
  public static String inputHash(byte[] bytes) {
    return ContentHash.sha256(bytes);
  }

  private static RejectedException reject(String reason, String message) {
    return new RejectedException(Stage.CLEAN, reason, message);
  }
}
