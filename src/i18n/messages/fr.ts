// Les mots de l'interface en français : mêmes identifiants que le catalogue anglais (./en.ts),
// vérifiés par le compilateur (Record<MessageId, string> : ni manquant, ni en trop) et par
// tests/i18n.test.ts (mêmes arguments, typographie française : espaces insécables avant : ; ! ?,
// guillemets « »). Chargé seulement quand le français est choisi (un fichier à part).
import type { MessageId } from './en';

export const fr: Record<MessageId, string> = {
  'page.title': 'Grande Coalition — Paris, novembre 2015',
  'page.description':
    'Un jeu de diplomatie au tour par tour sur l’appel de la France à une grande coalition contre Daech en novembre 2015.',
  'page.skip': 'Aller aux commandes du jeu',
  'page.brand': 'Grande Coalition',
  'page.readingRoom': 'Salle de lecture',
  'page.stage':
    'Carte des acteurs et jauge de la coalition (une image ; les mêmes informations sont dans les panneaux)',
  'page.mapLoading': 'La carte se charge ; la partie peut commencer sans elle.',
  'page.panel': 'Commandes du jeu et lecture',
  'page.meter': 'Jauge de la coalition',
  'page.views': 'Vues',
  'page.viewsList': 'Ce que montre l’écran',
  'page.viewMap': 'Carte',
  'page.viewTalks': 'Négociations',
  'page.viewMeter': 'Jauge',
  'page.framed': 'Grande Coalition ne fonctionne pas à l’intérieur d’une autre page. Ouvrez-la dans son propre onglet.',
  'page.loadFailed':
    'Le jeu n’a pas fini de se charger (le réseau est-il coupé ?). Rechargez la page pour réessayer ; vos parties enregistrées ne risquent rien.',

  'language.label': 'Langue',

  'title.heading': 'Paris, 17 novembre 2015',
  'title.intro':
    'Quatre jours après les attentats, le président Hollande appelle à « une grande et unique coalition » contre Daech, avec les États-Unis et la Russie. Menez la diplomatie de Paris, de Washington ou de Moscou pendant six semaines. Chaque capitale a son prix.',
  'title.youLead': 'Vous dirigez',
  'title.difficulty': 'Difficulté',
  'title.levelsChange': 'Ce que changent les niveaux de difficulté',
  'title.levelLine': '{label} : {explain}',
  'title.seed': 'Graine (toute la classe peut jouer la même)',
  'title.seedError': 'Une graine est un nombre entier de 0 à 4294967295.',
  'title.newGame': 'Nouvelle partie',
  'title.starting': 'Lancement…',
  'title.startingSaid': 'Lancement de la partie…',
  'title.openFile': 'Ouvrir un fichier de partie (.json), ou le déposer sur la page',
  'title.sources':
    'Sources : un article d’information (The Wall Street Journal, 17 nov. 2015) et une tribune qui s’en inspire (Breitbart News, 18 nov. 2015), résumés et cités par paragraphe ; les dates ultérieures proviennent de la presse.',
  'title.continue': 'Reprendre votre partie',
  'title.autosaveProblem':
    'Votre sauvegarde automatique n’a pas pu être restaurée : {problem}. Elle est conservée : téléchargez-la pour la garder, ou pour l’ouvrir avec une version plus récente du jeu.',
  'title.storageProblem':
    'Les parties ne sont pas conservées dans ce navigateur : {problem}. Vous pouvez jouer quand même ; téléchargez chaque partie pour la garder.',
  'title.setAside':
    '{n, plural, one {# partie enregistrée n’a pas pu être lue par cette version ; elle est mise de côté :} other {# parties enregistrées n’ont pas pu être lues par cette version ; elles sont mises de côté :}}',
  'title.download': 'Télécharger',
  'title.together': 'Jouer à plusieurs sur un seul appareil',
  'title.togetherMore':
    ' : plusieurs groupes, chacun à la tête de la France, des États-Unis ou de la Russie, jouent à tour de rôle.',
  'title.yourGames': 'Vos parties sur cet ordinateur',
  'title.watch': 'Revoir',
  'title.continueOne': 'Reprendre',
  'title.downloadAll': 'Télécharger toutes vos parties (zip de fichiers de partie)',
  'title.movedBack':
    '{n, plural, one {# partie conservée dans le stockage local pendant l’absence de la base de données du navigateur y a été replacée.} other {# parties conservées dans le stockage local pendant l’absence de la base de données du navigateur y ont été replacées.}}',

  'difficulty.easy.label': 'Apprenti',
  'difficulty.easy.short': 'plus de marge, moins de surprises',
  'difficulty.easy.explain':
    'Les capitales transigent davantage sur leurs lignes rouges, répondent de façon plus prévisible et agissent moins souvent d’elles-mêmes : pour une première partie, ou une classe pressée par le temps.',
  'difficulty.normal.label': 'Diplomate',
  'difficulty.normal.short': 'le modèle tel qu’il est documenté',
  'difficulty.normal.explain':
    'Le modèle tel qu’il est documenté : les lignes rouges coûtent ce que suggèrent les articles, les réponses comportent une part de hasard, et les autres capitales agissent souvent d’elles-mêmes.',
  'difficulty.hard.label': 'Vétéran',
  'difficulty.hard.short': 'lignes rouges plus dures, plus de hasard, aucun conseil',
  'difficulty.hard.explain':
    'Les lignes rouges sont un peu plus dures, et les réponses, les humeurs et les initiatives des autres varient davantage : plus près de la difficulté réelle. Aucun conseil « Vous pourriez » : la liste des conditions dit toujours ce qui manque.',

  'meterIntro.title': 'La jauge de la coalition',
  'meterIntro.text':
    'De 0 à 100 : qui est dans la coalition (pondéré par son poids dans la guerre), à quel point chacun est engagé, et jusqu’où ils s’accordent sur les cibles des frappes, sur Assad et sur la déconfliction entre la campagne aérienne menée par les États-Unis et celle de la Russie. Elle reste à l’écran toute la partie.',

  'topbar.round': 'Tour {round} sur {rounds} · {date} · {difficulty}',
  'topbar.ap': 'Points d’action : {ap} sur {max}',
  'topbar.fingerprint': 'Empreinte {hash}',
  'topbar.download': 'Télécharger cette partie',
  'topbar.notSavingDownload':
    'Pas de sauvegarde : {problem}. Votre partie continue ; téléchargez-la (« Télécharger cette partie ») pour la garder.',
  'topbar.notSaving': 'Pas de sauvegarde : {problem}. Votre partie continue ; téléchargez-la pour la garder.',

  'nav.howto': 'Comment jouer',
  'nav.sources': 'Sources',
  'nav.glossary': 'Glossaire',
  'nav.guide': 'Guide de l’enseignant',
  'nav.compare': 'Comparer des parties',
  'nav.background': 'Avant de jouer',
  'nav.handout': 'Fiche élève',
  'nav.answers': 'Corrigé',
  'links.glossaryTerm': '{word} (glossaire)',
  'links.newTab': ' (s’ouvre dans un nouvel onglet)',

  'meter.title': 'Jauge de la coalition',
  'meter.of100': ' sur 100',
  'meter.lastRound': '{change} au dernier tour',
  'meter.thisRound': '{change} depuis le début de ce tour',
  'meter.changes': ' ({parts})',
  'meter.sep': ' ; ',
  'meter.deconfliction': 'Déconfliction entre les deux campagnes aériennes : {value}',
  'meter.youMight': 'Vous pourriez : ',
  'meter.members': 'Membres et leur part',
  'meter.part': ' {name} : {points}',
  'meter.movers': 'Ce qui l’a fait bouger au dernier tour',
  'meter.mover': '{name} {change}',

  'checklist.met': 'Atteint : ',
  'checklist.notYet': 'Pas encore : ',
  'checklist.missing': 'Il manque : ',
  'checklist.head':
    'Votre objectif : {met, plural, one {# condition remplie} other {# conditions remplies}} sur {total}',
  'checklist.list': 'Conditions d’une grande coalition',
  'checklist.full': 'Votre objectif, condition par condition',
  'checklist.compact': 'Votre objectif en un coup d’œil',
  'checklist.more': 'Ce qui manque, et les règles',

  'share.box': 'Lien vers cette partie',
  'share.copied': 'Lien copié. Quiconque l’ouvre voit cette partie, étape par étape.',
  'share.select': 'Copiez le lien sélectionné.',

  'views.key': 'Légende de la carte',
  'views.allies': ' alliés proches',
  'views.tension': ' tension',
  'views.tap':
    'Touchez un marqueur pour ouvrir sa fiche. Les noms qui n’ont pas de place sur la carte sont dans la liste, sous Négociations.',
  'stance.member': 'membre',
  'stance.leaning': 'se rapproche',
  'stance.outside': 'en dehors',
  'stance.opposed': 'opposé',

  'howto.who.title': 'Qui vous êtes',
  'howto.who.text':
    'Vous dirigez la France, les États-Unis ou la Russie du 17 novembre au 28 décembre 2015 : douze tours, d’environ une demi-semaine chacun.',
  'howto.goal.title': 'Votre objectif est une liste de conditions',
  'howto.goal.text':
    'Le panneau de la jauge de la coalition (sous la carte ; sur un téléphone, l’onglet Jauge) énumère chaque condition d’une grande coalition : les capitales qui doivent en être membres (une capitale est membre quand son engagement atteint 50 % ou plus et qu’aucune condition d’un membre ne l’en tient à l’écart, comme celle de Washington sur les frappes de Moscou), la déconfliction entre les deux campagnes aériennes, la jauge de la coalition, et vos conditions sur la ligne de la coalition. Toutes doivent être remplies à la fin du dernier tour. Chaque condition dit ce qui manque.',
  'howto.round.title': 'Un tour',
  'howto.round.text':
    'Lisez les trois lignes du point de situation (l’actualité, racontée de deux façons, est repliée dessous), puis dépensez trois points d’action : un appel (1), une visite (2), une proposition de conditions (1), une concession (1) ou une déclaration publique (1). Avant d’envoyer un coup, le panneau montre ce que changerait un oui et la probabilité d’un oui.',
  'howto.answers.title': 'Les réponses',
  'howto.answers.text':
    'Chaque réponse dit ce qu’elle a changé : engagement, confiance, positions (les vôtres aussi), déconfliction, la jauge et votre liste de conditions. « Pourquoi ? » montre les raisons et les paragraphes des articles sur lesquels elles reposent.',
  'howto.line.title': 'La ligne',
  'howto.line.text':
    'Chaque acteur a une ligne sur chaque question, de 0 à 100 sur l’échelle de la question. La ligne de la coalition est la moyenne pondérée des lignes de ses membres : quand une capitale la rejoint, la ligne se déplace vers elle.',
  'howto.end.title': 'La fin d’un tour',
  'howto.end.text':
    'Les autres capitales agissent d’elles-mêmes, les événements de l’histoire surviennent à leur date, et l’engagement de chaque capitale glisse vers ce qu’elle pense de la ligne de la coalition. Après le douzième tour, le bilan compare votre partie avec ce qui s’est réellement passé.',
  'howto.step': '{title}. ',
  'howto.stays': 'Cette page reste dans la barre du haut : « Comment jouer ».',
  'howto.start': 'Commencer à jouer',

  'main.stale':
    'Cet onglet exécute une version antérieure du jeu, dont une partie n’est plus disponible (le jeu a été mis à jour dans un autre onglet). Vos parties sont enregistrées : ',
  'main.reloadToUpdate': 'rechargez pour mettre à jour',
  'main.updateReady': 'Une nouvelle version du jeu est prête. Vos parties sont enregistrées ; ',
  'main.updateNow': 'mettre à jour maintenant',
  'main.end': '.',
  'main.copied':
    'Cette partie a continué dans un autre onglet : ses coups là-bas sont conservés, et cet onglet enregistre désormais les vôtres dans une copie (les deux sont dans la liste).',
  'main.copyElsewhere':
    'Cette partie est ouverte dans un autre onglet : cet onglet joue une copie, pour qu’aucun ne perde de coup.',
  'main.versionNote':
    'Scénario {version} : une version antérieure du jeu, rejouée et poursuivie avec ses propres règles (les nouvelles parties utilisent la {current}).',
  'main.savedGame': 'Votre partie enregistrée',
  'main.thatReplay': 'Ce fichier de partie ({name})',
  'main.fromList': 'Cette partie (de votre liste)',
  'main.thatLink': 'Ce lien',
  'main.didNotLoad':
    '{what} ne peut pas être ouvert : la partie du jeu qui le lit ne s’est pas chargée (le réseau est-il coupé ?). Réessayez, ou rechargez la page. Votre propre partie n’est pas touchée.',
  'main.refused': '{what} ne peut pas être ouvert : {error}. Votre propre partie n’est pas touchée.',
  'main.debriefFailed':
    'Le bilan n’a pas pu se charger. Votre partie est enregistrée : rechargez la page pour le voir.',
  'main.replayRound': 'Partie rejouée, tour {round}.',
  'main.answerSaid': '{action} : {text} Jauge {meter}.',
  'main.briefingSaid': 'Tour {round}, {date}. Point de situation. Jauge {meter}.',
  'main.diplomacySaid': 'Diplomatie. {ap, plural, one {# point d’action} other {# points d’action}}.',
  'main.overSaid': 'Partie terminée : {outcome}. Jauge {meter}.',

  'cli.header': 'Grande Coalition · graine {seed} · {role} · stratégie {policy}',
  'cli.round': '== Tour {round} · {date} ==',
  'cli.counter': 'contre-proposition : {terms}',
  'cli.reactions': 'réactions : {list}',
  'cli.reaction': '{name} {trust} de confiance',
  'cli.warms': '{name} se rapproche de la coalition : engagement {from} → {to}',
  'cli.cools': '{name} s’éloigne de la coalition : engagement {from} → {to}',
  'cli.meter': 'Jauge {value} · membres : {members} · déconfliction {deconfliction}',
  'cli.outcome': 'Issue : {outcome} (jauge {meter}, déconfliction {deconfliction})',
  'cli.verified': 'Partie vérifiée : empreinte {hash}',
  'cli.hash': 'Empreinte {hash}',
  // The briefing (src/ui/briefing.ts) and the debrief's terms
  'briefing.met': 'Atteint',
  'briefing.notMet': 'Non atteint',
  'briefing.lineNow': ' (ligne actuelle {line}) : ',
  'briefing.termsFolded': '{title} : {met} sur {total} atteintes pour l’instant',
  'briefing.storyTitle': '{date} : {title}',
  'briefing.wsj': 'The Wall Street Journal (article d’information)',
  'briefing.breitbart': 'Breitbart News (tribune d’opinion)',
  'briefing.perspectives': 'Comment les médias de l’époque l’ont raconté',
  'briefing.outlet': '{outlet} ({country}, {date}) : ',
  'briefing.sources': 'Sources : ',
  'briefing.titleFirst': 'Point de situation : ce que l’on sait le 17 novembre',
  'briefing.title': 'Point de situation du {date}',
  'briefing.lead': 'En trois lignes',
  'briefing.changed': 'Ce qui a changé : ',
  'briefing.goal': 'Votre objectif : ',
  'briefing.next': 'Ce que vous pourriez faire : ',
  'briefing.begin': 'Commencer les négociations',
  'briefing.goalFold': 'Votre objectif, condition par condition : {met} sur {total} remplies',
  'briefing.news': '{n, plural, one {L’actualité (# sujet)} other {L’actualité (# sujets)}}',
  'briefing.quiet': 'L’actualité : quelques jours calmes',
  'briefing.newsFirst':
    'Chaque sujet tel que les deux articles l’ont raconté : l’article d’information du Wall Street Journal et la tribune de Breitbart News (résumés par le jeu, en français). Mêmes faits, regards différents : lequel oriente votre prochain coup ?',
  'briefing.newsLater':
    'Ce qui s’est passé, résumé par le jeu d’après les faits, puis comment les médias de l’époque l’ont raconté, chacun avec son pays et sa date.',
  'briefing.modelFold': 'Ce qui s’est passé d’autre dans la partie, et pourquoi ({n})',
  'briefing.termsFold': 'Vos conditions, avec leurs sources',
  'briefing.terms': 'Vos conditions pour une grande coalition',
  'briefing.calendar': 'Le calendrier : ce qui s’est passé entre le 17 novembre et le 31 décembre 2015',
  'briefing.calendarItem': '{date} · {title}',
  'briefing.calendarPast': '{date} · {title} (déjà passé)',
  'debrief.terms': 'Vos conditions, face à la ligne finale de la coalition',
  // The map and the debrief chart on the canvas (src/scenes)
  'map.you': '{name} (vous)',
  'map.of100': 'sur 100',
  'map.lastRound': '{arrow} {change} au dernier tour',
  'map.round': 'Tour {round} sur {rounds} · {date}',
  'map.loading': 'Chargement de la carte de novembre 2015…',
  'map.subtitle': 'Paris, 17 novembre 2015 — quatre jours après les attentats',
  // A counter-offer (src/ui/reply.ts), the replay viewer (src/ui/viewer.ts), the reading room's dialog (src/ui/reader.ts)
  'reply.counters': '{name} fait une contre-proposition : {terms}',
  'reply.explain':
    'Acceptez ces conditions ({cost} PA) et {name} donne son accord sans hésiter ; refusez-les ; ou ignorez-les et jouez un autre coup. L’offre tient jusqu’à la fin du tour.',
  'reply.accept': 'Accepter les conditions ({name}, {cost} PA)',
  'reply.decline': 'Refuser',
  'reply.ifAccept': 'Si vous acceptez',
  'reply.ifAcceptHead': 'Si vous acceptez :',
  'viewer.round': 'Tour {round}',
  'viewer.title': 'Partie rejouée · graine {seed} · tour {round} sur {rounds} ({date})',
  'viewer.prev': '◀ Tour précédent',
  'viewer.next': 'Tour suivant ▶',
  'viewer.jump': 'Aller à un tour',
  'viewer.meterEnd': 'Jauge au début du tour : {before} ; à sa fin : {after}.',
  'viewer.meterOpen': 'Jauge au début du tour : {before} (le tour n’a pas été terminé).',
  'viewer.moves': 'Coups et réponses',
  'viewer.move': '{action} : {kind}. ',
  'viewer.none': 'Aucun coup ce tour-ci.',
  'viewer.events': 'Événements',
  'viewer.event': '{date} : {title}',
  'viewer.outcome': 'Issue : {outcome}. ',
  'viewer.takeOver': 'Reprendre la main au tour {round}',
  'viewer.close': 'Retour à l’accueil',
  'viewer.explain':
    'Reprendre la main lance une nouvelle partie au début de ce tour, avec la même graine : qu’auriez-vous fait autrement ? Votre partie en cours, s’il y en a une, reste dans la liste de la page d’accueil.',
  'viewer.share': 'Copier un lien vers cette partie',
  'kind.said': 'déclaration',
  'kind.call': 'appel',
  'kind.visit': 'visite',
  'kind.proposal': 'proposition',
  'kind.concession': 'concession',
  'reader.print': 'Imprimer',
  'reader.close': 'Fermer',
};
