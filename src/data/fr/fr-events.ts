// Les événements datés et les événements possibles en français (src/data/scenario/events.ts), par
// leur identifiant : ce que le joueur lit dans le briefing, les décisions de son gouvernement et le
// bilan. Les dates et les faits sont ceux des données anglaises ; les sources restent citées telles
// quelles. Ce qui arrive « sinon » est l'invention du jeu, présentée comme telle.
/** Un événement daté en français (les champs de HistoricalEvent qui s'affichent). */
export interface EventFrench {
  title: string;
  reading: string;
  otherwise?: { title: string; text: string };
  decide?: string;
  veto?: { instead: string; by: Record<string, { question: string; record: string }> };
}

export const frEvents: Record<string, EventFrench> = {
  'article-42-7': {
    title: 'La France invoque la clause d’assistance mutuelle de l’UE',
    reading:
      'À la réunion des ministres de la Défense de l’UE, la France invoque pour la première fois la clause d’assistance mutuelle de l’article 42.7 du TUE ; tous ses partenaires acceptent de l’aider, chacun à sa manière.',
    decide:
      'Invoquer la clause d’assistance mutuelle de l’article 42.7 du TUE, à la réunion des ministres de la Défense d’aujourd’hui ?',
  },
  'moskva-order': {
    title: 'Poutine ordonne au croiseur Moskva de coopérer avec la marine française',
    reading:
      'Poutine ordonne à la marine d’établir un contact direct avec le groupe aéronaval français et d’agir avec lui en alliés ; le même jour, bombardiers et missiles de croisière russes frappent Raqqa et les provinces d’Idleb et d’Alep.',
    otherwise: {
      title: 'Moscou garde sa marine pour elle',
      text: 'Dans cette partie, Moscou n’offre pas son croiseur aux Français : dès le premier soir, sa confiance envers Paris est tombée trop bas.',
    },
  },
  'saint-denis-raid': {
    title: 'Assaut policier dans un appartement de Saint-Denis ; le coordinateur présumé des attentats est tué',
    reading:
      'Avant l’aube, des policiers d’intervention appuyés par des militaires donnent l’assaut à un appartement de Saint-Denis, au nord de Paris, où ils cherchent Abdelhamid Abaaoud, soupçonné d’avoir coordonné les attentats du 13 novembre. Une femme meurt quand une ceinture d’explosifs saute, un homme est tué, plusieurs personnes sont arrêtées et cinq policiers blessés. Le lendemain, le procureur de Paris annonce qu’Abaaoud a été identifié parmi les morts.',
  },
  'state-of-emergency-vote': {
    title: 'L’Assemblée nationale vote la prolongation de l’état d’urgence par 551 voix contre 6',
    reading:
      'Après cinq heures de débat, les députés adoptent le projet de loi du gouvernement qui prolonge pour trois mois à compter du 26 novembre l’état d’urgence en vigueur depuis les attentats et renforce la loi de 1955 sur laquelle il repose : 551 pour, 6 contre, une abstention. Le Sénat suit le 20 novembre, par 336 voix contre 0 et 12 abstentions : l’état d’urgence doit durer jusqu’au 26 février 2016.',
    decide: 'Demander au Parlement de prolonger l’état d’urgence de trois mois à compter du 26 novembre ?',
  },
  'unsc-2249': {
    title: 'Résolution 2249 du Conseil de sécurité de l’ONU',
    reading:
      'Le Conseil de sécurité adopte à l’unanimité un texte français qui appelle les États qui le peuvent à prendre toutes les mesures nécessaires contre Daech sur le territoire qu’il contrôle en Syrie et en Irak.',
    otherwise: {
      title: 'Le Conseil ne s’accorde pas sur le texte français',
      text: 'Dans cette partie, Moscou s’en tient à son propre projet, et le Conseil de sécurité n’adopte cette semaine aucun texte contre Daech.',
    },
    veto: {
      instead: 'Dans cette partie, le Conseil de sécurité n’adopte rien : le texte échoue.',
      by: {
        FRA: {
          question:
            'Retirer le projet de résolution français contre Daech avant que le Conseil de sécurité ne le vote ?',
          record: 'La France a rédigé le texte et l’a mis aux voix ; le Conseil l’a adopté par 15 voix contre 0.',
        },
        USA: {
          question: 'Opposer votre veto au projet de résolution français contre Daech au Conseil de sécurité ?',
          record: 'Les États-Unis ont voté le texte français ; le Conseil l’a adopté par 15 voix contre 0.',
        },
        RUS: {
          question: 'Opposer votre veto au projet de résolution français contre Daech au Conseil de sécurité ?',
          record:
            'La Russie, qui avait son propre projet, a voté le texte français ; le Conseil l’a adopté par 15 voix contre 0.',
        },
      },
    },
  },
  'putin-tehran': {
    title: 'Poutine à Téhéran : aucune puissance étrangère n’impose un dirigeant à la Syrie',
    reading:
      'Pour sa première visite depuis 2007, Poutine rencontre Khamenei et Rohani ; ils conviennent qu’aucune puissance étrangère ne peut imposer à la Syrie un règlement ni un dirigeant.',
  },
  'cameron-paris': {
    title: 'Cameron à Paris offre la base d’Akrotiri ; les avions du porte-avions français commencent leurs frappes',
    reading:
      'Cameron offre aux avions français l’usage de la base RAF d’Akrotiri et annonce qu’il défendra devant le Parlement des frappes en Syrie ; le Charles-de-Gaulle mène ses premières missions.',
    otherwise: {
      title: 'Cameron envoie son soutien depuis Londres',
      text: 'Dans cette partie, la confiance de Londres envers Paris a baissé : Cameron exprime sa sympathie par téléphone, sans offrir de base.',
    },
    veto: {
      instead:
        'Dans cette partie, Paris ne reçoit pas Cameron : Londres ne fait pas à Paris l’offre d’Akrotiri. Les premières missions du porte-avions relèvent de la France seule et ont lieu.',
      by: {
        FRA: {
          question:
            'Refuser de recevoir Cameron à Paris le 23 novembre, et avec lui l’offre de la base RAF d’Akrotiri ?',
          record:
            'Hollande a reçu Cameron à Paris le 23 novembre ; après leur hommage au Bataclan, Cameron a offert à l’Élysée la base RAF d’Akrotiri et le ravitaillement en vol, et Hollande a remercié la Grande-Bretagne de son amitié.',
        },
      },
    },
  },
  'su24-shootdown': {
    title: 'La Turquie abat un Su-24 russe près de la frontière syrienne',
    reading:
      'Des F-16 turcs abattent un bombardier russe qui, selon Ankara, a franchi son espace aérien ; Moscou affirme qu’il n’a jamais quitté la Syrie. Poutine parle d’un « coup de poignard dans le dos » ; l’OTAN déclare que les évaluations des alliés concordent avec celle de la Turquie.',
    otherwise: {
      title: 'Des chasseurs turcs raccompagnent un bombardier russe loin de la frontière',
      text: 'Dans cette partie, Ankara intercepte un bombardier russe près de sa frontière et convoque l’ambassadeur de Moscou, mais ne tire pas.',
    },
  },
  'hollande-washington': {
    title: 'Hollande à la Maison-Blanche',
    reading:
      'Obama et Hollande conviennent d’intensifier leurs frappes et de partager davantage de renseignements ; Obama n’accepte l’aide russe que si elle vise Daech.',
    otherwise: {
      title: 'La visite de Hollande à Washington apporte des mots, pas de renseignements',
      text: 'Dans cette partie, Washington reçoit Hollande mais n’offre pas davantage de renseignements : la confiance entre les deux capitales s’est usée.',
    },
    veto: {
      instead:
        'Dans cette partie, Washington ne reçoit pas Hollande : aucune nouvelle promesse de frappes ni de renseignements.',
      by: {
        USA: {
          question: 'Refuser de recevoir Hollande à la Maison-Blanche le 24 novembre ?',
          record:
            'Obama a reçu Hollande à la Maison-Blanche le 24 novembre ; ils sont convenus d’intensifier leurs frappes et de partager davantage de renseignements.',
        },
      },
    },
  },
  'obama-backs-turkey': {
    title: 'Obama soutient le droit de la Turquie à défendre son espace aérien',
    reading:
      'Quelques heures après la destruction de l’avion, Obama déclare que la Turquie, comme tout pays, a le droit de défendre son territoire et son espace aérien, et presse Moscou et Ankara de se parler et d’éviter l’escalade. En 2015, il le dit à la Maison-Blanche, aux côtés de Hollande, qui appelle lui aussi au calme.',
  },
  's400-deployed': {
    title: 'La Russie déploie des défenses antiaériennes S-400 sur sa base en Syrie',
    reading:
      'Moscou achemine par avion des missiles S-400 à Hmeimim, opérationnels à partir du 26 novembre, affecte le croiseur Moskva à la défense antiaérienne et coupe tous les canaux militaires avec la Turquie, y compris la ligne directe sur les incidents aériens.',
    decide: 'Acheminer des défenses antiaériennes S-400 à Hmeimim et couper les contacts militaires avec Ankara ?',
  },
  'french-parliament': {
    title: 'Le Parlement français vote la prolongation des frappes en Syrie',
    reading:
      'L’Assemblée nationale vote par 515 voix contre 4 la prolongation des opérations aériennes au-dessus de la Syrie, et le Sénat par 325 voix contre 0 ; l’opposition soutient le vote tout en s’interrogeant sur un combat aux côtés de la Russie.',
    decide: 'Demander au Parlement de prolonger les frappes aériennes au-dessus de la Syrie au-delà de quatre mois ?',
  },
  'merkel-paris': {
    title: 'Merkel à Paris : l’Allemagne réagira vite',
    reading:
      'Hollande demande à l’Allemagne d’en faire davantage contre Daech ; Merkel répond que l’Allemagne réagira vite et que Daech doit être combattu par des moyens militaires, et Berlin envoie 650 soldats de plus au Mali pour relever la France.',
    otherwise: {
      title: 'Merkel envoie sa sympathie, pas des soldats',
      text: 'Dans cette partie, la confiance de Berlin envers Paris s’est usée : Merkel parle de solidarité mais n’envoie pas de soldats supplémentaires au Mali.',
    },
    veto: {
      instead: 'Dans cette partie, Paris ne reçoit pas Merkel : Berlin ne fait aucune nouvelle offre à Paris.',
      by: {
        FRA: {
          question: 'Refuser de recevoir Merkel à Paris le 25 novembre ?',
          record:
            'Hollande a reçu Merkel à Paris le 25 novembre et a demandé à l’Allemagne d’en faire davantage contre Daech.',
        },
      },
    },
  },
  'hollande-moscow': {
    title: 'Hollande à Moscou : renseignements partagés, frappes contre Daech coordonnées',
    reading:
      'Hollande et Poutine conviennent d’échanger des renseignements, de coordonner leurs frappes contre Daech, avant tout contre ses convois de pétrole, et de ne pas frapper les forces qui le combattent ; ni coalition commune, ni commandement commun, ni accord sur Assad.',
    otherwise: {
      title: 'La visite de Hollande à Moscou s’achève sans accord',
      text: 'Dans cette partie, Paris et Moscou se méfient désormais trop l’un de l’autre : la visite ne débouche sur aucun arrangement sur les renseignements ou les frappes.',
    },
    veto: {
      instead:
        'Dans cette partie, Moscou ne reçoit pas Hollande : aucun arrangement sur les renseignements ou les frappes.',
      by: {
        RUS: {
          question: 'Refuser de recevoir Hollande à Moscou le 26 novembre ?',
          record:
            'Poutine a reçu Hollande au Kremlin le 26 novembre et a accepté de partager des renseignements et de coordonner les frappes contre Daech.',
        },
      },
    },
  },
  'russia-sanctions-turkey': {
    title: 'La Russie impose des sanctions économiques à la Turquie',
    reading:
      'Poutine signe un décret qui restreint les importations et les entreprises turques, interdit les vols charters et suspend l’exemption de visa à partir du 1er janvier.',
    otherwise: {
      title: 'Moscou renonce pour l’instant à sanctionner la Turquie',
      text: 'Dans cette partie, Moscou et Ankara ne sont pas brouillés au 28 novembre (aucun avion russe n’a été abattu, ou ils se sont réconciliés depuis) : le Kremlin ne signe aucun décret contre la Turquie.',
    },
    decide: 'Sanctionner la Turquie par décret : importations, entreprises, vols charters et exemption de visa ?',
  },
  'eu-turkey-summit': {
    title: 'Sommet UE-Turquie : 3 milliards d’euros pour les réfugiés syriens en Turquie',
    reading:
      'Les 28 dirigeants de l’UE rencontrent à Bruxelles le Premier ministre turc Davutoğlu, premier sommet de ce genre depuis onze ans, et lancent un plan d’action commun sur les migrations : 3 milliards d’euros dans un premier temps pour les réfugiés syriens en Turquie, versés à mesure que la Turquie tient ses engagements ; la réadmission des migrants à partir de juin 2016 ; l’exemption de visa pour les Turcs visée pour octobre 2016 ; un nouveau chapitre des négociations d’adhésion le 14 décembre ; deux sommets par an. Le sommet donne à Ankara un canal régulier vers les dirigeants de l’UE.',
  },
  'obama-putin-cop21': {
    title: 'Obama et Poutine se rencontrent au sommet de Paris sur le climat',
    reading:
      'Obama dit à Poutine qu’Assad doit partir dans le cadre d’une transition politique et le presse de se concentrer sur Daech ; tous deux sont favorables à un règlement politique. Pas d’accord sur Assad.',
    otherwise: {
      title: 'Obama et Poutine se croisent au sommet',
      text: 'Dans cette partie, Moscou et Washington sont trop éloignés pour se rencontrer : les deux présidents se serrent seulement la main devant les caméras.',
    },
    veto: {
      instead: 'Dans cette partie, Moscou décline la rencontre : les deux présidents ne se parlent pas à Paris.',
      by: {
        RUS: {
          question: 'Refuser de rencontrer Obama au sommet de Paris sur le climat le 30 novembre ?',
          record:
            'Poutine a rencontré Obama en marge du sommet le 30 novembre ; ils se sont opposés sur Assad et tous deux se sont dits favorables à un règlement politique.',
        },
      },
    },
  },
  'obama-putin-turkey': {
    title: 'Obama presse Poutine d’apaiser les choses avec Ankara',
    reading:
      'Au sommet sur le climat, Obama presse aussi Poutine d’apaiser la tension avec la Turquie après la destruction du bombardier russe.',
  },
  'putin-netanyahu': {
    title: 'Poutine et Netanyahou renforcent leur coordination',
    reading:
      'Au sommet sur le climat, Poutine et Netanyahou conviennent de renforcer leur coordination pour éviter les incidents au-dessus de la Syrie.',
    otherwise: {
      title: 'Poutine et Netanyahou ne se rencontrent pas à Paris',
      text: 'Dans cette partie, Israël garde ses distances avec Moscou : les deux dirigeants ne se rencontrent pas, même si leurs pilotes continuent de s’éviter.',
    },
  },
  'oil-accusation': {
    title: 'Moscou accuse la famille d’Erdoğan de trafiquer le pétrole de Daech',
    reading:
      'Le ministère russe de la Défense montre des images satellites de camions-citernes et affirme que la Turquie est le principal acheteur du pétrole de Daech ; il ne donne aucune preuve directe du rôle de la famille, et Erdoğan dément.',
    otherwise: {
      title: 'Moscou garde pour elle ses accusations sur le pétrole de Daech',
      text: 'Dans cette partie, Moscou et Ankara ne sont pas à couteaux tirés, et la Russie ne porte aucune accusation publique contre Erdoğan.',
    },
    decide:
      'Accuser publiquement Ankara d’acheter le pétrole de Daech, avec les images satellites du ministère de la Défense ?',
  },
  'commons-vote': {
    title: 'La Chambre des communes vote les frappes en Syrie par 397 voix contre 223',
    reading:
      'Après plus de dix heures de débat, les députés autorisent des frappes aériennes exclusivement contre Daech en Syrie ; des Tornado de la RAF frappent le champ pétrolier d’Omar dans les heures qui suivent.',
    otherwise: {
      title: 'Cameron renonce à un vote qu’il pourrait perdre',
      text: 'Dans cette partie, les arguments de Londres sont plus faibles, et Cameron ne soumet pas de frappes en Syrie aux Communes : la RAF s’en tient à l’Irak.',
    },
  },
  'lavrov-cavusoglu-belgrade': {
    title: 'Lavrov rencontre Çavuşoğlu à Belgrade : rien n’est réglé',
    reading:
      'En marge de la réunion ministérielle de l’OSCE à Belgrade, Lavrov rencontre le ministre turc des Affaires étrangères Çavuşoğlu, qui demandait cette rencontre depuis le 27 novembre : premier contact russo-turc de haut niveau depuis que le Su-24 a été abattu. Lavrov avait dit qu’il serait triste de n’entendre rien de nouveau. Aucune déclaration ne suit ; Çavuşoğlu aurait dit qu’aucun problème n’avait été résolu.',
    otherwise: {
      title: 'Lavrov et Çavuşoğlu se parlent à Belgrade en meilleurs termes',
      text: 'Dans cette partie, Moscou et Ankara ne sont pas à couteaux tirés au 3 décembre (aucun avion russe n’a été abattu, ou les relations se sont réparées depuis) : les deux ministres profitent de la réunion de l’OSCE à Belgrade pour se parler, et les relations se réchauffent un peu.',
    },
  },
  'bundestag-vote': {
    title: 'Le Bundestag approuve une mission allemande : Tornado de reconnaissance et une frégate',
    reading:
      'Les députés allemands votent par 445 voix contre 146 l’envoi de 1 200 soldats au plus : des Tornado de reconnaissance, un avion ravitailleur et une frégate pour protéger le porte-avions français. L’Allemagne ne bombardera pas.',
    otherwise: {
      title: 'Berlin s’en tient à son aide au Mali et à la formation',
      text: 'Dans cette partie, le gouvernement ne demande pas au Bundestag de mission en Syrie : l’Allemagne aide la France en la relevant au Mali.',
    },
  },
  bashiqa: {
    title: 'Des soldats et des chars turcs renforcent un camp près de Mossoul',
    reading:
      'La Turquie déploie une unité renforcée, environ 150 soldats avec 20 à 25 chars selon ses propres chiffres, dans son camp d’entraînement de Bashiqa, à une trentaine de kilomètres au nord-est de Mossoul, où des instructeurs turcs formaient depuis mars des peshmergas kurdes et des volontaires arabes sunnites. Ankara parle de protéger ses instructeurs, en accord avec le gouvernement régional kurde ; Bagdad affirme n’avoir pas donné son accord et exige le départ des troupes. (Le récit ultérieur de l’Irak date le passage de la frontière du 3 décembre ; les comptes rendus de l’époque, du 4 décembre.)',
  },
  'fabius-assad': {
    title: 'Fabius : Assad n’a pas à partir avant la transition',
    reading:
      'Le ministre français des Affaires étrangères déclare qu’une Syrie unie a besoin d’une transition politique, mais qu’Assad n’a pas à partir avant qu’elle ne commence, moyennant des garanties sur l’avenir.',
    otherwise: {
      title: 'Fabius réaffirme la ligne de la France',
      text: 'Dans cette partie, Paris a déjà renoncé à exiger une date de départ pour Assad ; Fabius ne fait que réaffirmer une ligne qui le laisse en place pendant la transition.',
    },
  },
  'riyadh-conference': {
    title: 'Les groupes de l’opposition syrienne se réunissent à Riyad',
    reading:
      'Les groupes d’opposition politiques et armés conviennent à Riyad de négocier avec le régime sous l’égide de l’ONU, Assad devant partir au début de la transition.',
  },
  'putin-mod-board': {
    title: 'Poutine ordonne une coordination avec Israël et la coalition menée par les États-Unis',
    reading:
      'Devant le collège de son ministère de la Défense, Poutine ordonne une riposte sévère à toute menace contre les forces russes et demande au ministère de développer la coordination avec le poste de commandement israélien et la coalition menée par les États-Unis.',
    otherwise: {
      title: 'Poutine ordonne à ses forces d’agir seules',
      text: 'Dans cette partie, les canaux avec la coalition sont rompus : Poutine demande à son ministère de répondre à toute menace, et rien de plus.',
    },
  },
  'iraq-complaint-unsc': {
    title: 'L’Irak demande au Conseil de sécurité d’ordonner le retrait des troupes turques',
    reading:
      'Après une réunion d’information à huis clos du Conseil de sécurité le 8 décembre, l’Irak écrit au président du Conseil pour lui demander d’ordonner à la Turquie de retirer ses forces d’Irak, immédiatement et sans condition, jusqu’à la frontière.',
  },
  smetlivy: {
    title: 'Un destroyer russe tire des coups de semonce vers un bateau turc',
    reading:
      'Le destroyer Smetlivy tire des coups de semonce à l’arme légère en direction d’un bateau de pêche turc en mer Égée ; la Turquie convoque l’attaché militaire russe.',
    otherwise: {
      title: 'Un destroyer russe et un bateau turc se croisent en mer Égée',
      text: 'Dans cette partie, pas d’affrontement en mer entre Moscou et Ankara : un destroyer russe et un bateau turc se croisent sans incident.',
    },
  },
  'egypt-metrojet-report': {
    title: 'Le rapport préliminaire égyptien ne trouve pour l’instant aucune preuve de terrorisme',
    reading:
      'Les enquêteurs égyptiens déclarent n’avoir trouvé jusqu’ici aucun élément indiquant un acte terroriste dans la perte de l’avion de ligne russe ; Moscou continue de parler d’un acte terroriste.',
  },
  'islamic-coalition': {
    title: 'L’Arabie saoudite annonce une alliance militaire islamique de 34 États',
    reading:
      'Riyad annonce une alliance de 34 membres contre le terrorisme, dotée d’un centre d’opérations à Riyad ; l’Iran, l’Irak et la Syrie n’en font pas partie, et elle ne remplace pas la coalition menée par les États-Unis.',
  },
  'kerry-moscow': {
    title: 'Kerry rencontre Poutine à Moscou',
    reading:
      'Kerry rencontre Lavrov et Poutine : les États-Unis et leurs partenaires ne cherchent pas un changement de régime, même si Assad ne peut pas diriger l’avenir de la Syrie ; les deux parties conviennent de rendre leur travail parallèle plus efficace et de se retrouver à New York le 18 décembre.',
    otherwise: {
      title: 'Kerry ne va pas à Moscou',
      text: 'Dans cette partie, pas de visite : soit la Russie combat déjà dans la coalition, soit Washington et Moscou sont trop éloignés pour se rencontrer ; la réunion du groupe de Vienne se prépare par téléphone.',
    },
    veto: {
      instead:
        'Dans cette partie, Moscou ne reçoit pas Kerry : la Russie ne donne pas son accord à la réunion du groupe de Vienne à New York le 18 décembre, qui reste incertaine.',
      by: {
        RUS: {
          question: 'Refuser de recevoir Kerry à Moscou le 15 décembre ?',
          record:
            'Poutine et Lavrov ont reçu Kerry à Moscou le 15 décembre et ont accepté de retrouver le groupe de Vienne à New York le 18 décembre.',
        },
      },
    },
  },
  'unsc-2253': {
    title: 'Résolution 2253 : un texte américano-russe contre le financement de Daech',
    reading:
      'Le Conseil de sécurité adopte à l’unanimité une résolution rédigée par les États-Unis et la Russie qui durcit les sanctions visant le pétrole, les antiquités et les rançons de Daech.',
    otherwise: {
      title: 'Pas de texte commun sur l’argent de Daech',
      text: 'Dans cette partie, Washington et Moscou ne rédigent aucun texte ensemble : les ministres des Finances se réunissent, et le Conseil n’adopte rien.',
    },
    veto: {
      instead: 'Dans cette partie, le Conseil de sécurité n’adopte rien : le texte échoue.',
      by: {
        FRA: {
          question:
            'Opposer votre veto à la résolution américano-russe sur le financement de Daech au Conseil de sécurité ?',
          record: 'La France a voté le texte rédigé par Washington et Moscou ; le Conseil l’a adopté à l’unanimité.',
        },
        USA: {
          question: 'Vous retirer du texte sur le financement de Daech rédigé avec Moscou, et y opposer votre veto ?',
          record:
            'Les États-Unis ont rédigé le texte avec la Russie et l’ont voté ; le Conseil l’a adopté à l’unanimité.',
        },
        RUS: {
          question:
            'Vous retirer du texte sur le financement de Daech rédigé avec Washington, et y opposer votre veto ?',
          record: 'La Russie a rédigé le texte avec les États-Unis et l’a voté ; le Conseil l’a adopté à l’unanimité.',
        },
      },
    },
  },
  'unsc-2254': {
    title: 'Résolution 2254 du Conseil de sécurité : une feuille de route pour la Syrie',
    reading:
      'Après la réunion du groupe de Vienne à New York, le Conseil approuve à l’unanimité une feuille de route : des pourparlers menés par l’ONU dès janvier, un cessez-le-feu, une nouvelle constitution et des élections dans les 18 mois. Le sort d’Assad n’est pas mentionné.',
    otherwise: {
      title: 'Le Conseil n’adopte pas de feuille de route pour la Syrie en décembre',
      text: 'Dans cette partie, Washington et Moscou n’ont pas réglé à temps entre eux la question des pourparlers : le Conseil n’adopte pas de feuille de route, et la question attend la nouvelle année.',
    },
    veto: {
      instead: 'Dans cette partie, le Conseil de sécurité n’adopte rien : le texte échoue.',
      by: {
        FRA: {
          question:
            'Opposer votre veto à la feuille de route du groupe de Vienne pour la Syrie au Conseil de sécurité ?',
          record: 'La France a voté la feuille de route ; le Conseil l’a approuvée à l’unanimité.',
        },
        USA: {
          question:
            'Opposer votre veto à la feuille de route du groupe de Vienne pour la Syrie au Conseil de sécurité ?',
          record:
            'Kerry présidait la séance et les États-Unis ont voté la feuille de route ; le Conseil l’a approuvée à l’unanimité.',
        },
        RUS: {
          question:
            'Opposer votre veto à la feuille de route du groupe de Vienne pour la Syrie au Conseil de sécurité ?',
          record:
            'La Russie a voté la feuille de route après que Lavrov eut travaillé toute la journée sur le texte avec Kerry ; le Conseil l’a approuvée à l’unanimité.',
        },
      },
    },
  },
  'kuntar-killed': {
    title: 'Samir Kuntar tué par une frappe près de Damas',
    reading:
      'Dans la nuit du samedi 19 décembre, une frappe détruit un immeuble d’habitation à Jaramana, dans la banlieue sud-est de Damas, tuant le commandant du Hezbollah libanais Samir Kuntar, qui avait passé près de trois décennies dans une prison israélienne pour une attaque de 1979, ainsi que plusieurs Syriens. Le Hezbollah accuse l’aviation israélienne ; Israël ne confirme ni ne dément, et des ministres israéliens se félicitent de sa mort.',
  },
  'eu-sanctions-extended': {
    title: 'L’UE prolonge ses sanctions économiques contre la Russie jusqu’en juillet 2016',
    reading:
      'Sans objection d’aucun État membre, l’UE reconduit ses sanctions pour six mois, en les liant aux accords de Minsk sur l’Ukraine ; Moscou les juge inacceptables.',
    veto: {
      instead:
        'Dans cette partie, l’UE ne reconduit pas ses sanctions : elles restent en vigueur jusqu’à leur expiration le 31 janvier 2016, après la fin de la partie, et les partenaires de Paris doivent en débattre en janvier.',
      by: {
        FRA: {
          question:
            'Refuser l’accord de la France à la reconduction pour six mois des sanctions économiques de l’UE contre la Russie ?',
          record:
            'La France, comme tous les autres États membres, n’a soulevé aucune objection, et le Conseil a prolongé les sanctions jusqu’au 31 juillet 2016.',
        },
      },
    },
  },
  'israel-russia-kuntar': {
    title: 'Poutine et Netanyahou continuent de se coordonner après la frappe contre Kuntar',
    reading:
      'Trois jours après la frappe près de Damas qui a tué le commandant du Hezbollah Samir Kuntar (le Hezbollah accuse Israël, qui ne confirme ni ne dément), Netanyahou appelle Poutine : tous deux conviennent de continuer à se coordonner contre le terrorisme, et le mécanisme mis en place en septembre pour éviter les incidents au-dessus de la Syrie reste en place.',
    otherwise: {
      title: 'Moscou et Jérusalem se taisent après la frappe contre Kuntar',
      text: 'Dans cette partie, Israël et la Russie se sont éloignés : aucun appel ne suit la frappe.',
    },
  },
  'us-ukraine-designations': {
    title: 'Washington ajoute 34 noms à ses sanctions liées à l’Ukraine',
    reading:
      'Le Trésor américain inscrit 34 personnes et entités au titre de ses sanctions existantes liées à l’Ukraine ; le Kremlin promet la réciproque. La coopération en Syrie n’a pas acheté d’allègement sur l’Ukraine.',
    decide:
      'Ajouter 34 noms aux sanctions contre la Russie liées à l’Ukraine, au lendemain de la reconduction par l’UE ?',
  },
  'tishrin-dam': {
    title: 'Des forces à dominante kurde soutenues par les États-Unis prennent le barrage de Tichrine',
    reading:
      'Les Forces démocratiques syriennes, menées par les YPG kurdes et appuyées par l’aviation américaine, prennent à Daech le barrage de Tichrine et franchissent l’Euphrate, une ligne que la Turquie avait qualifiée de rouge.',
  },
  ramadi: {
    title: 'Les forces irakiennes hissent leur drapeau sur le complexe gouvernemental de Ramadi',
    reading:
      'Au lendemain de la victoire proclamée par l’armée, le Service de contre-terrorisme irakien hisse le drapeau sur le complexe gouvernemental de la province d’Anbar à Ramadi, dont Daech s’était emparé en mai ; des poches de combattants subsistent hors du centre. La coalition menée par les États-Unis compte plus de 600 frappes dans la ville et autour parmi son soutien, avec de la formation et du matériel du génie.',
  },
};

export const frRandomEvents: Record<string, { title: string; reading: string }> = {
  'plot-foiled': {
    title: 'Un nouveau projet d’attentat de Daech déjoué en Europe',
    reading:
      'La police arrête des suspects qui préparaient un attentat ; selon les autorités, la menace reste élevée en Europe.',
  },
  'civilian-toll': {
    title: 'Des civils tués dans des frappes russes, selon des rapports',
    reading:
      'Des observatoires font état de dizaines de civils tués dans des frappes attribuées à la Russie ; Moscou dément.',
  },
  'near-miss': {
    title: 'Quasi-collision entre avions russes et de la coalition',
    reading:
      'Des pilotes signalent une approche dangereuse au-dessus de la Syrie ; les autorités appellent à mieux utiliser le canal de sécurité.',
  },
  'regional-attack': {
    title: 'Daech frappe une ville de la région',
    reading:
      'Un attentat revendiqué par Daech tue des civils dans la région et accroît la pression sur les gouvernements voisins.',
  },
  'gulf-priorities': {
    title: 'Les aviations du Golfe se tournent vers le Yémen',
    reading:
      'Les États du Golfe ont discrètement déplacé des avions de la campagne de Syrie vers la guerre au Yémen, selon des responsables.',
  },
  'russian-show-of-force': {
    title: 'La Russie pilonne les convois de pétrole de Daech, en prévenant la coalition',
    reading:
      'La Russie affirme avoir frappé des centaines de camions-citernes de Daech et en avoir prévenu la coalition.',
  },
};
