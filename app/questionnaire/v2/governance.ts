import type { Question } from "../schema";
import { sources } from "./sources";

export const governanceQuestions: Question[] = [
  {
    id: "gov-security-owner",
    domain: "governance",
    text: {
      nl: "Is er één persoon die verantwoordelijk is voor de digitale veiligheid van uw partij, en is er een vervanger?",
      en: "Is there one person responsible for your party’s digital security, and is there a deputy?",
    },
    help: {
      why: {
        nl: "Als een account wordt overgenomen, telt elk uur. Zonder vaste verantwoordelijke wacht iedereen op elkaar en kan een aanvaller ongestoord berichten plaatsen of gegevens meenemen.",
        en: "When an account is taken over, every hour counts. Without a set person in charge, everyone waits for someone else and an attacker can post messages or take data undisturbed.",
      },
      how: {
        nl: "Laat het bestuur één persoon aanwijzen als aanspreekpunt voor digitale veiligheid, plus een vervanger voor vakanties en ziekte. Leg dit vast in een bestuursbesluit. Zet beide namen en telefoonnummers op een plek die iedereen kent, bijvoorbeeld het intranet of de vrijwilligersmap.",
        en: "Have the board appoint one person as the point of contact for digital security, plus a deputy for holidays and illness. Record this in a board decision. Put both names and phone numbers where everyone can find them, for example on the intranet or in the volunteer folder.",
      },
    },
    options: [
      {
        id: "nobody",
        label: {
          nl: "Niemand heeft deze taak; iedereen regelt zijn eigen accounts.",
          en: "Nobody has this task; everyone looks after their own accounts.",
        },
        maturity: 0,
      },
      {
        id: "informal",
        label: {
          nl: "Iemand doet het er vrijwillig bij, maar dat staat nergens op papier.",
          en: "Someone does it on the side, but this is not written down anywhere.",
        },
        maturity: 1,
      },
      {
        id: "owner-no-deputy",
        label: {
          nl: "Het bestuur heeft een verantwoordelijke aangewezen, maar er is geen vervanger.",
          en: "The board has appointed someone responsible, but there is no deputy.",
        },
        maturity: 2,
      },
      {
        id: "owner-and-deputy",
        label: {
          nl: "Het bestuur heeft een verantwoordelijke én een vervanger aangewezen, en medewerkers en vrijwilligers weten wie dat zijn.",
          en: "The board has appointed someone responsible and a deputy, and staff and volunteers know who they are.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [
      sources.belferCybersecurityCampaignPlaybook,
      sources.nationalCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Wijs een verantwoordelijke voor digitale veiligheid aan",
          en: "Appoint a person responsible for digital security",
        },
        detail: {
          nl: "Zet het op de eerstvolgende bestuursvergadering: kies één verantwoordelijke en leg dit vast in een besluit. Maak de naam en het telefoonnummer bekend aan alle medewerkers en vrijwilligers.",
          en: "Put it on the next board meeting: choose one responsible person and record it in a decision. Share the name and phone number with all staff and volunteers.",
        },
        owner: "board",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Wijs een vervanger aan en maak beide namen bekend",
          en: "Appoint a deputy and make both names known",
        },
        detail: {
          nl: "Kies een vervanger die de taken overneemt bij vakantie of ziekte. Laat de verantwoordelijke de vervanger inwerken, zodat die weet waar de herstelcodes en het incidentplan liggen.",
          en: "Choose a deputy who takes over during holidays or illness. Have the responsible person brief the deputy so they know where the recovery codes and the incident plan are kept.",
        },
        owner: "board",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-board-agenda",
    domain: "governance",
    text: {
      nl: "Bespreekt het bestuur digitale veiligheid regelmatig, en is er geld voor gereserveerd?",
      en: "Does the board discuss digital security regularly, and is there money set aside for it?",
    },
    help: {
      why: {
        nl: "Beveiliging kost tijd en soms geld, bijvoorbeeld voor beveiligingssleutels of hulp van een specialist. Als het bestuur er niet over praat, blijven die keuzes liggen tot er iets misgaat.",
        en: "Security costs time and sometimes money, for example for security keys or help from a specialist. If the board does not talk about it, these decisions are put off until something goes wrong.",
      },
      how: {
        nl: "Zet digitale veiligheid als vast punt op de bestuursagenda, tijdens de campagne vaker. Laat de verantwoordelijke dan kort vertellen wat er is gebeurd en wat er nog moet gebeuren, bijvoorbeeld met het actieplan uit Weerbaar. Reserveer in de begroting een vast bedrag voor beveiliging.",
        en: "Make digital security a standing item on the board agenda, more often during the campaign. Have the responsible person briefly report what has happened and what still needs doing, for example using the Weerbaar action plan. Set aside a fixed amount for security in the budget.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "Het bestuur heeft het er nog nooit over gehad.",
          en: "The board has never discussed it.",
        },
        maturity: 0,
      },
      {
        id: "after-incidents",
        label: {
          nl: "Het komt alleen op de agenda als er iets is misgegaan.",
          en: "It only comes up after something has gone wrong.",
        },
        maturity: 1,
      },
      {
        id: "yearly-no-budget",
        label: {
          nl: "Het bestuur bespreekt het minstens één keer per jaar, maar er is geen eigen budget voor.",
          en: "The board discusses it at least once a year, but there is no budget of its own for it.",
        },
        maturity: 2,
      },
      {
        id: "regular-with-budget",
        label: {
          nl: "Het bestuur bespreekt het minstens elk kwartaal (tijdens de campagne vaker) en de begroting heeft een vast bedrag voor beveiliging.",
          en: "The board discusses it at least every quarter (more often during the campaign) and the budget has a fixed amount for security.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.belferCybersecurityCampaignPlaybook,
      sources.tweedeBriefRegeringTegengaan,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet digitale veiligheid op de bestuursagenda",
          en: "Put digital security on the board agenda",
        },
        detail: {
          nl: "Bespreek in de volgende bestuursvergadering de uitkomst van deze zelftest en kies de eerste drie acties. Spreek af wanneer het onderwerp weer terugkomt.",
          en: "At the next board meeting, discuss the outcome of this self-assessment and pick the first three actions. Agree when the topic will come back.",
        },
        owner: "board",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Reserveer een vast budget voor beveiliging",
          en: "Set aside a fixed budget for security",
        },
        detail: {
          nl: "Neem een bedrag op in de campagnebegroting voor bijvoorbeeld beveiligingssleutels, een wachtwoordmanager en een paar uur hulp van een specialist. Bespreek de voortgang elke maand tot aan de verkiezingsdag.",
          en: "Include an amount in the campaign budget for items such as security keys, a password manager and a few hours of help from a specialist. Review progress every month until election day.",
        },
        owner: "board",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-asset-overview",
    domain: "governance",
    text: {
      nl: "Heeft u een overzicht van wat u moet beschermen, zoals het ledenbestand, de gegevens van donateurs, de e-mail- en sociale-media-accounts en de website?",
      en: "Do you have an overview of what you need to protect, such as the membership file, donor data, the e-mail and social media accounts and the website?",
    },
    help: {
      why: {
        nl: "U kunt alleen beschermen wat u kent. Vergeten accounts, zoals een oude campagnepagina of een lijst bij een oud-vrijwilliger, zijn voor een aanvaller een makkelijke ingang.",
        en: "You can only protect what you know about. Forgotten accounts, such as an old campaign page or a list kept by a former volunteer, are an easy way in for an attacker.",
      },
      how: {
        nl: "Maak een eenvoudige lijst in een spreadsheet: per account of bestand de naam, waar het staat, wie de beheerder is en wie er nog meer bij kan. Denk aan de ledenadministratie, donateurs, e-mail, sociale media, de website en de domeinnaam. Kijk de lijst elk half jaar na en zeker vóór de campagne.",
        en: "Make a simple list in a spreadsheet: for each account or file, its name, where it is, who manages it and who else has access. Think of the membership administration, donors, e-mail, social media, the website and the domain name. Review the list every six months and certainly before the campaign.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Er is geen overzicht; niemand weet precies welke accounts en bestanden er zijn.",
          en: "There is no overview; nobody knows exactly which accounts and files exist.",
        },
        maturity: 0,
      },
      {
        id: "in-heads",
        label: {
          nl: "Een paar mensen weten het uit hun hoofd, maar het staat nergens op papier.",
          en: "A few people know it by heart, but it is not written down anywhere.",
        },
        maturity: 1,
      },
      {
        id: "list-outdated",
        label: {
          nl: "Er is een lijst, maar die is ouder dan een jaar of vermeldt niet wie er toegang heeft.",
          en: "There is a list, but it is more than a year old or does not say who has access.",
        },
        maturity: 2,
      },
      {
        id: "list-current",
        label: {
          nl: "Er is een lijst die dit jaar is bijgewerkt, met per onderdeel de beheerder en iedereen die toegang heeft.",
          en: "There is a list updated this year, showing for each item the manager and everyone who has access.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.belferCybersecurityCampaignPlaybook,
      sources.nationalCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Maak een lijst van alle accounts en gegevensbestanden",
          en: "Make a list of all accounts and data files",
        },
        detail: {
          nl: "Zet in een spreadsheet alle accounts en bestanden met persoonsgegevens, met de beheerder erbij. Vraag campagneteams en afdelingen welke pagina’s en tools zij zelf hebben aangemaakt.",
          en: "List all accounts and files with personal data in a spreadsheet, with the manager of each. Ask campaign teams and branches which pages and tools they created themselves.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Werk de lijst bij en noteer wie toegang heeft",
          en: "Update the list and record who has access",
        },
        detail: {
          nl: "Vul per onderdeel aan wie er toegang heeft en haal mensen weg die die toegang niet meer nodig hebben. Plan een nieuwe controle direct na de verkiezing.",
          en: "Add who has access to each item and remove people who no longer need it. Plan a new check straight after the election.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-incident-plan",
    domain: "governance",
    text: {
      nl: "Heeft uw partij een incidentplan: een document dat zegt wat u doet als een account is overgenomen, gegevens zijn gelekt of de website niet werkt?",
      en: "Does your party have an incident plan: a document that says what you do when an account is taken over, data has leaked or the website is down?",
    },
    help: {
      why: {
        nl: "Een aanval komt vaak op het slechtste moment, zoals vlak voor een debat of op de verkiezingsavond. Met een plan weet iedereen meteen wie beslist, wie u belt en wat u naar buiten brengt.",
        en: "An attack often comes at the worst moment, such as just before a debate or on election night. With a plan, everyone knows straight away who decides, whom to call and what to say in public.",
      },
      how: {
        nl: "Schrijf op één of twee pagina’s wie beslist, wie wat doet en wie u belt. Zet er de noodcontacten in: het NCSC, de politie, de meldroutes van de sociale-mediaplatforms, uw IT-leverancier en de verkiezingscontacten bij het ministerie van BZK en de NCTV. Bewaar ook een papieren kopie, want bij een aanval werken e-mail en gedeelde mappen misschien niet.",
        en: "Write down on one or two pages who decides, who does what and whom to call. Include the emergency contacts: the NCSC, the police, the platforms’ reporting channels, your IT supplier and the election contacts at the Ministry of the Interior (BZK) and the NCTV. Keep a paper copy too, because e-mail and shared folders may not work during an attack.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Er is geen plan; we bedenken het als het zover is.",
          en: "There is no plan; we will work it out when it happens.",
        },
        maturity: 0,
      },
      {
        id: "verbal",
        label: {
          nl: "Er zijn mondelinge afspraken, maar niets op papier.",
          en: "There are spoken agreements, but nothing on paper.",
        },
        maturity: 1,
      },
      {
        id: "written-no-contacts",
        label: {
          nl: "Er is een geschreven plan, maar de noodcontacten buiten de partij ontbreken of zijn voor deze verkiezing niet gecontroleerd.",
          en: "There is a written plan, but the emergency contacts outside the party are missing or have not been checked for this election.",
        },
        maturity: 2,
      },
      {
        id: "written-with-contacts",
        label: {
          nl: "Er is een geschreven plan met gecontroleerde noodcontacten (onder andere NCSC, politie, platforms en BZK/NCTV), en er ligt een papieren kopie.",
          en: "There is a written plan with checked emergency contacts (including the NCSC, police, platforms and BZK/NCTV), and there is a paper copy.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.nationaalIncidentresponsWaarBegin,
      sources.nctvVerkiezingen,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Schrijf een kort incidentplan met noodcontacten",
          en: "Write a short incident plan with emergency contacts",
        },
        detail: {
          nl: "Beschrijf op twee pagina’s wie beslist, wie wat doet en wie u belt bij een overgenomen account, een datalek of een website die plat ligt. Zet de noodcontacten erin en print het plan voor de verantwoordelijke, de vervanger en de campagneleider.",
          en: "Describe on two pages who decides, who does what and whom you call for a hijacked account, a data breach or a website that is down. Include the emergency contacts and print the plan for the responsible person, the deputy and the campaign manager.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Vul de noodcontacten aan en controleer ze",
          en: "Complete and check the emergency contacts",
        },
        detail: {
          nl: "Voeg het NCSC, de politie, de meldroutes van de platforms en de verkiezingscontacten van BZK en de NCTV toe. Bel of mail elk contact één keer om te controleren of de gegevens kloppen.",
          en: "Add the NCSC, the police, the platforms’ reporting channels and the election contacts at BZK and the NCTV. Call or e-mail each contact once to check that the details are correct.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-tabletop-exercise",
    domain: "governance",
    text: {
      nl: "Heeft u het incidentplan geoefend met een oefening aan tafel, waarin u samen een verzonnen incident stap voor stap doorloopt?",
      en: "Have you practised the incident plan with a tabletop exercise, in which you walk through a made-up incident step by step together?",
    },
    help: {
      why: {
        nl: "Een plan dat nooit is geoefend, blijkt bij een echte aanval vaak niet te werken: een telefoonnummer klopt niet of niemand durft te beslissen. Een oefening laat die gaten zien terwijl er nog tijd is.",
        en: "A plan that has never been practised often fails during a real attack: a phone number is wrong or nobody dares to decide. An exercise shows these gaps while there is still time.",
      },
      how: {
        nl: "Trek twee uur uit met bestuur, campagneleiding, communicatie en IT. Kies een realistisch verhaal, bijvoorbeeld: het account van de lijsttrekker plaatst ’s avonds vreemde berichten. Loop het plan door, noteer wat misgaat en pas het plan daarna aan. Gratis draaiboeken zijn er onder andere van het Amerikaanse CISA.",
        en: "Set aside two hours with the board, campaign leadership, communications and IT. Pick a realistic story, for example: the lead candidate’s account posts strange messages late in the evening. Walk through the plan, note what goes wrong and update the plan afterwards. Free exercise packages are available from the US agency CISA, among others.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "We hebben nog nooit een incident geoefend.",
          en: "We have never practised an incident.",
        },
        maturity: 0,
      },
      {
        id: "before-this-campaign",
        label: {
          nl: "We hebben ooit geoefend, maar niet voor deze campagne.",
          en: "We practised once, but not for this campaign.",
        },
        maturity: 1,
      },
      {
        id: "it-only",
        label: {
          nl: "We hebben voor deze campagne geoefend, maar alleen met de IT-mensen.",
          en: "We practised for this campaign, but only with the IT people.",
        },
        maturity: 2,
      },
      {
        id: "whole-team",
        label: {
          nl: "We hebben voor deze campagne geoefend met bestuur, campagneleiding, communicatie en IT, en het plan daarna aangepast.",
          en: "We practised for this campaign with the board, campaign leadership, communications and IT, and updated the plan afterwards.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    condition: {
      questionId: "gov-incident-plan",
      optionIds: [
        "written-no-contacts",
        "written-with-contacts",
      ],
    },
    sources: [
      sources.cisaCisaTabletopExercise,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Houd vóór de campagne een oefening van twee uur",
          en: "Hold a two-hour exercise before the campaign",
        },
        detail: {
          nl: "Plan een avond met bestuur, campagneleiding, communicatie en IT en speel een overgenomen account of een datalek na. Schrijf op wat niet werkte en pas het plan binnen een week aan.",
          en: "Schedule an evening with the board, campaign leadership, communications and IT and act out a hijacked account or a data breach. Write down what did not work and update the plan within a week.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Oefen opnieuw met het hele campagneteam",
          en: "Practise again with the whole campaign team",
        },
        detail: {
          nl: "Herhaal de oefening met iedereen die in een crisis een rol heeft, ook woordvoering en kandidaten. Kies een ander verhaal, bijvoorbeeld een website die plat ligt op de verkiezingsavond.",
          en: "Repeat the exercise with everyone who has a role in a crisis, including spokespeople and candidates. Choose a different story, for example a website that goes down on election night.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "gov-data-breach",
    domain: "governance",
    text: {
      nl: "Weet uw partij wat u doet bij een datalek: wie beslist, en hoe u het binnen 72 uur meldt bij de Autoriteit Persoonsgegevens?",
      en: "Does your party know what to do in a data breach: who decides, and how you report it to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) within 72 hours?",
    },
    help: {
      why: {
        nl: "Een ledenlijst van een partij laat zien wat iemands politieke voorkeur is. Dat is een extra gevoelig gegeven. Als zo’n lijst uitlekt, moet u snel handelen en de wettelijke termijn van 72 uur halen.",
        en: "A party’s membership list reveals people’s political opinions. That is especially sensitive data. If such a list leaks, you must act fast and meet the legal deadline of 72 hours.",
      },
      how: {
        nl: "Spreek af wie beoordeelt of er sprake is van een datalek en wie het meldt. Een melding gaat via het meldformulier datalekken op de website van de Autoriteit Persoonsgegevens, binnen 72 uur nadat u het lek ontdekte. Houd een register (logboek) bij van elk datalek, ook als u het niet hoeft te melden.",
        en: "Agree who assesses whether there is a data breach and who reports it. Reports go through the data breach form on the Autoriteit Persoonsgegevens website, within 72 hours of discovering the breach. Keep a register (log) of every breach, even if you do not have to report it.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "Niemand in het bestuur weet dat een datalek binnen 72 uur gemeld moet worden.",
          en: "Nobody on the board knows that a data breach must be reported within 72 hours.",
        },
        maturity: 0,
      },
      {
        id: "known-no-agreement",
        label: {
          nl: "We kennen de meldplicht, maar er is niet afgesproken wie beslist en wie meldt.",
          en: "We know about the duty to report, but it has not been agreed who decides and who reports.",
        },
        maturity: 1,
      },
      {
        id: "procedure-no-register",
        label: {
          nl: "Er is een vaste persoon en een korte werkwijze, maar geen register van datalekken.",
          en: "There is a set person and a short procedure, but no register of data breaches.",
        },
        maturity: 2,
      },
      {
        id: "procedure-and-register",
        label: {
          nl: "Er is een vaste persoon, een werkwijze en een register waarin elk datalek staat, ook als het niet gemeld hoefde te worden.",
          en: "There is a set person, a procedure and a register listing every data breach, including those that did not need reporting.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.autoriteitMeldtDatalek,
    ],
    measures: {
      basic: {
        title: {
          nl: "Spreek af wie een datalek beoordeelt en meldt",
          en: "Agree who assesses and reports a data breach",
        },
        detail: {
          nl: "Wijs één persoon en een vervanger aan die een datalek beoordeelt en binnen 72 uur meldt bij de Autoriteit Persoonsgegevens. Zet de link naar het meldformulier in het incidentplan.",
          en: "Appoint one person and a deputy to assess a data breach and report it to the Autoriteit Persoonsgegevens within 72 hours. Put the link to the report form in the incident plan.",
        },
        owner: "board",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Begin een register van datalekken",
          en: "Start a data breach register",
        },
        detail: {
          nl: "Houd in een beveiligd document bij welke datalekken er waren, wat er is gebeurd en wat u hebt gedaan. Leg ook vast waarom u een lek wel of niet hebt gemeld.",
          en: "Keep a protected document recording which breaches occurred, what happened and what you did. Also record why you did or did not report each breach.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-offline-backups",
    domain: "governance",
    text: {
      nl: "Maakt u back-ups (reservekopieën) van belangrijke gegevens die los van uw systemen worden bewaard, en heeft u getest of u ze kunt terugzetten?",
      en: "Do you make backups of important data that are kept separate from your systems, and have you tested that you can restore them?",
    },
    help: {
      why: {
        nl: "Gijzelsoftware (ransomware) versleutelt alle bestanden die ze kan bereiken, ook back-ups die altijd verbonden zijn. Zonder losse, geteste back-up kunt u in de campagne dagen of weken niet bij uw ledenlijst of campagnemateriaal.",
        en: "Ransomware encrypts every file it can reach, including backups that are always connected. Without a separate, tested backup you may lose access to your membership list or campaign material for days or weeks during the campaign.",
      },
      how: {
        nl: "Bewaar ten minste één kopie los van het netwerk, bijvoorbeeld op een externe schijf die u na de back-up loskoppelt, of bij een dienst waar back-ups niet gewijzigd of gewist kunnen worden. Alleen synchroniseren met OneDrive of Google Drive is geen back-up: fouten worden dan ook gekopieerd. Zet een keer per kwartaal een bestand terug om te testen of het werkt.",
        en: "Keep at least one copy off the network, for example on an external drive that you unplug after the backup, or with a service where backups cannot be changed or deleted. Syncing with OneDrive or Google Drive alone is not a backup: mistakes are copied too. Restore a file once a quarter to test that it works.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Er worden geen back-ups gemaakt.",
          en: "No backups are made.",
        },
        maturity: 0,
      },
      {
        id: "sync-only",
        label: {
          nl: "Alles staat in de cloud (zoals OneDrive of Google Drive), maar er is geen aparte back-up.",
          en: "Everything is in the cloud (such as OneDrive or Google Drive), but there is no separate backup.",
        },
        maturity: 1,
      },
      {
        id: "connected-or-untested",
        label: {
          nl: "Er is een aparte back-up, maar die is altijd verbonden met het netwerk of het terugzetten is nooit geprobeerd.",
          en: "There is a separate backup, but it is always connected to the network or restoring has never been tried.",
        },
        maturity: 2,
      },
      {
        id: "offline-tested",
        label: {
          nl: "Er is een back-up die los van het netwerk wordt bewaard, en we hebben het afgelopen halfjaar met succes een bestand teruggezet.",
          en: "There is a backup kept off the network, and we successfully restored a file in the past six months.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.digitalWatDoenBij,
      sources.nationaalPreventingLimitingRecovering,
    ],
    measures: {
      basic: {
        title: {
          nl: "Maak een back-up die los van het netwerk staat",
          en: "Make a backup that is kept off the network",
        },
        detail: {
          nl: "Kopieer de ledenlijst, de donateursgegevens, de websitebestanden en het campagnemateriaal naar een versleutelde externe schijf en koppel die daarna los. Herhaal dit elke week en bewaar de schijf op een andere plek dan het kantoor.",
          en: "Copy the membership list, donor data, website files and campaign material to an encrypted external drive and disconnect it afterwards. Repeat weekly and store the drive somewhere other than the office.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Test of u een back-up kunt terugzetten",
          en: "Test that you can restore a backup",
        },
        detail: {
          nl: "Zet een paar bestanden en een kopie van de website terug op een andere computer en kijk of alles werkt. Noteer hoe lang het duurde en zet de stappen in het incidentplan.",
          en: "Restore a few files and a copy of the website on another computer and check that everything works. Note how long it took and add the steps to the incident plan.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-free-protection",
    domain: "governance",
    text: {
      nl: "Gebruikt uw partij gratis beschermingsprogramma’s voor politieke organisaties, zoals Microsoft AccountGuard, Google Advanced Protection of Project Shield?",
      en: "Does your party use free protection programmes for political organisations, such as Microsoft AccountGuard, Google Advanced Protection or Project Shield?",
    },
    help: {
      why: {
        nl: "Statelijke hackers richten zich op partijen en kandidaten. Grote techbedrijven zien zulke aanvallen soms eerder dan u en bieden daarom gratis extra bescherming aan politieke organisaties.",
        en: "State-backed hackers target parties and candidates. Large tech companies sometimes spot such attacks before you do, so they offer free extra protection to political organisations.",
      },
      how: {
        nl: "Gebruikt u Microsoft 365, kijk dan of uw partij zich kan aanmelden voor AccountGuard: dan krijgt u een waarschuwing als Microsoft een aanval door een staat ziet. Laat mensen met een Google-account, zoals kandidaten en beheerders, Google Advanced Protection aanzetten. Project Shield van Google kan uw website gratis beschermen tegen overbelastingsaanvallen (DDoS); kijk of uw partij daarvoor in aanmerking komt.",
        en: "If you use Microsoft 365, check whether your party can sign up for AccountGuard: you are then warned when Microsoft sees an attack by a state actor. Have people with a Google account, such as candidates and administrators, switch on Google Advanced Protection. Google’s Project Shield can protect your website from overload (DDoS) attacks for free; check whether your party is eligible.",
      },
    },
    options: [
      {
        id: "not-considered",
        label: {
          nl: "We kennen deze programma’s niet of hebben ze niet bekeken.",
          en: "We do not know these programmes or have not looked at them.",
        },
        maturity: 0,
      },
      {
        id: "looked-not-joined",
        label: {
          nl: "We hebben ze bekeken, maar ons nergens voor aangemeld.",
          en: "We have looked at them, but have not signed up for any.",
        },
        maturity: 1,
      },
      {
        id: "partly-joined",
        label: {
          nl: "We zijn voor één programma aangemeld, maar niet alle kandidaten en beheerders van accounts doen mee.",
          en: "We have signed up for one programme, but not all candidates and account administrators take part.",
        },
        maturity: 2,
      },
      {
        id: "fully-joined",
        label: {
          nl: "We zijn aangemeld voor de programma’s die bij onze systemen passen, en bestuur, kandidaten en beheerders van accounts doen mee.",
          en: "We have signed up for the programmes that fit our systems, and the board, candidates and account administrators take part.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.microsoftProtectingDemocracyWith,
      sources.googleAdvancedProtectionProgram,
      sources.googleProjectShield,
    ],
    measures: {
      basic: {
        title: {
          nl: "Meld u aan voor de gratis beschermingsprogramma’s",
          en: "Sign up for the free protection programmes",
        },
        detail: {
          nl: "Kijk welke programma’s passen bij uw systemen: AccountGuard bij Microsoft 365, Advanced Protection bij Google-accounts en Project Shield voor de website. Meld de partij aan en noteer in het incidentplan wie de waarschuwingen ontvangt.",
          en: "Check which programmes fit your systems: AccountGuard for Microsoft 365, Advanced Protection for Google accounts and Project Shield for the website. Sign the party up and record in the incident plan who receives the warnings.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Laat alle kandidaten en beheerders meedoen",
          en: "Get all candidates and administrators to take part",
        },
        detail: {
          nl: "Help kandidaten en beheerders van sociale media om zich aan te melden, ook met hun persoonlijke accounts waar dat kan. Houd bij wie meedoet en vraag de rest persoonlijk vóór de dag van kandidaatstelling.",
          en: "Help candidates and social media administrators to sign up, including their personal accounts where possible. Track who takes part and approach the others in person before nomination day.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
];
