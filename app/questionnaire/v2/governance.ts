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
        // Added so that every situation has one true option: both appointed, but nobody knows it.
        id: "owner-and-deputy-unknown",
        label: {
          nl: "Het bestuur heeft een verantwoordelijke én een vervanger aangewezen, maar medewerkers en vrijwilligers weten niet wie dat zijn.",
          en: "The board has appointed someone responsible and a deputy, but staff and volunteers don't know who they are.",
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
    // Not critical in version 2: a missing owner slows the response, but on its own it lets nobody take over an account or lose data.
    critical: false,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
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
        // Added so that every situation has one true option: a budget, but discussed less than every quarter.
        id: "budget-not-quarterly",
        label: {
          nl: "Er is een vast bedrag voor beveiliging, maar het bestuur bespreekt het minder dan elk kwartaal.",
          en: "There is a fixed amount for security, but the board discusses it less often than every quarter.",
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
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.tweedeBriefRegeringTegengaan],
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
        owner: "treasurer",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-asset-overview",
    domain: "governance",
    text: {
      nl: "Heeft u een overzicht van wat u moet beschermen, zoals ledenbestand, donateursgegevens, accounts en website?",
      en: "Do you have an overview of what you need to protect, such as the membership file, donor data, accounts and website?",
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
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
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
      nl: "Heeft uw partij een incidentplan: wat u doet bij een overgenomen account, een datalek of een onbereikbare website?",
      en: "Does your party have an incident plan: what you do about a hijacked account, a data breach or a website that is down?",
    },
    help: {
      why: {
        nl: "Een aanval komt vaak op het slechtste moment, zoals vlak voor een debat of op de verkiezingsavond. Met een plan weet iedereen meteen wie beslist, wie u belt en wat u naar buiten brengt. Wie dan pas gaat zoeken waar u iets moet melden, verliest uren.",
        en: "An attack often comes at the worst moment, such as just before a debate or on election night. With a plan, everyone knows straight away who decides, whom to call and what to say in public. Anyone who only then starts looking for where to report something loses hours.",
      },
      how: {
        nl: "Schrijf op één of twee pagina’s wie beslist, wie wat doet en wie u belt. Zet de juiste meldroutes erin. Een datalek meldt u binnen 72 uur bij de Autoriteit Persoonsgegevens (AP). Advies bij een digitale aanval krijgt u bij het Digital Trust Center (DTC). Aangifte doet u bij de politie. Noteer ook hoe u de hulp van elk sociale-mediaplatform bereikt, uw hostingbedrijf en IT-leverancier, en het verkiezingsloket van de NCTV voor de veiligheid van kandidaten. Het Nationaal Cyber Security Centrum (NCSC) werkt vooral voor de overheid en vitale organisaties; politieke partijen horen daar niet bij. Zoek daar alleen contact bij een ernstig incident, zoals een vermoedelijke aanval door een ander land. Bewaar ook een papieren kopie, want bij een aanval werken e-mail en gedeelde mappen misschien niet.",
        en: "Write down on one or two pages who decides, who does what and whom to call. Include the right reporting routes. You report a data breach to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) within 72 hours. For advice on a digital attack, go to the Digital Trust Center (DTC). You file a formal report (aangifte) with the police. Also note how to reach each social media platform’s help, your hosting company and IT supplier, and the NCTV’s election desk for the safety of candidates. The National Cyber Security Centre (NCSC) mainly serves the government and vital organisations; political parties are not among them. Contact it only for a serious incident, such as a suspected attack by another country. Keep a paper copy too, because e-mail and shared folders may not work during an attack.",
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
        // New id: in version 1 this option counted the NCSC and BZK among the routes to check.
        id: "written-routes-unchecked",
        label: {
          nl: "Er is een geschreven plan, maar de meldroutes buiten de partij zijn niet voor deze verkiezing gecontroleerd, of er is geen papieren kopie.",
          en: "There is a written plan, but the reporting routes outside the party have not been checked for this election, or there is no paper copy.",
        },
        maturity: 2,
      },
      {
        id: "written-routes-checked",
        label: {
          nl: "Er is een geschreven plan met meldroutes die we voor deze verkiezing hebben gecontroleerd (onder andere AP, Digital Trust Center, politie en platforms), en er ligt een papieren kopie.",
          en: "There is a written plan with reporting routes we checked for this election (including the AP, the Digital Trust Center, the police and the platforms), and there is a paper copy.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical: without a plan, a takeover or a breach runs on for hours, and the AVG's 72 hours are missed.
    critical: true,
    allowNotApplicable: false,
    sources: [
      sources.nctvOverzichtCyberloketten,
      sources.autoriteitMeldtDatalek,
      sources.politieAangifteDoen,
      sources.nationaalIncidentresponsWaarBegin,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Schrijf een kort incidentplan met meldroutes",
          en: "Write a short incident plan with reporting routes",
        },
        detail: {
          nl: "Beschrijf op twee pagina’s wie beslist, wie wat doet en wie u belt bij een overgenomen account, een datalek of een website die plat ligt. Zet de meldroutes erin (AP voor datalekken, politie voor aangifte, Digital Trust Center voor advies, de platforms en uw hostingbedrijf) en print het plan voor de verantwoordelijke, de vervanger en de campagneleider.",
          en: "Describe on two pages who decides, who does what and whom you call for a hijacked account, a data breach or a website that is down. Include the reporting routes (the AP for data breaches, the police for a formal report, the Digital Trust Center for advice, the platforms and your hosting company) and print the plan for the responsible person, the deputy and the campaign manager.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Controleer de meldroutes en leg een papieren kopie klaar",
          en: "Check the reporting routes and keep a paper copy ready",
        },
        detail: {
          nl: "Controleer voor deze verkiezing elk telefoonnummer, formulier en contact in het plan, ook de hulproutes van de platforms en het verkiezingsloket van de NCTV. Print het plan opnieuw en geef de verantwoordelijke, de vervanger en de campagneleider elk een kopie.",
          en: "For this election, check every phone number, form and contact in the plan, including the platforms’ help routes and the NCTV’s election desk. Print the plan again and give the responsible person, the deputy and the campaign manager a copy each.",
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
        // Added so that every situation has one true option: the whole team practised, the plan stayed as it was.
        id: "whole-team-plan-unchanged",
        label: {
          nl: "We hebben voor deze campagne met het hele team geoefend, maar het plan daarna niet aangepast.",
          en: "We practised for this campaign with the whole team, but did not update the plan afterwards.",
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
      optionIds: ["written-routes-unchecked", "written-routes-checked"],
    },
    sources: [sources.cisaCisaTabletopExercise, sources.belferCybersecurityCampaignPlaybook],
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
      nl: "Weet uw partij wat te doen bij een datalek: melden binnen 72 uur, leden informeren en registreren?",
      en: "Does your party know what to do in a data breach: report within 72 hours, inform members and keep a record?",
    },
    help: {
      why: {
        nl: "Een ledenlijst van een partij laat iemands politieke voorkeur zien. Dat is een bijzonder persoonsgegeven onder de AVG. Lekt zo’n lijst uit, dan vraagt de wet drie dingen: een melding bij de Autoriteit Persoonsgegevens (AP) binnen 72 uur, tenzij het lek waarschijnlijk geen risico is voor de mensen om wie het gaat (artikel 33); bericht aan de getroffen leden zelf als het risico hoog is (artikel 34); en een register waarin u elk datalek vastlegt, ook als u het niet hoeft te melden (artikel 33, lid 5).",
        en: "A party’s membership list reveals people’s political opinions. That is a special category of personal data under the GDPR (AVG). If such a list leaks, the law asks three things: a report to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) within 72 hours, unless the breach is unlikely to be a risk to the people concerned (Article 33); a message to the affected members themselves when the risk is high (Article 34); and a register recording every breach, even one you do not have to report (Article 33(5)).",
      },
      how: {
        nl: "Wijs een vaste persoon en een vervanger aan, bijvoorbeeld de secretaris. Die beoordeelt of er een datalek is, meldt het binnen 72 uur na ontdekking via het meldformulier op de website van de AP, en beslist of de leden een bericht krijgen. Leg een conceptbericht aan leden klaar: wat er is gebeurd, welke gegevens, wat de partij doet en wat leden zelf kunnen doen. Houd een register bij met per datalek wat er gebeurde, de gevolgen, wat u deed en waarom u wel of niet meldde. Laat een leverancier van uw ledenadministratie een lek meteen aan u doorgeven.",
        en: "Appoint a set person and a deputy, for example the secretary. They assess whether there is a data breach, report it within 72 hours of discovery through the report form on the AP website, and decide whether the members get a message. Keep a draft message to members ready: what happened, which data, what the party is doing and what members can do themselves. Keep a register recording, for each breach, what happened, the consequences, what you did and why you did or did not report it. Have the supplier of your membership administration pass on a breach to you straight away.",
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
        // New ids for the two options below: version 1 left out informing the members affected.
        id: "procedure-incomplete",
        label: {
          nl: "Een vaste persoon meldt binnen 72 uur, maar er is geen register van alle datalekken of geen afspraak over het informeren van getroffen leden.",
          en: "A set person reports within 72 hours, but there is no register of all breaches or no agreement on informing the members affected.",
        },
        maturity: 2,
      },
      {
        id: "procedure-register-inform",
        label: {
          nl: "Een vaste persoon meldt binnen 72 uur, informeert getroffen leden als het risico hoog is, en legt elk datalek vast in een register, ook als het niet gemeld hoefde te worden.",
          en: "A set person reports within 72 hours, informs the members affected when the risk is high, and records every breach in a register, including those that did not need reporting.",
        },
        maturity: 3,
      },
      {
        // What a branch does instead. A branch of a national party is usually part of the same association,
        // so the national party is the controller that reports, informs and registers. The branch's whole
        // duty is to pass every possible breach on at once, so doing that is the highest maturity.
        id: "national-party-handles",
        label: {
          nl: "Wij zijn een afdeling: elk mogelijk datalek geven we dezelfde dag door aan de landelijke partij, die beoordeelt, meldt, leden informeert en registreert.",
          en: "We are a branch: we pass every possible breach on to the national party the same day, and it assesses, reports, informs members and keeps the register.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical: the AVG requires the report, the message to members and the register.
    critical: true,
    allowNotApplicable: false,
    sources: [sources.autoriteitMeldtDatalek, sources.autoriteitDatalekken, sources.europeanRegulationEu2016679],
    measures: {
      basic: {
        title: {
          nl: "Spreek af wie een datalek beoordeelt, meldt en leden informeert",
          en: "Agree who assesses a data breach, reports it and informs members",
        },
        detail: {
          nl: "Wijs één persoon en een vervanger aan die een datalek beoordeelt, binnen 72 uur meldt bij de Autoriteit Persoonsgegevens en beslist of getroffen leden bericht krijgen. Zet de link naar het meldformulier in het incidentplan. Een afdeling spreekt af bij wie in de landelijke partij zij een lek dezelfde dag meldt.",
          en: "Appoint one person and a deputy to assess a data breach, report it to the Autoriteit Persoonsgegevens within 72 hours and decide whether the members affected get a message. Put the link to the report form in the incident plan. A branch agrees whom in the national party it tells about a breach the same day.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Begin een datalekregister en leg een bericht aan leden klaar",
          en: "Start a breach register and prepare a message to members",
        },
        detail: {
          nl: "Houd in een beveiligd document bij welke datalekken er waren, wat er is gebeurd, wat u deed en waarom u wel of niet meldde. Schrijf een conceptbericht aan leden dat u bij een lek met hoog risico binnen een dag kunt versturen.",
          en: "Keep a protected document recording which breaches occurred, what happened, what you did and why you did or did not report each one. Write a draft message to members that you can send within a day after a high-risk breach.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "gov-offline-backups",
    domain: "governance",
    text: {
      nl: "Bewaart u back-ups (reservekopieën) van belangrijke gegevens los van uw systemen, en heeft u het terugzetten getest?",
      en: "Do you keep backups of important data separate from your systems, and have you tested restoring them?",
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
      {
        // What a branch does instead when it keeps no files of its own: the control exists, run by the
        // national party, so it counts as fully in place once the national party has confirmed it. A branch
        // with its own files outside that environment answers one of the options above.
        id: "national-party-backups",
        label: {
          nl: "Wij zijn een afdeling zonder eigen bestanden: alles staat in de omgeving van de landelijke partij, en die heeft bevestigd dat zij losse back-ups maakt en het terugzetten test.",
          en: "We are a branch without files of our own: everything is in the national party’s environment, and it has confirmed that it makes separate backups and tests restoring them.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical: without a separate, restorable backup, ransomware alone can take the party's data for good.
    critical: true,
    allowNotApplicable: false,
    sources: [sources.digitalWatDoenBij, sources.nationaalPreventingLimitingRecovering],
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
    sources: [sources.microsoftProtectingDemocracyWith, sources.googleAdvancedProtectionProgram],
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
