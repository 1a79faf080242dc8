// Le glossaire en français (story.ts : glossary), par l'identifiant de chaque terme (termSlug de
// son nom anglais, l'ancre de son entrée) : le terme, ses autres noms tels qu'un texte français les
// écrit (les liens du glossaire dans le texte du jeu les cherchent) et sa définition.

export interface GlossaryFrench {
  term: string;
  aka: string[];
  definition: string;
}

export const frGlossary: Record<string, GlossaryFrench> = {
  isis: {
    term: 'Daech',
    aka: ['État islamique', 'l’État islamique', 'EIIL', 'ISIS'],
    definition:
      'Le groupe djihadiste qui tenait un territoire en Syrie et en Irak en 2015 et a revendiqué les attentats de Paris. Les gouvernements le désignaient de noms différents ; Daech est l’acronyme arabe.',
  },
  coalition: {
    term: 'Coalition',
    aka: ['coalition internationale', 'coalition menée par les États-Unis'],
    definition:
      'Un groupe d’États qui agissent ensemble. En 2015, une coalition internationale d’environ 65 membres, menée par les États-Unis, combattait déjà Daech ; la Russie menait une campagne séparée.',
  },
  'grand-coalition': {
    term: 'Grande coalition',
    aka: ['grande et unique coalition'],
    definition:
      'L’expression de Hollande, dans son discours au Parlement réuni en Congrès à Versailles le 16 novembre 2015, pour une seule alliance contre Daech qui inclurait à la fois les États-Unis et la Russie.',
  },
  deconfliction: {
    term: 'Déconfliction',
    aka: ['déconflictées', 'déconflictée'],
    definition:
      'Les arrangements qui empêchent deux armées volant dans le même ciel de se frapper par accident : préavis des frappes, lignes directes, zones convenues.',
  },
  'vienna-talks': {
    term: 'Pourparlers de Vienne',
    aka: ['Groupe international de soutien à la Syrie', 'GISS', 'processus de Vienne'],
    definition:
      'Des pourparlers ouverts en octobre 2015 entre plus d’une douzaine de pays, dont des rivaux comme l’Iran et l’Arabie saoudite, pour préparer un règlement politique en Syrie.',
  },
  'article-42-7': {
    term: 'Article 42.7',
    aka: ['clause d’assistance mutuelle'],
    definition:
      'La clause du traité sur l’Union européenne (TUE) qui oblige les États membres à aider un membre victime d’une agression armée. La France l’a invoquée pour la première fois le 17 novembre 2015.',
  },
  'un-security-council-resolution': {
    term: 'Résolution du Conseil de sécurité',
    aka: ['Conseil de sécurité', 'Résolution 2249', 'Résolution 2254'],
    definition:
      'Une décision des 15 membres du Conseil de sécurité de l’ONU. La résolution 2249 (20 nov. 2015) appelait à prendre toutes les mesures nécessaires contre Daech ; la 2254 (18 déc. 2015) fixait une feuille de route pour la Syrie.',
  },
  sanctions: {
    term: 'Sanctions',
    aka: [],
    definition:
      'Des pénalités économiques. Les États-Unis et l’UE en ont imposé à la Russie après l’annexion de la Crimée en 2014 ; la Russie a imposé les siennes à la Turquie en novembre 2015.',
  },
  nato: {
    term: 'OTAN',
    aka: ['Organisation du traité de l’Atlantique Nord'],
    definition:
      'L’alliance militaire occidentale, qui comprend les États-Unis, la France, le Royaume-Uni, l’Allemagne et la Turquie. Ses membres promettent de se défendre les uns les autres ; en 2015, sa principale inquiétude était la Russie, après la Crimée.',
  },
  crimea: {
    term: 'Crimée',
    aka: [],
    definition:
      'Une péninsule de l’Ukraine que la Russie a annexée en 2014. L’annexion a conduit les États-Unis et l’UE à imposer des sanctions à la Russie.',
  },
  assad: {
    term: 'Assad',
    aka: ['Bachar al-Assad'],
    definition:
      'Président de la Syrie depuis 2000. Pouvait-il rester au pouvoir, combien de temps, et qui en décidait : c’était la question qui divisait le plus les capitales.',
  },
  rebels: {
    term: 'Rebelles',
    aka: ['opposition syrienne', 'rebelles modérés'],
    definition:
      'Les groupes armés qui combattent le gouvernement d’Assad, certains soutenus par les États-Unis, la Turquie, l’Arabie saoudite et le Qatar. La Russie qualifiait la plupart d’entre eux de terroristes et les bombardait.',
  },
  raqqa: {
    term: 'Raqqa',
    aka: [],
    definition:
      'Une ville du nord-est de la Syrie que Daech tenait comme sa capitale en 2015 ; les avions français et russes l’ont frappée après les attentats de Paris.',
  },
  bundestag: {
    term: 'Bundestag',
    aka: [],
    definition: 'Le Parlement allemand. Les soldats allemands ne peuvent être déployés à l’étranger qu’avec son vote.',
  },
  'house-of-commons': {
    term: 'Chambre des communes',
    aka: ['Communes'],
    definition:
      'La chambre élue du Parlement britannique. En août 2013, elle avait voté par 285 voix contre 272 contre d’éventuelles frappes sur les forces d’Assad ; en 2015, Cameron ne voulait donc pas frapper Daech en Syrie sans son vote.',
  },
  'red-line': {
    term: 'Ligne rouge',
    aka: ['lignes rouges'],
    definition:
      'Dans le jeu, une limite qu’un acteur fixe à sa propre position, tirée des articles quand ils en énoncent une : sa ligne ne la dépasse jamais. Vous pouvez demander davantage, mais la franchir coûte déjà un cran dans sa réponse, et chaque point au-delà coûte plus : un oui devient peu probable, pas impossible. Un appel ou une visite ne mettent aucune condition sur la table : les lignes rouges ne comptent que dans les propositions.',
  },
  line: {
    term: 'Ligne',
    aka: ['ligne de la coalition'],
    definition:
      'Dans le jeu, la position d’un acteur sur une question, de 0 à 100 sur l’échelle de cette question (sur ce qu’il faut frapper d’abord, 0 signifie Daech d’abord et seulement, 100 tous les opposants armés d’Assad). La ligne de la coalition est la moyenne des lignes de ses membres, chacune pondérée par le poids du membre dans la guerre et par l’importance qu’il accorde à la question. Vos conditions disent où la ligne de la coalition doit se trouver une fois entrés tous ceux dont vous avez besoin.',
  },
  'ambitious-ask': {
    term: 'Demande ambitieuse',
    aka: ['ambition', 'ambitieuse'],
    definition:
      'Dans le jeu, une proposition qui demande à une capitale de s’éloigner beaucoup de sa propre ligne. Plus l’écart est grand, plus un non est probable, et de façon plus que proportionnelle : un pas de 10 coûte peu, un pas de 40 environ seize fois plus. Redemander à la même capitale dans le même tour coûte aussi un peu. Avancez par étapes, et lisez la probabilité d’un oui avant d’envoyer.',
  },
  'coalition-meter': {
    term: 'Jauge de la coalition',
    aka: ['jauge'],
    definition:
      'Dans le jeu, une note de 0 à 100 qui mesure l’unité de la coalition : qui en fait partie, à quel point ses membres sont engagés, et si Washington et Moscou ont accepté la déconfliction.',
  },
  salience: {
    term: 'Importance',
    aka: [],
    definition:
      'Dans le modèle, à quel point une question compte pour un acteur, de 0 (pas du tout) à 1 (par-dessus tout).',
  },
  'exit-date': {
    term: 'Date de départ',
    aka: ['transition'],
    definition:
      'Une date fixe à laquelle Assad quitterait le pouvoir, éventuellement après être resté pendant une période de transition : la demande de la Turquie, de l’Arabie saoudite et du Qatar.',
  },
};
