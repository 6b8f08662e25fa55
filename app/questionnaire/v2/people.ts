import type { Question } from "../schema";
import { sources } from "./sources";

export const peopleQuestions: Question[] = [
  {
    id: "ppl-onboarding-briefing",
    domain: "people",
    text: {
      nl: "Krijgt iedereen die bij de partij begint, ook vrijwilligers, een korte uitleg over digitale veiligheid voordat hij of zij toegang krijgt?",
      en: "Does everyone who starts at the party, volunteers included, get a short briefing on digital security before they are given access?",
    },
    help: {
      why: {
        nl: "Nieuwe mensen krijgen in de drukte van een campagne vaak snel toegang tot accounts en ledenlijsten. Wie de basisregels niet kent, wordt een makkelijk doelwit voor een aanvaller.",
        en: "In the rush of a campaign, newcomers are often given access to accounts and membership lists quickly. People who do not know the basic rules become an easy target for an attacker.",
      },
      how: {
        nl: "Maak een checklist van één pagina en loop die met elke nieuwe medewerker of vrijwilliger door. Zet erin: tweestapsverificatie aanzetten (een extra code naast uw wachtwoord), waar u verdachte berichten meldt en welke gegevens u nooit deelt. Geef pas toegang als de checklist is afgewerkt.",
        en: "Make a one-page checklist and go through it with every new staff member or volunteer. Include: switching on two-step verification (an extra code on top of your password), where to report suspicious messages and which data you never share. Only give access once the checklist is done.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, nieuwe mensen krijgen meteen toegang zonder uitleg.",
          en: "No, newcomers get access straight away without a briefing.",
        },
        maturity: 0,
      },
      {
        id: "staff-only",
        label: {
          nl: "Alleen betaalde medewerkers krijgen uitleg; vrijwilligers niet.",
          en: "Only paid staff get a briefing; volunteers do not.",
        },
        maturity: 1,
      },
      {
        id: "everyone-verbal",
        label: {
          nl: "Iedereen krijgt een mondelinge uitleg, maar er is geen vaste checklist.",
          en: "Everyone gets a spoken briefing, but there is no fixed checklist.",
        },
        maturity: 2,
      },
      {
        id: "everyone-checklist",
        label: {
          nl: "Iedereen werkt een vaste checklist af voordat hij of zij toegang krijgt.",
          en: "Everyone completes a fixed checklist before they are given access.",
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
          nl: "Geef elke nieuwe medewerker en vrijwilliger een veiligheidsuitleg",
          en: "Give every new staff member and volunteer a security briefing",
        },
        detail: {
          nl: "Spreek af dat niemand toegang krijgt voordat hij of zij een korte uitleg heeft gehad. Geef die uitleg ook aan vrijwilligers die al meedraaien.",
          en: "Agree that nobody gets access before they have had a short briefing. Also give this briefing to volunteers who are already involved.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak een vaste checklist voor nieuwe mensen",
          en: "Make a fixed checklist for newcomers",
        },
        detail: {
          nl: "Zet de afspraken op één pagina en laat de begeleider afvinken wat gedaan is. Bewaar per persoon de datum waarop de checklist is afgewerkt.",
          en: "Put the rules on one page and have the supervisor tick off what has been done. Record for each person the date the checklist was completed.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-phishing-training",
    domain: "people",
    text: {
      nl: "Hebben medewerkers en vrijwilligers geleerd om phishing (nepberichten die inloggegevens proberen te stelen) en andere misleiding te herkennen?",
      en: "Have staff and volunteers learned to recognise phishing (fake messages that try to steal login details) and other deception?",
    },
    help: {
      why: {
        nl: "De meeste inbraken bij campagnes beginnen met één nepbericht, zoals een valse inlogpagina of een ‘journalist’ die een bijlage stuurt. Aanvallers doen zich ook voor als collega of IT-hulp aan de telefoon.",
        en: "Most break-ins at campaigns start with a single fake message, such as a false login page or a ‘journalist’ sending an attachment. Attackers also pose as a colleague or IT support on the phone.",
      },
      how: {
        nl: "Organiseer een korte training met echte voorbeelden: nepmails over een ‘geblokkeerd account’, valse interviewverzoeken en dringende verzoeken om geld over te maken of een wachtwoord te geven. Leer mensen om bij twijfel via een ander kanaal te controleren, bijvoorbeeld door de afzender zelf te bellen. Herhaal de training voor elke campagne.",
        en: "Run a short training with real examples: fake e-mails about a ‘blocked account’, false interview requests and urgent requests to transfer money or hand over a password. Teach people to check through another channel when in doubt, for example by phoning the sender themselves. Repeat the training for every campaign.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "Er is nooit aandacht aan besteed.",
          en: "It has never been covered.",
        },
        maturity: 0,
      },
      {
        id: "tips-sent",
        label: {
          nl: "Er is ooit een e-mail of folder met tips rondgestuurd.",
          en: "An e-mail or leaflet with tips was sent round at some point.",
        },
        maturity: 1,
      },
      {
        id: "training-some",
        label: {
          nl: "Er is een training geweest, maar niet voor deze campagne of niet voor iedereen die bij partij-accounts kan.",
          en: "There has been a training, but not for this campaign or not for everyone who can access party accounts.",
        },
        maturity: 2,
      },
      {
        id: "training-all",
        label: {
          nl: "Iedereen die bij partij-accounts kan, heeft voor deze campagne een training met echte voorbeelden gehad.",
          en: "Everyone who can access party accounts has had a training with real examples for this campaign.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.nationaalPhishing,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Geef een korte training over phishing en misleiding",
          en: "Give a short training on phishing and deception",
        },
        detail: {
          nl: "Plan een uur met iedereen die bij partij-accounts kan en laat echte voorbeelden zien. Leer de vaste regel: bij twijfel niet klikken, maar via een ander kanaal controleren en melden.",
          en: "Schedule an hour with everyone who can access party accounts and show real examples. Teach the fixed rule: when in doubt, do not click, but check through another channel and report it.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Train iedereen opnieuw voor deze campagne",
          en: "Train everyone again for this campaign",
        },
        detail: {
          nl: "Herhaal de training voor nieuwe mensen en voor wie de vorige heeft gemist. Voeg voorbeelden toe die passen bij verkiezingstijd, zoals valse debatuitnodigingen en nep-journalisten.",
          en: "Repeat the training for newcomers and for those who missed the last one. Add examples that fit election time, such as fake debate invitations and fake journalists.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-report-suspicious",
    domain: "people",
    text: {
      nl: "Weten vrijwilligers waar ze een verdacht bericht of telefoontje kunnen melden?",
      en: "Do volunteers know where to report a suspicious message or phone call?",
    },
    help: {
      why: {
        nl: "Aanvallers sturen vaak hetzelfde nepbericht naar veel mensen tegelijk. Als de eerste ontvanger het snel meldt, kunt u de anderen waarschuwen voordat iemand erin trapt.",
        en: "Attackers often send the same fake message to many people at once. If the first recipient reports it quickly, you can warn the others before someone falls for it.",
      },
      how: {
        nl: "Kies één vast meldpunt, bijvoorbeeld een e-mailadres of een groep in een versleutelde berichtenapp, en zorg dat iemand het elke dag leest. Noem het meldpunt bij de uitleg voor nieuwe mensen en in elke vrijwilligersnieuwsbrief. Bedank mensen voor elke melding, ook als het loos alarm was.",
        en: "Choose one fixed reporting point, for example an e-mail address or a group in an encrypted messaging app, and make sure someone reads it every day. Mention it in the briefing for newcomers and in every volunteer newsletter. Thank people for every report, even if it turns out to be a false alarm.",
      },
    },
    options: [
      {
        id: "no-route",
        label: {
          nl: "Er is geen meldpunt; mensen lossen het zelf op of zeggen niets.",
          en: "There is no reporting point; people deal with it themselves or say nothing.",
        },
        maturity: 0,
      },
      {
        id: "ask-someone",
        label: {
          nl: "Mensen kunnen het aan iemand vragen, maar er is geen vast adres of nummer.",
          en: "People can ask someone, but there is no fixed address or number.",
        },
        maturity: 1,
      },
      {
        id: "fixed-not-known",
        label: {
          nl: "Er is een vast meldadres of meldgroep, maar niet alle vrijwilligers kennen het of meldingen blijven soms liggen.",
          en: "There is a fixed reporting address or group, but not all volunteers know it or reports are sometimes left unanswered.",
        },
        maturity: 2,
      },
      {
        id: "fixed-and-known",
        label: {
          nl: "Er is een vast meldadres of meldgroep dat alle vrijwilligers kennen, en elke melding krijgt binnen een dag antwoord.",
          en: "There is a fixed reporting address or group that all volunteers know, and every report is answered within a day.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.belferCybersecurityCampaignPlaybook,
      sources.nationaalPhishing,
    ],
    measures: {
      basic: {
        title: {
          nl: "Richt één meldpunt in voor verdachte berichten",
          en: "Set up one reporting point for suspicious messages",
        },
        detail: {
          nl: "Maak een vast e-mailadres of een meldgroep aan en wijs iemand aan die het elke dag leest. Stuur alle vrijwilligers een bericht met het adres en wat ze moeten melden.",
          en: "Create a fixed e-mail address or reporting group and appoint someone to read it every day. Send all volunteers a message with the address and what to report.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak het meldpunt bekend en beantwoord elke melding",
          en: "Publicise the reporting point and answer every report",
        },
        detail: {
          nl: "Noem het meldpunt in elke vrijwilligersnieuwsbrief en bij de uitleg voor nieuwe mensen. Spreek af dat elke melding binnen een dag antwoord krijgt, ook in het weekend tijdens de campagne.",
          en: "Mention the reporting point in every volunteer newsletter and in the briefing for newcomers. Agree that every report is answered within a day, including at weekends during the campaign.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-volunteer-access",
    domain: "people",
    text: {
      nl: "Hebben vrijwilligers alleen toegang tot de systemen en gegevens die ze voor hun taak nodig hebben, en stopt die toegang als ze vertrekken?",
      en: "Do volunteers only have access to the systems and data they need for their task, and does that access end when they leave?",
    },
    help: {
      why: {
        nl: "Aanvallers zoeken het zwakste account met de meeste rechten. Een vrijwilliger met een gedeeld wachtwoord of een oud account dat nooit is opgeheven, geeft hun toegang tot de hele ledenlijst of de sociale media van de partij.",
        en: "Attackers look for the weakest account with the most rights. A volunteer with a shared password, or an old account that was never closed, gives them access to the whole membership list or the party’s social media.",
      },
      how: {
        nl: "Geef elke vrijwilliger een eigen account, nooit een gedeeld wachtwoord. Geef alleen de rechten die bij de taak horen: wie flyers verspreidt, heeft de hele ledenlijst niet nodig, en wie berichten plaatst, heeft als ‘redacteur’ genoeg en hoeft geen ‘beheerder’ te zijn. Trek toegang in op de dag dat iemand stopt, en loop na de verkiezing alle accounts na.",
        en: "Give every volunteer their own account, never a shared password. Only grant the rights that fit the task: someone handing out flyers does not need the whole membership list, and someone posting messages can be an ‘editor’ and does not need to be an ‘admin’. Remove access on the day someone stops, and review all accounts after the election.",
      },
    },
    options: [
      {
        id: "shared-or-full",
        label: {
          nl: "Vrijwilligers gebruiken vaak een gedeeld wachtwoord of kunnen overal bij, zoals de hele ledenlijst of beheerrechten op sociale media.",
          en: "Volunteers often use a shared password or can access everything, such as the whole membership list or admin rights on social media.",
        },
        maturity: 0,
      },
      {
        id: "own-accounts-broad",
        label: {
          nl: "Vrijwilligers hebben eigen accounts, maar met meer rechten dan nodig, en accounts van oud-vrijwilligers blijven bestaan.",
          en: "Volunteers have their own accounts, but with more rights than needed, and former volunteers’ accounts remain open.",
        },
        maturity: 1,
      },
      {
        id: "limited-not-revoked",
        label: {
          nl: "Vrijwilligers krijgen alleen de rechten die ze nodig hebben, maar hun toegang wordt niet altijd ingetrokken als ze stoppen.",
          en: "Volunteers only get the rights they need, but their access is not always removed when they stop.",
        },
        maturity: 2,
      },
      {
        id: "limited-and-revoked",
        label: {
          nl: "Vrijwilligers krijgen alleen de rechten die ze nodig hebben, hun toegang wordt ingetrokken op de dag dat ze stoppen, en we lopen na elke verkiezing alle accounts na.",
          en: "Volunteers only get the rights they need, their access is removed on the day they stop, and we review all accounts after every election.",
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
          nl: "Vervang gedeelde wachtwoorden en beperk de rechten van vrijwilligers",
          en: "Replace shared passwords and limit volunteers’ rights",
        },
        detail: {
          nl: "Geef elke vrijwilliger een eigen account en verander daarna alle gedeelde wachtwoorden. Haal beheerrechten weg bij wie ze niet nodig heeft en sluit accounts van mensen die gestopt zijn.",
          en: "Give every volunteer their own account, then change all shared passwords. Remove admin rights from anyone who does not need them and close the accounts of people who have left.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Trek toegang in op de dag van vertrek",
          en: "Remove access on the day someone leaves",
        },
        detail: {
          nl: "Maak een vertrekchecklist: accounts sluiten, uit groepen halen en gedeelde bestanden afsluiten. Plan direct na de verkiezing een ronde langs alle accounts, want dan stoppen veel vrijwilligers tegelijk.",
          en: "Make a leaving checklist: close accounts, remove from groups and lock shared files. Plan a review of all accounts straight after the election, because many volunteers stop at the same time.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-branches-baseline",
    domain: "people",
    text: {
      nl: "Houden de lokale afdelingen zich aan dezelfde basisregels voor digitale veiligheid als het landelijk bureau?",
      en: "Do the local branches follow the same basic digital security rules as the national office?",
    },
    help: {
      why: {
        nl: "Een aanvaller kiest de makkelijkste weg naar binnen, en dat is vaak een afdeling met een eigen website, e-mail en sociale media. Een gekaapt account van een afdeling kan ook de naam van de hele partij schaden.",
        en: "An attacker takes the easiest way in, and that is often a branch with its own website, e-mail and social media. A hijacked branch account can also damage the name of the whole party.",
      },
      how: {
        nl: "Stel een korte lijst basisregels op, bijvoorbeeld: tweestapsverificatie op alle accounts, minstens twee beheerders per account en een vast meldpunt. Vraag elke afdeling om een contactpersoon voor digitale veiligheid. Controleer vóór de campagne samen met die contactpersonen of de regels zijn ingevoerd.",
        en: "Draw up a short list of basic rules, for example: two-step verification on all accounts, at least two administrators per account and a fixed reporting point. Ask each branch for a digital security contact. Before the campaign, check with these contacts whether the rules are in place.",
      },
    },
    options: [
      {
        id: "no-rules",
        label: {
          nl: "Afdelingen regelen alles zelf; het landelijk bureau heeft er geen zicht op.",
          en: "Branches arrange everything themselves; the national office has no view of it.",
        },
        maturity: 0,
      },
      {
        id: "rules-not-sent",
        label: {
          nl: "Er zijn basisregels, maar die zijn niet actief naar de afdelingen gestuurd.",
          en: "There are basic rules, but they have not been actively sent to the branches.",
        },
        maturity: 1,
      },
      {
        id: "rules-sent",
        label: {
          nl: "Alle afdelingen hebben de basisregels gekregen, maar niemand controleert of ze die volgen.",
          en: "All branches have received the basic rules, but nobody checks whether they follow them.",
        },
        maturity: 2,
      },
      {
        id: "rules-checked",
        label: {
          nl: "Elke afdeling heeft de basisregels en een contactpersoon, en het landelijk bureau heeft vóór deze campagne gecontroleerd of de regels zijn ingevoerd.",
          en: "Every branch has the basic rules and a contact person, and the national office checked before this campaign whether the rules are in place.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.nationalCybersecurityCampaignPlaybook,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Stuur de afdelingen een lijst met basisregels",
          en: "Send the branches a list of basic rules",
        },
        detail: {
          nl: "Zet op één pagina de regels die voor iedereen gelden, zoals tweestapsverificatie en twee beheerders per account. Stuur die naar alle afdelingsbesturen en vraag om een contactpersoon.",
          en: "Put the rules that apply to everyone on one page, such as two-step verification and two administrators per account. Send it to all branch boards and ask for a contact person.",
        },
        owner: "board",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Controleer bij de afdelingen of de regels zijn ingevoerd",
          en: "Check with the branches that the rules are in place",
        },
        detail: {
          nl: "Bel of bezoek de contactpersoon van elke afdeling en loop samen de basisregels na. Help afdelingen die achterlopen, bijvoorbeeld met een online avond over tweestapsverificatie.",
          en: "Call or visit each branch’s contact person and go through the basic rules together. Help branches that are behind, for example with an online evening on two-step verification.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-suppliers",
    domain: "people",
    text: {
      nl: "Heeft u een lijst van leveranciers en campagnetools (zoals webbouwer, mailprogramma, ledenadministratie en advertentiebureau), met afspraken over beveiliging?",
      en: "Do you have a list of suppliers and campaign tools (such as the web builder, mailing tool, membership administration and advertising agency), with agreements on security?",
    },
    help: {
      why: {
        nl: "Leveranciers en tools hebben vaak toegang tot uw ledenlijst of accounts. Als zij worden gehackt of na afloop toegang houden, lekken uw gegevens via hen. U blijft zelf verantwoordelijk voor de persoonsgegevens die zij voor u verwerken.",
        en: "Suppliers and tools often have access to your membership list or accounts. If they are hacked or keep access afterwards, your data leaks through them. You remain responsible for the personal data they process for you.",
      },
      how: {
        nl: "Zet alle leveranciers en tools in één lijst, met wat ze voor u doen en bij welke gegevens ze kunnen. Sluit met elke leverancier die persoonsgegevens voor u verwerkt een verwerkersovereenkomst (een contract over hoe zij met uw gegevens omgaan en wat ze doen bij een datalek). Spreek af dat toegang en gegevens na afloop van de opdracht worden ingetrokken en verwijderd.",
        en: "Put all suppliers and tools in one list, with what they do for you and which data they can reach. Sign a data processing agreement (verwerkersovereenkomst: a contract on how they handle your data and what they do in a breach) with every supplier that processes personal data for you. Agree that access is removed and data deleted when the job ends.",
      },
    },
    options: [
      {
        id: "no-list",
        label: {
          nl: "Er is geen lijst; campagneteams kiezen zelf hun tools en leveranciers.",
          en: "There is no list; campaign teams choose their own tools and suppliers.",
        },
        maturity: 0,
      },
      {
        id: "list-no-terms",
        label: {
          nl: "Er is een lijst, maar zonder afspraken over beveiliging of persoonsgegevens.",
          en: "There is a list, but without agreements on security or personal data.",
        },
        maturity: 1,
      },
      {
        id: "dpa-no-offboarding",
        label: {
          nl: "Er zijn verwerkersovereenkomsten met leveranciers die persoonsgegevens verwerken, maar niet afgesproken hoe hun toegang stopt na afloop.",
          en: "There are data processing agreements with suppliers that process personal data, but nothing agreed on how their access ends afterwards.",
        },
        maturity: 2,
      },
      {
        id: "dpa-and-offboarding",
        label: {
          nl: "Elke leverancier staat op de lijst, met een verwerkersovereenkomst waar nodig, en na afloop worden toegang en gegevens aantoonbaar ingetrokken en verwijderd.",
          en: "Every supplier is on the list, with a data processing agreement where needed, and when the job ends access and data are demonstrably removed and deleted.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.autoriteitVerantwoordelijkeVerwerker,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Maak een lijst van leveranciers en tools met toegang tot uw gegevens",
          en: "List the suppliers and tools with access to your data",
        },
        detail: {
          nl: "Vraag campagneteams en afdelingen welke diensten ze gebruiken en zet die in één lijst. Sluit een verwerkersovereenkomst met elke leverancier die persoonsgegevens voor u verwerkt.",
          en: "Ask campaign teams and branches which services they use and put them in one list. Sign a data processing agreement with every supplier that processes personal data for you.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Regel het einde van de toegang van leveranciers",
          en: "Arrange how suppliers’ access ends",
        },
        detail: {
          nl: "Spreek met elke leverancier af dat toegang wordt ingetrokken en gegevens worden verwijderd als de opdracht stopt. Vraag na de verkiezing om een bevestiging en haal hun accounts weg.",
          en: "Agree with each supplier that access is removed and data deleted when the job ends. After the election, ask for confirmation and remove their accounts.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-encrypted-messaging",
    domain: "people",
    text: {
      nl: "Gebruikt u voor gevoelig overleg een versleutelde berichtenapp zoals Signal, met verdwijnende berichten aan?",
      en: "Do you use an encrypted messaging app such as Signal for sensitive discussions, with disappearing messages switched on?",
    },
    help: {
      why: {
        nl: "Strategie, kandidatenkeuzes en interne discussies zijn waardevol voor wie de partij wil schaden. Als een telefoon of account wordt gehackt, kan een aanvaller alle oude berichten lezen en uitlekken.",
        en: "Strategy, candidate choices and internal discussions are valuable to anyone who wants to harm the party. If a phone or account is hacked, an attacker can read and leak all old messages.",
      },
      how: {
        nl: "Spreek af dat gevoelig overleg alleen via Signal of een vergelijkbare app met volledige versleuteling gaat. Zet in die groepen verdwijnende berichten aan, zodat oude berichten na bijvoorbeeld een week vanzelf verdwijnen. Laat een beheerder de groepen bijhouden en mensen die vertrekken direct verwijderen.",
        en: "Agree that sensitive discussions only take place in Signal or a similar fully encrypted app. Switch on disappearing messages in those groups, so old messages vanish automatically after, say, a week. Have an administrator keep the groups up to date and remove people who leave straight away.",
      },
    },
    options: [
      {
        id: "open-channels",
        label: {
          nl: "Gevoelig overleg gaat via gewone e-mail, sms of groepen op sociale media.",
          en: "Sensitive discussions take place over ordinary e-mail, text messages or social media groups.",
        },
        maturity: 0,
      },
      {
        id: "no-agreement",
        label: {
          nl: "Sommigen gebruiken een versleutelde app, maar er is geen afspraak welke.",
          en: "Some people use an encrypted app, but there is no agreement on which.",
        },
        maturity: 1,
      },
      {
        id: "agreed-app",
        label: {
          nl: "We gebruiken een afgesproken versleutelde app, maar zonder verdwijnende berichten of zonder controle op wie in de groepen zit.",
          en: "We use an agreed encrypted app, but without disappearing messages or without checking who is in the groups.",
        },
        maturity: 2,
      },
      {
        id: "agreed-app-disappearing",
        label: {
          nl: "Gevoelig overleg gaat via een afgesproken versleutelde app met verdwijnende berichten aan, en een beheerder haalt vertrekkers direct uit de groepen.",
          en: "Sensitive discussions take place in an agreed encrypted app with disappearing messages on, and an administrator removes leavers from the groups straight away.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.signalSetManageDisappearing,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Spreek één versleutelde app af voor gevoelig overleg",
          en: "Agree on one encrypted app for sensitive discussions",
        },
        detail: {
          nl: "Kies Signal of een vergelijkbare app en verplaats de groepen van bestuur en campagneleiding daarheen. Spreek af dat gevoelige onderwerpen niet meer via gewone e-mail of sms gaan.",
          en: "Choose Signal or a similar app and move the board and campaign leadership groups there. Agree that sensitive topics no longer go through ordinary e-mail or text messages.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet verdwijnende berichten aan en houd de groepen bij",
          en: "Switch on disappearing messages and keep groups up to date",
        },
        detail: {
          nl: "Zet in elke gevoelige groep verdwijnende berichten aan, bijvoorbeeld op één week. Wijs per groep een beheerder aan die elke maand controleert wie erin zit.",
          en: "Switch on disappearing messages in every sensitive group, for example set to one week. Appoint an administrator for each group who checks the membership every month.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
