package org.vigil.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.InterleavedClassifier;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.vigil.model.Article;
import org.vigil.model.Span;

/**
 * The annotate stage: Stanford CoreNLP tokens, sentences, parts of speech, lemmas, coarse NER with numbers and dates,
 * and basic dependencies, converted to Vigil's own {@link Sentence} and {@link Token} records so that no CoreNLP type
 * leaks into extraction.
 *
 * <p>Fine-grained NER (CITY, COUNTRY, NATIONALITY…) is switched off: it is most of CoreNLP's cost and Vigil's own
 * gazetteer does that typing better (it knows "Malians" and "Franco-Gabonese"). SUTime and the numeric classifiers
 * are off as well: {@link TimeWords} tags time words, {@code resolve.time} resolves them against the publication
 * date, and counts come from the part-of-speech tags.
 *
 * <p>Loading takes 5–20 s and about 1 GB of heap (the tagger, NER and the parser load side by side); make one
 * instance and share it. {@link #annotate} is thread-safe (CoreNLP's annotators and its parser are).
 */
public final class CoreNlpAnnotator {
  /** CoreNLP's version, recorded in every incident's provenance. */
  public static final String MODEL_ID = "stanford-corenlp-4.5.10 (pos english-left3words-distsim, ner"
      + " english.all.3class.distsim, depparse english_UD on selected sentences)";

  /** CoreNLP's neural dependency model (Universal Dependencies). */
  private static final String PARSER_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
  /**
   * How many hidden-layer products of rarer (word, position) features the parser keeps (CoreNLP's default: 5,000).
   * A cached product is the same float vector as a fresh one, so the size changes the speed, never the parse; with
   * 5,000 the parser recomputed most of them. Each is 1,000 floats (4 KB): at most ~0.4 GB.
   */
  private static final int PARSER_CACHE = 100_000;

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP tagger;
  private final DependencyParser parser;
  private final Predicate<List<Token>> parseWhen;
  private final Properties truecaseProps;
  /** The truecaser, loaded on the first upper-case article or ahead of it (its model adds ~5 s and ~0.5 GB). */
  private volatile CompletableFuture<Truecaser> truecaser;

  /**
   * CoreNLP's truecaser, and whether several threads may use it at once ({@link PerThreadTruecaser} installed in it);
   * when not, it takes one article at a time.
   */
  private record Truecaser(TrueCaseAnnotator annotator, boolean concurrent) {}

  /**
   * @param parseWhen which sentences get a dependency parse: parsing is a third of CoreNLP's cost, and extraction
   *     needs it only in sentences that can carry an incident's facts (given the sentence's tokens, before parsing)
   * @param upperCaseExpected load the truecaser now, beside the other models, because upper-case articles are
   *     coming (else it loads when the first one arrives)
   */
  public CoreNlpAnnotator(Predicate<List<Token>> parseWhen, boolean upperCaseExpected) {
    this.parseWhen = parseWhen;
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    // Paragraphs are separated by a blank line in Article.text; a headline without a full stop must not run on
    // into the first sentence.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    // One CRF (PERSON, LOCATION, ORGANIZATION) instead of three: places and nationalities are typed by the
    // gazetteer, so the 7-class and 4-class models would cost twice the time for nothing extraction uses.
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    props.setProperty("ner.applyFineGrained", "false");
    // SUTime and the numeric classifiers were five sixths of NER's time; Vigil tags time words itself (TimeWords)
    // and resolves them itself (resolve.time), and reads counts from the part-of-speech tags and its own number
    // words (extract.NumberPhrase).
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,normalizeParentheses=false,"
        + "normalizeOtherBrackets=false,quotes=ascii");
    // Upper-case wire text (MUC-4's FBIS reports) defeats the tagger and NER, which lean on capitals: CoreNLP's
    // truecaser restores the case of the token words between splitting and tagging (offsets still point into the
    // original text).
    this.truecaseProps = new Properties();
    truecaseProps.putAll(props);
    truecaseProps.setProperty("truecase.overwriteText", "true");
    if (upperCaseExpected) {
      truecaser();
    }
    // the three models load side by side: the parser and the truecaser on threads of their own
    CompletableFuture<DependencyParser> parserLoad = inBackground("vigil-load-parser", () -> {
      Properties parse = new Properties();
      parse.setProperty("numCached", Integer.toString(PARSER_CACHE));
      DependencyParser loaded = DependencyParser.loadFromModelFile(PARSER_MODEL, parse);
      // the products missing from the cache computed from weights laid out for them: less CPU, the same parses
      if (!ParserProducts.install(loaded, PARSER_CACHE)) {
        // the same parses through CoreNLP's own cache, but about a fifth more parser CPU: say so once, at start-up
        System.getLogger(CoreNlpAnnotator.class.getName()).log(System.Logger.Level.WARNING,
            "the parser keeps CoreNLP's own product cache: this CoreNLP's parser is not laid out as 4.5.10's"
                + " (annotate.ParserProducts), so parsing is slower; the parses are the same");
      } else if (!InterleavedClassifier.install(loaded, ParserProducts.class)) {
        // the same scores through CoreNLP's own output layer, one row at a time
        System.getLogger(CoreNlpAnnotator.class.getName()).log(System.Logger.Level.WARNING,
            "the parser keeps CoreNLP's own classifier: this CoreNLP's is not laid out as 4.5.10's"
                + " (nndep.InterleavedClassifier), so parsing is slower; the parses are the same");
      }
      return loaded;
    });
    this.splitter = new StanfordCoreNLP(props);
    Properties tag = new Properties();
    tag.putAll(props);
    tag.setProperty("annotators", "pos,lemma,ner");
    tag.setProperty("enforceRequirements", "false");
    this.tagger = new StanfordCoreNLP(tag);
    this.parser = join(parserLoad);
  }

  /** An annotator that parses every sentence and loads the truecaser when it is first needed. */
  public CoreNlpAnnotator() {
    this(tokens -> true, false);
  }

  /** Starts loading the truecaser if it is not loading or loaded yet; returns it, loaded or not. */
  private CompletableFuture<Truecaser> truecaser() {
    CompletableFuture<Truecaser> t = truecaser;
    if (t == null) {
      synchronized (this) {
        t = truecaser;
        if (t == null) {
          t = inBackground("vigil-load-truecaser", () -> {
            TrueCaseAnnotator loaded = TruecaserLoader.load(truecaseProps);
            boolean concurrent = PerThreadTruecaser.install(loaded);
            if (!concurrent) {
              // the same truecasing, one article at a time: say so once, as for the parser's cache
              System.getLogger(CoreNlpAnnotator.class.getName()).log(System.Logger.Level.WARNING,
                  "the truecaser takes one article at a time: this CoreNLP's TrueCaseAnnotator is not laid out as"
                      + " 4.5.10's (annotate.PerThreadTruecaser); the truecasing is the same");
            }
            return new Truecaser(loaded, concurrent);
          });
          truecaser = t;
        }
      }
    }
    return t;
  }

  /** Runs {@code load} on a daemon thread of its own called {@code name}. */
  static <T> CompletableFuture<T> inBackground(String name, Supplier<T> load) {
    CompletableFuture<T> f = new CompletableFuture<>();
    Thread t = new Thread(() -> {
      try {
        f.complete(load.get());
      } catch (RuntimeException | Error e) {
        f.completeExceptionally(e);
      }
    }, name);
    t.setDaemon(true);
    t.start();
    return f;
  }

  /** The future's value, its failure rethrown as it was thrown. */
  static <T> T join(CompletableFuture<T> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error r) {
        throw r;
      }
      throw e;
    }
  }

  /** True when at least 80 % of the letters are capitals (and there are enough letters to tell). */
  public static boolean isUpperCase(String text) {
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          upper++;
        }
      }
    }
    return letters >= 40 && upper >= 0.8 * letters;
  }

  private static List<Token> tokens(CoreMap s) {
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      CoreLabel l = labels.get(i);
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(i, l.word(), l.beginPosition(), l.endPosition(),
          lemma.toLowerCase(java.util.Locale.ROOT), l.tag(), l.ner() == null ? "O" : l.ner(),
          l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class)));
    }
    return TimeWords.tag(tokens);
  }

  /**
   * The basic dependencies of a sentence, from the parser itself, not CoreNLP's depparse annotator, which would also
   * build four enhanced graphs per sentence that Vigil never reads. A dateline that opens the sentence is left out of
   * the parse ({@code skip} its last token, or -1): its town and state run into the first clause and break it
   * ("NASHVILLE, Tenn. - A 3-year-old child suffered non-life threatening injuries …" made "child" no subject of
   * "suffered", so the one person hurt went uncounted); its tokens get no head.
   */
  private SemanticGraph parse(CoreMap s, int skip) {
    CoreMap parsed = s;
    if (skip >= 0) {
      // the same labels, so the graph keeps the whole sentence's token indices
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      parsed = new ArrayCoreMap();
      parsed.set(CoreAnnotations.TokensAnnotation.class, labels.subList(skip + 1, labels.size()));
    }
    return SemanticGraphFactory.makeFromTree(parser.predict(parsed), SemanticGraphFactory.Mode.BASIC,
        GrammaticalStructure.Extras.NONE, null);
  }

  /**
   * The last token of a dateline opening sentence {@code si} (one of the first {@link Dateline#SEARCH} that opens a
   * paragraph), or -1 when there is none or too little text follows it to parse on its own.
   */
  private static int datelineEnd(int si, List<Token> tokens, List<Span> paragraphs) {
    if (si >= Dateline.SEARCH || si > 0 && paragraphs.stream().noneMatch(p -> p.start() == tokens.get(0).begin())) {
      return -1;
    }
    int end = Dateline.end(tokens);
    if (end <= 0 || end + 4 >= tokens.size()) {
      return -1;
    }
    // a hyphen inside a word is no dateline's dash: "John Smith, a 13-year veteran …, died"
    boolean inWord = tokens.get(end - 1).end() == tokens.get(end).begin()
        && tokens.get(end).end() == tokens.get(end + 1).begin();
    return inWord ? -1 : end;
  }

  /** Annotates the article's text. */
  public Annotated annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    splitter.annotate(doc);
    if (isUpperCase(article.text())) {
      Truecaser t = join(truecaser());
      if (t.concurrent()) {
        t.annotator().annotate(doc);
      } else {
        // one article at a time: CoreNLP's truecaser (CRFBiasedClassifier) sets a shared flag around each call that
        // adds its bias feature, so a second thread finishing first switched the bias off under the other (about one
        // MUC-4 article in 200 came out differently from run to run)
        synchronized (t.annotator()) {
          t.annotator().annotate(doc);
        }
      }
    }
    tagger.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    for (CoreMap s : sentences) {
      ShotTags.retag(s.get(CoreAnnotations.TokensAnnotation.class));
    }
    List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap s = sentences.get(si);
      List<Token> tokens = tokens(s);
      tokenLists.add(tokens);
      if (!tokens.isEmpty() && parseWhen.test(tokens)) {
        s.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class,
            parse(s, datelineEnd(si, tokens, article.paragraphs())));
      }
    }
    List<Sentence> out = new ArrayList<>();
    int paragraph = 0;
    List<Span> paragraphs = article.paragraphs();
    for (int si = 0; si < sentences.size(); si++) {
      CoreMap s = sentences.get(si);
      List<Token> tokens = tokenLists.get(si);
      if (tokens.isEmpty()) {
        continue;
      }
      List<Dependency> deps = new ArrayList<>();
      SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (graph != null) {
        for (SemanticGraphEdge e : graph.edgeIterable()) {
          deps.add(new Dependency(
              e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
        }
        for (var root : graph.getRoots()) {
          deps.add(new Dependency(-1, root.index() - 1, "root"));
        }
      }
      Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
      while (paragraph + 1 < paragraphs.size() && paragraphs.get(paragraph + 1).start() <= span.start()) {
        paragraph++;
      }
      out.add(new Sentence(out.size(), paragraph, span, tokens, deps));
    }
    return new Annotated(article, out);
  }
}
