package org.vigil.pipeline.extract;

import org.vigil.pipeline.annotate.Sentence;

/**
 * A harm told in a relative clause on a subject of a later verb of its sentence (Session 18, hurt18b; GVA dev: "The
 * unidentified civilian and … Deputy James A. — who G. shot after stealing his gun — were hospitalized with
 * non-life-threatening injuries" was read as one hurt, the deputy the clause is on, where the verb after it counts
 * both). The relative clause tells of one of the people the later verb counts, so the later verb, which counts them
 * all (those coordinated with its subject too), is read first; the clause's own count is read only when the rest of
 * the sentence counts no one. A wound told in the clause stays with the one counted (MUC-4 dev: "… ANAYA, WHO WAS
 * WOUNDED IN COMBAT, HAS BEEN TAKEN TO THE … MILITARY HOSPITAL", beside deaths, is one hurt, not one of the dead told
 * again). Stateless.
 */
final class RelativeHarm {
  private RelativeHarm() {}

  /**
   * Whether the verb {@code v} heads a relative clause whose noun is a subject of a verb after it, or coordinated
   * with one: "the man who was shot was taken to a hospital", "A and B — who G. shot — were hospitalized".
   */
  static boolean onALaterSubject(Sentence s, int v) {
    if (!"acl:relcl".equals(s.relation(v))) {
      return false;
    }
    int noun = s.head(v);
    if (noun >= 0 && "conj".equals(s.relation(noun))) {
      noun = s.head(noun); // "… and Deputy A. — who G. shot —": the first of the coordinated subjects
    }
    if (noun < 0) {
      return false;
    }
    String relation = s.relation(noun);
    return s.head(noun) > v && ("nsubj".equals(relation) || "nsubj:pass".equals(relation));
  }
}
