// Le scénario en français : les noms et les textes courts des données anglaises
// (src/data/scenario), par les mêmes identifiants. Les deux articles restent ce qu'ils sont (des
// sources en anglais) ; ce qui est ici est la traduction du jeu, pas la leur. Chargé seulement
// quand le français est choisi (src/i18n/scenario.ts, un fichier à part) ; tests/i18n.test.ts
// vérifie que chaque acteur, rôle, question et issue a son texte français, et rien de plus.

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
}

export const frScenario: ScenarioFrench = {
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
};
