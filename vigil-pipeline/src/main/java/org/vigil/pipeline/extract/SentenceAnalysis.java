package org.vigil.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vigil.pipeline.annotate.Sentence;

/**
 * What each sentence of an article says, worked out once per article: its own frame, its trigger mentions and its
 * figures (all indexed by sentence index), and which sentences sum several incidents. The grouping and every incident
 * built from it read these instead of recomputing them. Immutable once built; one per article.
 */
record SentenceAnalysis(List<Frame> frames, List<List<Mention>> mentions, List<List<FigureRules.Found>> figures,
    IncidentFigures.RoundUps roundUps) {

  static SentenceAnalysis of(String text, List<Sentence> sentences, LocalDate published) {
    List<Frame> frames = new ArrayList<>(sentences.size());
    List<List<Mention>> mentions = new ArrayList<>(sentences.size());
    List<List<FigureRules.Found>> figures = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      Frame f = Framing.sentenceFrame(text, s, published);
      frames.add(f);
      mentions.add(Framing.mentions(s, f));
      figures.add(FigureRules.figures(text, s));
    }
    return new SentenceAnalysis(frames, mentions, figures, IncidentFigures.RoundUps.of(text, sentences, figures));
  }
}
