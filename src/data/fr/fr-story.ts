// Les autres textes du scénario en français (story.ts, actors.ts, roles.ts, checkpoints.ts), par
// leurs identifiants. Ce que les deux articles disent est ici résumé par le jeu, en français : les
// articles eux-mêmes restent des sources en anglais, citées telles quelles.

export const frBriefing: Record<string, { title: string; news: string; opinion: string; record?: string }> = {
  'coalition-call': {
    title: 'Une grande coalition commence à prendre forme',
    news: 'La France, la Russie et les États-Unis passent des paroles aux actes : Hollande veut une seule coalition et se rendra à Washington et à Moscou la semaine prochaine.',
    opinion:
      'Paris a galvanisé une alliance et, face à un président américain affaibli, celle-ci pourrait finir dirigée depuis Moscou.',
    record:
      'Le lundi 16 novembre, trois jours après les attentats, Hollande s’adresse au Parlement réuni en Congrès à Versailles : la France est en guerre, ses frappes sur Raqqa vont s’intensifier et le porte-avions Charles-de-Gaulle va appareiller. Il appelle tous ceux qui peuvent combattre Daech à se rassembler dans « une grande et unique coalition », selon les mots que cite la presse française (la « grand and single coalition » du Wall Street Journal), et annonce qu’il verra Obama et Poutine dans les jours qui viennent. Assad ne peut pas être la solution, dit-il, mais l’ennemi de la France, c’est Daech. Il demande aussi une résolution du Conseil de sécurité et trois mois de plus d’état d’urgence.',
  },
  'obama-offer': {
    title: 'Obama : la coopération, si la Russie change de cibles',
    news: 'Obama déclare que les États-Unis seraient prêts à travailler avec Moscou si la Russie tourne ses frappes contre Daech, message qu’il a transmis à Poutine en Turquie.',
    opinion:
      'Obama répète ce qu’il dit depuis que la première bombe russe est tombée sur des rebelles soutenus par les États-Unis, comme si Moscou se ralliait à son point de vue.',
  },
  'advance-notice': {
    title: 'La Russie prévient Washington avant de frapper',
    news: 'Pour la première fois depuis le début de sa campagne le 30 septembre, la Russie a prévenu les États-Unis de ses frappes à l’avance : 12 à 20 frappes, depuis des navires et des bombardiers.',
    opinion:
      'Moscou fait pour la première fois preuve de courtoisie, et Poutine, qui en récolte déjà les fruits, ressemble moins à un paria qu’à l’homme indispensable.',
  },
  airliner: {
    title: 'Une bombe a abattu l’avion de ligne russe',
    news: 'Moscou a conclu qu’une bombe a détruit son avion de ligne au-dessus de l’Égypte, ce qui rend bien réelle la cause commune avec la France.',
    opinion:
      'La Russie a tardé à admettre que Daech avait frappé son avion ; dès qu’elle n’a plus pu le nier, ses avions ont rejoint ceux de la France au-dessus de Raqqa.',
  },
  'what-divides': {
    title: 'Ce qui les divise encore : l’Ukraine et Assad',
    news: 'Les sanctions liées à la Crimée, l’attention de l’OTAN tournée vers la Russie et surtout l’avenir d’Assad font obstacle ; des responsables doutent d’une vraie coopération militaire.',
    opinion:
      'Selon Lavrov, Washington est assis entre deux chaises et épargne les unités de Daech qui menacent Assad ; la vision de la guerre de Moscou gagne du terrain.',
  },
  'regional-split': {
    title: 'La région se divise sur la Russie et Assad',
    news: 'La Turquie, l’Arabie saoudite et le Qatar veulent toujours une date de départ pour Assad ; la Jordanie, l’Égypte, Israël et les Émirats arabes unis acceptent davantage le rôle de la Russie. L’Iran affirme que seul Assad décide.',
    opinion:
      'La coalition américaine s’effiloche sur ses marges, tandis que la Russie et l’Iran fixent les conditions de la fin de partie.',
  },
  'nato-caution': {
    title: 'L’OTAN appelle à la prudence',
    news: 'Selon Stoltenberg, la Russie peut jouer un rôle constructif, mais ses frappes ont surtout touché des zones que Daech ne tient pas.',
    opinion:
      'L’article d’opinion ne parle ni de l’OTAN ni de Stoltenberg : il voit dans ce moment la preuve que la Russie avait raison, puisque des cibles majeures de Daech ne sont frappées que maintenant, après des années de stratégie américaine.',
  },
  'putin-opening': {
    title: 'L’ouverture de Poutine',
    news: 'La Russie a commencé ses propres frappes en Syrie en septembre, où Washington a vu un soutien à Assad. Les attentats de Paris ont offert une ouverture à Poutine ; un parlementaire russe de haut rang a comparé le moment à l’alliance contre Hitler pendant la guerre.',
    opinion:
      'Moscou a qualifié de terroriste tout ennemi d’Assad et a d’abord frappé les rebelles soutenus par l’Occident, pour laisser à l’Occident le soin d’achever Daech ; désormais un croiseur russe doit coopérer avec la flotte française tandis que Lavrov sermonne Washington.',
  },
  'europe-steps-up': {
    title: 'Londres et Berlin pèsent leur rôle',
    news: 'Cameron va demander au Parlement d’autoriser des frappes britanniques contre Daech en Syrie ; en Allemagne, un match de football annulé sous une menace terroriste nourrit le débat sur son rôle. Washington se félicite que ses alliés en fassent davantage.',
    opinion:
      'L’article d’opinion ne parle ni de la Grande-Bretagne ni de l’Allemagne : il voit dans ce moment une rivalité entre Washington et Moscou.',
  },
  vienna: {
    title: 'Les pourparlers de Vienne',
    news: 'Plus d’une douzaine de pays se réunissent à Vienne sur un règlement politique ; Obama y qualifie la Russie de partenaire constructif, même si les deux pays restent en désaccord sur Assad.',
    opinion:
      'La nouvelle alliance penche du côté de Poutine : il peut dire que l’Occident a nourri Daech en armant la rébellion, et que les Américains se rallient à son point de vue.',
  },
  iran: {
    title: 'L’Iran, l’inconnue',
    news: 'L’Iran affirme avoir bloqué les tentatives d’empêcher Assad de se représenter ; des responsables occidentaux y voient une fissure entre Téhéran et Moscou, qui semble plus disposée à accepter un règlement sans lui.',
    opinion:
      'Parler d’une brouille entre la Russie et l’Iran au sujet d’Assad relève du vœu pieux ; la cour faite par Obama à l’Iran a éloigné de lui l’Égypte et Israël.',
  },
};

export const frActorTexts: Record<string, { summary: string; leader: string; outside?: string }> = {
  FRA: {
    summary:
      'Frappée par Daech le 13 novembre, la France veut une seule grande coalition avec les États-Unis et la Russie, sans renoncer au départ d’Assad.',
    leader: 'Le président François Hollande',
  },
  USA: {
    summary:
      'Dirige la coalition existante. Accueillerait la Russie si elle bombardait Daech plutôt que les rebelles, mais maintient les sanctions et veut le départ d’Assad.',
    leader: 'Le président Barack Obama',
  },
  RUS: {
    summary:
      'Bombarde les ennemis d’Assad et, depuis l’avion de ligne, Daech aussi. Veut une coalition avec l’Occident à ses conditions, et ne plus être un paria.',
    leader: 'Le président Vladimir Poutine',
  },
  GBR: {
    summary:
      'Veut se joindre aux frappes en Syrie aux côtés de la France, mais doit d’abord obtenir un vote de la Chambre des communes.',
    leader: 'Le Premier ministre David Cameron',
  },
  DEU: {
    summary: 'Soutient la France et débat de son propre rôle ; tout déploiement exige un vote du Bundestag.',
    leader: 'La chancelière Angela Merkel',
  },
  TUR: {
    summary:
      'Soutient les rebelles anti-Assad et exige le départ d’Assad à une date fixée ; se méfie de la campagne russe.',
    leader: 'Le président Recep Tayyip Erdoğan',
  },
  SAU: {
    summary:
      'Avec la Turquie et le Qatar, principal soutien des rebelles ; n’acceptera pas qu’Assad reste sans date de fin.',
    leader: 'Le roi Salmane',
  },
  QAT: {
    summary:
      'Un petit État aux moyens considérables derrière les rebelles ; se range avec la Turquie et l’Arabie saoudite sur Assad.',
    leader: 'L’émir Tamim ben Hamad Al Thani',
  },
  JOR: {
    summary: 'Un allié de Washington en première ligne, qui voit désormais en Moscou la clé d’une solution politique.',
    leader: 'Le roi Abdallah II',
  },
  EGY: {
    summary: 'Se méfie d’Obama, se rapproche de Moscou, et préfère un État fort à Damas plutôt que les rebelles.',
    leader: 'Le président Abdel Fattah al-Sissi',
  },
  ISR: {
    summary: 'Surveille avant tout l’Iran, se méfie d’Obama et dispose d’un canal de travail avec Moscou.',
    leader: 'Le Premier ministre Benyamin Netanyahou',
  },
  ARE: {
    summary:
      'Un membre de la coalition venu du Golfe qui, contrairement à Riyad, accepte davantage le rôle de la Russie.',
    leader: 'Le président Khalifa ben Zayed',
  },
  IRN: {
    summary:
      'Une inconnue pour tous : le plus fidèle allié d’Assad, présent à la table de Vienne, et pas toujours au diapason de Moscou.',
    leader: 'Le Guide suprême Ali Khamenei',
  },
  SYR: {
    summary: 'Membre d’aucune coalition sinon celle de Moscou et de Téhéran ; son sort divise toutes les capitales.',
    leader: 'Le président Bachar al-Assad',
  },
  NATO: {
    summary:
      'Méfiante envers Moscou depuis la Crimée ; dit que la Russie peut aider, mais qu’elle a surtout bombardé hors des zones de Daech.',
    leader: 'Le secrétaire général Jens Stoltenberg',
    outside:
      'En 2015, les membres de l’OTAN combattaient Daech chacun sous son propre drapeau : l’Alliance en tant que telle n’a rejoint la coalition internationale qu’en mai 2017, par une décision de son Conseil de l’Atlantique Nord que la France et l’Allemagne ont acceptée en insistant sur son caractère purement symbolique. Dans cette partie, l’OTAN parle et on l’écoute, mais elle ne peut pas entrer dans la coalition.',
  },
};

/** La note de chaque position : la lecture d’une source par le jeu, ou son hypothèse (« notre estimation »). */
export const frNotes: Record<string, Record<string, string>> = {
  FRA: {
    target: 'Ses avions frappent l’État islamique à Raqqa : Daech d’abord.',
    assad:
      'La France fait partie de ceux qui veulent le départ d’Assad ; que Paris l’ait voulu plus tôt que la date de départ du ¶24 est notre lecture.',
    russia: 'Hollande a appelé Poutine et prévu une visite à Moscou.',
    military: 'Frappe déjà en Syrie, un porte-avions en route.',
    vienna: 'La France a pris part aux pourparlers de Vienne que décrit le reportage ; le niveau est notre estimation',
  },
  USA: {
    target: 'Obama demande à la Russie de tourner ses frappes vers l’État islamique.',
    assad:
      'Ce que disait Washington : l’administration Obama jugeait que les frappes russes servaient surtout à soutenir Assad, et les États-Unis et leurs alliés veulent son départ (WSJ ¶11) ; des responsables en poste ou anciens voyaient dans son avenir le principal obstacle à une coopération avec Moscou (¶20). Le niveau 30 est notre hypothèse : aucun des deux paragraphes ne donne de calendrier. (L’idée que la Russie pourrait amener Assad dans un processus menant à son départ, ¶21, est celle d’un ancien responsable, Derek Chollet, pas la ligne de Washington.)',
    russia: 'La coopération n’est bienvenue que si la Russie change de cibles ; les sanctions restent.',
    military: 'Mène la campagne aérienne et veut que ses alliés en fassent davantage.',
    vienna: 'Obama salue les pourparlers de Vienne et le rôle qu’y joue la Russie.',
  },
  RUS: {
    target: 'Moscou qualifie de terroristes tous les ennemis armés d’Assad.',
    assad: 'Plus ouverte que l’Iran à un accord qui empêcherait Assad de se représenter.',
    russia: 'Pouchkov appelle à une nouvelle coalition comme celle contre Hitler.',
    military: 'Bombardiers et missiles de croisière frappent la Syrie chaque jour.',
    vienna: 'Un partenaire constructif à Vienne, selon Obama.',
  },
  GBR: {
    target: 'Cameron plaide pour se joindre aux frappes contre l’État islamique en Syrie.',
    assad: 'avec les alliés occidentaux qui, selon le reportage, veulent le départ d’Assad (wsj 11)',
    russia: 'partie aux sanctions liées à l’Ukraine (wsj 9) ; le niveau est notre estimation',
    military: 'Des frappes en Syrie exigent d’abord un vote du Parlement.',
    vienna: 'soutient les pourparlers de Vienne ; notre estimation',
  },
  DEU: {
    target: 'un allié occidental qui combat Daech ; notre estimation',
    assad: 'dans le camp occidental, mais prudente ; notre estimation',
    russia: 'Berlin maintient les sanctions et tient au dialogue avec Moscou ; notre estimation',
    military: 'L’Allemagne débat du rôle qu’elle prendra, s’il y en a un.',
    vienna: 'un ferme soutien des pourparlers de Vienne ; notre estimation',
  },
  TUR: {
    target: 'Soutient les rebelles que bombarde la Russie : veut que les frappes visent Daech.',
    assad: 'Veut qu’une date de départ soit fixée pour Assad, même s’il peut rester au pouvoir pendant une transition.',
    russia: 's’oppose à la campagne russe contre les rebelles ; notre estimation',
    military: 'accueille des avions de la coalition ; notre estimation',
    vienna: 'y participe ; notre estimation',
  },
  SAU: {
    target: 'Un soutien des rebelles anti-Assad.',
    assad: 'Veut qu’une date de départ soit fixée pour Assad.',
    russia: 's’oppose au soutien de la Russie à Assad ; notre estimation',
    military: 'rôle aérien limité, accaparé par le Yémen ; notre estimation',
    vienna: 'y participe ; notre estimation',
  },
  QAT: {
    target: 'Un soutien des rebelles anti-Assad.',
    assad: 'Veut qu’une date de départ soit fixée pour Assad.',
    russia: 's’oppose au soutien de la Russie à Assad ; notre estimation',
    military: 'forces réduites ; notre estimation',
    vienna: 'y participe ; notre estimation',
  },
  JOR: {
    target: 'combat Daech dans la coalition ; notre estimation',
    assad: 'Le roi dit que la Russie peut donner des garanties au régime : le camp d’Assad garde un intérêt.',
    russia: 'Accepte davantage le rôle de la Russie.',
    military: 'vole au sein de la coalition ; notre estimation',
    vienna: 'veut une solution politique ; notre estimation',
  },
  EGY: {
    target: 'hostile aux rebelles islamistes en général ; notre estimation',
    assad:
      'notre lecture : Le Caire accepte davantage le rôle de la Russie (WSJ ¶25), ce qui ne dit rien d’Assad lui-même',
    russia: 'S’est rapprochée de Moscou.',
    military: 'aucun rôle en Syrie ; notre estimation',
    vienna: 'y participe ; notre estimation',
  },
  ISR: {
    target: 'la guerre d’aucun des deux camps ; notre estimation',
    assad:
      'notre lecture : Israël accepte davantage le rôle de la Russie (WSJ ¶25), ce qui ne dit rien d’Assad lui-même',
    russia: 'Règle les choses directement avec Moscou.',
    military: 'aucune part dans la campagne ; notre estimation',
    vienna: 'ne participe pas aux pourparlers ; notre estimation',
  },
  ARE: {
    target: 'combat Daech, se méfie des rebelles islamistes ; notre estimation',
    assad:
      'notre lecture : Abou Dhabi accepte davantage le rôle de la Russie (WSJ ¶25), ce qui ne dit rien d’Assad lui-même',
    russia: 'Accepte davantage Moscou.',
    military: 'vole au sein de la coalition ; notre estimation',
    vienna: 'y participe ; notre estimation',
  },
  IRN: {
    target:
      'notre lecture : Téhéran veut que la guerre s’achève avec Assad au pouvoir (Breitbart ¶14), ses ennemis armés sont donc ses cibles',
    assad: 'Seul Assad peut décider s’il se représente.',
    russia:
      'notre lecture : alliée de Moscou en Syrie (l’« alliance irano-russe », WSJ ¶30), même si un diplomate européen doute qu’elles partagent des intérêts à long terme (¶31)',
    military:
      'aucune campagne aérienne au-dessus de la Syrie : en 2015, la part de l’Iran était au sol, des conseillers des Gardiens de la révolution aux côtés des milices qu’il avait organisées et du Hezbollah, tandis que la guerre aérienne était celle de la Russie et que des vols de transport russes traversaient l’espace aérien iranien ; le niveau, sous les 50 à partir desquels le jeu compte un acteur comme volant au-dessus de la Syrie, est notre estimation (sources : carnegie-iran-surge, irishtimes-iran-airspace)',
    vienna: 'Participe aux pourparlers de Vienne, et y bloque les initiatives contre Assad.',
  },
  SYR: {
    target: 'Qualifie de terroriste tout opposant armé.',
    assad: 'Ses alliés disent que seul Assad décide.',
    russia: 'la Russie est sa protectrice ; notre estimation',
    military: 'en guerre ; notre estimation',
    vienna: 'absent lui-même de la table de Vienne ; notre estimation',
  },
  NATO: {
    target: 'L’effort doit porter sur la lutte contre l’EIIL.',
    assad:
      'notre lecture : Stoltenberg dit que l’effort ne doit pas consister à soutenir le régime (WSJ ¶19), ce qui vise les frappes russes, non une ligne déclarée sur Assad',
    russia: 'Recentrée sur la menace militaire russe depuis la Crimée.',
    military: 'les membres volent, l’Alliance non ; notre estimation',
    vienna: 'soutient les pourparlers ; notre estimation',
  },
};

export const frRoleTexts: Record<string, { endings: Record<string, string>; questions: string[]; terms: string[] }> = {
  FRA: {
    endings: {
      grand_coalition:
        'La France, les États-Unis et la Russie combattent Daech dans une seule coalition, déconflictée et aux conditions de la France. En 2015, aucune coalition de ce genre ne s’est formée.',
      parallel_campaigns:
        'Pas de coalition unique : la France et les États-Unis sont dans la leur, la Russie mène sa propre campagne, et les deux sont déconflictées. En 2015, les campagnes sont restées séparées de cette façon, avec une certaine coordination.',
      fracture:
        'Pas même des campagnes parallèles : les États-Unis ne sont pas dans la coalition de la France, la coalition est trop faible, ou les deux campagnes aériennes ne se coordonnent pas.',
    },
    questions: [
      'Quel acteur a fait payer le plus cher son entrée dans la coalition, et pourquoi ?',
      'Rapprocher la ligne de la France de celle de la Russie vous a-t-il fait gagner plus de membres que vous n’en avez perdu ? Qui est parti, et pourquoi ?',
    ],
    terms: [
      'Daech d’abord : la coalition existe pour frapper le groupe qui a attaqué Paris.',
      'La France veut le départ d’Assad ; elle peut accepter une transition, pas une Syrie dirigée par lui.',
    ],
  },
  USA: {
    endings: {
      grand_coalition:
        'La Russie, la France, la Turquie et l’Arabie saoudite combattent Daech avec les États-Unis dans une seule coalition, déconflictée et aux conditions de Washington : les frappes russes visent Daech, Assad reste au plus le temps d’une transition. En 2015, aucune coalition de ce genre ne s’est formée.',
      parallel_campaigns:
        'Pas de coalition unique : la coalition menée par les États-Unis tient, avec la France, la Russie mène sa propre campagne, et les deux sont déconflictées. En 2015, les campagnes sont restées séparées de cette façon, avec une certaine coordination.',
      fracture:
        'Pas même des campagnes parallèles : la France n’est pas dans la coalition de Washington, la coalition est trop faible, ou les deux campagnes aériennes ne se coordonnent pas.',
    },
    questions: [
      'Les doutes de quels alliés envers Moscou vous ont coûté le plus : ceux d’Ankara, de Riyad ou de Doha ? Pourquoi ?',
      'Votre ligne sur Assad vous a-t-elle gagné Moscou ou fait perdre le Golfe ? Où le prix était-il trop élevé ?',
    ],
    terms: [
      'Les frappes de Moscou doivent se tourner vers Daech : c’est la condition qu’Obama a posée à toute coopération.',
      'L’avenir d’Assad est le principal obstacle : il peut rester, au plus, le temps d’une transition.',
    ],
  },
  RUS: {
    endings: {
      grand_coalition:
        'Les États-Unis et la France combattent Daech avec la Russie dans une seule coalition, déconflictée et aux conditions de Moscou : des frappes qui ne se limitent pas à Daech, pas de départ anticipé d’Assad. En 2015, aucune coalition de ce genre ne s’est formée.',
      parallel_campaigns:
        'Pas de coalition unique : la campagne de la Russie, avec l’Iran, se déroule à côté de celle que mènent les États-Unis, et les deux sont déconflictées. En 2015, l’année de Moscou s’est achevée ainsi : la France s’est coordonnée avec elle mais est restée dans la coalition menée par les États-Unis.',
      fracture:
        'Pas même des campagnes parallèles : l’Iran n’est pas dans la coalition de la Russie, la coalition est trop faible, ou les campagnes ne se coordonnent pas.',
    },
    questions: [
      'À quoi Moscou a-t-elle dû renoncer sur ce qu’elle frappe, et qu’est-ce que cela lui a rapporté ?',
      'Quelle capitale était la plus prête à accepter le rôle de la Russie, et laquelle ne l’a jamais été ? Pourquoi ?',
    ],
    terms: [
      'Moscou continue de frapper les groupes qu’elle qualifie de terroristes, pas seulement Daech.',
      'Pas de départ anticipé d’Assad : il reste pendant une transition, et Moscou accepte au plus qu’il ne se représente pas.',
    ],
  },
};
