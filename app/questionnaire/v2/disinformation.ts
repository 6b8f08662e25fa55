import type { Question } from "../schema";
import { sources } from "./sources";

/*
 * No question in this domain is critical in version 2. The rule: critical where its absence alone lets an
 * attacker take over party accounts or lose party data, or where the law requires it. A missing response
 * plan or a missed fake account does real harm, but neither alone hands over an account, loses data or
 * breaks a legal duty; their weight in the score says how much they matter.
 */
export const disinformationQuestions: Question[] = [
  {
    id: "dis-response-plan",
    domain: "disinformation",
    text: {
      nl: "Heeft u een geschreven plan voor desinformatie, met wie het oppakt, wie beslist en wie namens de partij spreekt?",
      en: "Do you have a written plan for disinformation, saying who picks it up, who decides and who speaks for the party?",
    },
    help: {
      why: {
        nl: "Desinformatie is bewust misleidende informatie. Een vals bericht over uw partij of uw kandidaten verspreidt zich in een paar uur, vaak op een slecht moment, zoals de avond voor de verkiezingen. Zonder afspraken reageert iedereen op eigen houtje, of niemand. Dan wordt de leugen groter dan nodig.",
        en: "Disinformation is deliberately misleading information. A false story about your party or your candidates spreads within hours, often at a bad moment such as the evening before the election. Without agreements, everyone reacts on their own, or nobody does. The lie then grows bigger than it needs to.",
      },
      how: {
        nl: "Schrijf op één of twee pagina’s wie het nieuws en de sociale media volgt, wie beslist of u reageert en wie woordvoerder is. Zet bij elke rol een vervanger en een telefoonnummer dat ook ’s avonds werkt. Een afdeling mag het plan van de landelijke partij gebruiken, als de eigen namen erin staan. Oefen het plan één keer met een verzonnen voorbeeld, zoals een nepvideo van uw lijsttrekker. De RESIST 2-toolkit van de Britse overheid en het handboek voor communicatiemedewerkers van de Zweedse MSB geven een stappenplan (beide Engelstalig).",
        en: "Write down on one or two pages who follows the news and social media, who decides whether you respond, and who is the spokesperson. Give every role a deputy and a phone number that also works in the evening. A branch may use the national party’s plan, as long as its own names are in it. Practise the plan once with a made-up example, such as a fake video of your lead candidate. The UK government’s RESIST 2 toolkit and the Swedish MSB’s handbook for communicators offer a step-by-step approach.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Er is geen plan; we zien wel wat we doen als het gebeurt.",
          en: "There is no plan; we will decide what to do when it happens.",
        },
        maturity: 0,
      },
      {
        id: "informal",
        label: {
          nl: "Een paar mensen weten ongeveer wat ze moeten doen, maar er staat niets op papier.",
          en: "A few people roughly know what to do, but nothing is written down.",
        },
        maturity: 1,
      },
      {
        id: "written-roles",
        label: {
          nl: "Er is een geschreven plan met namen voor volgen, beslissen en woordvoering, met vervangers en telefoonnummers, maar het is niet geoefend.",
          en: "There is a written plan naming who follows, who decides and who speaks, with deputies and phone numbers, but it has not been practised.",
        },
        maturity: 2,
      },
      {
        id: "written-exercised",
        label: {
          nl: "Er is een geschreven plan met namen en vervangers, en we hebben het in de afgelopen twaalf maanden geoefend met een verzonnen voorbeeld.",
          en: "There is a written plan with names and deputies, and we have practised it in the past twelve months with a made-up example.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.ukResistCounterdisinformationToolkit,
      sources.myndighetenCounteringInformationInfluence,
      sources.rijksoverheidHandreikingDesinformatieMeerdere,
    ],
    measures: {
      basic: {
        title: {
          nl: "Schrijf een kort plan voor desinformatie met namen en rollen",
          en: "Write a short disinformation plan with names and roles",
        },
        detail: {
          nl: "Leg op één pagina vast wie meekijkt, wie beslist en wie namens de partij spreekt, elk met een vervanger en een telefoonnummer. Laat het bestuur het plan goedkeuren en stuur het naar iedereen die erin staat.",
          en: "Record on one page who keeps watch, who decides and who speaks for the party, each with a deputy and a phone number. Have the board approve the plan and send it to everyone named in it.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Oefen het plan met een verzonnen voorbeeld",
          en: "Practise the plan with a made-up example",
        },
        detail: {
          nl: "Speel in een uur na wat u doet als er een nepvideo van een kandidaat of een vals bericht over het stemmen rondgaat. Schrijf op wat niet goed ging en pas het plan daarop aan.",
          en: "Spend an hour playing out what you would do if a fake video of a candidate or a false message about voting went round. Write down what did not go well and update the plan.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-holding-messages",
    domain: "disinformation",
    text: {
      nl: "Liggen er vooraf goedgekeurde eerste reacties klaar voor de situaties die u het meest verwacht?",
      en: "Are pre-approved first responses ready for the situations you expect most?",
    },
    help: {
      why: {
        nl: "In de eerste uren bepaalt de eerste reactie vaak het verhaal. Als u dan nog een tekst moet schrijven en het bestuur moet bellen, zijn anderen u al voor.",
        en: "In the first hours, the first response often sets the story. If you still have to write a text and call the board at that point, others will already be ahead of you.",
      },
      how: {
        nl: "Schrijf korte standaardteksten voor bijvoorbeeld: een nepvideo of nepgeluid van een kandidaat, gelekte of vervalste documenten, een nepaccount van de partij en een onjuist bericht over het stemmen. Een goede eerste reactie zegt wat u weet, wat u nog uitzoekt en waar mensen de juiste informatie vinden, zonder de leugen te herhalen. Laat het bestuur de teksten vooraf goedkeuren en spreek af wie ze zonder verder overleg mag plaatsen.",
        en: "Write short standard texts for, for example: a fake video or fake audio of a candidate, leaked or forged documents, a fake party account, and a false message about voting. A good first response says what you know, what you are still checking and where people can find the correct information, without repeating the lie. Have the board approve the texts in advance and agree who may post them without further consultation.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, we schrijven een reactie pas als het zover is.",
          en: "No, we only write a response when it happens.",
        },
        maturity: 0,
      },
      {
        id: "one-generic",
        label: {
          nl: "We hebben één algemene tekst, maar die is niet vooraf goedgekeurd.",
          en: "We have one general text, but it has not been approved in advance.",
        },
        maturity: 1,
      },
      {
        id: "some-scenarios",
        label: {
          nl: "We hebben vooraf goedgekeurde teksten voor één tot drie situaties.",
          en: "We have pre-approved texts for one to three situations.",
        },
        maturity: 2,
      },
      {
        id: "four-scenarios",
        label: {
          nl: "We hebben vooraf goedgekeurde teksten voor minstens vier situaties (nepopname, gelekte of vervalste stukken, nepaccount, onjuist bericht over stemmen), en het is afgesproken wie ze direct mag plaatsen.",
          en: "We have pre-approved texts for at least four situations (fake recording, leaked or forged documents, fake account, false message about voting), and it is agreed who may post them straight away.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    condition: {
      questionId: "dis-response-plan",
      optionIds: ["written-roles", "written-exercised"],
    },
    sources: [sources.ukResistCounterdisinformationToolkit, sources.ndiCombatingInformationManipulation],
    measures: {
      basic: {
        title: {
          nl: "Schrijf eerste reacties voor vier situaties en laat ze goedkeuren",
          en: "Write first responses for four situations and have them approved",
        },
        detail: {
          nl: "Schrijf per situatie drie of vier zinnen: wat u weet, wat u uitzoekt en waar de juiste informatie staat. Laat het bestuur ze in één vergadering goedkeuren en bewaar ze op een plek die de woordvoerder ook ’s avonds kan openen.",
          en: "For each situation, write three or four sentences: what you know, what you are checking and where the correct information is. Have the board approve them in one meeting and store them where the spokesperson can also open them in the evening.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Vul de ontbrekende situaties aan en regel wie direct mag plaatsen",
          en: "Add the missing situations and settle who may post straight away",
        },
        detail: {
          nl: "Maak ook teksten voor nepopnames, gelekte stukken en valse berichten over het stemmen. Leg vast welke twee mensen een goedgekeurde tekst zonder overleg mogen plaatsen.",
          en: "Also prepare texts for fake recordings, leaked documents and false messages about voting. Record which two people may post an approved text without consultation.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dis-monitoring",
    domain: "disinformation",
    text: {
      nl: "Volgt iemand wat er online over uw partij en uw kandidaten wordt gezegd, zodat u misleidende berichten vroeg opmerkt?",
      en: "Does someone follow what is said online about your party and your candidates, so that you notice misleading messages early?",
    },
    help: {
      why: {
        nl: "Desinformatie begint vaak klein, in een besloten groep of bij een paar accounts, en groeit daarna. Wie het vroeg ziet, heeft tijd om rustig te wegen en te reageren.",
        en: "Disinformation often starts small, in a closed group or with a few accounts, and then grows. If you see it early, you have time to weigh it calmly and respond.",
      },
      how: {
        nl: "Wijs één persoon aan die tijdens de campagne elke dag kijkt op de platforms waar uw kiezers zitten; dat kan een vrijwilliger zijn. Gebruik gratis hulpmiddelen zoals Google Alerts en opgeslagen zoekopdrachten op sociale media, met de namen van de partij en de kandidaten. Vraag afdelingen en kandidaten om vreemde berichten door te sturen naar één vast adres, en houd een eenvoudig logboek bij.",
        en: "Appoint one person who checks the platforms your voters use every day during the campaign; a volunteer can do this. Use free tools such as Google Alerts and saved searches on social media, with the names of the party and the candidates. Ask branches and candidates to forward odd messages to one fixed address, and keep a simple log.",
      },
    },
    options: [
      {
        id: "nobody",
        label: {
          nl: "Niemand let hier bewust op.",
          en: "Nobody pays deliberate attention to this.",
        },
        maturity: 0,
      },
      {
        id: "by-chance",
        label: {
          nl: "We merken het alleen als iemand ons toevallig iets doorstuurt.",
          en: "We only notice when someone happens to forward something to us.",
        },
        maturity: 1,
      },
      {
        id: "weekly-searches",
        label: {
          nl: "Iemand kijkt minstens één keer per week met vaste zoekopdrachten naar berichten over de partij en de lijsttrekker.",
          en: "Someone checks at least once a week, using fixed searches, for messages about the party and the lead candidate.",
        },
        maturity: 2,
      },
      {
        id: "daily-with-log",
        label: {
          nl: "In de campagne kijkt iemand elke dag, ook naar alle kandidaten; afdelingen en kandidaten sturen meldingen naar één adres en alles komt in een logboek.",
          en: "During the campaign someone checks every day, including all candidates; branches and candidates send reports to one address and everything goes into a log.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.ukResistCounterdisinformationToolkit, sources.ndiCombatingInformationManipulation],
    measures: {
      basic: {
        title: {
          nl: "Wijs iemand aan die volgt wat er over de partij wordt gezegd",
          en: "Appoint someone to follow what is said about the party",
        },
        detail: {
          nl: "Kies één persoon en een vervanger. Zet zoekmeldingen aan op de naam van de partij en de lijsttrekker, en spreek af dat deze persoon wekelijks kort verslag doet aan de campagneleiding.",
          en: "Choose one person and a deputy. Set up search alerts for the party name and the lead candidate, and agree that this person gives a short weekly update to the campaign leadership.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak het volgen dagelijks en neem alle kandidaten mee",
          en: "Follow daily and include all candidates",
        },
        detail: {
          nl: "Voeg alle kandidaten toe aan de zoekopdrachten zodra de lijst vastligt. Open één meldadres voor afdelingen en kandidaten en houd een logboek bij met datum, link en bereik.",
          en: "Add all candidates to the searches as soon as the list is final. Open one reporting address for branches and candidates and keep a log with date, link and reach.",
        },
        owner: "communications_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // One question for fake accounts and fake videos of the party and its candidates; version 1 asked it
    // twice (dis-impersonation and cand-impersonation). Not critical: see the note at the top of this file.
    id: "dis-impersonation-watch",
    domain: "disinformation",
    text: {
      nl: "Zoekt iemand geregeld naar nepaccounts en nepvideo’s van uw partij en kandidaten, en laat u die verwijderen?",
      en: "Does someone regularly look for fake accounts and fake videos of your party and candidates, and have them removed?",
    },
    help: {
      why: {
        nl: "Een nepaccount met uw logo of de naam van een kandidaat is in een paar minuten gemaakt. Het verspreidt valse uitspraken of vraagt volgers om geld of gegevens. Een deepfake (een nepvideo of nepgeluid die met AI is gemaakt) kan vlak voor de verkiezingsdag veel schade doen voordat hij is weerlegd.",
        en: "A fake account with your logo or a candidate’s name takes minutes to create. It spreads false statements or asks followers for money or data. A deepfake (a fake video or fake audio made with AI) can do a lot of harm shortly before election day, before it has been debunked.",
      },
      how: {
        nl: "Zoek minstens één keer per week op de grote platforms naar de naam van de partij, de lijsttrekker en de kandidaten, ook met kleine schrijffouten, en in de laatste twee weken elke dag. Maak een schermafbeelding met datum en link, en meld het account met de meldknop voor imitatie (‘doet zich voor als iemand anders’). Bevat het nepaccount of de nepvideo bedreiging, doxing (privégegevens verspreiden om iemand bang te maken) of laster, dan is het illegaal: meld het dan ook via het meldformulier voor illegale inhoud en doe aangifte bij de politie. Waarschuw uw volgers via uw echte account en verwijs naar de pagina met uw officiële accounts.",
        en: "At least once a week, search the major platforms for the names of the party, the lead candidate and the candidates, including small misspellings, and every day in the last two weeks. Take a screenshot with date and link, and report the account using the impersonation option (‘pretending to be someone else’). If the fake account or video contains threats, doxing (spreading private details to frighten someone) or defamation, it is illegal: also report it through the illegal-content form and file a report with the police. Warn your followers from your real account and point to the page listing your official accounts.",
      },
    },
    options: [
      {
        id: "not-searched",
        label: {
          nl: "Niemand zoekt ernaar; we horen het toevallig of via de pers.",
          en: "Nobody looks for them; we hear about it by chance or from the press.",
        },
        maturity: 0,
      },
      {
        id: "when-pointed-out",
        label: {
          nl: "We doen pas iets als iemand ons op een nepaccount of nepvideo wijst.",
          en: "We only act when someone points out a fake account or fake video to us.",
        },
        maturity: 1,
      },
      {
        id: "weekly-party-and-lead",
        label: {
          nl: "Iemand zoekt elke week naar nepaccounts van de partij en de lijsttrekker en meldt ze, maar niet naar die van de andere kandidaten.",
          en: "Someone searches every week for fake accounts of the party and the lead candidate and reports them, but not for those of the other candidates.",
        },
        maturity: 2,
      },
      {
        id: "weekly-all-with-evidence",
        label: {
          nl: "Iemand zoekt elke week (de laatste twee weken elke dag) naar nepaccounts en nepvideo’s van de partij en alle kandidaten, bewaart bewijs en meldt ze.",
          en: "Someone searches every week (every day in the last two weeks) for fake accounts and fake videos of the party and all candidates, keeps evidence and reports them.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.ndiCombatingInformationManipulation, sources.europeanGuidelinesProvidersVlops, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Zoek deze week naar nepaccounts en meld ze",
          en: "Search for fake accounts this week and report them",
        },
        detail: {
          nl: "Zoek op de grote platforms naar de naam van de partij en de lijsttrekker, ook met schrijffouten. Meld elk nepaccount via de imitatie-melding van het platform en bewaar een schermafbeelding.",
          en: "Search the major platforms for the party name and the lead candidate, including misspellings. Report each fake account through the platform’s impersonation report and keep a screenshot.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Neem alle kandidaten mee in de zoektocht",
          en: "Include all candidates in the search",
        },
        detail: {
          nl: "Vraag elke kandidaat om een lijst van zijn of haar echte accounts, zodat u weet wat echt is. Zoek daarna wekelijks ook op hun namen, in de laatste twee weken elke dag, en bewaar bij elke melding bewijs.",
          en: "Ask every candidate for a list of their real accounts so you know what is genuine. Then also search their names weekly, every day in the last two weeks, and keep evidence with every report.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-impact-assessment",
    domain: "disinformation",
    text: {
      nl: "Bekijkt u eerst hoe groot en hoe schadelijk een misleidend bericht is, voordat u erop reageert?",
      en: "Do you first look at how big and how harmful a misleading message is before you respond to it?",
    },
    help: {
      why: {
        nl: "Als u reageert op een bericht dat bijna niemand zag, maakt u het juist bekend. Maar als een bericht kiezers echt misleidt, bijvoorbeeld over hoe ze kunnen stemmen, moet u snel zijn.",
        en: "Responding to a message hardly anyone saw makes it better known. But if a message really misleads voters, for example about how to vote, you need to be quick.",
      },
      how: {
        nl: "Stel steeds dezelfde vragen: wie verspreidt het, hoeveel mensen zien het, groeit het, en raakt het de veiligheid van mensen of het stemmen zelf? Kies daarna: blijven volgen, zelf de feiten geven zonder de leugen te herhalen, melden bij het platform of een instantie, of een combinatie. Spreek af dat kandidaten en vrijwilligers zo’n bericht niet delen of citeren, maar doorsturen naar de communicatieverantwoordelijke.",
        en: "Always ask the same questions: who is spreading it, how many people see it, is it growing, and does it affect people’s safety or voting itself? Then choose: keep watching, state the facts yourself without repeating the lie, report it to the platform or an authority, or a combination. Agree that candidates and volunteers do not share or quote such a message, but forward it to the communications lead.",
      },
    },
    options: [
      {
        id: "react-to-all",
        label: {
          nl: "We reageren meteen op alles wat we zien, vaak door het bericht te delen of te citeren.",
          en: "We respond straight away to everything we see, often by sharing or quoting the message.",
        },
        maturity: 0,
      },
      {
        id: "gut-feeling",
        label: {
          nl: "We beslissen op gevoel; er zijn geen vaste vragen.",
          en: "We decide on gut feeling; there are no set questions.",
        },
        maturity: 1,
      },
      {
        id: "questions-sometimes",
        label: {
          nl: "We hebben vaste vragen over bereik en schade, maar gebruiken ze niet altijd.",
          en: "We have set questions about reach and harm, but do not always use them.",
        },
        maturity: 2,
      },
      {
        id: "questions-always",
        label: {
          nl: "We gebruiken altijd vaste vragen over bereik en schade en schrijven onze keuze op; kandidaten en vrijwilligers sturen berichten door in plaats van zelf te reageren.",
          en: "We always use set questions about reach and harm and write down our choice; candidates and volunteers forward messages instead of responding themselves.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.ukResistCounterdisinformationToolkit, sources.myndighetenCounteringInformationInfluence],
    measures: {
      basic: {
        title: {
          nl: "Spreek vier vaste vragen af voordat u reageert",
          en: "Agree four set questions to ask before responding",
        },
        detail: {
          nl: "Schrijf de vragen op (wie, hoeveel bereik, groeit het, raakt het veiligheid of stemmen) en voeg ze toe aan het plan. Vertel kandidaten en vrijwilligers dat ze verdachte berichten doorsturen en niet zelf delen.",
          en: "Write down the questions (who, how much reach, is it growing, does it affect safety or voting) and add them to the plan. Tell candidates and volunteers to forward suspicious messages and not share them themselves.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak de afweging een vaste stap en leg elke keuze vast",
          en: "Make the assessment a fixed step and record every choice",
        },
        detail: {
          nl: "Gebruik de vragen bij elk bericht en noteer in het logboek wat u besloot en waarom. Herhaal de afspraak over doorsturen in de kandidatenbriefing.",
          en: "Use the questions for every message and note in the log what you decided and why. Repeat the forwarding agreement in the candidate briefing.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-prebunking",
    domain: "disinformation",
    text: {
      nl: "Waarschuwt u uw achterban vooraf voor valse berichten die u verwacht, bijvoorbeeld over het stemmen of over nepvideo’s?",
      en: "Do you warn your supporters in advance about false messages you expect, for example about voting or about fake videos?",
    },
    help: {
      why: {
        nl: "Mensen trappen minder snel in een leugen als ze er vooraf voor gewaarschuwd zijn en weten hoe de truc werkt. Dat heet prebunking: de leugen voor zijn door vooraf uit te leggen hoe ze werkt. Valse berichten over het stemmen, zoals een verkeerde datum of ‘stemmen per sms’, komen bij elke verkiezing terug.",
        en: "People are less likely to fall for a lie if they were warned beforehand and know how the trick works. This is called prebunking: getting ahead of the lie by explaining in advance how it works. False messages about voting, such as a wrong date or ‘voting by text message’, come back at every election.",
      },
      how: {
        nl: "Kies twee of drie valse berichten die u verwacht. Leg in een kort bericht of filmpje uit dat ze kunnen opduiken, waarom ze niet kloppen en waar de juiste informatie staat: uw eigen website en, voor het stemmen, elkestemtelt.nl van het ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) en uw gemeente. Plaats dit ruim voor de verkiezingsdag en herhaal het in de laatste twee weken. De praktische gids over prebunking van de Universiteit van Cambridge, BBC Media Action en Jigsaw helpt bij het schrijven (Engelstalig).",
        en: "Choose two or three false messages you expect. In a short post or video, explain that they may appear, why they are wrong and where the correct information is: your own website and, for voting, elkestemtelt.nl, run by the Ministry of the Interior (BZK), and your municipality. Post this well before election day and repeat it in the last two weeks. The practical guide to prebunking by the University of Cambridge, BBC Media Action and Jigsaw helps with the writing.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, dat doen we niet.",
          en: "No, we do not do that.",
        },
        maturity: 0,
      },
      {
        id: "after-only",
        label: {
          nl: "We zetten alleen achteraf iets recht, als een vals bericht al rondgaat.",
          en: "We only correct things afterwards, once a false message is already going round.",
        },
        maturity: 1,
      },
      {
        id: "once",
        label: {
          nl: "We hebben één keer vooraf gewaarschuwd, bijvoorbeeld met een bericht over nepvideo’s.",
          en: "We have warned in advance once, for example with a post about fake videos.",
        },
        maturity: 2,
      },
      {
        id: "planned",
        label: {
          nl: "We hebben een planning met waarschuwingen vooraf voor de campagne en de laatste twee weken, die verwijzen naar onze website en de officiële informatie over het stemmen.",
          en: "We have a schedule of advance warnings for the campaign and the last two weeks, pointing to our website and the official information about voting.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.universityPracticalGuidePrebunking, sources.ukResistCounterdisinformationToolkit, sources.rijksoverheidNaHetStemmen],
    measures: {
      basic: {
        title: {
          nl: "Waarschuw uw achterban vooraf voor verwachte valse berichten",
          en: "Warn your supporters in advance about expected false messages",
        },
        detail: {
          nl: "Kies twee valse berichten die u verwacht, bijvoorbeeld over het stemmen en over nepvideo’s. Plaats een kort bericht dat uitlegt waarom ze niet kloppen en verwijs naar uw website en elkestemtelt.nl.",
          en: "Choose two false messages you expect, for example about voting and about fake videos. Post a short message explaining why they are wrong and point to your website and elkestemtelt.nl.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Plan waarschuwingen vooraf tot en met de verkiezingsdag",
          en: "Schedule advance warnings up to election day",
        },
        detail: {
          nl: "Zet in de contentplanning vaste momenten voor waarschuwingen, met extra aandacht voor de laatste twee weken. Vraag afdelingen en kandidaten om ze te delen.",
          en: "Put fixed moments for warnings in the content schedule, with extra attention to the last two weeks. Ask branches and candidates to share them.",
        },
        owner: "communications_lead",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dis-official-accounts-page",
    domain: "disinformation",
    text: {
      nl: "Staat op uw website één pagina met al uw officiële accounts, zodat kiezers kunnen nagaan wat echt is?",
      en: "Is there one page on your website listing all your official accounts, so voters can check what is genuine?",
    },
    help: {
      why: {
        nl: "Als niemand weet welk account echt is, heeft een nepaccount of nepvideo vrij spel. Eén vaste plek met de juiste informatie geeft kiezers en journalisten iets om op terug te vallen.",
        en: "If nobody knows which account is real, a fake account or fake video has free rein. One fixed place with the correct information gives voters and journalists something to rely on.",
      },
      how: {
        nl: "Maak één pagina met al uw officiële accounts (partij, lijsttrekker, kandidaten, afdelingen) en uw rechtzettingen, en verwijs daar in elke reactie naar. Vraag een verificatievinkje aan waar een platform dat biedt. Geef eigen video’s en foto’s een herkenbaar kenmerk, zoals een vast beeldmerk en een link naar die pagina. Overweeg ook Content Credentials: een digitaal echtheidslabel in het bestand dat laat zien wie het maakte.",
        en: "Create one page listing all your official accounts (party, lead candidate, candidates, branches) and your corrections, and point to it in every response. Apply for a verification badge where a platform offers one. Give your own videos and photos a recognisable mark, such as a fixed logo and a link to that page. Also consider Content Credentials: a digital label of origin inside the file that shows who made it.",
      },
    },
    options: [
      {
        id: "no-overview",
        label: {
          nl: "Nergens staat een overzicht van onze officiële accounts.",
          en: "There is no overview of our official accounts anywhere.",
        },
        maturity: 0,
      },
      {
        id: "overview-incomplete",
        label: {
          nl: "Er is een overzicht, maar het is niet compleet of niet bijgewerkt.",
          en: "There is an overview, but it is incomplete or out of date.",
        },
        maturity: 1,
      },
      {
        id: "page-complete-no-marks",
        label: {
          nl: "Eén bijgewerkte pagina noemt al onze officiële accounts en rechtzettingen, maar onze eigen video’s en foto’s hebben geen vast herkenbaar kenmerk.",
          en: "One up-to-date page lists all our official accounts and corrections, but our own videos and photos carry no fixed recognisable mark.",
        },
        maturity: 2,
      },
      {
        id: "page-complete-with-marks",
        label: {
          nl: "Eén bijgewerkte pagina noemt al onze officiële accounts en rechtzettingen, en onze eigen video’s en foto’s hebben een vast kenmerk of Content Credentials.",
          en: "One up-to-date page lists all our official accounts and corrections, and our own videos and photos carry a fixed mark or Content Credentials.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.coalitionC2paContentCredentials, sources.europeanCommissionPublishesGuidelines, sources.ukResistCounterdisinformationToolkit],
    measures: {
      basic: {
        title: {
          nl: "Maak één pagina met al uw officiële accounts",
          en: "Create one page listing all your official accounts",
        },
        detail: {
          nl: "Zet op uw website een pagina met de officiële accounts van de partij, de lijsttrekker en de kandidaten, en een plek voor rechtzettingen. Vraag waar dat kan een verificatievinkje aan voor het hoofdaccount.",
          en: "Put a page on your website with the official accounts of the party, the lead candidate and the candidates, and a place for corrections. Where possible, apply for a verification badge for the main account.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Geef uw eigen video’s en foto’s een herkenbaar kenmerk",
          en: "Give your own videos and photos a recognisable mark",
        },
        detail: {
          nl: "Gebruik een vast beeldmerk en een link naar uw accountpagina in elke video. Kijk of uw bewerkingsprogramma Content Credentials kan toevoegen.",
          en: "Use a fixed logo and a link to your accounts page in every video. Check whether your editing software can add Content Credentials.",
        },
        owner: "communications_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-report-routes",
    domain: "disinformation",
    text: {
      nl: "Weet u waar u illegale en misleidende berichten meldt, en staan die meldroutes op papier?",
      en: "Do you know where to report illegal and misleading content, and are those reporting routes written down?",
    },
    help: {
      why: {
        nl: "Tijdens een incident is er geen tijd om meldformulieren te zoeken. De DSA (Digital Services Act, de Europese regels voor online platforms) verplicht platforms om meldingen van illegale inhoud zorgvuldig te behandelen (artikel 16). Illegaal zijn bijvoorbeeld bedreiging, doxing en laster. De meeste desinformatie is niet illegaal: die meldt u volgens de eigen regels van het platform. Sinds 1 juli 2025 valt de Europese gedragscode tegen desinformatie onder de DSA; de grote platforms die haar tekenden, beloven daarin op te treden tegen nepaccounts, bots en gemanipuleerde beelden.",
        en: "During an incident there is no time to look for reporting forms. The DSA (Digital Services Act, the EU rules for online platforms) requires platforms to handle notices of illegal content diligently (Article 16). Illegal content includes threats, doxing and defamation. Most disinformation is not illegal: you report it under the platform’s own rules. Since 1 July 2025 the EU Code of Conduct on Disinformation is part of the DSA framework; the large platforms that signed it commit to act against fake accounts, bots and manipulated media.",
      },
      how: {
        nl: "Maak één lijst met per platform twee routes: het meldformulier voor illegale inhoud en de melding volgens de eigen regels (misleiding, imitatie, gemanipuleerde beelden). Zet erbij wanneer u wie inschakelt: bij bedreiging of doxing de politie (aangifte); bij zorgen over de veiligheid van kandidaten of de verkiezingen het verkiezingsloket van de NCTV (Nationaal Coördinator Terrorismebestrijding en Veiligheid); bij gelekte persoonsgegevens de Autoriteit Persoonsgegevens (AP). Houdt een platform zich niet aan de DSA, dan kunt u klagen bij de ACM, de Nederlandse toezichthouder op de DSA. Bewaar bij elke melding bewijs: schermafbeelding, link en tijd.",
        en: "Make one list with two routes per platform: the illegal-content form and the report under the platform’s own rules (misleading content, impersonation, manipulated media). Add when to involve whom: for threats or doxing, the police (a formal report); for concerns about the safety of candidates or the election, the election desk of the NCTV (National Coordinator for Security and Counterterrorism); for leaked personal data, the Dutch Data Protection Authority (AP). If a platform does not comply with the DSA, you can complain to the ACM, the Dutch regulator for the DSA. Keep evidence with every report: screenshot, link and time.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet goed waar we zulke berichten moeten melden.",
          en: "We do not really know where to report such content.",
        },
        maturity: 0,
      },
      {
        id: "report-buttons-only",
        label: {
          nl: "We kennen de gewone meldknoppen van de platforms, maar er staat niets op papier.",
          en: "We know the platforms’ ordinary report buttons, but nothing is written down.",
        },
        maturity: 1,
      },
      {
        id: "written-not-checked",
        label: {
          nl: "Op papier staan per platform de routes voor illegale en misleidende inhoud, en wanneer we politie, NCTV of AP inschakelen, maar niemand heeft ze nagelopen.",
          en: "Written down are, per platform, the routes for illegal and misleading content, and when we involve the police, the NCTV or the AP, but nobody has checked them.",
        },
        maturity: 2,
      },
      {
        id: "written-and-checked",
        label: {
          nl: "Die routes staan op papier, en we hebben ze dit jaar nagelopen of gebruikt, zodat we weten dat de links en nummers kloppen.",
          en: "Those routes are written down, and we have checked or used them this year, so we know the links and numbers work.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.europeanRegulationEu20222065,
      sources.europeanCommissionCodeConductDisinformation,
      sources.nctvVerkiezingen,
      sources.politieDoxingStrafbaar,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet alle meldroutes op één lijst",
          en: "Put all reporting routes on one list",
        },
        detail: {
          nl: "Zoek per platform de melding voor illegale inhoud en de melding volgens de eigen regels op, en zet de links op één pagina. Voeg de politie, het verkiezingsloket van de NCTV, de AP en de ACM toe, met wanneer u wie inschakelt.",
          en: "For each platform, look up the illegal-content notice and the report under its own rules, and put the links on one page. Add the police, the NCTV election desk, the AP and the ACM, with when to involve whom.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Loop de meldroutes na voordat de campagne begint",
          en: "Check the reporting routes before the campaign starts",
        },
        detail: {
          nl: "Controleer of elke link en elk nummer nog werkt, en laat de mensen die melden één keer een melding oefenen. Zet de lijst in het plan voor desinformatie.",
          en: "Check that every link and number still works, and have the people who report practise one report. Put the list in the disinformation plan.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-platform-election-teams",
    domain: "disinformation",
    text: {
      nl: "Weet u hoe u in de verkiezingstijd het verkiezingsteam van de grote platforms bereikt?",
      en: "Do you know how to reach the election teams of the major platforms during the election period?",
    },
    help: {
      why: {
        nl: "Rond verkiezingen zetten grote platforms een eigen verkiezingsteam in; de Europese Commissie vraagt dat in haar richtsnoeren voor verkiezingen onder de DSA. Zo’n team kan sneller handelen dan de gewone meldknop, bijvoorbeeld bij een nepvideo de avond voor de verkiezingsdag. Dan moet u weten hoe u het bereikt.",
        en: "Around elections, major platforms set up their own election team; the European Commission asks for this in its election guidelines under the DSA. Such a team can act faster than the ordinary report button, for example with a fake video the evening before election day. You then need to know how to reach it.",
      },
      how: {
        nl: "Vraag vóór de campagne per platform dat u gebruikt hoe u in de verkiezingstijd contact krijgt, bijvoorbeeld via uw contactpersoon voor advertenties of het team voor politieke partijen. Een afdeling kan dit via de landelijke partij regelen: spreek af wie daar het contact heeft en hoe u die persoon ook ’s avonds bereikt. Zet de gegevens in uw plan voor desinformatie.",
        en: "Before the campaign, ask each platform you use how to get in touch during the election period, for example through your advertising contact or the team for political parties. A branch can arrange this through the national party: agree who holds the contact there and how you reach that person in the evening too. Put the details in your disinformation plan.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "Nee, we weten niet of platforms zo’n team hebben of hoe we het bereiken.",
          en: "No, we do not know whether platforms have such a team or how to reach it.",
        },
        maturity: 0,
      },
      {
        id: "aware-no-contact",
        label: {
          nl: "We weten dat die teams er zijn, maar hebben geen contactgegevens.",
          en: "We know these teams exist, but we have no contact details.",
        },
        maturity: 1,
      },
      {
        id: "contacts-some",
        label: {
          nl: "We hebben contactgegevens voor een deel van de platforms die we gebruiken.",
          en: "We have contact details for some of the platforms we use.",
        },
        maturity: 2,
      },
      {
        id: "contacts-all",
        label: {
          nl: "We hebben contactgegevens voor elk platform dat we gebruiken, en die staan in ons plan.",
          en: "We have contact details for every platform we use, and they are in our plan.",
        },
        maturity: 3,
      },
      {
        // A branch's honest route to the top: the national party holds the platform contacts.
        id: "via-national-party",
        label: {
          nl: "Onze landelijke partij heeft die contacten; wij weten wie we daar bellen, ook ’s avonds.",
          en: "Our national party holds those contacts; we know whom to call there, also in the evening.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.europeanGuidelinesProvidersVlops, sources.europeanCommissionPublishesGuidelines, sources.europeanCommissionCodeConductDisinformation],
    measures: {
      basic: {
        title: {
          nl: "Zoek uit hoe u de verkiezingsteams van platforms bereikt",
          en: "Find out how to reach the platforms’ election teams",
        },
        detail: {
          nl: "Vraag per platform dat u gebruikt naar een contact voor de verkiezingstijd, of spreek met de landelijke partij af wie dat contact heeft en hoe u die persoon bereikt.",
          en: "Ask each platform you use for a contact for the election period, or agree with the national party who holds that contact and how you reach that person.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Maak de contactlijst compleet en zet haar in het plan",
          en: "Complete the contact list and put it in the plan",
        },
        detail: {
          nl: "Vul de ontbrekende platforms aan en zet alle contactgegevens in het plan voor desinformatie, zodat de woordvoerder ze ook ’s avonds heeft.",
          en: "Add the missing platforms and put all contact details in the disinformation plan, so the spokesperson also has them in the evening.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dis-deepfake-leak-playbook",
    domain: "disinformation",
    text: {
      nl: "Weet u wat u doet bij een nepvideo van een kandidaat of bij gelekte, gestolen of vervalste partijstukken?",
      en: "Do you know what to do about a fake video of a candidate, or about leaked, stolen or forged party documents?",
    },
    help: {
      why: {
        nl: "Een deepfake of een ‘hack-and-leak’ (gestolen stukken, soms met vervalsingen ertussen) komt vaak kort voor de verkiezingen naar buiten. Dan is er weinig tijd, en wie eerst moet uitzoeken wat echt is, verliest kostbare uren.",
        en: "A deepfake or a ‘hack-and-leak’ (stolen documents, sometimes with forgeries mixed in) often comes out shortly before the election. There is little time then, and if you first have to work out what is real, you lose precious hours.",
      },
      how: {
        nl: "Leg vooraf vast wie bewijs veiligstelt, hoe u snel nagaat of iets echt is (vraag het de kandidaat, vergelijk met uw eigen archief), welke eerste reactie u plaatst en wie u belt: het platform, een advocaat, de politie bij een hack, en de AP binnen 72 uur als er persoonsgegevens zijn gelekt. Bewaar originele opnames van toespraken en belangrijke documenten, zodat u kunt laten zien wat echt is. Spreek af dat niemand op de inhoud van gelekte stukken ingaat voordat is nagegaan wat echt is.",
        en: "Decide in advance who secures evidence, how you quickly check whether something is real (ask the candidate, compare with your own archive), which first response you post and whom you call: the platform, a lawyer, the police in case of a hack, and the AP within 72 hours if personal data has leaked. Keep original recordings of speeches and important documents so you can show what is real. Agree that nobody comments on the content of leaked documents before it has been checked what is real.",
      },
    },
    options: [
      {
        id: "not-considered",
        label: {
          nl: "Daar hebben we niet over nagedacht.",
          en: "We have not thought about this.",
        },
        maturity: 0,
      },
      {
        id: "discussed",
        label: {
          nl: "We hebben het besproken, maar er staat niets op papier.",
          en: "We have discussed it, but nothing is written down.",
        },
        maturity: 1,
      },
      {
        id: "written-steps",
        label: {
          nl: "We hebben geschreven stappen voor een nepopname en voor een lek, met namen en telefoonnummers.",
          en: "We have written steps for a fake recording and for a leak, with names and phone numbers.",
        },
        maturity: 2,
      },
      {
        id: "steps-archive-exercised",
        label: {
          nl: "We hebben geschreven stappen, bewaren originele opnames en documenten om echtheid aan te tonen, en hebben een van beide situaties geoefend.",
          en: "We have written steps, keep original recordings and documents to prove what is genuine, and have practised one of the two situations.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.carnegieCampaignsMustPrepare, sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Schrijf stappen voor een nepopname en voor gelekte documenten",
          en: "Write steps for a fake recording and for leaked documents",
        },
        detail: {
          nl: "Leg per situatie vast: wie bewijs bewaart, hoe u echtheid controleert, welke eerste reactie u plaatst en wie u belt. Zet de telefoonnummers van advocaat, politie en AP erbij.",
          en: "For each situation, record who keeps the evidence, how you check authenticity, which first response you post and whom you call. Add the phone numbers of your lawyer, the police and the AP.",
        },
        owner: "campaign_manager",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Bewaar originelen en oefen met een nepvideo",
          en: "Keep originals and practise with a fake video",
        },
        detail: {
          nl: "Sla originele opnames van toespraken en debatten op een vaste plek op, met datum. Oefen één keer wat u doet als morgenochtend een nepvideo van de lijsttrekker rondgaat.",
          en: "Store original recordings of speeches and debates in a fixed place, with dates. Practise once what you would do if a fake video of the lead candidate went round tomorrow morning.",
        },
        owner: "communications_lead",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dis-election-night",
    domain: "disinformation",
    text: {
      nl: "Heeft u een plan voor geruchten over het tellen van de stemmen op de verkiezingsavond?",
      en: "Do you have a plan for rumours about the counting of the votes on election night?",
    },
    help: {
      why: {
        nl: "Op de verkiezingsavond gaan snel geruchten rond over fraude of fouten bij het tellen, vaak met foto’s of filmpjes zonder context. Een partij die zulke geruchten deelt, schaadt het vertrouwen in de uitslag, ook als ze niet kloppen. De uitslag op de avond zelf is voorlopig; de officiële uitslag stelt het centraal stembureau later vast.",
        en: "On election night, rumours about fraud or counting errors spread quickly, often with photos or videos without context. A party that shares such rumours damages trust in the result, even if they turn out to be false. The result on the night itself is provisional; the central electoral committee sets the official result later.",
      },
      how: {
        nl: "Spreek af dat niemand namens de partij iets over het tellen deelt voordat het is nagegaan, en wie die avond woordvoerder is. Leg een korte tekst klaar die uitlegt hoe het tellen werkt en verwijst naar officiële bronnen: de Kiesraad, de website van de gemeente en elkestemtelt.nl. Het tellen is openbaar: leden mogen gaan kijken. Geef hun één nummer om te bellen, en meld echte fouten via de officiële weg bij de gemeente of het centraal stembureau, niet op sociale media.",
        en: "Agree that nobody shares anything about the count on behalf of the party before it has been checked, and who is spokesperson that night. Prepare a short text that explains how the count works and points to official sources: the Kiesraad (Electoral Council), the municipality’s website and elkestemtelt.nl. The count is public: members may go and watch. Give them one number to call, and report real errors through the official route to the municipality or the central electoral committee, not on social media.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, daar hebben we niet over nagedacht.",
          en: "No, we have not thought about this.",
        },
        maturity: 0,
      },
      {
        id: "discussed",
        label: {
          nl: "We hebben het besproken, maar niets afgesproken.",
          en: "We have discussed it, but agreed nothing.",
        },
        maturity: 1,
      },
      {
        id: "rule-only",
        label: {
          nl: "Afgesproken is dat niemand telgeruchten deelt zonder controle en wie woordvoerder is, maar er ligt geen tekst klaar.",
          en: "It is agreed that nobody shares rumours about the count without checking, and who is spokesperson, but no text is ready.",
        },
        maturity: 2,
      },
      {
        id: "rule-text-observers",
        label: {
          nl: "Die afspraak staat, er ligt een tekst klaar met de officiële bronnen, en leden die bij het tellen kijken weten wie ze bellen.",
          en: "That agreement is in place, a text with the official sources is ready, and members who watch the count know whom to call.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.kiesraadTellenStemmen, sources.rijksoverheidNaHetStemmen, sources.ukResistCounterdisinformationToolkit],
    measures: {
      basic: {
        title: {
          nl: "Spreek af hoe u omgaat met geruchten over het tellen",
          en: "Agree how you handle rumours about the count",
        },
        detail: {
          nl: "Leg vast dat niemand namens de partij iets over het tellen deelt zonder controle, en wie op de verkiezingsavond woordvoerder is. Stuur de afspraak naar kandidaten, afdelingen en vrijwilligers.",
          en: "Record that nobody shares anything about the count on behalf of the party without checking, and who is spokesperson on election night. Send the agreement to candidates, branches and volunteers.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "two_weeks_before",
      },
      next: {
        title: {
          nl: "Leg een tekst klaar en geef leden bij het tellen één nummer",
          en: "Prepare a text and give members at the count one number",
        },
        detail: {
          nl: "Schrijf een korte tekst die uitlegt hoe het tellen werkt, met links naar de Kiesraad, de gemeente en elkestemtelt.nl. Geef leden die bij het tellen gaan kijken één nummer om te bellen.",
          en: "Write a short text explaining how the count works, with links to the Kiesraad, the municipality and elkestemtelt.nl. Give members who go to watch the count one number to call.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dis-own-conduct",
    domain: "disinformation",
    text: {
      nl: "Heeft uw partij openlijk beloofd zelf geen desinformatie en geen misleidende AI-beelden of -geluid te gebruiken?",
      en: "Has your party publicly promised not to use disinformation or misleading AI images or audio itself?",
    },
    help: {
      why: {
        nl: "Een partij die zelf misleidt, is ongeloofwaardig als ze anderen op desinformatie aanspreekt. Ook een enthousiaste vrijwilliger of een ingehuurd bureau kan de partij zo in opspraak brengen. De Europese Commissie vraagt partijen om zulke afspraken te maken. Sinds 2 augustus 2026 verplicht de Europese AI-verordening (artikel 50, lid 4) bovendien om te melden dat een deepfake met AI is gemaakt.",
        en: "A party that misleads people itself is not credible when it calls out disinformation by others. An eager volunteer or a hired agency can also get the party into trouble this way. The European Commission asks parties to make such commitments. Since 2 August 2026 the EU AI Act (Article 50(4)) has also required disclosing that a deepfake was made with AI.",
      },
      how: {
        nl: "Stel een korte gedragsregel vast: geen nepaccounts of bots, geen vervalste of gestolen stukken, en geen AI-beelden of -geluid die mensen misleiden; AI-materiaal krijgt altijd een duidelijk label. Laat het bestuur dit besluiten, zet het op uw website en neem het op in afspraken met kandidaten, vrijwilligers en bureaus. Een voorbeeld is de Europese gedragscode die partijen tekenden voor de Europese verkiezingen van 2024 (Engelstalig).",
        en: "Adopt a short code of conduct: no fake accounts or bots, no forged or stolen material, and no AI images or audio that mislead people; AI material is always clearly labelled. Have the board adopt it, publish it on your website and include it in agreements with candidates, volunteers and agencies. An example is the European code of conduct that parties signed for the 2024 European elections.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, daar is niets over afgesproken.",
          en: "No, nothing has been agreed about this.",
        },
        maturity: 0,
      },
      {
        id: "unwritten",
        label: {
          nl: "Het is een ongeschreven regel, maar niets is vastgelegd of openbaar.",
          en: "It is an unwritten rule, but nothing is recorded or public.",
        },
        maturity: 1,
      },
      {
        id: "internal-rule",
        label: {
          nl: "Het bestuur heeft een schriftelijke regel vastgesteld, maar die is niet openbaar.",
          en: "The board has adopted a written rule, but it is not public.",
        },
        maturity: 2,
      },
      {
        id: "public-and-in-agreements",
        label: {
          nl: "De belofte staat op onze website en in de afspraken met kandidaten, vrijwilligers en bureaus, en AI-materiaal krijgt bij ons altijd een label.",
          en: "The promise is on our website and in our agreements with candidates, volunteers and agencies, and we always label AI material.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.europeanCommissionRecommendationEu, sources.internationalCodeConductPolitical, sources.europeanRegulationEu20241689],
    measures: {
      basic: {
        title: {
          nl: "Stel een gedragsregel vast tegen misleiding en misleidende AI",
          en: "Adopt a code of conduct against deception and misleading AI",
        },
        detail: {
          nl: "Leg het bestuur een korte tekst voor: geen nepaccounts of bots, geen vervalste of gestolen stukken, geen misleidende AI-beelden of -geluid, en altijd een label op AI-materiaal. Laat het bestuur de tekst vaststellen.",
          en: "Put a short text to the board: no fake accounts or bots, no forged or stolen material, no misleading AI images or audio, and always a label on AI material. Have the board adopt the text.",
        },
        owner: "board",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Maak de belofte openbaar en neem haar op in afspraken",
          en: "Make the promise public and include it in agreements",
        },
        detail: {
          nl: "Zet de gedragsregel op uw website. Laat kandidaten en vrijwilligers hem ondertekenen en neem hem op in het contract met elk ingehuurd bureau.",
          en: "Publish the code of conduct on your website. Have candidates and volunteers sign it and include it in the contract with every hired agency.",
        },
        owner: "board",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-political-ads",
    domain: "disinformation",
    text: {
      nl: "Voldoen uw betaalde advertenties aan de Europese regels voor politieke advertenties die sinds oktober 2025 gelden?",
      en: "Do your paid adverts meet the EU rules for political advertising that apply since October 2025?",
    },
    help: {
      why: {
        nl: "Sinds 10 oktober 2025 geldt de Europese verordening over politieke advertenties (EU 2024/900). Elke betaalde politieke advertentie, online en op papier, krijgt een label en een verklaring met wie betaalt, hoeveel en voor welke verkiezing. Online advertenties op een doelgroep richten mag alleen met uitdrukkelijke toestemming van de mensen zelf, en nooit op basis van gevoelige gegevens zoals politieke voorkeur. Als opdrachtgever moet de partij de juiste gegevens aanleveren. Sommige platforms nemen daarom geen politieke advertenties meer aan.",
        en: "Since 10 October 2025 the EU regulation on political advertising (EU 2024/900) applies. Every paid political advert, online and on paper, carries a label and a notice saying who pays, how much and for which election. Targeting online adverts at an audience is only allowed with the explicit consent of the people themselves, and never on the basis of sensitive data such as political opinions. As the sponsor, the party must supply the correct details. Some platforms no longer accept political adverts for this reason.",
      },
      how: {
        nl: "Zet alle betaalde advertenties op één lijst, ook die van kandidaten, afdelingen en bureaus namens de partij. Laat vóór plaatsing iemand controleren: staat het label erop, klopt de verklaring (opdrachtgever, bedrag, verkiezing) en gebruikt de doelgroep geen gevoelige gegevens? Bewaar de gegevens per advertentie. De Europese Commissie legt de regels uit op haar website (Engelstalig).",
        en: "Put all paid adverts on one list, including those by candidates, branches and agencies on behalf of the party. Before an advert runs, have someone check: is the label there, is the notice correct (sponsor, amount, election), and does the targeting avoid sensitive data? Keep the details for each advert. The European Commission explains the rules on its website.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet wat die regels van ons vragen.",
          en: "We do not know what these rules require of us.",
        },
        maturity: 0,
      },
      {
        id: "known-not-checked",
        label: {
          nl: "We kennen de regels, maar niemand gaat na of onze advertenties eraan voldoen.",
          en: "We know the rules, but nobody checks whether our adverts meet them.",
        },
        maturity: 1,
      },
      {
        id: "checked-sometimes",
        label: {
          nl: "Iemand controleert label, verklaring en doelgroep, maar niet bij elke advertentie of niet bij die van kandidaten en bureaus.",
          en: "Someone checks the label, notice and targeting, but not for every advert, or not for those by candidates and agencies.",
        },
        maturity: 2,
      },
      {
        id: "checked-every-ad",
        label: {
          nl: "Vóór plaatsing wordt bij elke advertentie, ook van kandidaten en bureaus, het label, de verklaring en de doelgroep gecontroleerd, en we bewaren de gegevens.",
          en: "Before it runs, every advert, including those by candidates and agencies, is checked for label, notice and targeting, and we keep the details.",
        },
        maturity: 3,
      },
      {
        // What a party that does not advertise does instead: honestly at the top, since there is nothing to label.
        id: "no-paid-ads",
        label: {
          nl: "We plaatsen geen betaalde politieke advertenties, ook niet via kandidaten, afdelingen of bureaus.",
          en: "We place no paid political adverts, not through candidates, branches or agencies either.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.europeanCommissionTransparencyPoliticalAdvertising, sources.europeanRegulationEu2024900],
    measures: {
      basic: {
        title: {
          nl: "Zoek uit wat de Europese regels voor politieke advertenties van u vragen",
          en: "Find out what the EU rules for political advertising require of you",
        },
        detail: {
          nl: "Lees de uitleg van de Europese Commissie en maak een lijst van alle betaalde advertenties, ook die van kandidaten, afdelingen en bureaus. Spreek af wie ze vóór plaatsing controleert.",
          en: "Read the European Commission’s explanation and list all paid adverts, including those by candidates, branches and agencies. Agree who checks them before they run.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Controleer elke advertentie vóór plaatsing",
          en: "Check every advert before it runs",
        },
        detail: {
          nl: "Gebruik een korte checklist (label, verklaring, doelgroep zonder gevoelige gegevens) voor elke advertentie, ook die van kandidaten en bureaus, en bewaar de gegevens per advertentie.",
          en: "Use a short checklist (label, notice, targeting without sensitive data) for every advert, including those by candidates and agencies, and keep the details for each advert.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-evaluation",
    domain: "disinformation",
    text: {
      nl: "Kijkt u na elk incident en na de verkiezingen terug, en past u daarna uw plan aan?",
      en: "Do you look back after every incident and after the election, and then update your plan?",
    },
    help: {
      why: {
        nl: "Zonder terugblik maakt u de volgende keer dezelfde fouten. Als u bijhoudt wat uw reacties opleverden, ziet u wat werkte en wat de leugen juist groter maakte.",
        en: "Without looking back, you will make the same mistakes next time. If you track what your responses achieved, you can see what worked and what actually made the lie bigger.",
      },
      how: {
        nl: "Noteer per incident kort wat er gebeurde, wat u deed en wat er daarna gebeurde: groeide het bericht nog, namen media uw rechtzetting over? Plan binnen een maand na de verkiezingen een evaluatie met bestuur, campagneleiding en communicatie. Pas het plan aan en deel de lessen met de afdelingen.",
        en: "For each incident, briefly note what happened, what you did and what happened next: did the message keep growing, did the media pick up your correction? Plan an evaluation with the board, campaign leadership and communications within a month after the election. Update the plan and share the lessons with the branches.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "We kijken niet terug.",
          en: "We do not look back.",
        },
        maturity: 0,
      },
      {
        id: "informal-chat",
        label: {
          nl: "We praten er soms informeel over, maar leggen niets vast.",
          en: "We sometimes talk about it informally, but record nothing.",
        },
        maturity: 1,
      },
      {
        id: "after-election-only",
        label: {
          nl: "Na de verkiezingen maken we een geschreven evaluatie, maar per incident houden we niet bij wat onze reactie opleverde.",
          en: "After the election we write an evaluation, but we do not track per incident what our response achieved.",
        },
        maturity: 2,
      },
      {
        id: "tracked-and-updated",
        label: {
          nl: "We houden per incident bij wat onze reactie opleverde, evalueren na de verkiezingen en hebben het plan daarna aangepast.",
          en: "We track per incident what our response achieved, evaluate after the election and have updated the plan since.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.ukResistCounterdisinformationToolkit, sources.ndiCombatingInformationManipulation],
    measures: {
      basic: {
        title: {
          nl: "Plan een evaluatie binnen een maand na de verkiezingen",
          en: "Plan an evaluation within a month after the election",
        },
        detail: {
          nl: "Zet nu al een datum in de agenda van bestuur, campagneleiding en communicatie. Bespreek elk incident: wat gebeurde er, wat deden we, wat werkte, en wat passen we aan in het plan.",
          en: "Put a date in the diaries of the board, campaign leadership and communications now. Discuss each incident: what happened, what we did, what worked, and what we change in the plan.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "after_election",
      },
      next: {
        title: {
          nl: "Houd per incident bij wat uw reactie opleverde",
          en: "Track per incident what your response achieved",
        },
        detail: {
          nl: "Voeg aan het logboek twee kolommen toe: wat we deden en wat er daarna gebeurde. Vul ze een paar dagen na elk incident in, zodat de evaluatie op feiten steunt.",
          en: "Add two columns to the log: what we did and what happened next. Fill them in a few days after each incident, so the evaluation rests on facts.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
