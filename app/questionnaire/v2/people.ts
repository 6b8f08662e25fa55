import type { Question } from "../schema";
import { sources } from "./sources";

export const peopleQuestions: Question[] = [
  {
    id: "ppl-onboarding-briefing",
    domain: "people",
    text: {
      nl: "Krijgt iedereen die begint, ook vrijwilligers, een korte uitleg over digitale veiligheid voordat hij of zij toegang krijgt?",
      en: "Does everyone who starts, volunteers included, get a short briefing on digital security before they are given access?",
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
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
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
    sources: [sources.nationaalPhishing, sources.belferCybersecurityCampaignPlaybook],
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
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationaalPhishing],
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
    // Critical: a leaver who keeps access, or a shared password nobody changes, is how party data walks out
    // of the door. Same control as version 1; the option for broad rights no longer also speaks about
    // leavers (so it has a new id), and a branch without systems of its own has an honest top answer.
    id: "ppl-volunteer-access",
    domain: "people",
    text: {
      nl: "Hebben vrijwilligers alleen toegang tot wat ze voor hun taak nodig hebben, en stopt die toegang als ze vertrekken?",
      en: "Do volunteers only have access to what they need for their task, and does that access end when they leave?",
    },
    help: {
      why: {
        nl: "Aanvallers zoeken het zwakste account met de meeste rechten. Een vrijwilliger met een gedeeld wachtwoord of een oud account dat nooit is opgeheven, geeft hun toegang tot de hele ledenlijst of de sociale media van de partij.",
        en: "Attackers look for the weakest account with the most rights. A volunteer with a shared password, or an old account that was never closed, gives them access to the whole membership list or the party’s social media.",
      },
      how: {
        nl: "Geef elke vrijwilliger een eigen account, nooit een gedeeld wachtwoord. Geef alleen de rechten die bij de taak horen: wie flyers verspreidt, heeft de hele ledenlijst niet nodig, en wie berichten plaatst, heeft als ‘redacteur’ genoeg en hoeft geen ‘beheerder’ te zijn. Trek toegang in op de dag dat iemand stopt, ook in app-groepen en gedeelde mappen, en loop na de verkiezing alle accounts na. Werkt uw afdeling alleen in de systemen van de landelijke partij, meld vertrekkers dan dezelfde dag bij de landelijke beheerder.",
        en: "Give every volunteer their own account, never a shared password. Only grant the rights that fit the task: someone handing out flyers does not need the whole membership list, and someone posting messages can be an ‘editor’ and does not need to be an ‘admin’. Remove access on the day someone stops, including chat groups and shared folders, and review all accounts after the election. If your branch only works in the national party’s systems, report leavers to the national administrator the same day.",
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
        id: "own-accounts-broad-rights",
        label: {
          nl: "Vrijwilligers hebben eigen accounts, maar vaak met meer rechten dan hun taak vraagt.",
          en: "Volunteers have their own accounts, but often with more rights than their task requires.",
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
      {
        // What a branch without systems of its own does instead: the national party grants and removes access.
        id: "national-systems-leavers-reported",
        label: {
          nl: "Onze afdeling heeft geen eigen systemen of accounts: vrijwilligers werken alleen in die van de landelijke partij, en wij melden vertrekkers daar dezelfde dag.",
          en: "Our branch has no systems or accounts of its own: volunteers only work in the national party’s, and we report leavers there the same day.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
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
          nl: "Maak een vertrekchecklist: accounts sluiten, uit app-groepen halen en gedeelde mappen afsluiten. Plan direct na de verkiezing een ronde langs alle accounts, want dan stoppen veel vrijwilligers tegelijk.",
          en: "Make a leaving checklist: close accounts, remove from chat groups and lock shared folders. Plan a review of all accounts straight after the election, because many volunteers stop at the same time.",
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
    sources: [sources.nationalCybersecurityCampaignPlaybook, sources.belferCybersecurityCampaignPlaybook],
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
        nl: "Zet alle leveranciers en tools in één lijst, met wat ze voor u doen en bij welke gegevens ze kunnen. Sluit met elke leverancier die persoonsgegevens voor u verwerkt een verwerkersovereenkomst (een contract over hoe zij met uw gegevens omgaan en wat ze doen bij een datalek). Zet ook AI-diensten en canvassing-apps op de lijst waarin iemand ledengegevens of kiezersgegevens invoert. Spreek af dat toegang en gegevens na afloop van de opdracht worden ingetrokken en verwijderd.",
        en: "Put all suppliers and tools in one list, with what they do for you and which data they can reach. Sign a data processing agreement (verwerkersovereenkomst: a contract on how they handle your data and what they do in a breach) with every supplier that processes personal data for you. Also list AI services and canvassing apps into which anyone enters members’ or voters’ data. Agree that access is removed and data deleted when the job ends.",
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
    sources: [sources.autoriteitVerantwoordelijkeVerwerker, sources.belferCybersecurityCampaignPlaybook],
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
        owner: "treasurer",
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
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // Same control as version 1. The answer "agreed app, but without disappearing messages or without
    // checking who is in the groups" joined two situations; group membership is now its own question
    // (ppl-group-admins), so that answer has a new id.
    id: "ppl-encrypted-messaging",
    domain: "people",
    text: {
      nl: "Gaat gevoelig overleg via een versleutelde app zoals Signal, met verdwijnende berichten aan?",
      en: "Do sensitive discussions take place in an encrypted app such as Signal, with disappearing messages switched on?",
    },
    help: {
      why: {
        nl: "Strategie, kandidatenkeuzes en interne discussies zijn waardevol voor wie de partij wil schaden. Als een telefoon of account wordt gehackt, kan een aanvaller alle oude berichten lezen en uitlekken.",
        en: "Strategy, candidate choices and internal discussions are valuable to anyone who wants to harm the party. If a phone or account is hacked, an attacker can read and leak all old messages.",
      },
      how: {
        nl: "Spreek af dat gevoelig overleg alleen via Signal of een vergelijkbare app met volledige versleuteling gaat, en niet via gewone e-mail, sms of groepen op sociale media. Zet in die groepen verdwijnende berichten aan, zodat oude berichten na bijvoorbeeld een week vanzelf verdwijnen. Leg besluiten vast op een vaste plek, niet in de chat.",
        en: "Agree that sensitive discussions only take place in Signal or a similar fully encrypted app, not over ordinary e-mail, text messages or social media groups. Switch on disappearing messages in those groups, so old messages vanish automatically after, say, a week. Record decisions in a fixed place, not in the chat.",
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
        id: "agreed-app-no-disappearing",
        label: {
          nl: "We gebruiken een afgesproken versleutelde app, maar verdwijnende berichten staan niet aan.",
          en: "We use an agreed encrypted app, but disappearing messages are not switched on.",
        },
        maturity: 2,
      },
      {
        id: "agreed-app-disappearing",
        label: {
          nl: "Gevoelig overleg gaat via een afgesproken versleutelde app met verdwijnende berichten aan.",
          en: "Sensitive discussions take place in an agreed encrypted app with disappearing messages switched on.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.signalSetManageDisappearing, sources.belferCybersecurityCampaignPlaybook],
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
          nl: "Zet verdwijnende berichten aan",
          en: "Switch on disappearing messages",
        },
        detail: {
          nl: "Zet in elke gevoelige groep verdwijnende berichten aan, bijvoorbeeld op één week, en leg besluiten vast op een vaste plek buiten de chat.",
          en: "Switch on disappearing messages in every sensitive group, for example set to one week, and record decisions in a fixed place outside the chat.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-group-admins",
    domain: "people",
    text: {
      nl: "Hebben de WhatsApp- en Signalgroepen van de partij vaste beheerders die vertrekkers dezelfde dag verwijderen?",
      en: "Do the party’s WhatsApp and Signal groups have fixed administrators who remove leavers the same day?",
    },
    help: {
      why: {
        nl: "In app-groepen van bestuur, campagne en vrijwilligers staan plannen, adressen en telefoonnummers. Wie vertrekt en in de groep blijft, leest alles mee. Een groep waarin iedereen mensen mag toevoegen of waarvan de uitnodigingslink rondgaat, is open voor buitenstaanders.",
        en: "Chat groups of the board, the campaign and volunteers hold plans, addresses and phone numbers. Anyone who leaves but stays in the group reads along. A group in which anyone may add people, or whose invite link is going round, is open to outsiders.",
      },
      how: {
        nl: "Geef elke groep twee vaste beheerders. Zet in de groepsinstellingen dat alleen beheerders mensen toevoegen en dat nieuwe leden goedkeuring nodig hebben, en maak een uitnodigingslink die is rondgegaan ongeldig. Zet het verwijderen uit groepen op de vertrekchecklist. Loop elke maand na wie er in de groep zit. Vertel iedereen dat hij de zescijferige code van WhatsApp of Signal nooit aan iemand geeft: met die code kan een oplichter het account overnemen.",
        en: "Give every group two fixed administrators. In the group settings, let only administrators add people and require approval for new members, and reset an invite link that has been going round. Put removal from groups on the leaving checklist. Check each month who is in the group. Tell everyone never to give anyone the six-digit WhatsApp or Signal code: with that code a fraudster can take over the account.",
      },
    },
    options: [
      {
        id: "nobody-keeps-track",
        label: {
          nl: "Niemand houdt bij wie er in de groepen zit; iedereen mag mensen toevoegen.",
          en: "Nobody keeps track of who is in the groups; anyone may add people.",
        },
        maturity: 0,
      },
      {
        id: "admins-leavers-stay",
        label: {
          nl: "Er zijn beheerders, maar vertrekkers blijven vaak in de groepen zitten.",
          en: "There are administrators, but leavers often stay in the groups.",
        },
        maturity: 1,
      },
      {
        id: "leavers-removed-no-review",
        label: {
          nl: "Beheerders halen vertrekkers eruit zodra ze het horen, maar niemand loopt de ledenlijst van de groepen geregeld na.",
          en: "Administrators remove leavers as soon as they hear about it, but nobody regularly checks the groups’ member lists.",
        },
        maturity: 2,
      },
      {
        id: "leavers-removed-reviewed",
        label: {
          nl: "Elke groep heeft twee beheerders, alleen zij voegen mensen toe, vertrekkers gaan er dezelfde dag uit en de ledenlijst wordt elke maand nagelopen.",
          en: "Every group has two administrators, only they add people, leavers are removed the same day and the member list is checked every month.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.whatsappGroupAdminSettings, sources.signalSetManageDisappearing, sources.nationalSocialMediaUse],
    measures: {
      basic: {
        title: {
          nl: "Wijs per app-groep twee beheerders aan",
          en: "Appoint two administrators for each chat group",
        },
        detail: {
          nl: "Maak een lijst van alle groepen van de partij en wijs per groep twee beheerders aan. Zet in de instellingen dat alleen beheerders mensen toevoegen, en haal iedereen eruit die niet meer meedoet.",
          en: "List all the party’s groups and appoint two administrators per group. Set the groups so that only administrators add people, and remove everyone who no longer takes part.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Loop de groepen elke maand na",
          en: "Check the groups every month",
        },
        detail: {
          nl: "Zet het verwijderen uit groepen op de vertrekchecklist en laat de beheerders elke maand nagaan wie er in de groep zit. Maak een uitnodigingslink die is rondgegaan ongeldig.",
          en: "Put removal from groups on the leaving checklist and have the administrators check each month who is in the group. Reset an invite link that has been going round.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-foreign-approaches",
    domain: "people",
    text: {
      nl: "Weten kandidaten en medewerkers hoe buitenlandse overheden hen kunnen benaderen, en waar ze dat melden?",
      en: "Do candidates and staff know how foreign governments may approach them, and where to report it?",
    },
    help: {
      why: {
        nl: "Buitenlandse inlichtingendiensten zoeken contact met politici en hun medewerkers om informatie te krijgen of besluiten te beïnvloeden. Dat begint vaak vriendelijk: interesse, etentjes, cadeaus, een betaalde reis, en pas later een verzoek om ‘kleine’ informatie. De AIVD (Algemene Inlichtingen- en Veiligheidsdienst) waarschuwt dat mensen zich dit vaak te laat realiseren.",
        en: "Foreign intelligence services seek contact with politicians and their staff to obtain information or influence decisions. It often starts in a friendly way: interest, dinners, gifts, a paid trip, and only later a request for ‘small’ pieces of information. The AIVD (General Intelligence and Security Service) warns that people often realise this too late.",
      },
      how: {
        nl: "Leg in de kandidatenbriefing uit hoe zo’n benadering eruitziet: iemand die veel interesse toont in interne zaken, aanbiedt een reis te betalen of vraagt om niet-openbare stukken. Wijs één contactpersoon in de partij aan bij wie iedereen zo’n contact meldt, zonder dat het meteen een beschuldiging is. Die contactpersoon kan het vertrouwelijk bespreken met de AIVD, via het contactformulier op aivd.nl. Bij directe dreiging of intimidatie: de politie.",
        en: "Explain in the candidate briefing what such an approach looks like: someone showing a lot of interest in internal matters, offering to pay for a trip or asking for non-public documents. Appoint one contact person in the party to whom everyone reports such contact, without it immediately being an accusation. That contact person can discuss it confidentially with the AIVD, through the contact form on aivd.nl. In case of direct threats or intimidation: the police.",
      },
    },
    options: [
      {
        id: "not-discussed",
        label: {
          nl: "Dit is nooit besproken.",
          en: "This has never been discussed.",
        },
        maturity: 0,
      },
      {
        id: "aware-no-route",
        label: {
          nl: "Een paar mensen weten dat het voorkomt, maar er is geen afspraak over melden.",
          en: "A few people know it happens, but nothing is agreed about reporting.",
        },
        maturity: 1,
      },
      {
        id: "contact-not-known-to-all",
        label: {
          nl: "Er is een vaste contactpersoon voor zulke benaderingen, maar niet alle kandidaten en medewerkers weten dat.",
          en: "There is a named contact person for such approaches, but not all candidates and staff know about it.",
        },
        maturity: 2,
      },
      {
        id: "briefed-and-known",
        label: {
          nl: "Alle kandidaten en medewerkers hebben uitleg gehad en kennen de contactpersoon, en die weet hoe hij of zij de AIVD bereikt.",
          en: "All candidates and staff have been briefed and know the contact person, who knows how to reach the AIVD.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.aivdSpionage, sources.nctvOngewensteBuitenlandseInmenging, sources.tweedeBriefRegeringTegengaan],
    measures: {
      basic: {
        title: {
          nl: "Wijs een contactpersoon aan voor benaderingen van buitenlandse overheden",
          en: "Appoint a contact person for approaches by foreign governments",
        },
        detail: {
          nl: "Kies iemand uit het bestuur bij wie kandidaten en medewerkers een verdacht contact melden. Laat die persoon uitzoeken hoe het contact met de AIVD loopt en maak de naam bekend.",
          en: "Choose a board member to whom candidates and staff report a suspicious contact. Have that person find out how contact with the AIVD works, and make the name known.",
        },
        owner: "board",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Neem buitenlandse benaderingen op in de briefing",
          en: "Cover foreign approaches in the briefing",
        },
        detail: {
          nl: "Leg in de kandidatenbriefing en bij nieuwe medewerkers uit hoe zo’n benadering eruitziet en bij wie ze die melden. Houd bij wie die uitleg heeft gehad.",
          en: "Explain in the candidate briefing and to new staff what such an approach looks like and to whom they report it. Keep track of who has had this explanation.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-gifts-register",
    domain: "people",
    text: {
      nl: "Houdt de partij een register bij van geschenken en betaalde reizen voor kandidaten, bestuurders en medewerkers?",
      en: "Does the party keep a register of gifts and paid trips for candidates, board members and staff?",
    },
    help: {
      why: {
        nl: "Een betaalde reis of een duur cadeau is een bekende eerste stap om iemand aan zich te binden, ook door buitenlandse overheden. Wat openbaar is, werkt minder goed als drukmiddel. Kamerleden moeten geschenken boven 50 euro en door anderen betaalde buitenlandse reizen binnen een week melden in een openbaar register; een partij kan voor haar eigen mensen dezelfde regel hanteren.",
        en: "A paid trip or an expensive gift is a well-known first step to bind someone, also by foreign governments. What is public works less well as leverage. Members of the House of Representatives must report gifts above 50 euros and foreign trips paid by others in a public register within a week; a party can apply the same rule to its own people.",
      },
      how: {
        nl: "Spreek een grens af, bijvoorbeeld 50 euro, en laat geschenken en uitnodigingen daarboven melden bij de penningmeester. Laat reizen die een ander betaalt, zeker naar het buitenland, vooraf goedkeuren door het bestuur. Houd het register bij met datum, gever, waarde en wat ermee gebeurde, en laat het bestuur het elk kwartaal bekijken. Een gift aan de partij zelf, ook in natura, valt onder de regels voor giften.",
        en: "Agree a threshold, for example 50 euros, and have gifts and invitations above it reported to the treasurer. Have trips paid for by someone else, especially abroad, approved by the board in advance. Keep the register with date, giver, value and what happened to it, and have the board review it every quarter. A gift to the party itself, including in kind, falls under the rules on donations.",
      },
    },
    options: [
      {
        id: "no-rule",
        label: {
          nl: "Nee, daar is niets over afgesproken.",
          en: "No, nothing has been agreed about this.",
        },
        maturity: 0,
      },
      {
        id: "rule-no-register",
        label: {
          nl: "Er is een regel over geschenken, maar niemand houdt bij wat er wordt aangenomen.",
          en: "There is a rule on gifts, but nobody keeps track of what is accepted.",
        },
        maturity: 1,
      },
      {
        id: "register-not-reviewed",
        label: {
          nl: "Er is een register, maar niemand bekijkt het en betaalde reizen hoeven niet vooraf te worden goedgekeurd.",
          en: "There is a register, but nobody reviews it and paid trips need no approval in advance.",
        },
        maturity: 2,
      },
      {
        id: "register-reviewed",
        label: {
          nl: "Geschenken boven een vaste grens staan in het register, betaalde reizen worden vooraf goedgekeurd en het bestuur bekijkt het register elk kwartaal.",
          en: "Gifts above a fixed threshold are in the register, paid trips are approved in advance and the board reviews the register every quarter.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.tweedeKamerRegistersReizenGeschenken, sources.aivdSpionage],
    measures: {
      basic: {
        title: {
          nl: "Stel een grens vast en begin een register van geschenken en reizen",
          en: "Set a threshold and start a register of gifts and trips",
        },
        detail: {
          nl: "Laat het bestuur een grens vaststellen, bijvoorbeeld 50 euro, en vraag kandidaten, bestuurders en medewerkers om geschenken en betaalde reizen daarboven bij de penningmeester te melden.",
          en: "Have the board set a threshold, for example 50 euros, and ask candidates, board members and staff to report gifts and paid trips above it to the treasurer.",
        },
        owner: "treasurer",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Keur betaalde reizen vooraf goed en bekijk het register elk kwartaal",
          en: "Approve paid trips in advance and review the register every quarter",
        },
        detail: {
          nl: "Spreek af dat reizen die een ander betaalt vooraf naar het bestuur gaan, en zet het register elk kwartaal op de agenda van het bestuur.",
          en: "Agree that trips paid for by someone else go to the board in advance, and put the register on the board’s agenda every quarter.",
        },
        owner: "treasurer",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-foreign-donations",
    domain: "people",
    text: {
      nl: "Controleert de penningmeester bij elke gift wie de gever is en of die uit het buitenland komt?",
      en: "Does the treasurer check, for every donation, who the donor is and whether it comes from abroad?",
    },
    help: {
      why: {
        nl: "Geld is een manier om invloed te kopen. Sinds 1 januari 2023 mogen landelijke partijen volgens de Wet financiering politieke partijen (Wfpp) geen giften uit het buitenland aannemen, behalve van Nederlandse kiezers die in het buitenland wonen. Een gever mag een partij hoogstens 100.000 euro per jaar geven, giften vanaf 1.000 euro worden openbaar, en giften vanaf 10.000 euro binnen drie dagen. Dat geldt ook voor giften in natura, zoals gratis diensten.",
        en: "Money is a way to buy influence. Since 1 January 2023, under the Political Parties Financing Act (Wfpp), national parties may not accept donations from abroad, except from Dutch voters living abroad. A donor may give a party at most 100,000 euros a year, donations from 1,000 euros are made public, and those from 10,000 euros within three days. This also applies to donations in kind, such as free services.",
      },
      how: {
        nl: "Leg vast dat de penningmeester bij elke gift de naam en het adres van de gever noteert, en bij een bedrijf of stichting wie erachter zit. Spreek af wat u doet met een gift die niet mag of waarvan u de gever niet kent: niet aannemen of terugstorten, en vastleggen. Lokale partijen vallen nog niet onder de Wfpp, maar het wetsvoorstel Wet op de politieke partijen wil ook voor hen regels maken; volg dezelfde regel nu al. Afdelingen van een landelijke partij vragen hun landelijke penningmeester hoe hun giften worden meegeteld.",
        en: "Record that the treasurer notes, for every donation, the donor’s name and address, and for a company or foundation who is behind it. Agree what you do with a donation that is not allowed or whose donor you do not know: refuse it or pay it back, and record this. Local parties do not fall under the Wfpp yet, but the Political Parties Bill (Wet op de politieke partijen) aims to set rules for them too; follow the same rule now. Branches of a national party ask their national treasurer how their donations are counted.",
      },
    },
    options: [
      {
        id: "no-check",
        label: {
          nl: "Niemand kijkt na wie een gift doet of waar de gever woont.",
          en: "Nobody checks who makes a donation or where the donor lives.",
        },
        maturity: 0,
      },
      {
        id: "large-only",
        label: {
          nl: "Alleen grote giften worden nagekeken; kleine giften en giften in natura niet.",
          en: "Only large donations are checked; small donations and donations in kind are not.",
        },
        maturity: 1,
      },
      {
        id: "all-checked-no-procedure",
        label: {
          nl: "Elke gift, ook in natura, wordt nagekeken, maar er is geen vaste afspraak over een gift die niet mag.",
          en: "Every donation, including in kind, is checked, but there is no fixed agreement on a donation that is not allowed.",
        },
        maturity: 2,
      },
      {
        id: "all-checked-procedure",
        label: {
          nl: "Elke gift, ook in natura, wordt nagekeken, en een gift die niet mag of van een onbekende gever weigeren of storten we terug en leggen we vast.",
          en: "Every donation, including in kind, is checked, and a donation that is not allowed or from an unknown donor is refused or paid back and recorded.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.rijksoverheidWfppGewijzigd, sources.tweedeKamerWetPolitiekePartijen],
    measures: {
      basic: {
        title: {
          nl: "Laat de penningmeester elke gift nakijken",
          en: "Have the treasurer check every donation",
        },
        detail: {
          nl: "Spreek af dat de penningmeester bij elke gift, ook in natura, naam en adres van de gever noteert en nagaat of die uit het buitenland komt. Leg de grenzen van de Wfpp op één pagina vast.",
          en: "Agree that the treasurer notes the donor’s name and address for every donation, including in kind, and checks whether it comes from abroad. Put the Wfpp limits on one page.",
        },
        owner: "treasurer",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Spreek af wat u doet met een gift die niet mag",
          en: "Agree what to do with a donation that is not allowed",
        },
        detail: {
          nl: "Leg vast dat een gift uit het buitenland of van een onbekende gever wordt geweigerd of binnen een vaste termijn teruggestort, en dat de penningmeester dat vastlegt en aan het bestuur meldt.",
          en: "Record that a donation from abroad or from an unknown donor is refused or paid back within a fixed period, and that the treasurer records this and reports it to the board.",
        },
        owner: "treasurer",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-candidate-screening",
    domain: "people",
    text: {
      nl: "Screent uw partij kandidaten op integriteit, met een gesprek over risico’s en een verklaring omtrent het gedrag (VOG)?",
      en: "Does your party screen candidates for integrity, with an interview about risks and a certificate of conduct (VOG)?",
    },
    help: {
      why: {
        nl: "Een kandidaat met schulden, verborgen belangen of banden met een buitenlandse overheid is kwetsbaar voor druk, en een schandaal na de verkiezingen raakt de hele partij. De partij is zelf verantwoordelijk voor het screenen van haar kandidaten. Een VOG is niet verplicht, maar Justis heeft er een eigen profiel voor: ‘politieke ambtsdragers’.",
        en: "A candidate with debts, hidden interests or ties to a foreign government is vulnerable to pressure, and a scandal after the election hits the whole party. The party itself is responsible for screening its candidates. A VOG (certificate of conduct) is not mandatory, but Justis has a dedicated profile for it: ‘political office holders’.",
      },
      how: {
        nl: "Voer met elke kandidaat een gesprek met vaste vragen: nevenfuncties en belangen, schulden, wat er online over hen te vinden is, eerdere conflicten, en contacten met of betalingen van buitenlandse overheden of organisaties. Vraag elke kandidaat een VOG aan te vragen met het profiel politieke ambtsdragers; sommige gemeenten betalen die. Leg vast wie het gesprek voert en bewaar de uitkomst vertrouwelijk.",
        en: "Hold an interview with every candidate using set questions: side jobs and interests, debts, what can be found about them online, past conflicts, and contacts with or payments from foreign governments or organisations. Ask every candidate to apply for a VOG with the political office holders profile; some municipalities pay for it. Record who holds the interview and keep the outcome confidential.",
      },
    },
    options: [
      {
        id: "no-screening",
        label: {
          nl: "Nee, kandidaten worden niet gescreend.",
          en: "No, candidates are not screened.",
        },
        maturity: 0,
      },
      {
        id: "informal-talk",
        label: {
          nl: "We praten met kandidaten, maar zonder vaste vragen en zonder VOG.",
          en: "We talk with candidates, but without set questions and without a VOG.",
        },
        maturity: 1,
      },
      {
        id: "one-of-two",
        label: {
          nl: "Bij elke kandidaat doen we één van de twee: een gesprek met vaste vragen of een VOG.",
          en: "For every candidate we do one of the two: an interview with set questions or a VOG.",
        },
        maturity: 2,
      },
      {
        id: "interview-and-vog",
        label: {
          nl: "Elke kandidaat krijgt een gesprek met vaste vragen, ook over banden met buitenlandse overheden, en levert een VOG in.",
          en: "Every candidate has an interview with set questions, including ties to foreign governments, and hands in a VOG.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.justisVogPolitiekeAmbtsdragers, sources.tweedeBriefRegeringTegengaan],
    measures: {
      basic: {
        title: {
          nl: "Maak een vaste vragenlijst voor het gesprek met kandidaten",
          en: "Make a fixed list of questions for the interview with candidates",
        },
        detail: {
          nl: "Schrijf de vaste vragen op (belangen, schulden, online sporen, buitenlandse contacten) en spreek af wie de gesprekken voert, vóór de kandidatenlijst wordt vastgesteld.",
          en: "Write down the set questions (interests, debts, online traces, foreign contacts) and agree who holds the interviews, before the candidate list is adopted.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Vraag van elke kandidaat ook een VOG",
          en: "Also ask every candidate for a VOG",
        },
        detail: {
          nl: "Laat elke kandidaat een VOG aanvragen met het profiel politieke ambtsdragers, of dien de aanvragen samen in via de gemeente, en houd bij wie hem heeft ingeleverd.",
          en: "Have every candidate apply for a VOG with the political office holders profile, or submit the applications together through the municipality, and keep track of who has handed it in.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "ppl-verify-callers",
    domain: "people",
    text: {
      nl: "Controleren kandidaten en medewerkers via een ander kanaal wie ze spreken bij onverwachte verzoeken van ‘journalisten’ of ‘ambtenaren’?",
      en: "Do candidates and staff check through another channel whom they are talking to when ‘journalists’ or ‘officials’ make unexpected requests?",
    },
    help: {
      why: {
        nl: "Aanvallers doen zich voor als journalist, ambtenaar of collega om informatie los te krijgen of iemand iets te laten zeggen dat later tegen hem wordt gebruikt. Met AI kunnen ze ook stem en gezicht nadoen in een telefoon- of videogesprek. In 2021 spraken Kamerleden in een videogesprek met iemand die zich voordeed als een Russische oppositiepoliticus.",
        en: "Attackers pose as a journalist, official or colleague to extract information or get someone to say something that is later used against them. With AI they can also imitate a voice and face in a phone or video call. In 2021, Dutch MPs held a video call with someone posing as a Russian opposition politician.",
      },
      how: {
        nl: "Spreek een vaste regel af: bij een onverwacht verzoek, zeker als het haast heeft of om geld, wachtwoorden of interne stukken gaat, bel terug via een nummer van de officiële website van de organisatie, niet via het nummer in het bericht. Vraag bij een videogesprek iets wat alleen de echte persoon weet. Meld twijfel bij de contactpersoon van de partij; bij een vermoeden van een buitenlandse overheid ook bij de AIVD.",
        en: "Agree a fixed rule: with an unexpected request, especially if it is urgent or concerns money, passwords or internal documents, call back on a number from the organisation’s official website, not the number in the message. In a video call, ask something only the real person knows. Report doubts to the party contact; if a foreign government may be behind it, also to the AIVD.",
      },
    },
    options: [
      {
        id: "never-checked",
        label: {
          nl: "Nee, we gaan ervan uit dat mensen zijn wie ze zeggen.",
          en: "No, we assume people are who they say they are.",
        },
        maturity: 0,
      },
      {
        id: "some-check",
        label: {
          nl: "Sommigen controleren het, maar er is geen afspraak.",
          en: "Some people check, but there is no agreement.",
        },
        maturity: 1,
      },
      {
        id: "rule-not-known-to-all",
        label: {
          nl: "Er is een afspraak om terug te bellen via een officieel nummer, maar niet iedereen kent haar.",
          en: "There is an agreement to call back on an official number, but not everyone knows it.",
        },
        maturity: 2,
      },
      {
        id: "rule-known-to-all",
        label: {
          nl: "Alle kandidaten en medewerkers kennen de afspraak: terugbellen via een officieel nummer, bij videobellen een controlevraag, en twijfel melden.",
          en: "All candidates and staff know the agreement: call back on an official number, ask a check question in video calls, and report doubts.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nationalDefendingDemocracyGuidance, sources.aivdSpionage],
    measures: {
      basic: {
        title: {
          nl: "Spreek een vaste regel af voor onverwachte verzoeken",
          en: "Agree a fixed rule for unexpected requests",
        },
        detail: {
          nl: "Leg vast: bij een onverwacht verzoek terugbellen via een officieel nummer, bij videobellen een controlevraag stellen, en twijfel melden bij de contactpersoon. Stuur de regel naar alle kandidaten en medewerkers.",
          en: "Record the rule: with an unexpected request, call back on an official number, ask a check question in video calls, and report doubts to the contact person. Send the rule to all candidates and staff.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Oefen de regel in de briefing",
          en: "Practise the rule in the briefing",
        },
        detail: {
          nl: "Laat in de kandidatenbriefing en bij nieuwe medewerkers een voorbeeld zien van een nepjournalist en een nagemaakte stem, en oefen het terugbellen.",
          en: "Show an example of a fake journalist and an imitated voice in the candidate briefing and to new staff, and practise calling back.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
