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
 * a report of the war in general, a threat or an incident older than the keys' window has no template. Trained by
 * {@code vigil train muc4} (full-batch gradient descent from zero weights, so the model is reproducible);
 * immutable and thread-safe.
 */
public final class Relevance {
  /** The bundled model, trained on {@code muc4_train.jsonl.gz}. */
  public static final String RESOURCE = "relevance.tsv.gz";
  /** A word must occur in this many training documents to be a feature. */
  public static final int MIN_DOCS = 3;
  private static final int ITERATIONS = 3000;
  private static final double RATE = 2.0;
  private static final double L2 = 1e-4;
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  private static final String BIAS = "<bias>";

  private final Map<String, Double> weights;
  private final double bias;

  /** A model of word weights and a bias. */
  public Relevance(Map<String, Double> weights, double bias) {
    this.weights = Map.copyOf(weights);
    this.bias = bias;
  }

  /** A model that finds every document relevant. */
  public static Relevance always() {
    return new Relevance(Map.of(), 10);
  }

  /** The bundled model. */
  public static Relevance bundled() {
    return of(ModelFile.bundled(RESOURCE));
  }

  /** Reads a model file (gzip TSV of word and weight, the bias as {@code <bias>}; # starts a comment). */
  public static Relevance read(Path file) throws IOException {
    return of(ModelFile.read(file));
  }

  private static Relevance of(List<String[]> rows) {
    Map<String, Double> w = new HashMap<>();
    double b = 0;
    for (String[] f : rows) {
      if (f[0].equals(BIAS)) {
        b = Double.parseDouble(f[1]);
      } else {
        w.put(f[0], Double.parseDouble(f[1]));
      }
    }
    return new Relevance(w, b);
  }

  /** Writes the model as gzip TSV, words sorted, after one comment line. */
  public void write(OutputStream out, String comment) throws IOException {
    List<String> rows = new ArrayList<>();
    rows.add(BIAS + "\t" + String.format(Locale.ROOT, "%.6f", bias));
    new TreeMap<>(weights).forEach((k, v) -> rows.add(k + "\t" + String.format(Locale.ROOT, "%.6f", v)));
    ModelFile.write(out, comment, rows);
  }

  /** Number of word features. */
  public int size() {
    return weights.size();
  }

  /** The probability that a document with this body has a template. */
  public double probability(String body) {
    Set<String> words = words(body);
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

  /** Whether the document is more likely than not to have a template. */
  public boolean relevant(String body) {
    return probability(body) >= 0.5;
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

  /** Trains on MUC-4 lines ({@code raw_text}, {@code templates}): a document is positive when it has a template. */
  public static Relevance train(Iterable<JsonNode> lines) {
    List<Set<String>> docs = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    Map<String, Integer> df = new TreeMap<>();
    for (JsonNode l : lines) {
      Set<String> w = words(RoleLexicon.bodyOf(l.get("raw_text").asText()));
      docs.add(w);
      labels.add(l.get("templates") != null && !l.get("templates").isEmpty());
      w.forEach(x -> df.merge(x, 1, Integer::sum));
    }
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
    return new Relevance(weights, b);
  }
}
