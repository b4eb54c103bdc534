package org.vigil.pipeline.screen;

import java.util.List;
import org.vigil.model.Article;
import org.vigil.model.Span;

/** Articles written for the screen tests. */
final class Texts {
  private Texts() {}

  static final String WIRE = """
      Gunmen attacked a police checkpoint on the main road north of the provincial capital early on Tuesday, \
      killing four officers and wounding six others, a regional security official said. The attackers arrived in \
      two pickup trucks shortly before dawn and opened fire on the post with rifles and rocket-propelled grenades \
      before fleeing into the hills, the official told reporters by telephone.

      Two of the wounded officers were in a critical condition at the regional hospital, a doctor there said. \
      No group immediately claimed responsibility for the attack, the third on a checkpoint in the province this \
      month. Local residents said they heard explosions and heavy gunfire for about half an hour.

      The governor of the province condemned the killings and ordered a curfew in the district from six in the \
      evening. Soldiers were sent to search the villages along the road, and the army said a helicopter was \
      supporting the operation. Security in the region has worsened since the spring, when militants began to \
      target the roads that link the mining towns with the coast, and traders say the convoys that supply the \
      markets now travel only with an armed escort. Human rights groups have called for an independent \
      inquiry into the violence and for protection of the civilians who live along the road.
      """;

  /** The same wire story as another outlet ran it: another opening line, one sentence cut, a footer added. */
  static final String WIRE_EDITED = """
      Four police officers were killed at dawn. Gunmen attacked a police checkpoint on the main road north of \
      the provincial capital early on Tuesday, killing four officers and wounding six others, a regional \
      security official said. The attackers arrived in two pickup trucks shortly before dawn and opened fire on \
      the post with rifles and rocket-propelled grenades before fleeing into the hills, the official told \
      reporters by telephone.

      Two of the wounded officers were in a critical condition at the regional hospital, a doctor there said. \
      No group immediately claimed responsibility for the attack, the third on a checkpoint in the province this \
      month.

      The governor of the province condemned the killings and ordered a curfew in the district from six in the \
      evening. Soldiers were sent to search the villages along the road, and the army said a helicopter was \
      supporting the operation. Security in the region has worsened since the spring, when militants began to \
      target the roads that link the mining towns with the coast, and traders say the convoys that supply the \
      markets now travel only with an armed escort. Human rights groups have called for an independent \
      inquiry into the violence and for protection of the civilians who live along the road.

      Copyright 2024 The Evening Courier. All rights reserved.
      """;

  /** Another outlet's own report of the same attack: the same facts in other words. */
  static final String OTHER_REPORT = """
      Four policemen died and six were hurt when armed men stormed a roadside security post outside the \
      provincial capital on Tuesday morning, according to the interior ministry. Witnesses described a long \
      exchange of fire. The assailants, who came in two vehicles, escaped towards the mountains, a ministry \
      spokesman said in a statement, adding that reinforcements had been deployed to hunt them down.

      It was the third deadly assault on a checkpoint in the province since the start of the month. Residents of \
      a nearby village said they had stayed indoors for hours after the shooting stopped. The provincial governor \
      announced an overnight curfew across the district and promised compensation for the families of the \
      officers who were killed. Traders in the market town complained that the road, their only route to the \
      port, had become too dangerous to use without an escort, and that prices of flour and fuel had doubled \
      since the attacks began. A local lawmaker demanded that the national government send more troops to the \
      area before the harvest season, when the road carries most of the region's trade.
      """;

  static final String SPORTS = """
      United came from behind to beat City 2-1 on Saturday and move top of the table. City took the lead \
      after twenty minutes when their captain curled a shot into the far corner, but United's attack grew \
      stronger after the break. The equaliser came from a corner, headed in at the near post, and the winner \
      arrived five minutes from time when a low shot from the edge of the area beat the goalkeeper.

      The home side finished the game with ten men after their defender picked up a second yellow card. The \
      manager said his striker had played through a knee injury and would have a scan on Monday. "We kept \
      attacking and we deserved it," he said. The two sides meet again in the cup next month.
      """;

  static final String BUSINESS = """
      Shares in the carmaker rose 6 per cent on Thursday after it reported higher quarterly profits and raised \
      its forecast for the year. Revenue grew to 41 billion euros, helped by strong sales of electric models in \
      Europe and China, and the operating margin improved to 9.2 per cent. The chief executive told analysts \
      that the company would cut costs further and expected the price war in China to ease next year.

      The group plans to buy back shares worth 2 billion euros and to raise its dividend. Analysts said the \
      results beat expectations, although the outlook for the truck division remained weak. The company also \
      confirmed that it was in talks to take over a battery supplier, a deal that could be worth 3 billion \
      euros, and said a decision would be made by the end of the year.
      """;

  static final String GERMAN = """
      Bei einem Angriff auf einen Kontrollposten der Polizei sind am Dienstag nördlich der Provinzhauptstadt \
      vier Beamte getötet und sechs weitere verletzt worden. Die Angreifer kamen nach Angaben der Behörden kurz \
      vor Sonnenaufgang in zwei Fahrzeugen und eröffneten das Feuer, bevor sie in die Berge flohen. Der \
      Gouverneur verurteilte die Tat und verhängte eine Ausgangssperre für den Bezirk. Es war bereits der dritte \
      Angriff auf einen Kontrollposten in der Provinz in diesem Monat.
      """;

  static final String FRENCH = """
      Quatre policiers ont été tués et six autres blessés mardi matin lors d'une attaque contre un poste de \
      contrôle au nord de la capitale provinciale, a indiqué un responsable de la sécurité. Les assaillants, \
      arrivés à bord de deux véhicules peu avant l'aube, ont ouvert le feu avant de prendre la fuite vers les \
      collines. Le gouverneur a condamné l'attaque et décrété un couvre-feu dans le district.
      """;

  static final String SPANISH = """
      Cuatro policías murieron y otros seis resultaron heridos el martes en un ataque contra un puesto de \
      control al norte de la capital provincial, informó un responsable de seguridad. Los atacantes llegaron en \
      dos camionetas poco antes del amanecer, abrieron fuego contra el puesto y huyeron hacia las montañas. El \
      gobernador condenó el ataque y decretó un toque de queda en el distrito.
      """;

  /** MUC-4 style upper-case wire copy, written for the test. */
  static final String WIRE_CAPS = """
      [TEXT] POLICE SOURCES HAVE REPORTED THAT URBAN GUERRILLAS TODAY BOMBED THE OFFICES OF A POWER COMPANY IN \
      THE CAPITAL, CAUSING HEAVY DAMAGE BUT NO CASUALTIES. THE EXPLOSION DESTROYED TWO VEHICLES PARKED OUTSIDE \
      THE BUILDING. ACCORDING TO THE SOURCES, THE ATTACKERS LEFT LEAFLETS AT THE SCENE. THE ARMED FORCES \
      PRESS COMMITTEE SAID THAT TROOPS HAVE CORDONED OFF THE AREA AND ARE SEARCHING FOR THE TERRORISTS, WHO \
      FLED IN A STOLEN CAR. IT WAS THE FOURTH ATTACK AGAINST POWER INSTALLATIONS THIS WEEK.
      """;

  static Article article(String id, String title, String text) {
    return new Article(id, "https://example.org/" + id, title, null, null, null, null, text,
        List.of(new Span(0, text.length())), List.of(-1), "hash-" + id);
  }
}
