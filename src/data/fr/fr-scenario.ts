// Le scénario en français : les noms et les textes courts des données anglaises
// (src/data/scenario), par les mêmes identifiants. Les deux articles restent ce qu'ils sont (des
// sources en anglais) ; ce qui est ici est la traduction du jeu, pas la leur. Chargé seulement
// quand le français est choisi (src/i18n/scenario.ts, un fichier à part) ; tests/i18n.test.ts
// vérifie que chaque acteur, rôle, question et issue a son texte français, et rien de plus.

import type { Scenario } from '../schema';
import { frEvents, frRandomEvents, type EventFrench } from './fr-events';
import { frGlossary, type GlossaryFrench } from './fr-glossary';
import { frCountries, frPerspectives } from './fr-outlets';
import { frActorTexts, frBriefing, frNotes, frRoleTexts } from './fr-story';
import type { DebriefFrench } from './fr-debrief';

export interface ScenarioFrench {
  /** Les acteurs, par leur identifiant (actors.ts). */
  actors: Record<string, string>;
  /**
   * Les acteurs avec leur article, tels qu'une phrase les nomme (« la Russie », « les États-Unis »,
   * « Israël ») : src/i18n/scenario.ts en tire « à la Russie », « aux États-Unis », « des États-Unis ».
   */
  the: Record<string, string>;
  /** Les rôles jouables : la ligne du titre et l'objectif (roles.ts). */
  roles: Record<string, { tagline: string; goal: string }>;
  /** Les questions : leur nom, leur question et les repères de leur échelle, dans l'ordre (issues.ts). */
  issues: Record<string, { name: string; question: string; scale: string[] }>;
  /** Les issues d'une partie (OUTCOME_LABEL). */
  outcomes: Record<string, string>;
  /**
   * Les événements datés (events.ts), par leur identifiant : leur titre, le résumé des faits par le
   * jeu, ce qui arrive sinon (l'invention du jeu), la question posée au joueur qui décide l'acte, le
   * veto ou le refus et ce qu'il change.
   */
  events: Record<string, EventFrench>;
  /** Les événements possibles (randomEvents), l'invention du jeu. */
  randomEvents: Record<string, { title: string; reading: string }>;
  /**
   * Les sujets du premier briefing et de la salle des sources (story.ts : opening, topics) : leur
   * titre, ce que chaque article en dit, résumé par le jeu, et le résumé des faits par le jeu.
   */
  briefing: Record<string, { title: string; news: string; opinion: string; record?: string }>;
  /** Les fiches des acteurs : leur résumé, leur dirigeant, pourquoi ils ne peuvent pas entrer. */
  actorTexts: Record<string, { summary: string; leader: string; outside?: string }>;
  /** La note de chaque position d'un acteur (sa lecture, ou l'hypothèse du jeu), par acteur puis par question. */
  notes: Record<string, Record<string, string>>;
  /** Ce que chaque issue veut dire pour un rôle, ses questions de bilan et la raison de chacune de ses conditions. */
  roleTexts: Record<string, { endings: Record<string, string>; questions: string[]; terms: string[] }>;
  /**
   * Ce que les médias de l'époque ont dit, dans la paraphrase du jeu, par événement daté ou sujet du
   * premier briefing et dans l'ordre de ses perspectives ; et les pays des médias, par leur nom anglais.
   */
  perspectives: Record<string, string[]>;
  countries: Record<string, string>;
  /** Le glossaire, par l'identifiant de chaque terme (termSlug de son nom anglais, l'ancre de son entrée). */
  glossary: Record<string, GlossaryFrench>;
}

export const frScenario: ScenarioFrench = {
  perspectives: frPerspectives,
  countries: frCountries,
  actors: {
    FRA: 'France',
    USA: 'États-Unis',
    RUS: 'Russie',
    GBR: 'Royaume-Uni',
    DEU: 'Allemagne',
    TUR: 'Turquie',
    SAU: 'Arabie saoudite',
    QAT: 'Qatar',
    JOR: 'Jordanie',
    EGY: 'Égypte',
    ISR: 'Israël',
    ARE: 'Émirats arabes unis',
    IRN: 'Iran',
    SYR: 'Gouvernement Assad',
    NATO: 'OTAN',
  },
  the: {
    FRA: 'la France',
    USA: 'les États-Unis',
    RUS: 'la Russie',
    GBR: 'le Royaume-Uni',
    DEU: 'l’Allemagne',
    TUR: 'la Turquie',
    SAU: 'l’Arabie saoudite',
    QAT: 'le Qatar',
    JOR: 'la Jordanie',
    EGY: 'l’Égypte',
    ISR: 'Israël',
    ARE: 'les Émirats arabes unis',
    IRN: 'l’Iran',
    SYR: 'le gouvernement Assad',
    NATO: 'l’OTAN',
  },
  roles: {
    FRA: {
      tagline: 'une seule coalition, avec Washington et Moscou',
      goal: 'Bâtir une seule coalition contre Daech, qui réunisse les États-Unis et la Russie, sans perdre les alliés que vous avez déjà.',
    },
    USA: {
      tagline: 'faire entrer Moscou, à vos conditions',
      goal: 'Amener la Russie à combattre Daech à vos conditions (frapper Daech, pas les rebelles ; une transition politique en Syrie) tout en gardant unie votre coalition et ses membres du Golfe et la Turquie.',
    },
    RUS: {
      tagline: 'sortir de l’isolement, à vos conditions',
      goal: 'Faire de l’appel de Paris une coalition dont la Russie fait partie : amener la France et les États-Unis à combattre Daech à vos côtés, à vos conditions (l’avenir d’Assad laissé aux Syriens, vos frappes non limitées à Daech), et sortir de l’isolement qui a suivi la Crimée.',
    },
  },
  issues: {
    target: {
      name: 'Que frapper d’abord',
      question: 'Les bombes doivent-elles tomber d’abord sur Daech, ou sur tous les opposants armés d’Assad ?',
      scale: ['Daech d’abord et seulement', 'Daech et les groupes liés à al-Qaïda', 'tous les opposants armés d’Assad'],
    },
    assad: {
      name: 'L’avenir d’Assad',
      question: 'Que devient Bachar al-Assad dans un règlement politique ?',
      scale: [
        'doit partir tout de suite',
        'part à une date convenue',
        'peut rester et se représenter',
        'Assad seul décide',
      ],
    },
    russia: {
      name: 'Travailler avec la Russie',
      question: 'Jusqu’où coopérer avec Moscou, compte tenu de l’Ukraine et des sanctions ?',
      scale: [
        'isoler la Russie',
        'coordonner les frappes, garder les sanctions',
        'partenariat complet, alléger les sanctions',
      ],
    },
    military: {
      name: 'Engagement militaire',
      question: 'Quelle force engager : frappes, navires, votes au Parlement ?',
      scale: ['aucun rôle militaire', 'soutien, logistique, reconnaissance', 'campagne aérienne complète, et plus'],
    },
    vienna: {
      name: 'Le processus de Vienne',
      question: 'Quel engagement dans les pourparlers de Vienne pour une solution politique en Syrie ?',
      scale: ['rejeter les pourparlers', 'y assister, s’engager peu', 'mener les pourparlers'],
    },
  },
  outcomes: {
    grand_coalition: 'Grande coalition',
    parallel_campaigns: 'Campagnes parallèles',
    fracture: 'Fracture',
  },
  events: frEvents,
  randomEvents: frRandomEvents,
  briefing: frBriefing,
  actorTexts: frActorTexts,
  notes: frNotes,
  roleTexts: frRoleTexts,
  glossary: frGlossary,
};

/** Un titre lu dans une phrase (« Dans les faits : la Chambre des communes vote… ») : src/state/view/sentence.ts. */
const COMMON_FIRST = /^(The|A|An|No|Police|Reports) /;
const lowerFirst = (x: string): string => `${x.charAt(0).toLowerCase()}${x.slice(1)}`;
/** Le français ne baisse que l'article ou le nom commun du début (« la Chambre », pas « moscou »). */
const FRENCH_COMMON = /^(Le|La|Les|L’|Un|Une|Des|Aucun|Aucune|Pas|Ni|Deux) ?/;

/**
 * Chaque texte anglais des données du scénario avec son texte français, appariés par les
 * identifiants (et non par le texte) : le modèle de rendu passe aux panneaux les mots anglais des
 * données, que src/i18n/scenario.ts (dataText) remplace par ceux-ci. Le scénario anglais est passé
 * par la page (src/main.ts) : ce morceau ne l'importe pas, il se charge avant le code de la page. Un texte que la table n'a pas
 * reste en anglais ; tests/i18n.test.ts vérifie qu'il n'en manque aucun et qu'aucun n'est orphelin.
 */
export function frenchPairs(
  s: Scenario,
  fr: ScenarioFrench = frScenario,
  debrief: DebriefFrench | null = null,
): [string, string][] {
  const out: [string, string][] = [];
  const add = (en: string | undefined, x: string | undefined) => {
    if (en && x) out.push([en, x]);
  };
  const title = (en: string, x: string | undefined) => {
    add(en, x);
    if (x && COMMON_FIRST.test(en)) add(lowerFirst(en), FRENCH_COMMON.test(x) ? lowerFirst(x) : x);
  };
  for (const e of s.events) {
    const f = fr.events[e.id];
    if (!f) continue;
    title(e.title, f.title);
    add(e.reading, f.reading);
    if (e.otherwise) {
      title(e.otherwise.title, f.otherwise?.title);
      add(e.otherwise.text, f.otherwise?.text);
    }
    add(e.decide, f.decide);
    e.perspectives.forEach((x, i) => add(x.text, fr.perspectives[e.id]?.[i]));
    if (e.veto) {
      add(e.veto.instead, f.veto?.instead);
      for (const [r, b] of Object.entries(e.veto.by)) {
        add(b.question, f.veto?.by[r]?.question);
        add(b.record, f.veto?.by[r]?.record);
      }
    }
  }
  for (const e of s.randomEvents) {
    title(e.title, fr.randomEvents[e.id]?.title);
    add(e.reading, fr.randomEvents[e.id]?.reading);
  }
  for (const b of [...s.opening, ...s.topics]) {
    const f = fr.briefing[b.id];
    add(b.title, f?.title);
    add(b.framings.news, f?.news);
    add(b.framings.opinion, f?.opinion);
    add(b.record?.text, f?.record);
    b.record?.perspectives.forEach((x, i) => add(x.text, fr.perspectives[b.id]?.[i]));
  }
  for (const a of s.actors) {
    const f = fr.actorTexts[a.id];
    add(a.summary, f?.summary);
    add(a.leader, f?.leader);
    add(a.outside?.why, f?.outside);
    for (const [i, st] of Object.entries(a.stances)) {
      const x = fr.notes[a.id]?.[i];
      if ('note' in st.position) add(st.position.note, x);
      // Le modèle de rendu écrit une hypothèse « Design assumption: … » (renderModel.ts, noteOf).
      else if (x) add(`Design assumption: ${st.position.assumption}`, `Hypothèse du jeu\u00a0: ${x}`);
    }
  }
  for (const r of s.roles) {
    const f = fr.roleTexts[r.actor];
    for (const [k, v] of Object.entries(r.endings)) add(v, f?.endings[k]);
    r.questions.forEach((q, i) => add(q, f?.questions[i]));
    r.terms.forEach((t, i) => add(t.why, f?.terms[i]));
  }
  if (!debrief) return out;
  // The debrief's texts (src/data/fr/fr-debrief.ts), once their chunk has come.
  for (const c of s.checkpoints) {
    add(c.title, debrief.checkpoints[c.id]?.title);
    add(c.claim, debrief.checkpoints[c.id]?.claim);
  }
  for (const h of s.history) add(h.text, debrief.history[h.date]);
  s.debriefQuestions.forEach((q, i) => add(q, debrief.debriefQuestions[i]));
  for (const e of s.events) (e.when ?? []).forEach((c, i) => add(c.because, debrief.conditions[e.id]?.[i]));
  for (const a of s.articles) add(a.about, debrief.articlesAbout[a.id]);
  return out;
}
