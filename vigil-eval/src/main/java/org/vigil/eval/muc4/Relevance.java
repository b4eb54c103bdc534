package org.vigil.eval.muc4;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a MUC-4 document reports an incident the keys would fill a template for: a logistic regression over the
 * set of the body's words (letters only, lower case, each word counted once, the vector scaled to unit length),
 * trained on the training documents with and without templates. MUC-4's relevance is narrower than Vigil's screen:
 * a report of the war in general, a threat or an incident older than the keys' window has no template. The decision
 * threshold is the one with the best F1 in finding the documents with templates over five-fold cross-validation on
 * the training documents (like template F1, it weighs a document wrongly dropped more than one wrongly kept).
 * Trained by {@code vigil train muc4} (full-batch gradient descent from zero weights, so the model is reproducible);
 * immutable and thread-safe.
 */
public final class Relevance {
  /** The bundled model, trained on {@code muc4_train.jsonl.gz}. */
  public static final String RESOURCE = "relevance.tsv.gz";
  /** A word must occur in this many training documents to be a feature. */
  public static final int MIN_DOCS = 3;
  /** Folds of the cross-validation that picks the threshold. */
  public static final int FOLDS = 5;
  private static final int ITERATIONS = 3000;
  private static final double RATE = 2.0;
  private static final double L2 = 1e-4;
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final String BIAS = "<bias>";
  private static final String THRESHOLD = "<threshold>";

  private final Map<String, Double> weights;
  private final double bias;
  private final double threshold;

  /** A model of word weights and a bias, deciding at 0.5. */
  public Relevance(Map<String, Double> weights, double bias) {
    this(weights, bias, 0.5);
  }

  /** A model of word weights, a bias and a decision threshold. */
  public Relevance(Map<String, Double> weights, double bias, double threshold) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
    this.threshold = threshold;
  }

  /** A model that finds every document relevant. */
  public static Relevance always() {
    return new Relevance(Map.of(), 10);
  }

  /** The bundled model. */
  public static Relevance bundled() {
    return of(ModelFile.bundled(RESOURCE));
  }

  /**
   * Reads a model file (gzip TSV of word and weight, the bias as {@code <bias>}, the threshold as
   * {@code <threshold>}, 0.5 when absent; # starts a comment).
   */
  public static Relevance read(Path file) throws IOException {
    return of(ModelFile.read(file));
  }

  private static Relevance of(List<String[]> rows) {
    Map<String, Double> w = new HashMap<>();
    double b = 0;
    double t = 0.5;
    for (String[] f : rows) {
      if (f[0].equals(BIAS)) {
        b = Double.parseDouble(f[1]);
      } else if (f[0].equals(THRESHOLD)) {
        t = Double.parseDouble(f[1]);
      } else {
        w.put(f[0], Double.parseDouble(f[1]));
      }
    }
    return new Relevance(w, b, t);
  }

  /** Writes the model as gzip TSV, words sorted, after one comment line. */
  public void write(OutputStream out, String comment) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add(BIAS + "\t" + String.format(Locale.ROOT, "%.6f", bias));
    rows.add(THRESHOLD + "\t" + String.format(Locale.ROOT, "%.2f", threshold));
    new TreeMap<>(weights).forEach((k, v) -> rows.add(k + "\t" + String.format(Locale.ROOT, "%.6f", v)));
    ModelFile.write(out, comment, rows);
  }

  /** Number of word features. */
  public int size() {
    return weights.size();
  }

  /** The decision threshold. */
  public double threshold() {
    return threshold;
  }

  /** The probability that a document with this body has a template. */
  public double probability(String body) {
    return probability(words(body));
  }

  private double probability(Set<String> words) {
    double sum = 0;
    int known = 0;
    for (String w : words) {
      Double x = weights.get(w);
      if (x != null) {
        sum += x;
        known++;
      }
    }
    double z = bias + (known == 0 ? 0 : sum / Math.sqrt(known));
    return 1 / (1 + Math.exp(-z));
  }

  /** Whether the document's probability of a template reaches the threshold. */
  public boolean relevant(String body) {
    return probability(body) >= threshold;
  }

  /** The distinct lower-case words of a text, letters only. */
  static Set<String> words(String text) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * Trains on MUC-4 lines ({@code raw_text}, {@code templates}): a document is positive when it has a template. The
   * threshold comes from {@value #FOLDS}-fold cross-validation (fold = line index modulo {@value #FOLDS}).
   */
  public static Relevance train(List<JsonNode> lines) {
    List<Set<String>> docs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (JsonNode l : lines) {
      docs.add(words(RoleLexicon.bodyOf(l.get("raw_text").asText())));
      labels.add(l.get("templates") != null && !l.get("templates").isEmpty());
    }
    int n = docs.size();
    List<double[]> scored = new ArrayList<>();
    for (int fold = 0; fold < FOLDS && n >= 2 * FOLDS; fold++) {
      List<Set<String>> inDocs = new ArrayList<>();
      List<Boolean> inLabels = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i % FOLDS != fold) {
          inDocs.add(docs.get(i));
          inLabels.add(labels.get(i));
        }
      }
      Relevance m = fit(inDocs, inLabels, 0.5);
      for (int i = fold; i < n; i += FOLDS) {
        scored.add(new double[] {m.probability(docs.get(i)), labels.get(i) ? 1 : 0});
      }
    }
    return fit(docs, labels, scored.isEmpty() ? 0.5 : bestThreshold(scored));
  }

  /**
   * The threshold (0.20 to 0.80 by 0.01, the one nearest 0.5 on ties) with the best F1 in finding the documents that
   * have a template, over {@code [probability, 1 if it has one else 0]} pairs.
   */
  static double bestThreshold(List<double[]> scored) {
    long pos = scored.stream().filter(p -> p[1] == 1).count();
    double best = 0.5;
    double bestF1 = -1;
    for (int s = 0; s <= 60; s++) {
      double t = Math.round(50 + (s % 2 == 0 ? s / 2 : -(s + 1) / 2)) / 100.0;
      long tp = scored.stream().filter(p -> p[0] >= t && p[1] == 1).count();
      long kept = scored.stream().filter(p -> p[0] >= t).count();
      double f1 = 2.0 * tp / (kept + pos);
      if (f1 > bestF1) {
        best = t;
        bestF1 = f1;
      }
    }
    return best;
  }

  private static Relevance fit(List<Set<String>> docs, List<Boolean> labels, double threshold) {
    Map<String, Integer> df = new TreeMap<>();
    docs.forEach(w -> w.forEach(x -> df.merge(x, 1, Integer::sum)));
    Map<String, Integer> index = new HashMap<>();
    List<String> vocab = new ArrayList<>();
    df.forEach((w, n) -> {
      if (n >= MIN_DOCS) {
        index.put(w, vocab.size());
        vocab.add(w);
      }
    });
    int n = docs.size();
    int[][] feats = new int[n][];
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      feats[i] = docs.get(i).stream().map(index::get).filter(x -> x != null).mapToInt(Integer::intValue).toArray();
      scale[i] = feats[i].length == 0 ? 0 : 1 / Math.sqrt(feats[i].length);
    }
    double[] w = new double[vocab.size()];
    double b = 0;
    double[] grad = new double[w.length];
    for (int it = 0; it < ITERATIONS; it++) {
      java.util.Arrays.fill(grad, 0);
      double gb = 0;
      for (int i = 0; i < n; i++) {
        double z = b;
        for (int f : feats[i]) {
          z += w[f] * scale[i];
        }
        double g = 1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0);
        for (int f : feats[i]) {
          grad[f] += g * scale[i];
        }
        gb += g;
      }
      for (int f = 0; f < w.length; f++) {
        w[f] -= RATE * (grad[f] / n + L2 * w[f]);
      }
      b -= RATE * gb / n;
    }
    Map<String, Double> weights = new HashMap<>();
    for (int f = 0; f < w.length; f++) {
      weights.put(vocab.get(f), w[f]);
    }
    return new Relevance(weights, b, threshold);
  }
}
