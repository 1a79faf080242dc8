// Le bilan en français : ce que le joueur lit à la fin d'une partie (les points de contrôle de la
// rétro-prévision, ce qui s'est passé en 2015, les questions communes) et, dans « Où votre partie a
// quitté 2015 », pourquoi un acte de 2015 dépendait d'une condition (events.ts : when[].because),
// par événement et dans l'ordre des données ; et, pour la page des sources, qui sont les deux
// articles. Un fichier à part : il arrive juste après le reste du
// français (src/i18n/scenario.ts), pour que la page s'affiche en français sans l'attendre.

export const frCheckpoints: Record<string, { title: string; claim: string }> = {
  'nov-russia-strikes': {
    title: 'Fin novembre : la Russie frappe toujours surtout d’autres groupes que Daech',
    claim:
      'La Russie a ajouté des frappes sur Raqqa après les attentats de Paris mais a continué de frapper surtout les opposants armés d’Assad : Obama a qualifié ses frappes contre l’opposition modérée de problème persistant (24 nov.). Sur l’échelle, 60 ou plus signifie au plus deux frappes sur cinq contre Daech.',
  },
  'nov-moscow-ankara': {
    title: 'Fin novembre : Moscou et Ankara se brouillent',
    claim:
      'Après que la Turquie a abattu un Su-24 russe le 24 novembre, Moscou a coupé les contacts militaires avec Ankara et imposé des sanctions par décret le 28 novembre.',
  },
  'nov-sanctions': {
    title: 'Fin novembre : les sanctions en vigueur',
    claim:
      'Les sanctions américaines et européennes contre la Russie liées à la Crimée, et les nouvelles sanctions russes contre la Turquie ; aucune autre.',
  },
  'nov-no-single-coalition': {
    title: 'Fin novembre : pas de coalition unique',
    claim:
      'La tournée de Hollande s’est achevée à Moscou le 26 novembre par un accord pour partager des renseignements et coordonner les frappes avec Moscou, non pour faire entrer la Russie dans la coalition menée par les États-Unis ; ses membres y sont restés.',
  },
  'nov-no-western-partner': {
    title: 'Fin novembre : aux côtés de Moscou, Téhéran seul ; les autres se coordonnent au plus',
    claim:
      'Fin novembre, la Russie combattait toujours avec l’Iran et le gouvernement Assad (et l’Irak dans un centre d’information à Bagdad) ; Paris (à partir du 26 novembre), Amman et Jérusalem entretenaient des canaux avec Moscou sans rejoindre aucune coalition russe, et aucune capitale occidentale ou du Golfe ne combattait à ses côtés.',
  },
  'nov-deconfliction': {
    title: 'Fin novembre : la déconfliction, pas d’opérations communes',
    claim:
      'Les campagnes s’en tenaient au mémorandum d’octobre sur la sécurité des vols et à son canal, sans cibles partagées ni opérations communes.',
  },
  'nov-assad': {
    title: 'Fin novembre : où en sont les capitales sur Assad',
    claim:
      'Paris et Washington veulent le départ d’Assad ; Ankara, Riyad et Doha veulent une date de départ ; Moscou exclut un départ anticipé ; Téhéran affirme que seul Assad décide.',
  },
  'dec-forces': {
    title: 'Mi-décembre : la Grande-Bretagne frappe en Syrie, l’Allemagne mène des vols de reconnaissance',
    claim:
      'La RAF frappe en Syrie depuis le 3 décembre ; le Bundestag a envoyé des Tornado de reconnaissance, un ravitailleur et une frégate, mais pas de bombardiers.',
  },
  'dec-russia-strikes': {
    title: 'Mi-décembre : les frappes russes tombent toujours surtout hors de Daech',
    claim:
      'L’envoyé américain McGurk a déclaré le 9 décembre que peut-être 30 % des frappes russes touchaient Daech, le reste d’autres groupes d’opposition.',
  },
  'dec-coalitions': {
    title: 'Mi-décembre : deux campagnes, toujours séparées',
    claim:
      'Kerry, à Moscou le 15 décembre, a accepté de faire avancer le processus de Vienne ; les campagnes sont restées séparées.',
  },
  'dec-no-western-partner': {
    title: 'Mi-décembre : aux côtés de Moscou, Téhéran seul ; les autres se coordonnent au plus',
    claim:
      'À la mi-décembre, la Russie combattait toujours avec l’Iran et le gouvernement Assad (et l’Irak dans un centre d’information à Bagdad) ; Paris (à partir du 26 novembre), Amman et Jérusalem entretenaient des canaux avec Moscou sans rejoindre aucune coalition russe, et aucune capitale occidentale ou du Golfe ne combattait à ses côtés.',
  },
  'dec-deconfliction': {
    title: 'Mi-décembre : la déconfliction, pas d’opérations communes',
    claim: 'Pas d’opérations communes : le canal de sécurité des vols restait toute la coordination militaire.',
  },
  'dec-assad': {
    title: 'Mi-décembre : où en sont les capitales sur Assad',
    claim:
      'Kerry a déclaré que les États-Unis ne cherchaient pas un changement de régime, tout en disant qu’Assad n’avait pas d’avenir à long terme ; Fabius a dit qu’Assad n’avait pas à partir avant la transition ; la conférence de Riyad voulait son départ dès le début de celle-ci ; Moscou et Téhéran s’en remettaient aux Syriens.',
  },
  'end-sanctions': {
    title: '28 décembre : les sanctions en vigueur',
    claim:
      'L’UE a reconduit ses sanctions contre la Russie jusqu’en juillet 2016 ; les sanctions russes contre la Turquie restaient en place ; aucune autre n’a été imposée.',
  },
  'end-no-grand-coalition': {
    title: '28 décembre : pas de grande coalition',
    claim: 'Aucune coalition unique incluant la Russie ne s’est formée ; les deux campagnes sont restées parallèles.',
  },
  'end-coalitions': {
    title: '28 décembre : la coalition menée par les États-Unis tient, la Russie en dehors',
    claim:
      'La coalition menée par les États-Unis a gardé ses membres ; la Russie, l’Iran et l’OTAN en tant qu’alliance sont restés en dehors.',
  },
  'end-no-western-partner': {
    title: '28 décembre : aux côtés de Moscou, Téhéran seul ; les autres se coordonnent au plus',
    claim:
      'Le 28 décembre, la Russie combattait toujours avec l’Iran et le gouvernement Assad (et l’Irak dans un centre d’information à Bagdad) ; Paris (à partir du 26 novembre), Amman et Jérusalem entretenaient des canaux avec Moscou sans rejoindre aucune coalition russe, et aucune capitale occidentale ou du Golfe ne combattait à ses côtés.',
  },
  'end-deconfliction': {
    title: '28 décembre : la déconfliction, pas d’opérations communes',
    claim: 'L’année s’est achevée avec le canal de sécurité des vols et des pourparlers, sans ciblage commun.',
  },
  'end-assad-vienna': {
    title: '28 décembre : la résolution 2254 laisse ouvert le sort d’Assad',
    claim:
      'Le 18 décembre, le Conseil de sécurité a approuvé à l’unanimité la feuille de route de Vienne, en laissant ouvert le sort d’Assad : la division sur Assad demeurait.',
  },
};

export const frHistory: Record<string, string> = {
  '2015-11-24':
    'Hollande a rencontré Obama à la Maison-Blanche ; ils sont convenus d’intensifier les frappes et de partager des renseignements. Le même jour, la Turquie a abattu un Su-24 russe.',
  '2015-11-26':
    'À Moscou, Hollande et Poutine sont convenus d’échanger des renseignements et de coordonner leurs frappes contre Daech, mais pas de former une coalition unique ; Hollande a continué de dire qu’Assad n’avait pas sa place dans l’avenir de la Syrie.',
  '2015-11-28': 'La Russie a imposé des sanctions économiques à la Turquie à cause de l’avion abattu.',
  '2015-12-02':
    'Le Parlement britannique a approuvé des frappes en Syrie par 397 voix contre 223 ; la RAF a frappé dans les heures qui ont suivi.',
  '2015-12-04':
    'Le Bundestag a approuvé une mission de soutien allemande par 445 voix contre 146 : des Tornado de reconnaissance, un ravitailleur et une frégate, mais pas de bombardements.',
  '2015-12-15':
    'L’Arabie saoudite a annoncé sa propre alliance islamique de 34 États contre le terrorisme ; Kerry a rencontré Poutine à Moscou.',
  '2015-12-18':
    'La résolution 2254 du Conseil de sécurité de l’ONU a approuvé une feuille de route pour la Syrie, en laissant ouvert le sort d’Assad.',
  '2015-12-21': 'L’UE a prolongé ses sanctions contre la Russie jusqu’en juillet 2016.',
  '2015-12-31':
    'Aucune grande coalition unique incluant la Russie ne s’est formée : la coalition menée par les États-Unis et la campagne russe sont restées parallèles, avec une certaine coordination, et la division sur Assad demeurait.',
};

export const frDebriefQuestions: string[] = [
  'Comment les deux articles ont-ils présenté différemment les mêmes faits ? Quelle présentation vos décisions ont-elles suivie ?',
  'Quel événement hors de votre contrôle a le plus changé la partie ? Auriez-vous pu vous y préparer ?',
  'Pourquoi, selon vous, aucune grande coalition unique ne s’est-elle formée en 2015 ? Votre partie s’est-elle terminée de la même façon ?',
];

/** Pourquoi chaque acte daté dépendait de ses conditions, par événement, dans l'ordre de when. */
export const frConditions: Record<string, string[]> = {
  'moskva-order': [
    'Poutine a ordonné à sa marine de travailler avec les Français en alliés le jour où il a choisi de faire de Paris son partenaire après l’attentat du Sinaï\u00a0; une Moscou méfiante envers Paris n’aurait pas fait cette offre.',
  ],
  'unsc-2249': [
    'La Russie, qui avait son propre projet, a laissé passer le texte français à l’unanimité\u00a0; une Moscou en froid avec Paris aurait pu s’en tenir à son projet ou s’abstenir.',
  ],
  'cameron-paris': [
    'Cameron est venu à Paris en allié proche, répondant à l’appel à l’aide de la France après les attentats\u00a0; un Londres brouillé avec Paris aurait envoyé des mots, pas des bases.',
  ],
  'su24-shootdown': [
    'La Russie bombardait des villages turkmènes dans les collines de la frontière, pas Daech\u00a0; Ankara a convoqué l’ambassadeur de Moscou à ce sujet le 20 novembre et mis en garde contre de graves conséquences.',
    'Ankara se méfiait de Moscou et avait prévenu, après deux incursions russes en octobre, que ses règles d’engagement s’appliquaient à tout aéronef.',
    'Ankara gardait ses distances avec la campagne de Moscou elle-même\u00a0: elle affirmait que presque toutes les frappes russes touchaient les rebelles, pas Daech, et niait avoir proposé, comme le disait Moscou, un groupe de travail pour coordonner les actions en Syrie. Les deux armées avaient une ligne depuis la mi-octobre, mais seulement pour éviter les incidents. Israël, qui avait convenu d’un mécanisme avec Moscou le 21 septembre et ne s’opposait pas à sa campagne, a indiqué le 29 novembre qu’un avion russe égaré au-dessus du Golan avait été renvoyé par ce canal plutôt qu’abattu.',
  ],
  'hollande-washington': [
    'Obama a reçu Hollande en plus ancien allié, qui frappait déjà Daech aux côtés des États-Unis\u00a0; un Washington qui ne faisait plus confiance à Paris n’aurait pas promis davantage de renseignements.',
  ],
  'obama-backs-turkey': [
    'Obama parlait d’un avion abattu le matin même\u00a0: sans lui, il n’y avait rien à soutenir.',
  ],
  's400-deployed': [
    'Poutine a dit aux côtés de Hollande que la Russie n’avait pas pensé jusque-là à la défense aérienne, parce que personne n’imaginait ses avions menacés depuis les airs\u00a0; le S-400 répondait à l’avion abattu.',
  ],
  'merkel-paris': [
    'Merkel est venue à Paris en alliée proche, répondant à l’appel à l’aide de la France après les attentats (la France avait invoqué l’article 42.7 le 17 novembre)\u00a0; les 650 soldats pour le Mali, prévus depuis octobre, étaient envoyés pour soulager la France. Un Berlin brouillé avec Paris aurait offert des mots.',
  ],
  'hollande-moscow': [
    'Paris est allé à Moscou pour travailler avec la Russie après que Poutine a demandé à sa marine de traiter les Français en alliés\u00a0; un Paris qui se serait retourné contre Moscou n’aurait pas offert ses renseignements.',
    'Moscou a accepté de partager ses cibles avec Paris parce qu’elle cherchait un partenaire en Occident après l’attentat du Sinaï\u00a0; une Moscou méfiante envers Paris aurait gardé ses cibles pour elle.',
  ],
  'russia-sanctions-turkey': [
    'Moscou a présenté ces mesures comme sa réponse à la destruction de son bombardier et à la mort de son pilote.',
    'Poutine a dit qu’Ankara n’avait offert ni excuses, ni compensation, ni sanction des coupables\u00a0; les mesures n’ont été levées qu’après la lettre de regrets d’Erdoğan en juin 2016.',
  ],
  'obama-putin-cop21': [
    'Obama et Poutine se parlaient encore à Paris malgré leur désaccord sur Assad\u00a0: le canal entre eux ne s’est jamais rompu en 2015.',
  ],
  'obama-putin-turkey': [
    'Obama l’a dit à Poutine lors de leur rencontre d’une demi-heure au sommet\u00a0: si les deux présidents ne se rencontrent pas, rien n’est dit.',
    'Obama a pressé Poutine d’apaiser les choses avec Ankara six jours après l’avion abattu\u00a0: sans lui, il n’y avait rien à apaiser.',
  ],
  'putin-netanyahu': [
    'Israël et la Russie avaient depuis septembre un canal pour tenir leurs avions à distance au-dessus de la Syrie, et tous deux voulaient qu’il tienne.',
  ],
  'oil-accusation': [
    'L’accusation de Moscou est venue une semaine après l’avion abattu, dans le cadre de sa réponse à Ankara\u00a0; auparavant, la Russie courtisait la Turquie sur le gaz et le commerce.',
    'L’accusation a été portée alors que Moscou refusait les appels d’Erdoğan, faute d’excuses.',
  ],
  'commons-vote': [
    'Cameron a dit aux députés que le monde avait désormais adopté une résolution du Conseil de sécurité contre Daech\u00a0: c’était l’un de ses arguments pour agir maintenant, après la défaite de 2013.',
    'La motion répondait à la demande des alliés, la France en premier\u00a0; les députés travaillistes qui l’ont votée ont invoqué la solidarité avec Paris.',
    'La motion répondait aussi à la demande de Washington et rejoignait des frappes menées par les États-Unis\u00a0; un Londres qui ne faisait plus confiance à la campagne de Washington n’aurait pas demandé aux députés de s’y joindre.',
    'Cameron ne voulait pas d’un vote qu’il pouvait perdre\u00a0; seul un Londres engagé dans la coalition avait la majorité, ce que le vote libre des travaillistes a rendu clair.',
    'La motion autorisait des frappes exclusivement contre Daech, aux côtés des alliés qui l’avaient demandé\u00a0; un Londres combattant aux côtés de Moscou demanderait aux députés une autre guerre.',
  ],
  'lavrov-cavusoglu-belgrade': [
    'Ankara a demandé la rencontre, et Moscou l’a acceptée, comme premier contact de haut niveau depuis la destruction du Su-24\u00a0: sans l’avion abattu, pas de crise pour réunir les deux ministres.',
    'La rencontre n’a rien réglé parce que rien n’avait changé\u00a0: Moscou venait entendre si Ankara avait du nouveau à dire, après que Poutine eut refusé de rencontrer Erdoğan à Paris, et n’a rien entendu qui la fasse bouger.',
  ],
  'bundestag-vote': [
    'Le fondement juridique de la mission, pour Berlin, reposait sur l’appel de la France au titre de l’article 42.7, avec la résolution 2249 et la légitime défense.',
    'La mission répondait à la demande d’aide directe de la France\u00a0: une frégate pour son porte-avions et de la reconnaissance pour ses frappes.',
    'Les avions voleraient en reconnaissance pour la coalition menée par les États-Unis depuis Incirlik\u00a0; Berlin devait faire confiance à la campagne qu’il rejoignait.',
    'L’Allemagne envoyait ses avions en membre de la coalition menée par les États-Unis contre Daech, dans laquelle elle formait les peshmergas depuis 2014.',
    'Le mandat envoyait des avions et une frégate allemands aux côtés de la France dans la coalition contre Daech\u00a0; un Berlin combattant aux côtés de Moscou ne l’aurait pas demandé.',
  ],
  'fabius-assad': [
    'Fabius assouplissait une ligne qui voulait encore le départ d’Assad (Paris à 35 ou moins, comme le veulent les faits fin novembre)\u00a0: un Paris déjà résigné au maintien d’Assad n’avait rien à assouplir.',
  ],
  'putin-mod-board': [
    'Poutine a demandé à son ministère de s’appuyer sur les canaux qui fonctionnaient, avec Israël et avec la coalition menée par les États-Unis\u00a0; il y avait de quoi s’appuyer.',
  ],
  'iraq-complaint-unsc': [
    'La lettre demandait au Conseil d’ordonner le retrait d’Irak de la force envoyée à Bashiqa\u00a0: sans ce déploiement, Bagdad n’avait rien à porter devant le Conseil.',
  ],
  smetlivy: [
    'Moscou a présenté les tirs comme une réponse aux «\u00a0provocations\u00a0» turques (traduit par le jeu) contre ses forces depuis l’avion abattu, et a convoqué l’attaché militaire turc à ce sujet\u00a0; sans l’avion abattu, pas d’affrontement en mer.',
    'Les tirs sont survenus alors que Moscou et Ankara étaient toujours en froid\u00a0: Moscou avait coupé les contacts militaires, et la rencontre des ministres des Affaires étrangères à Belgrade le 3 décembre n’avait rien réglé.',
  ],
  'kerry-moscow': [
    'Kerry est allé à Moscou pour rapprocher deux campagnes et sauver la réunion de New York du groupe de Vienne\u00a0; avec la Russie déjà dans la coalition, il n’y aurait pas eu un tel écart à combler.',
    'Kerry est allé à Moscou pour rapprocher deux campagnes\u00a0; un Washington combattant déjà aux côtés de Moscou n’aurait pas eu un tel écart à combler.',
    'La visite était possible parce que les deux capitales se parlaient encore malgré la crise avec la Turquie\u00a0; jusqu’à elle, la tenue de la réunion de New York restait incertaine.',
  ],
  'unsc-2253': [
    'La résolution sur l’argent de Daech a été rédigée ensemble par Washington et Moscou\u00a0; il fallait que les deux travaillent sur un même texte.',
  ],
  'unsc-2254': [
    'La feuille de route exigeait que Washington et Moscou s’accordent sur un texte entérinant les déclarations de Vienne\u00a0; elle n’est passée que parce que les deux menaient les pourparlers et laissaient le sort d’Assad sous silence.',
    'Kerry a remercié Lavrov d’avoir travaillé toute la journée sur le texte\u00a0: les deux capitales devaient se parler.',
    'Quand Kerry s’est rendu à Moscou le 15 décembre, la réunion de New York où la feuille de route a été adoptée restait incertaine\u00a0: la Russie avait posé des conditions préalables. La Russie n’a dit soutenir la réunion qu’après sa journée avec Lavrov et Poutine. Une Moscou qui l’aurait éconduit n’aurait pas donné cet accord.',
  ],
  'israel-russia-kuntar': [
    'Le canal qu’Israël et la Russie faisaient fonctionner depuis septembre a tenu après la frappe qui a tué Kuntar\u00a0: tous deux le voulaient.',
  ],
};

/** Qui sont les deux articles (la page des sources), par leur identifiant. */
export const frArticlesAbout: Record<string, string> = {
  wsj: 'Un quotidien américain publié par Dow Jones (News Corp). Cet article est un article d\u2019information de sa rédaction, qui se tient à l\u2019écart des pages d\u2019opinion du journal\u00a0: il attribue ce qu\u2019il dit à des responsables nommés ou anonymes et reste prudent quand ils le sont.',
  breitbart:
    'Un site américain conservateur d\u2019information et d\u2019opinion, fondé en 2007 par Andrew Breitbart, à la ligne ouvertement partisane. Ce texte est un commentaire construit sur l\u2019article du Wall Street Journal (son ¶\u00a02 le dit), lu à travers cette ligne («\u00a0a weak U.S. president\u00a0», «\u00a0un président américain faible\u00a0», traduit par le jeu).',
};

/** Les textes du bilan, chargés à part (src/i18n/scenario.ts). */
export const frDebrief = {
  articlesAbout: frArticlesAbout,
  checkpoints: frCheckpoints,
  history: frHistory,
  debriefQuestions: frDebriefQuestions,
  conditions: frConditions,
};
export type DebriefFrench = typeof frDebrief;
