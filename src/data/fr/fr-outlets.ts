// Ce que les médias de l'époque ont dit, dans la paraphrase du jeu (perspectives des événements
// datés et des sujets du premier briefing : src/data/scenario/events.ts, story.ts), par identifiant
// et dans l'ordre des données. Ce sont les mots du jeu, pas ceux des médias : le panneau les présente
// comme tels. Un mot cité entre guillemets garde la langue où il a été dit (« La France est en
// guerre ») ou porte « (traduit par le jeu) ». Les noms des médias restent tels qu'ils sont publiés.

/** Les paraphrases, par événement ou sujet, dans l'ordre de ses perspectives. */
export const frPerspectives: Record<string, string[]> = {
  'article-42-7': [
    'La clause, jamais utilisée jusque-là, a été approuvée à l’unanimité\u00a0; la France négociera l’aide pays par pays.',
    'La clause lie les États entre eux, à la différence de l’article 5 de l’OTAN\u00a0: aucun mécanisme d’alliance ne se met en marche.',
  ],
  'moskva-order': [
    'AFP\u00a0: Poutine a demandé à sa marine de travailler avec les Français «\u00a0comme avec des alliés\u00a0» (traduit par le jeu)\u00a0; une coordination militaire plus étroite a été convenue lors d’un appel avec Hollande.',
    'AP relève que les missiles de croisière ont aussi frappé les provinces d’Idleb et d’Alep, où ce n’est pas Daech que la Russie combat.',
  ],
  'saint-denis-raid': [
    'AFP\u00a0: l’assaut a commencé à 4 h 20 et s’inscrivait parmi 118 perquisitions menées cette nuit-là sous l’état d’urgence\u00a0; une mise à jour confirme qu’Abaaoud est parmi les morts.',
    'The Washington Post\u00a0: une opération de sept heures menée par plus d’une centaine de policiers et de militaires\u00a0; deux responsables européens ont affirmé qu’Abaaoud était mort.',
  ],
  'state-of-emergency-vote': [
    'LCP, la chaîne de l’Assemblée\u00a0: 557 suffrages exprimés, 551 pour, 6 contre et une abstention.',
    'Le compte rendu du Sénat\u00a0: Valls a ouvert le débat et annoncé les prochaines rencontres de Hollande avec Obama et Poutine.',
    'Un blog communiste local\u00a0: 11 des 19 sénateurs communistes se sont abstenus, et aucun sénateur n’a voté contre.',
  ],
  'unsc-2249': [
    'Le Conseil a voté à l’unanimité, 15 voix contre 0, et condamné les attentats de Sousse, d’Ankara, du Sinaï, de Beyrouth et de Paris.',
    'Le Foreign Office a salué un Conseil uni contre l’EIIL.',
    'Un commentaire juridique\u00a0: le texte offre une couverture politique, pas une autorisation juridique de recourir à la force.',
  ],
  'putin-tehran': [
    'Le Kremlin\u00a0: Moscou et Téhéran jugent inacceptable de dicter de l’extérieur le règlement en Syrie.',
    'Le radiodiffuseur public turc a rapporté le même accord, en citant Interfax.',
  ],
  'cameron-paris': [
    'Cameron a offert une aide immédiate\u00a0; Hollande a promis d’intensifier les frappes.',
    'Le ministère britannique de la Défense a précisé que les avions français ne lanceraient pas de frappes depuis Akrotiri, mais pourraient s’y dérouter.',
  ],
  'su24-shootdown': [
    'Reuters\u00a0: l’OTAN a soutenu la Turquie, en appelant au calme et à la désescalade.',
    'BBC\u00a0: Ankara et Moscou ont donné des versions opposées\u00a0; Poutine a mis en garde contre de graves conséquences.',
    'TASS\u00a0: Lavrov a dit à Kerry que la destruction de l’avion violait gravement le mémorandum sur la sécurité des vols, dont les États-Unis avaient assuré qu’il engagerait leurs partenaires.',
  ],
  'hollande-washington': [
    'CNN\u00a0: Obama a qualifié les opérations russes près de la frontière de problème persistant et a semblé réticent à toute nouvelle alliance.',
  ],
  'obama-backs-turkey': [
    'Reuters\u00a0: Obama a défendu le droit de la Turquie à protéger son espace aérien\u00a0; avec Hollande, il a pressé la Russie et la Turquie d’éviter l’escalade.',
  ],
  's400-deployed': [
    'TASS\u00a0: le S-400 a été livré et mis en alerte de combat\u00a0; le ministère s’est dit surpris par la réaction américaine.',
    'Xinhua\u00a0: tous les contacts avec les forces armées turques ont été suspendus, y compris la ligne directe.',
  ],
  'french-parliament': [
    'AFP\u00a0: des votes quasi unanimes dans les deux chambres.',
    'Mediapart voit dans ce vote le Parlement qui entérine le virage de la France en Syrie.',
  ],
  'merkel-paris': ['Bloomberg\u00a0: Hollande a pressé Merkel et salué l’envoi de 650 soldats au Mali.'],
  'hollande-moscow': [
    'AP\u00a0: l’accord en trois points, dans les mots de Hollande\u00a0; Poutine est prêt à coordonner les cibles avec la France.',
    'Les deux pays partageront leurs renseignements dans la lutte contre Daech.',
    'Tous deux parlent d’une grande coalition\u00a0; la bâtir est plus difficile.',
  ],
  'russia-sanctions-turkey': [
    'Reuters\u00a0: Poutine a signé le décret quatre jours après la destruction de l’avion.',
    'Le texte du communiqué du Kremlin, avec des exemptions pour les titulaires d’un titre de séjour et les diplomates.',
  ],
  'eu-turkey-summit': [
    'Le Conseil\u00a0: 3 milliards d’euros de ressources supplémentaires pour commencer, un plan d’action commun et deux sommets par an.',
    'Le service de recherche du Parlement européen\u00a0: une déclaration commune, la facilité pour les réfugiés, la réadmission, le dialogue sur les visas et de nouveaux chapitres d’adhésion.',
    'Daily Sabah, proche du gouvernement\u00a0: Davutoğlu a parlé d’une journée historique et dit que la Turquie et l’UE partagent un même destin.',
  ],
  'obama-putin-cop21': ['Le récit de Reuters, avec côte à côte les comptes rendus de la Maison-Blanche et du Kremlin.'],
  'obama-putin-turkey': [
    'teleSUR\u00a0: Obama a appelé à la désescalade avec la Turquie\u00a0; le Kremlin a insisté sur un règlement politique.',
  ],
  'putin-netanyahu': [
    'Poutine a remercié Israël pour la coordination\u00a0; des officiers devaient se rencontrer le lendemain.',
  ],
  'oil-accusation': [
    'Reuters\u00a0: le ministère a affirmé avoir la preuve de trois routes vers la Turquie.',
    'Channel 4\u00a0: Erdoğan a déclaré qu’il démissionnerait si c’était prouvé.',
  ],
  'commons-vote': [
    'BBC\u00a0: 66 députés travaillistes ont voté avec le gouvernement\u00a0; 7 conservateurs et tous les députés du SNP ont voté contre.',
    'La motion cite la résolution 2249, les pourparlers de Vienne et les demandes de la France et des États-Unis, et exclut toute troupe de combat au sol.',
  ],
  'lavrov-cavusoglu-belgrade': [
    'Hürriyet Daily News\u00a0: Çavuşoğlu avait proposé la rencontre le 27 novembre\u00a0; Poutine avait refusé de voir Erdoğan à Paris.',
    'Hina\u00a0: la première rencontre depuis la destruction de l’avion\u00a0; aucune délégation n’a dit ce qui avait été discuté.',
    'China Radio International\u00a0: une rencontre à huis clos\u00a0; selon des participants, Çavuşoğlu a dit que rien n’était réglé.',
  ],
  'bundestag-vote': [
    'FAZ\u00a0: la mission a été approuvée malgré de vives critiques\u00a0; les Tornado partent pour la Turquie la semaine prochaine.',
    'Die Zeit\u00a0: l’opposition a objecté qu’il n’y avait ni mandat de l’ONU ni stratégie.',
  ],
  bashiqa: [
    'World Bulletin\u00a0: Bagdad a qualifié le déploiement du 4 décembre de violation de sa souveraineté\u00a0; Ankara a dit que les troupes protègent des formateurs et n’ont pas de rôle de combat.',
    'Haber3\u00a0: Abadi a donné 48 heures à Ankara pour se retirer\u00a0; Davutoğlu a écrit qu’aucune troupe supplémentaire ne serait envoyée tant que les inquiétudes de l’Irak ne seraient pas levées.',
  ],
  'fabius-assad': [
    'The New Arab\u00a0: le départ d’Assad n’est plus exigé avant la transition.',
    'franceinfo\u00a0: la France fait marche arrière sur le sort d’Assad.',
  ],
  'riyadh-conference': [
    'La déclaration finale de la conférence, publiée par le ministère français des Affaires étrangères.',
    'AFP\u00a0: Assad doit partir au début de la transition\u00a0; un comité conduira les négociations.',
  ],
  'putin-mod-board': [
    'RFE/RL\u00a0: Poutine a promis une action ferme et dit que la Russie soutenait des unités de l’Armée syrienne libre.',
  ],
  'iraq-complaint-unsc': [
    'Le compte rendu du Conseil cite la lettre\u00a0: datée du 11 décembre, du représentant permanent de l’Irak (S/2015/963).',
    'Le récit de l’ONU\u00a0: la lettre demandait au Conseil d’ordonner le retrait des forces turques jusqu’à la frontière, immédiatement et sans condition.',
  ],
  smetlivy: [
    'The Guardian\u00a0: Moscou dit avoir tiré pour éviter une collision et met en garde contre les provocations.',
    'TRT World\u00a0: un destroyer russe harcèle un navire turc\u00a0; le propriétaire du bateau nie s’être approché.',
  ],
  'egypt-metrojet-report': [
    'Reuters\u00a0: aucune preuve à ce stade d’une intervention illicite\u00a0; l’enquête se poursuit.',
  ],
  'islamic-coalition': ['RFE/RL\u00a0: l’alliance combattra toute organisation terroriste, pas seulement Daech.'],
  'kerry-moscow': [
    'ABC News\u00a0: le signe le plus explicite à ce jour d’une ligne américaine assouplie sur Assad.',
    'AP\u00a0: Kerry a admis que ce serait aux Syriens de décider de l’avenir d’Assad.',
  ],
  'unsc-2253': [
    'RFE/RL\u00a0: un texte rédigé conjointement par les États-Unis et la Russie, qui réunit les mesures contre les finances de Daech.',
  ],
  'unsc-2254': [
    'Kerry\u00a0: la première feuille de route du Conseil de sécurité depuis le début de la guerre, convenue par un groupe qui comprend l’Iran et la Russie.',
    'Reuters\u00a0: les puissances restent divisées sur qui représente l’opposition et sur Assad.',
  ],
  'kuntar-killed': [
    'Bloomberg\u00a0: le Hezbollah a déclaré qu’une frappe israélienne l’avait tué à Jaramana\u00a0; l’armée israélienne n’a fait aucun commentaire.',
    'AFP\u00a0: le Hezbollah a déclaré qu’il avait été tué samedi soir quand des avions israéliens ont bombardé l’immeuble où il vivait.',
    'Réalités\u00a0: une milice syrienne progouvernementale situe la frappe à l’aube du dimanche\u00a0; le Hezbollah a confirmé sa mort.',
  ],
  'eu-sanctions-extended': [
    'RFE/RL\u00a0: les sanctions courent jusqu’à fin juillet 2016.',
    'Le récit de Reuters\u00a0: la France et d’autres voulaient malgré tout renouer avec Moscou sur le terrorisme.',
  ],
  'israel-russia-kuntar': [
    'Des déclarations quasi identiques du Kremlin et d’Israël\u00a0; le mécanisme est piloté par les chefs d’état-major adjoints.',
  ],
  'us-ukraine-designations': [
    'Le récit de Reuters\u00a0: des personnes contournant les sanctions, des séparatistes et des entités de Crimée, dont trois banques russes.',
  ],
  'tishrin-dam': [
    'Rudaw\u00a0: les FDS ont pris le barrage\u00a0; la Turquie s’oppose à ce que les YPG avancent à l’ouest de l’Euphrate.',
  ],
  ramadi: [
    'CENTCOM\u00a0: la coalition a félicité les forces irakiennes et compté plus de 600 frappes autour de Ramadi parmi son soutien.',
    'Reuters\u00a0: un porte-parole de l’armée irakienne a annoncé le drapeau hissé sur le complexe, un jour après que l’armée a proclamé la victoire.',
    'Le récit de Reuters\u00a0: la première grande victoire de l’armée irakienne depuis 2014\u00a0; un porte-parole de la coalition a compté plus de 630 frappes en six mois.',
  ],
  'coalition-call': [
    'Euronews\u00a0: Hollande a appelé à une coalition unique et large avec les États-Unis et la Russie, et dit qu’il rencontrerait Obama et Poutine dans les jours suivants.',
    'Reuters\u00a0: un discours de 50 minutes ouvert par «\u00a0La France est en guerre\u00a0» (les mots de Hollande, en français)\u00a0; Assad n’est pas la solution, mais l’ennemi, c’est Daech\u00a0; une ovation debout.',
    'franceinfo\u00a0: une seule coalition internationale, trois mois de plus d’état d’urgence et une révision de la Constitution.',
    'Mediapart, douze jours plus tard\u00a0: la «\u00a0grande et unique coalition\u00a0» promise par Hollande n’avait pas donné grand-chose.',
  ],
};

/** Les pays des médias, par leur nom anglais dans les données. */
export const frCountries: Record<string, string> = {
  'United Kingdom': 'Royaume-Uni',
  'European Union': 'Union européenne',
  France: 'France',
  'United States': 'États-Unis',
  'South Africa': 'Afrique du Sud',
  'Hong Kong': 'Hong Kong',
  'United Nations': 'Nations unies',
  International: 'international',
  Russia: 'Russie',
  Turkey: 'Turquie',
  China: 'Chine',
  Pakistan: 'Pakistan',
  Venezuela: 'Venezuela',
  Israel: 'Israël',
  Croatia: 'Croatie',
  Germany: 'Allemagne',
  'United Arab Emirates': 'Émirats arabes unis',
  'Czech Republic (US-funded)': 'République tchèque (financé par les États-Unis)',
  Taiwan: 'Taïwan',
  Singapore: 'Singapour',
  Egypt: 'Égypte',
  Tunisia: 'Tunisie',
  Vietnam: 'Viêt Nam',
  'Iraq (Kurdistan Region)': 'Irak (Région du Kurdistan)',
  Ireland: 'Irlande',
};
