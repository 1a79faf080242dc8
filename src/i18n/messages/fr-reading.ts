// Les mots de la salle de lecture en français (le guide de l'enseignant, la page des sources) :
// un morceau à part, chargé juste après le reste du français (src/i18n/index.ts), pour que la page
// s'affiche en français sans l'attendre. Mêmes règles que ./fr.ts.
import type { ReadingId } from './fr';

export const frReading: Record<ReadingId, string> = {
  'guide.minutes': 'Minutes',
  'guide.step': 'Étape',
  'guide.what': 'Ce que fait la classe',
  'guide.span': '{from}–{to}',
  'guide.goals': 'Objectifs d’apprentissage',
  'guide.kit': 'La trousse de l’enseignant',
  'guide.kitBackground': 'Avant de jouer',
  'guide.kitBackgroundText':
    ' : une page sur les attentats, les pourparlers de Vienne et qui vole au-dessus de la Syrie le 17 novembre 2015, avec ses sources. La classe la lit d’abord.',
  'guide.kitHandout': 'Fiche élève',
  'guide.kitHandoutText':
    ' : l’objectif, les rôles du groupe, une feuille de suivi des douze tours, la grille d’évaluation et un ticket de sortie. Une par groupe, à imprimer.',
  'guide.kitAnswers': 'Corrigé',
  'guide.kitAnswersText':
    ' : à quelle fréquence chaque manière de jouer aboutit à chaque issue, ce que demande chaque issue, et les parcours typiques sur la graine de votre classe.',
  'guide.lessonTitle': '{title} ({n} minutes)',
  'guide.twoLessons': 'Deux séances de {per} minutes : la partie entière',
  'guide.twoLessonsText':
    'Une partie entière demande à la plupart des groupes 35 à 45 minutes de jeu : cinq à huit minutes pour le premier tour, deux à quatre pour chacun des suivants. La partie se joue donc sur deux séances ; le jeu s’enregistre de lui-même, et un lien la transporte sur un autre ordinateur.',
  'guide.oneSeed': 'Toute la classe sur une même graine',
  'guide.collecting': 'Rassembler et comparer les parties des groupes',
  'guide.questions': 'Questions pour le débat',
  'guide.roleQuestions': 'Le bilan de chaque rôle ajoute ses deux questions :',
  'guide.roleName': '{name} : ',
  'guide.provenance': 'Ce qui est sourcé et ce qui est une hypothèse du jeu',
  'guide.provenanceText':
    'Chaque nombre du scénario cite un paragraphe des articles (ou, pour les événements ultérieurs, des comptes rendus publics), ou bien est signalé comme notre hypothèse, avec sa raison ; une valeur réajustée pour coller aux faits ou aux objectifs d’équilibre le dit. Compté à partir des données du jeu :',
  'guide.provenanceCaption': 'Valeurs sourcées et supposées, par nature',
  'guide.kind': 'Nature de la valeur',
  'guide.sourced': 'Sourcées',
  'guide.assumed': 'Supposées',
  'guide.retuned': 'Réajustées',
  'guide.possible':
    'Les événements possibles, tirés avec la graine, ne sont pas de l’histoire : ils montrent ce qui aurait pu arriver. Leurs probabilités à chaque tour :',
  'guide.chance': '{title} : {pct} % par tour, au plus {n, plural, one {une fois} other {# fois}} par partie.',
  'guide.limits': 'Ce que le jeu laisse de côté',
  'sources.articleLabel': '{publisher} ({kind, select, news {article d’information} other {tribune}}, {date})',
  'sources.framingNews': '{title}\u00a0: {publisher}, article d’information',
  'sources.framingOpinion': '{title}\u00a0: {publisher}, tribune',
  'sources.paragraphs': 'Paragraphes\u00a0: ',
  'sources.recordSummary': 'Le résumé des faits par le jeu\u00a0: ',
  'sources.intro':
    'Le jeu repose sur deux articles parus le même jour, en anglais. Nous les résumons avec nos propres mots, en français, sujet par sujet, pour que vous voyiez les mêmes faits racontés de deux façons, et nous citons chaque paragraphe sur lequel le jeu s’appuie. Les paragraphes sont numérotés à partir du premier paragraphe du corps de chaque article.',
  'sources.caption': 'Les deux articles',
  'sources.publication': 'Publication',
  'sources.kind': 'Nature',
  'sources.date': 'Date',
  'sources.headline': 'Titre (en anglais)',
  'sources.who': 'Qui ils sont',
  'sources.kindName': '{kind, select, news {article d’information} other {tribune d’opinion}}',
  'sources.noLink':
    ' (pas de lien\u00a0: nous n’avons pas pu vérifier l’adresse de cet article sur le site de l’éditeur\u00a0; retrouvez-le par son titre et sa date dans une base de presse ou au CDI)',
  'sources.topics': 'Sujet par sujet\u00a0: l’article d’information et la tribune',
  'sources.byParagraph': 'Paragraphe par paragraphe\u00a0: ce que le jeu tire de chacun',
  'sources.articleHead': '{label}\u00a0: «\u00a0{headline}\u00a0»',
  'sources.retoldIn': ' · résumé dans\u00a0: ',
  'sources.wordsChecked': ' · mots vérifiés dans le paragraphe (en anglais)\u00a0: {quotes}',
  'sources.beyond': 'Au-delà des articles\u00a0: les comptes rendus de l’époque',
  'sources.beyondIntro':
    'Les événements postérieurs au 17 novembre surviennent à leur date réelle. Chaque date et chaque fait ont été vérifiés dans des comptes rendus publics (en anglais pour la plupart)\u00a0:',
  'sources.colon': '\u00a0: ',
  'sources.model': 'Le modèle',
  'sources.modelText':
    'Là où les articles ne donnent aucun nombre, le jeu fait une hypothèse et le signale à côté de la valeur. Le guide de l’enseignant compte ce qui est sourcé et ce qui est supposé\u00a0; «\u00a0Comment jouer\u00a0», dans la barre du haut, explique les règles.',
};
