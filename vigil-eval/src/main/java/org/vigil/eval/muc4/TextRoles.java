package org.vigil.eval.muc4;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.eval.score.Muc4Text;

/**
 * Role fillers read off a MUC-4 body by word patterns, beside those read off Vigil's incidents: the agents of harm
 * verbs as individual perpetrators ({@link Agents}) and the objects of damage verbs as physical targets
 * ({@link Targets}). They go to the article's first template before the {@link RoleLexicon} refines it, so its
 * statistics drop the ones that rarely fill the role. Stateless and thread-safe.
 */
final class TextRoles {
  private static final Pattern WORD = Pattern.compile("[a-z0-9][a-z0-9'-]*|[^\\sa-z0-9]");

  private TextRoles() {}

  /**
   * The templates with the body's agent phrases added to the first template's individual perpetrators and its
   * target phrases to its targets, each in its short form ({@link TemplateMapper#shortForm}) unless one of the same
   * normalised form is there; no template is added.
   */
  static List<PredictedTemplate> addTo(List<PredictedTemplate> templates, String body) {
    if (templates.isEmpty()) {
      return templates;
    }
    PredictedTemplate t = templates.get(0);
    List<PredictedTemplate> out = new ArrayList<>(templates);
    out.set(0, new PredictedTemplate(t.incidentType(), merged(t.perpInd(), Agents.of(body)), t.perpOrg(),
        merged(t.target(), Targets.of(body)), t.victim(), t.weapon()));
    return out;
  }

  private static List<String> merged(List<String> fillers, List<String> found) {
    Set<String> have = new LinkedHashSet<>();
    fillers.forEach(x -> have.add(Muc4Text.norm(x)));
    List<String> out = new ArrayList<>(fillers);
    found.stream().map(TemplateMapper::shortForm).filter(x -> have.add(Muc4Text.norm(x))).forEach(out::add);
    return out;
  }

  /** The lower-case words and punctuation marks of a text. */
  static List<String> words(String body) {
    List<String> w = new ArrayList<>();
    Matcher m = WORD.matcher(body.toLowerCase(Locale.ROOT));
    while (m.find()) {
      w.add(m.group());
    }
    return w;
  }
}
