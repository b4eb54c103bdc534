package org.vigil.pipeline.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.model.Status;
import org.vigil.pipeline.annotate.Sentence;

/**
 * A group of sentences that report one incident: the main one or a recalled (background) one. Built by
 * {@link SentenceGrouping}, rearranged by {@link MainIncidentChoice}, turned into an incident by
 * {@link IncidentBuilder}. Mutable while an article is read, never shared between articles or threads.
 */
final class IncidentGroup {
  final Status status;
  /** The group's sentences, in the order they joined it (text order unless a recalled lead was put first). */
  final List<Sentence> sentences = new ArrayList<>();
  final List<Mention> mentions = new ArrayList<>();
  /** Indices of the sentences that carry one of the group's trigger mentions. */
  final Set<Integer> triggerSentences = new LinkedHashSet<>();

  IncidentGroup(Status status) {
    this.status = status;
  }

  /** Takes in another group's sentences, mentions and trigger sentences, after its own (no re-sorting). */
  void addAll(IncidentGroup part) {
    sentences.addAll(part.sentences);
    mentions.addAll(part.mentions);
    triggerSentences.addAll(part.triggerSentences);
  }

  /** The index of the group's last sentence: whether a following sentence is adjacent to it. */
  int lastIndex() {
    return sentences.get(sentences.size() - 1).index();
  }

  /** The group's sentences, those with its triggers first (each part in the group's own order). */
  List<Sentence> ordered() {
    List<Sentence> ordered = new ArrayList<>();
    for (Sentence s : sentences) {
      if (triggerSentences.contains(s.index())) {
        ordered.add(s);
      }
    }
    for (Sentence s : sentences) {
      if (!triggerSentences.contains(s.index())) {
        ordered.add(s);
      }
    }
    return ordered;
  }
}
