package org.vigil.pipeline.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFBiasedClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.pipeline.TrueCaseAnnotator;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PerThreadTruecaser}: threads truecasing at once give what one thread alone gives, over one loaded model.
 */
class PerThreadTruecaserTest {
  /** Upper-case wire text as MUC-4's FBIS reports are written. */
  private static final List<String> TEXTS = List.of(
      "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [TEXT] THE ARMED FORCES PRESS COMMITTEE REPORTED THAT FIVE"
          + " SOLDIERS WERE KILLED IN AN AMBUSH NEAR THE TOWN OF SAN MIGUEL.",
      "BOGOTA, 4 MAR 89 (EFE) -- [TEXT] COLOMBIAN POLICE SAID TODAY THAT GUERRILLAS OF THE NATIONAL LIBERATION ARMY"
          + " BLEW UP A SECTION OF THE CANO LIMON-COVENAS OIL PIPELINE IN WESTERN BOGOTA.",
      "LIMA, 12 MAY 90 (AFP) -- [TEXT] A CAR BOMB EXPLODED OUTSIDE THE PRESIDENTIAL PALACE, WOUNDING TWO POLICEMEN"
          + " AND A PASSERBY, THE INTERIOR MINISTRY REPORTED. JAIME PARDO LEAL WAS NOT AMONG THEM.");

  private static StanfordCoreNLP splitter;
  private static TrueCaseAnnotator truecaser;
  /** The texts truecased by the annotator's own classifier, one at a time, before the stand-in was installed. */
  private static final List<List<String>> ALONE = new ArrayList<>();
  private static boolean installed;

  @BeforeAll
  static void load() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("truecase.overwriteText", "true");
    splitter = new StanfordCoreNLP(props);
    truecaser = new TrueCaseAnnotator(props);
    for (String text : TEXTS) {
      ALONE.add(truecased(text));
    }
    installed = PerThreadTruecaser.install(truecaser);
  }

  private static List<String> truecased(String text) {
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    truecaser.annotate(doc);
    List<String> words = new ArrayList<>();
    for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
      words.add(l.word());
    }
    return words;
  }

  @Test
  void standsInForTheAnnotatorsClassifierAndGivesEachThreadItsOwnCopy() throws Exception {
    assertThat(installed).isTrue();
    Field own = TrueCaseAnnotator.class.getDeclaredField("trueCaser");
    own.setAccessible(true);
    assertThat(own.get(truecaser)).isInstanceOf(PerThreadTruecaser.class);
    // the same truecasing as the annotator's own classifier gave
    assertThat(truecased(TEXTS.get(0))).isEqualTo(ALONE.get(0)).contains("Salvador", "Armed", "Forces");

    Field copies = PerThreadTruecaser.class.getDeclaredField("copies");
    copies.setAccessible(true);
    ThreadLocal<?> perThread = (ThreadLocal<?>) copies.get(own.get(truecaser));
    CRFBiasedClassifier<?> mine = (CRFBiasedClassifier<?>) perThread.get();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      CRFBiasedClassifier<?> theirs = (CRFBiasedClassifier<?>) other.submit(perThread::get).get();
      // two objects (two flags), one model
      assertThat(theirs).isNotSameAs(mine);
      assertThat(theirs.classIndex).isSameAs(mine.classIndex);
      Field weights = edu.stanford.nlp.ie.crf.CRFClassifier.class.getDeclaredField("weights");
      weights.setAccessible(true);
      assertThat(weights.get(theirs)).isSameAs(weights.get(mine));
    } finally {
      other.shutdown();
    }
  }

  @Test
  void threadsTruecasingAtOnceGiveWhatOneThreadGives() throws Exception {
    assertThat(installed).isTrue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 60; i++) {
        String text = TEXTS.get(i % TEXTS.size());
        runs.add(pool.submit(() -> truecased(text)));
      }
      for (int i = 0; i < runs.size(); i++) {
        assertThat(runs.get(i).get()).as("run %d", i).isEqualTo(ALONE.get(i % TEXTS.size()));
      }
    } finally {
      pool.shutdown();
    }
  }
}
