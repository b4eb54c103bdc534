package org.vigil.pipeline.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
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
 * <p>Loading takes 10–20 s and about 1 GB of heap; make one instance and share it. {@link #annotate} is thread-safe
 * (CoreNLP's pipeline is).
 */
public final class CoreNlpAnnotator {
  /** CoreNLP's version, recorded in every incident's provenance. */
  public static final String MODEL_ID = "stanford-corenlp-4.5.10 (pos english-left3words-distsim, ner"
      + " english.all.3class.distsim, depparse english_UD on selected sentences)";

  private final StanfordCoreNLP pipeline;
  private final StanfordCoreNLP parser;
  private final Predicate<List<Token>> parseWhen;
  private final Properties upperCaseProps;
  /** The truecasing pipeline, loaded on the first upper-case article (its model adds ~5 s and ~0.5 GB). */
  private volatile StanfordCoreNLP upperCasePipeline;

  /**
   * @param parseWhen which sentences get a dependency parse: parsing is a third of CoreNLP's cost, and extraction
   *     needs it only in sentences that can carry an incident's facts (given the sentence's tokens, before parsing)
   */
  public CoreNlpAnnotator(Predicate<List<Token>> parseWhen) {
    this.parseWhen = parseWhen;
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
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
    this.pipeline = new StanfordCoreNLP(props);
    this.upperCaseProps = new Properties();
    upperCaseProps.putAll(props);
    // Upper-case wire text (MUC-4's FBIS reports) defeats the tagger and NER, which lean on capitals: CoreNLP's
    // truecaser restores the case of the token words first (offsets still point into the original text).
    upperCaseProps.setProperty("annotators", "tokenize,ssplit,truecase,pos,lemma,ner");
    upperCaseProps.setProperty("truecase.overwriteText", "true");
    Properties parse = new Properties();
    parse.setProperty("annotators", "depparse");
    parse.setProperty("enforceRequirements", "false");
    parse.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
    this.parser = new StanfordCoreNLP(parse, false);
  }

  /** An annotator that parses every sentence. */
  public CoreNlpAnnotator() {
    this(tokens -> true);
  }

  private StanfordCoreNLP upperCasePipeline() {
    StanfordCoreNLP p = upperCasePipeline;
    if (p == null) {
      synchronized (this) {
        p = upperCasePipeline;
        if (p == null) {
          p = new StanfordCoreNLP(upperCaseProps);
          upperCasePipeline = p;
        }
      }
    }
    return p;
  }

  /** True when at least 80 % of the letters are capitals (and there are enough letters to tell). */
  static boolean isUpperCase(String text) {
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

  /** Annotates the article's text. */
  public Annotated annotate(Article article) {
    Annotation doc = new Annotation(article.text());
    if (article.published() != null) {
      doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
    }
    (isUpperCase(article.text()) ? upperCasePipeline() : pipeline).annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<Token>> tokenLists = new ArrayList<>(sentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    for (CoreMap s : sentences) {
      List<Token> tokens = tokens(s);
      tokenLists.add(tokens);
      if (!tokens.isEmpty() && parseWhen.test(tokens)) {
        toParse.add(s);
      }
    }
    if (!toParse.isEmpty()) {
      Annotation sub = new Annotation(article.text());
      sub.set(CoreAnnotations.SentencesAnnotation.class, toParse);
      parser.annotate(sub);
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
          deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
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
