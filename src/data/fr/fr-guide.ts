// Le guide de l'enseignant en français (src/data/guide.ts), adapté aux séances françaises de 55
// minutes : la même séance unique et les deux séances de la partie entière, avec plus de temps pour
// jouer, comparer et débattre. Les nombres sur ce qui est sourcé ou supposé sont comptés des données.
import type { guide } from '../guide';

export const frGuide: typeof guide = {
  intro:
    'Grand Coalition place un groupe d’élèves dans le fauteuil d’un négociateur français, américain ou russe pendant les six semaines qui suivent les attentats de Paris du 13 novembre 2015. Là où deux articles des 17 et 18 novembre 2015 disent où se situait une capitale, le jeu cite le paragraphe ; ailleurs, la valeur est une hypothèse du jeu, avec sa raison. Le monde part des faits datés, pas d’un scénario écrit d’avance : une capitale agit comme en 2015 tant que tiennent les conditions sur lesquelles elle a agi, et sinon comme le jeu l’invente ; la capitale des élèves n’agit que comme ils le décident : ses propres actes, ses votes quand elle peut en bloquer un, et les visites qu’elle reçoit.',
  goals: [
    'Expliquer pourquoi la France, les États-Unis et la Russie pouvaient s’accorder pour combattre Daech sans pour autant former une seule coalition : le prix que demandait chaque capitale (l’avenir d’Assad, les sanctions liées à l’Ukraine, qui est bombardé).',
    'Lire les mêmes faits dans un article d’information et dans une tribune d’opinion, et dire comment la présentation change ce qui paraît possible.',
    'Relier une décision à ses conséquences : qui a bougé, qui est parti, et pourquoi, à l’aide des explications et des sources du jeu.',
    'Comparer une simulation avec ce qui s’est passé entre le 17 novembre et le 31 décembre 2015, et juger ce que le modèle laisse de côté.',
  ],
  period: {
    title: 'Une séance : les six derniers tours',
    intro:
      'Quand on ne dispose que d’une séance, la classe commence plus tard dans les faits : le corrigé fabrique un lien vers la partie sur votre graine telle que les propres coups de 2015 de la capitale l’avaient laissée au tour choisi (le tour 7, 1er décembre, par défaut), et chaque groupe reprend la main à partir de là et joue jusqu’à la fin. Les tours précédents sont ceux des faits, les mêmes pour tous les groupes ; le bilan et la comparaison fonctionnent comme pour une partie entière. Dans une séance de 55 minutes, le temps gagné va à la comparaison et au ticket de sortie.',
    steps: [
      {
        minutes: 6,
        title: 'Avant de jouer',
        what: 'Les élèves lisent la page de contexte (les attentats, les pourparlers de Vienne, qui vole au-dessus de la Syrie). Demandez : qui combat déjà Daech, et qui combat qui par ailleurs ?',
      },
      {
        minutes: 4,
        title: 'Les groupes et le lien de la classe',
        what: 'Groupes de trois ou quatre, un ordinateur chacun, les rôles de la fiche élève attribués. Chaque groupe ouvre le lien de la classe, choisit le tour de départ dans la liste de la visionneuse et appuie sur « Reprendre la main au tour… ».',
      },
      {
        minutes: 25,
        title: 'Jouer jusqu’à la fin',
        what: 'Le premier briefing dit où les coups des faits ont laissé la coalition ; la liste des conditions dit ce qui manque. Les secrétaires remplissent la feuille de suivi à partir du tour de départ. Les groupes qui finissent tôt lisent « Pourquoi ? » sur leurs dernières réponses.',
      },
      {
        minutes: 3,
        title: 'Rassembler',
        what: 'Chaque groupe copie son lien (ou télécharge sa partie) dans l’espace partagé de la classe.',
      },
      {
        minutes: 10,
        title: 'Comparer',
        what: 'Ouvrez Comparer des parties et ajoutez toutes les parties : les issues et leurs raisons, qui était membre, et le tour où les groupes se sont séparés (au plus tôt le tour de départ, puisque les tours d’avant sont ceux des faits pour tous).',
      },
      {
        minutes: 7,
        title: 'Ticket de sortie',
        what: 'Chaque élève répond seul au ticket de sortie, avec la feuille de suivi du groupe et le bilan à l’écran.',
      },
    ],
  },
  lessons: [
    {
      title: 'Séance 1 : le moment et les six premiers tours',
      steps: [
        {
          minutes: 6,
          title: 'Le moment',
          what: 'Lisez à voix haute l’objectif de la page d’accueil. Demandez : après un attentat comme celui de Paris, pourquoi des rivaux travailleraient-ils ensemble, et qu’est-ce qui pourrait les en empêcher ?',
        },
        {
          minutes: 5,
          title: 'Les groupes et la fiche',
          what: 'Groupes de trois ou quatre, un ordinateur chacun. Distribuez la fiche élève ; chaque groupe désigne un lecteur, un négociateur et un secrétaire (et un vérificateur des sources dans un groupe de quatre) et y écrit la graine, le rôle et le niveau.',
        },
        {
          minutes: 36,
          title: 'Jouer les tours 1 à 6',
          what: 'Tous les groupes jouent la même graine, le même rôle et le même niveau. Le premier tour est lent (Comment jouer, la liste des conditions, le premier briefing) ; les tours suivants prennent deux à quatre minutes. Les groupes qui finissent le tour 6 en avance lisent « Pourquoi ? » sur leurs dernières réponses et vérifient une source. Les secrétaires remplissent la feuille de suivi au fur et à mesure.',
        },
        {
          minutes: 8,
          title: 'Arrêter et enregistrer',
          what: 'Les groupes s’arrêtent où ils en sont (le jeu s’enregistre après chaque coup) et copient leur lien ou téléchargent leur partie, au cas où la séance suivante aurait lieu sur un autre ordinateur. Demandez à chaque groupe une phrase : quelle condition de la liste est la plus éloignée, et pourquoi ?',
        },
      ],
    },
    {
      title: 'Séance 2 : la fin de la partie et la comparaison de la classe',
      steps: [
        {
          minutes: 3,
          title: 'Reprise',
          what: 'Les groupes appuient sur « Reprendre votre partie » (même navigateur) ou ouvrent leur lien. Les rôles tournent comme l’indique la fiche.',
        },
        {
          minutes: 24,
          title: 'Jouer les tours 7 à 12',
          what: 'Les groupes finissent la partie et lisent leur bilan : l’issue, ses raisons, et où la partie a quitté la route de 2015.',
        },
        {
          minutes: 3,
          title: 'Rassembler',
          what: 'Chaque groupe télécharge sa partie (ou copie son lien) et la rend : un dossier partagé, l’ENT de la classe ou une clé USB conviennent.',
        },
        {
          minutes: 17,
          title: 'Comparer et débattre',
          what: 'Ouvrez Comparer des parties et ajoutez toutes les parties : montrez les issues et pourquoi chacune s’est terminée ainsi, les capitales qui diffèrent d’un groupe à l’autre, les courbes superposées de la jauge et le tour où les groupes se sont séparés. Servez-vous du corrigé pour dire quels groupes ont joué près de la ligne de 2015. Puis deux ou trois des questions ci-dessous.',
        },
        {
          minutes: 8,
          title: 'Ticket de sortie',
          what: 'Chaque élève répond seul au ticket de sortie (page 3 de la fiche), à l’aide de la feuille de suivi du groupe. La grille de la page 1 dit à quoi ressemble une réponse solide.',
        },
      ],
    },
  ],
  oneSeed: [
    'Choisissez une graine avant la séance (n’importe quel nombre entier, par exemple 2015) et écrivez-la au tableau avec le rôle et le niveau. Chaque groupe saisit les trois sur la page d’accueil.',
    'La même graine donne à tous les groupes les mêmes événements et les mêmes dés pour les mêmes coups : les différences entre les groupes ne viennent que de leurs décisions. Deux groupes qui ont joué les mêmes coups voient la même empreinte dans le bilan.',
    'Pour une deuxième séance, changez de graine : les actes des faits gardent leurs dates (et ne tournent autrement que là où le jeu a rompu leurs conditions), mais les événements possibles et les hésitations des acteurs changent.',
    'Niveau : Apprenti pour une première partie ou des élèves plus jeunes, Diplomate pour la plupart des classes, Vétéran pour des élèves qui ont déjà joué.',
    'Rôles : la France est la première partie naturelle (son objectif est la coalition elle-même). Pour une deuxième séance, partagez la classe entre Washington et Moscou sur la même graine : chaque camp a ses propres conditions, et le bilan montre pourquoi une coalition aux conditions d’un camp était difficile à accepter pour l’autre.',
    'Les autres capitales agissent d’elles-mêmes à chaque tour (frappes, accords, sanctions, déclarations publiques, incidents évités de justesse dans le ciel) ; chaque briefing dit ce qu’elles ont fait et pourquoi. Ces coups viennent des mêmes dés tirés de la graine : ils sont les mêmes pour tous les groupes qui ont joué les mêmes coups.',
  ],
  collecting: [
    'Rien ne quitte les ordinateurs des élèves s’ils ne l’envoient pas : pas de compte, pas de serveur. Les parties sont enregistrées dans le navigateur après chaque coup, et un onglet fermé reprend là où il s’était arrêté.',
    'Après la première visite, le jeu fonctionne hors ligne, y compris les sources, le guide et la comparaison : une connexion faible au lycée ou au collège n’est pas un problème pendant la séance.',
    'Comparer des parties accepte des fichiers de partie (choisissez-les ou déposez-les sur la page) et des liens collés, un par ligne. La page liste tout fichier qu’elle ne peut pas lire, avec la raison, et l’ignore ; les autres sont tout de même comparés.',
    'Téléchargez la comparaison sous forme de tableur (CSV) pour garder les résultats de la classe : une ligne par groupe avec son issue, ses raisons, ses membres et sa jauge tour par tour.',
  ],
  questions: [
    'Où les décisions de votre groupe se sont-elles séparées de celles des autres ? Que saviez-vous alors, et que ne saviez-vous pas ?',
    'Quelle présentation votre groupe a-t-il davantage suivie, celle de quel article ? Cela vous a-t-il aidés ?',
    'Le modèle dit à quel point chaque question compte pour chaque pays ; le tableau des sources compte combien de ces nombres sont des hypothèses du jeu. Choisissez-en un et défendez, à partir des articles, une autre valeur.',
  ],
  limits: [
    'Le jeu modélise la négociation, pas la guerre : il ne simule ni les combats, ni les victimes, ni la vie des Syriens, qui ont payé le plus lourd tribut au conflit.',
    'Il montre la situation du 17 novembre 2015 telle que deux articles l’ont racontée. D’autres sources de l’époque, et ce que l’on a appris depuis, en donnent une image plus complète.',
    'Les acteurs suivent des règles simples (un modèle spatial des positions, de la confiance et de l’engagement ; Comment jouer, dans la barre du haut, les explique) ; les vrais gouvernements étaient mus par une politique intérieure que le jeu laisse de côté.',
  ],
};

/** L'aide « Vous pourriez » (answerKey.ts : HINTS_DO), telle que le guide et le corrigé la décrivent. */
export const frHintsDo =
  'L’aide « Vous pourriez » (niveaux Apprenti et Diplomate ; aucune au niveau Vétéran) nomme ce qui manque encore à l’objectif du groupe, quelle capitale en détient la clé (une capitale qui peut faire bouger ce point précis : sa propre adhésion ou sa propre ligne, le ciel où volent ses avions, la ligne de la coalition où elle pèse), et pourquoi, dans les termes de ce point : sa position sur la question, son engagement, ou ce qu’elle pèse le plus contre la coalition ; et si elle vous fait confiance. Elle ne nomme ni le coup à jouer ni sa probabilité de oui : choisir le coup, et les conditions, c’est le travail du groupe. Une fois toutes les conditions remplies, l’aide rappelle qu’une capitale que le groupe a fait entrer doit encore être retenue : un tel membre s’use sans attention, les chocs le mettent à l’épreuve, et il peut partir.';

/** Les lignes du tableau de provenance (provenance.ts), par leur nature anglaise : la nature et d'où viennent les valeurs sourcées. */
export const frProvenance: Record<string, { kind: string; from: string }> = {
  'Actors’ positions on the issues': { kind: 'Positions des acteurs sur les questions', from: 'les deux articles' },
  'How much each issue matters to each actor': {
    kind: 'Importance de chaque question pour chaque acteur',
    from: 'les deux articles',
  },
  'Red lines': { kind: 'Lignes rouges', from: 'les deux articles' },
  'Trust between capitals': { kind: 'Confiance entre les capitales', from: 'les deux articles' },
  'Capability, threat from ISIS, first commitment': {
    kind: 'Capacités, menace de Daech, engagement de départ',
    from: 'les deux articles',
  },
  'Each role’s terms for a grand coalition': {
    kind: 'Conditions de chaque rôle pour une grande coalition',
    from: 'les deux articles',
  },
  'Where the others start toward a role’s coalition (Russia’s)': {
    kind: 'Point de départ des autres envers la coalition d’un rôle (celle de la Russie)',
    from: 'les deux articles',
  },
  'Deconfliction between the air campaigns on 17 November': {
    kind: 'Déconfliction entre les campagnes aériennes le 17 novembre',
    from: 'les deux articles',
  },
  'Sanctions in force on 17 November': {
    kind: 'Sanctions en vigueur le 17 novembre',
    from: 'les articles et les comptes rendus publics',
  },
  'How capitals weigh an ask (ambition by level, red lines, pressing, counter-offers)': {
    kind: 'Comment les capitales pèsent une demande (ambition selon le niveau, lignes rouges, insistance, contre-propositions)',
    from: 'aucune : hypothèses du jeu',
  },
  'Dates and facts of historical events': {
    kind: 'Dates et faits des événements historiques',
    from: 'les comptes rendus publics de l’époque',
  },
  'Sizes of the events’ effects in the model': {
    kind: 'Ampleur des effets des événements dans le modèle',
    from: 'les deux articles',
  },
  'Checkpoints of the record the model is tested against (npm run hindcast)': {
    kind: 'Points de contrôle des faits auxquels le modèle est confronté (npm run hindcast)',
    from: 'les comptes rendus publics de l’époque',
  },
  'Chances of the possible (random) events': {
    kind: 'Probabilités des événements possibles (aléatoires)',
    from: 'les deux articles',
  },
};

/** « Avant de jouer » (background.ts) : le titre, l'introduction, chaque partie dans l'ordre (son titre et son texte), la conclusion ; les sources restent celles de la page anglaise. */
export const frBackground = {
  title: 'Avant de jouer : Paris, Vienne et le ciel de Syrie (au 17 novembre 2015)',
  intro:
    'Lisez cette page avant le premier tour. Elle dit ce qui s’était passé au jour où commence la partie, et qui était déjà en guerre contre qui.',
  parts: [
    {
      heading: 'Les attentats',
      text: 'Le vendredi 13 novembre 2015 au soir, des hommes armés et des kamikazes frappent six lieux à Paris et les abords du Stade de France : des bars, des restaurants et la salle de concert du Bataclan. 130 personnes sont tuées et environ 350 blessées. Le groupe État islamique (Daech) revendique les attentats le lendemain. Le 16 novembre, devant le Parlement réuni en Congrès, le président Hollande appelle à « une grande et unique coalition » contre Daech, avec les États-Unis et la Russie.',
    },
    {
      heading: 'Les pourparlers de Vienne',
      text: 'Cet automne-là, les diplomates de 17 pays, parmi lesquels les États-Unis, la Russie, la Turquie, la France, la Grande-Bretagne et l’Allemagne, avec l’ONU, l’UE et la Ligue arabe, se réunissaient à Vienne sur la guerre civile syrienne. Le 14 novembre, au lendemain des attentats, ils s’accordent sur un calendrier : des pourparlers entre le gouvernement syrien et l’opposition d’ici le 1er janvier 2016, un gouvernement de transition dans les six mois, une nouvelle constitution et des élections dans les 18 mois, et un cessez-le-feu qui ne couvrirait ni Daech ni le Front al-Nosra. Ils ne s’accordent pas sur la question qui les divise le plus : le président Assad pouvait-il rester ?',
    },
    {
      heading: 'Qui vole au-dessus de la Syrie',
      text: 'Deux campagnes aériennes se partagent le ciel, et elles ne se coordonnent pas. La coalition menée par les États-Unis bombarde Daech en Syrie depuis le 23 septembre 2014, d’abord avec Bahreïn, la Jordanie, le Qatar, l’Arabie saoudite et les Émirats arabes unis ; en novembre 2015, les États-Unis mènent seuls l’essentiel de ces frappes. La France frappe elle aussi Daech en Syrie, et a frappé Raqqa, la capitale de fait de Daech, à maintes reprises après les attentats. La Russie mène sa propre campagne depuis le 30 septembre 2015, avec le gouvernement syrien : Moscou parle d’une lutte contre les terroristes, tandis que Washington voulait qu’elle se détourne des autres ennemis d’Assad, dont des rebelles soutenus par l’Occident, pour viser Daech. Après les attentats, des bombardiers russes frappent aussi Raqqa, et la Russie prévient Washington à l’avance pour la première fois. La Turquie, membre de l’OTAN à la frontière de la Syrie, avait averti qu’elle abattrait les avions qui franchiraient son espace aérien.',
    },
  ],
  after:
    'Dans la partie, vous menez la diplomatie d’une capitale à partir du 17 novembre. Ce qui arrive après ce jour ne figure pas sur cette page : c’est ce que vous jouez.',
};

/**
 * La salle de lecture en français : chargée à part, seulement quand un lecteur français ouvre le
 * guide ou « Avant de jouer » (src/i18n/scenario.ts, loadReadingRoom), pas avec la partie.
 */
export const frReadingRoom = { guide: frGuide, hintsDo: frHintsDo, provenance: frProvenance, background: frBackground };
export type ReadingRoomFrench = typeof frReadingRoom;
