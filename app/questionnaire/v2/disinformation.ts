import type { Question } from "../schema";
import { sources } from "./sources";

export const disinformationQuestions: Question[] = [
  {
    id: "dis-response-plan",
    domain: "disinformation",
    text: {
      nl: "Is er een geschreven plan voor desinformatie over uw partij of uw kandidaten? Staat daarin wie het oppakt, wie beslist en wie namens de partij spreekt?",
      en: "Is there a written plan for disinformation about your party or your candidates? Does it say who picks it up, who decides and who speaks for the party?",
    },
    help: {
      why: {
        nl: "Een vals bericht verspreidt zich in een paar uur, vaak op een slecht moment, zoals de avond voor de verkiezingen. Zonder afspraken reageert iedereen op eigen houtje, of reageert niemand. Dan wordt de leugen groter dan nodig.",
        en: "A false story spreads within hours, often at a bad moment such as the evening before the election. Without agreements, everyone reacts on their own, or nobody reacts at all. The lie then grows bigger than it needs to.",
      },
      how: {
        nl: "Schrijf op één of twee pagina’s wie het nieuws en de sociale media volgt, wie beslist of u reageert en wie woordvoerder is. Zet bij elke rol een vervanger en een telefoonnummer dat ook ’s avonds werkt. Oefen het plan één keer met een verzonnen voorbeeld, zoals een nepvideo van uw lijsttrekker. De RESIST-toolkit en het Zweedse handboek voor communicatiemedewerkers geven een bruikbaar stappenplan.",
        en: "Write down on one or two pages who follows the news and social media, who decides whether you respond, and who is the spokesperson. Give every role a deputy and a phone number that also works in the evening. Practise the plan once with a made-up example, such as a fake video of your lead candidate. The RESIST toolkit and the Swedish handbook for communicators offer a usable step-by-step approach.",
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
          nl: "Er is een geschreven plan met namen voor volgen, beslissen en woordvoering, met vervangers en telefoonnummers.",
          en: "There is a written plan naming who follows, who decides and who speaks, with deputies and phone numbers.",
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
    critical: true,
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
          nl: "Leg op één pagina vast wie meekijkt, wie beslist en wie namens de partij spreekt, elk met een vervanger en een telefoonnummer. Laat het bestuur het plan goedkeuren en stuur het naar iedereen die erin genoemd wordt.",
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
          nl: "We hebben vooraf goedgekeurde teksten voor één of twee situaties.",
          en: "We have pre-approved texts for one or two situations.",
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
      optionIds: [
        "written-roles",
        "written-exercised",
      ],
    },
    sources: [
      sources.ukResistCounterdisinformationToolkit,
      sources.ndiCombatingInformationManipulation,
    ],
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
        nl: "Wijs één persoon aan die tijdens de campagne elke dag kijkt op de platforms waar uw kiezers zitten. Gebruik gratis hulpmiddelen zoals Google Alerts en opgeslagen zoekopdrachten op sociale media, met de namen van de partij en de kandidaten. Vraag afdelingen en kandidaten om vreemde berichten door te sturen naar één vast adres, en houd een eenvoudig logboek bij.",
        en: "Appoint one person who checks the platforms your voters use every day during the campaign. Use free tools such as Google Alerts and saved searches on social media, with the names of the party and the candidates. Ask branches and candidates to forward odd messages to one fixed address, and keep a simple log.",
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
    sources: [
      sources.ukResistCounterdisinformationToolkit,
      sources.disarmDisarmFrameworkBlue,
      sources.ndiCombatingInformationManipulation,
    ],
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
    id: "dis-impersonation",
    domain: "disinformation",
    text: {
      nl: "Zoekt u regelmatig naar nepaccounts die zich voordoen als uw partij of uw kandidaten, en laat u die verwijderen?",
      en: "Do you regularly search for fake accounts posing as your party or your candidates, and have them removed?",
    },
    help: {
      why: {
        nl: "Een nepaccount met uw logo of de naam van een kandidaat is in een paar minuten gemaakt. Aanvallers gebruiken zulke accounts om valse uitspraken te verspreiden of om volgers en donateurs op te lichten.",
        en: "A fake account with your logo or a candidate’s name takes minutes to create. Attackers use such accounts to spread false statements or to scam followers and donors.",
      },
      how: {
        nl: "Zoek minstens één keer per week op de grote platforms naar de naam van de partij, de lijsttrekker en de kandidaten, ook met kleine schrijffouten. Maak een schermafbeelding met datum en link, en meld het account met de meldknop voor imitatie (‘doet zich voor als iemand anders’). Heeft het nepaccount al volgers, waarschuw dan via uw echte account en verwijs naar de pagina met uw officiële accounts.",
        en: "At least once a week, search the major platforms for the names of the party, the lead candidate and the candidates, including small misspellings. Take a screenshot with date and link, and report the account using the impersonation option (‘pretending to be someone else’). If the fake account already has followers, warn people from your real account and point to the page listing your official accounts.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "We hebben nooit naar nepaccounts gezocht.",
          en: "We have never searched for fake accounts.",
        },
        maturity: 0,
      },
      {
        id: "when-reported",
        label: {
          nl: "We doen pas iets als iemand ons op een nepaccount wijst.",
          en: "We only act when someone points out a fake account to us.",
        },
        maturity: 1,
      },
      {
        id: "party-weekly",
        label: {
          nl: "Iemand zoekt minstens wekelijks naar nepaccounts van de partij en de lijsttrekker en meldt ze bij het platform.",
          en: "Someone searches at least weekly for fake accounts of the party and the lead candidate and reports them to the platform.",
        },
        maturity: 2,
      },
      {
        id: "all-candidates-evidence",
        label: {
          nl: "Iemand zoekt minstens wekelijks naar nepaccounts van de partij én alle kandidaten, bewaart bewijs (schermafbeelding, link, datum) en meldt ze; bij bereik waarschuwen we onze volgers.",
          en: "Someone searches at least weekly for fake accounts of the party and all candidates, keeps evidence (screenshot, link, date) and reports them; if they have reach, we warn our followers.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [
      sources.ndiCombatingInformationManipulation,
      sources.ukResistCounterdisinformationToolkit,
    ],
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
          nl: "Neem alle kandidaten mee in de wekelijkse zoektocht",
          en: "Include all candidates in the weekly search",
        },
        detail: {
          nl: "Vraag elke kandidaat om een lijst van zijn of haar echte accounts, zodat u weet wat echt is. Zoek daarna wekelijks ook op hun namen en bewaar bij elke melding bewijs.",
          en: "Ask every candidate for a list of their real accounts so you know what is genuine. Then also search their names weekly and keep evidence with every report.",
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
        nl: "Stel steeds dezelfde vragen: wie verspreidt het, hoeveel mensen zien het, groeit het, en raakt het de veiligheid van mensen of het stemmen zelf? Kies daarna: blijven volgen, zelf de feiten geven zonder de leugen te herhalen, melden bij het platform of de overheid, of een combinatie. Spreek af dat kandidaten en vrijwilligers zo’n bericht niet delen of citeren, maar doorsturen naar de communicatieverantwoordelijke.",
        en: "Always ask the same questions: who is spreading it, how many people see it, is it growing, and does it affect people’s safety or voting itself? Then choose: keep watching, state the facts yourself without repeating the lie, report it to the platform or the authorities, or a combination. Agree that candidates and volunteers do not share or quote such a message, but forward it to the communications lead.",
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
    sources: [
      sources.ukResistCounterdisinformationToolkit,
      sources.myndighetenCounteringInformationInfluence,
    ],
    measures: {
      basic: {
        title: {
          nl: "Spreek vier vaste vragen af voordat u reageert",
          en: "Agree four set questions to ask before responding",
        },
        detail: {
          nl: "Schrijf de vragen op (wie, hoeveel bereik, groeit het, raakt het veiligheid of stemmen) en hang ze bij het plan. Vertel kandidaten en vrijwilligers dat ze verdachte berichten doorsturen en niet zelf delen.",
          en: "Write down the questions (who, how much reach, is it growing, does it affect safety or voting) and attach them to the plan. Tell candidates and volunteers to forward suspicious messages and not share them themselves.",
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
        nl: "Mensen trappen minder snel in een leugen als ze er vooraf voor gewaarschuwd zijn en weten hoe de truc werkt. Dat heet ‘prebunking’. Valse berichten over het stemmen, zoals een verkeerde datum of ‘stemmen per sms’, komen bij elke verkiezing terug.",
        en: "People are less likely to fall for a lie if they were warned beforehand and know how the trick works. This is called ‘prebunking’. False messages about voting, such as a wrong date or ‘voting by text message’, come back at every election.",
      },
      how: {
        nl: "Kies twee of drie valse berichten die u verwacht. Leg in een kort bericht of filmpje uit dat ze kunnen opduiken, waarom ze niet kloppen en waar de juiste informatie staat: uw eigen website en, voor het stemmen, de Kiesraad en uw gemeente. Plaats dit ruim voor de verkiezingsdag en herhaal het in de laatste twee weken. De praktische gids over prebunking van de Universiteit van Cambridge, BBC Media Action en Jigsaw helpt bij het schrijven.",
        en: "Choose two or three false messages you expect. In a short post or video, explain that they may appear, why they are wrong and where the correct information is: your own website and, for voting, the Electoral Council (Kiesraad) and your municipality. Post this well before election day and repeat it in the last two weeks. The practical guide to prebunking by the University of Cambridge, BBC Media Action and Jigsaw helps with the writing.",
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
          nl: "We hebben een planning met waarschuwingen vooraf voor de campagne en de laatste twee weken, die verwijzen naar onze website en de Kiesraad.",
          en: "We have a schedule of advance warnings for the campaign and the last two weeks, pointing to our website and the Kiesraad.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.universityPracticalGuidePrebunking,
      sources.kiesraadKiesraadInformatieOver,
      sources.ukResistCounterdisinformationToolkit,
    ],
    measures: {
      basic: {
        title: {
          nl: "Waarschuw uw achterban vooraf voor verwachte valse berichten",
          en: "Warn your supporters in advance about expected false messages",
        },
        detail: {
          nl: "Kies twee valse berichten die u verwacht, bijvoorbeeld over het stemmen en over nepvideo’s. Plaats een kort bericht dat uitlegt waarom ze niet kloppen en verwijs naar uw website en de Kiesraad.",
          en: "Choose two false messages you expect, for example about voting and about fake videos. Post a short message explaining why they are wrong and point to your website and the Kiesraad.",
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
    id: "dis-official-channels",
    domain: "disinformation",
    text: {
      nl: "Kunnen kiezers makkelijk controleren welke accounts, berichten en video’s echt van uw partij komen?",
      en: "Can voters easily check which accounts, posts and videos really come from your party?",
    },
    help: {
      why: {
        nl: "Als niemand weet welk account echt is, heeft een nepaccount of nepvideo vrij spel. Eén vaste plek met de juiste informatie geeft kiezers en journalisten iets om op terug te vallen.",
        en: "If nobody knows which account is real, a fake account or fake video has free rein. One fixed place with the correct information gives voters and journalists something to rely on.",
      },
      how: {
        nl: "Maak één pagina op uw website met al uw officiële accounts (partij, lijsttrekker, kandidaten) en uw rechtzettingen, en verwijs daar in elke reactie naar. Vraag een verificatievinkje aan voor de belangrijkste accounts. Geef eigen video’s en foto’s een herkenbaar kenmerk, zoals een vast beeldmerk en een link naar die pagina. Overweeg ook Content Credentials: een digitaal echtheidslabel in het bestand dat laat zien wie het maakte.",
        en: "Create one page on your website listing all your official accounts (party, lead candidate, candidates) and your corrections, and point to it in every response. Apply for a verification badge for your main accounts. Give your own videos and photos a recognisable mark, such as a fixed logo and a link to that page. Also consider Content Credentials: a digital label of origin inside the file that shows who made it.",
      },
    },
    options: [
      {
        id: "no-overview",
        label: {
          nl: "Onze accounts zijn niet geverifieerd en er is nergens een overzicht van onze officiële accounts.",
          en: "Our accounts are not verified and there is no overview of our official accounts anywhere.",
        },
        maturity: 0,
      },
      {
        id: "main-verified",
        label: {
          nl: "Alleen het hoofdaccount van de partij is geverifieerd; een overzicht van alle accounts is er niet.",
          en: "Only the party’s main account is verified; there is no overview of all accounts.",
        },
        maturity: 1,
      },
      {
        id: "verified-and-page",
        label: {
          nl: "De accounts van de partij en de lijsttrekker zijn geverifieerd, en één pagina op onze website noemt alle officiële accounts en onze rechtzettingen.",
          en: "The party’s and lead candidate’s accounts are verified, and one page on our website lists all official accounts and our corrections.",
        },
        maturity: 2,
      },
      {
        id: "page-and-origin-marks",
        label: {
          nl: "Onze belangrijkste accounts zijn geverifieerd en staan op één pagina, én onze eigen video’s en foto’s hebben een herkenbaar echtheidskenmerk, zoals Content Credentials of een vaste link naar die pagina.",
          en: "Our main accounts are verified and listed on one page, and our own videos and photos carry a recognisable mark of origin, such as Content Credentials or a fixed link to that page.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.coalitionC2paContentCredentials,
      sources.europeanCommissionPublishesGuidelines,
      sources.ukResistCounterdisinformationToolkit,
    ],
    measures: {
      basic: {
        title: {
          nl: "Maak één pagina met al uw officiële accounts",
          en: "Create one page listing all your official accounts",
        },
        detail: {
          nl: "Zet op uw website een pagina met de officiële accounts van de partij en de lijsttrekker, en een plek voor rechtzettingen. Vraag voor het hoofdaccount een verificatievinkje aan.",
          en: "Put a page on your website with the official accounts of the party and the lead candidate, and a place for corrections. Apply for a verification badge for the main account.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Geef uw eigen video’s en foto’s een herkenbaar echtheidskenmerk",
          en: "Give your own videos and photos a recognisable mark of origin",
        },
        detail: {
          nl: "Gebruik een vast beeldmerk en een link naar uw accountpagina in elke video. Kijk of uw bewerkingsprogramma Content Credentials kan toevoegen, en zet de kandidaten op de pagina zodra de lijst vastligt.",
          en: "Use a fixed logo and a link to your accounts page in every video. Check whether your editing software can add Content Credentials, and add the candidates to the page as soon as the list is final.",
        },
        owner: "communications_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-reporting-routes",
    domain: "disinformation",
    text: {
      nl: "Weet u hoe u misleidende of illegale berichten meldt bij platforms en bij de overheid, en staan die meldroutes op papier?",
      en: "Do you know how to report misleading or illegal content to platforms and to the authorities, and are those reporting routes written down?",
    },
    help: {
      why: {
        nl: "Tijdens een incident is er geen tijd om meldformulieren te zoeken. Door de Digital Services Act (DSA, de Europese regels voor online platforms) moeten platforms meldingen van illegale inhoud behandelen, en meldingen van erkende ‘trusted flaggers’ (vertrouwde melders) krijgen voorrang.",
        en: "During an incident there is no time to look for reporting forms. Under the Digital Services Act (DSA, the EU rules for online platforms), platforms must handle notices of illegal content, and notices from recognised trusted flaggers get priority.",
      },
      how: {
        nl: "Maak één lijst met de meldroutes van de platforms die u gebruikt (melding van illegale inhoud en van imitatie), en met erkende trusted flaggers die u kunnen helpen. Noteer dat u valse berichten over het stemmen zelf doorgeeft aan de Kiesraad en aan uw contactpersoon bij het ministerie van BZK, en bedreigingen aan de politie. Houdt een platform zich niet aan de DSA, dan kunt u een klacht indienen bij de ACM, de Nederlandse toezichthouder op de DSA. Bewaar bij elke melding bewijs: schermafbeelding, link en tijd.",
        en: "Make one list of the reporting routes of the platforms you use (notices of illegal content and of impersonation), and of recognised trusted flaggers who can help you. Note that you pass false messages about voting itself to the Kiesraad and to your contact at the Ministry of the Interior (BZK), and threats to the police. If a platform does not comply with the DSA, you can complain to the ACM, the Dutch regulator for the DSA. Keep evidence with every report: screenshot, link and time.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet goed waar we zoiets moeten melden.",
          en: "We do not really know where to report such things.",
        },
        maturity: 0,
      },
      {
        id: "platform-buttons",
        label: {
          nl: "We kennen de gewone meldknoppen van de platforms, maar verder niets.",
          en: "We know the platforms’ ordinary report buttons, but nothing more.",
        },
        maturity: 1,
      },
      {
        id: "written-list",
        label: {
          nl: "We hebben een geschreven lijst met meldroutes voor platforms en voor de overheid (Kiesraad, BZK, politie).",
          en: "We have a written list of reporting routes for platforms and for the authorities (Kiesraad, BZK, police).",
        },
        maturity: 2,
      },
      {
        id: "list-and-contacts",
        label: {
          nl: "We hebben een geschreven lijst met meldroutes én vaste contactpersonen (bijvoorbeeld bij BZK of een trusted flagger), en iemand van ons heeft al eens zo’n melding gedaan.",
          en: "We have a written list of reporting routes with named contacts (for example at BZK or a trusted flagger), and one of us has filed such a report before.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.europeanRegulationEu20222065,
      sources.europeanCommissionPublishesGuidelines,
      sources.tweedeBriefRegeringTegengaan,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet alle meldroutes op één lijst",
          en: "Put all reporting routes on one list",
        },
        detail: {
          nl: "Zoek per platform de melding voor illegale inhoud en voor imitatie op en zet de links op één pagina. Voeg de Kiesraad, BZK, de politie en de ACM toe, met wanneer u wie inschakelt.",
          en: "For each platform, look up the notice for illegal content and for impersonation and put the links on one page. Add the Kiesraad, BZK, the police and the ACM, with when to involve whom.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Leg vooraf contact met BZK en een trusted flagger",
          en: "Make contact in advance with BZK and a trusted flagger",
        },
        detail: {
          nl: "Vraag bij het ministerie van BZK wie uw contactpersoon voor verkiezingsbeveiliging is, en zoek een erkende trusted flagger die u kan helpen. Zet hun gegevens in het plan.",
          en: "Ask the Ministry of the Interior (BZK) who your election security contact is, and find a recognised trusted flagger who can help you. Put their details in the plan.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dis-deepfake-leak-playbook",
    domain: "disinformation",
    text: {
      nl: "Weet u wat u doet als er een nepvideo of nepgeluid van een kandidaat opduikt, of als gestolen of vervalste partijdocumenten worden gelekt?",
      en: "Do you know what to do if a fake video or fake audio of a candidate appears, or if stolen or forged party documents are leaked?",
    },
    help: {
      why: {
        nl: "Een nepopname die met AI is gemaakt (een deepfake) of een ‘hack-and-leak’ (gestolen stukken, soms met vervalsingen ertussen) komt vaak kort voor de verkiezingen naar buiten. Dan is er weinig tijd, en wie eerst moet uitzoeken wat echt is, verliest kostbare uren.",
        en: "A recording faked with AI (a deepfake) or a ‘hack-and-leak’ (stolen documents, sometimes with forgeries mixed in) often comes out shortly before the election. There is little time then, and if you first have to work out what is real, you lose precious hours.",
      },
      how: {
        nl: "Leg vooraf vast wie bewijs veiligstelt, hoe u snel nagaat of iets echt is (vraag het de kandidaat, vergelijk met uw eigen archief), welke eerste reactie u plaatst en wie u belt: het platform, een advocaat, de politie bij een hack, en de Autoriteit Persoonsgegevens binnen 72 uur als er persoonsgegevens zijn gelekt. Bewaar originele opnames van toespraken en belangrijke documenten, zodat u kunt laten zien wat echt is. Spreek af dat niemand op de inhoud van gelekte stukken ingaat voordat is nagegaan wat echt is.",
        en: "Decide in advance who secures evidence, how you quickly check whether something is real (ask the candidate, compare with your own archive), which first response you post and whom you call: the platform, a lawyer, the police in case of a hack, and the Dutch Data Protection Authority within 72 hours if personal data has leaked. Keep original recordings of speeches and important documents so you can show what is real. Agree that nobody comments on the content of leaked documents before it has been checked what is real.",
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
    sources: [
      sources.carnegieCampaignsMustPrepare,
      sources.belferCybersecurityCampaignPlaybook,
      sources.nationalCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Schrijf stappen voor een nepopname en voor gelekte documenten",
          en: "Write steps for a fake recording and for leaked documents",
        },
        detail: {
          nl: "Leg per situatie vast: wie bewijs bewaart, hoe u echtheid controleert, welke eerste reactie u plaatst en wie u belt. Zet de telefoonnummers van advocaat, politie en Autoriteit Persoonsgegevens erbij.",
          en: "For each situation, record who keeps the evidence, how you check authenticity, which first response you post and whom you call. Add the phone numbers of your lawyer, the police and the Data Protection Authority.",
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
    id: "dis-own-conduct",
    domain: "disinformation",
    text: {
      nl: "Heeft uw partij openlijk beloofd zelf geen desinformatie en geen misleidende AI-beelden of -geluid te gebruiken?",
      en: "Has your party publicly promised not to use disinformation or misleading AI images or audio itself?",
    },
    help: {
      why: {
        nl: "Een partij die zelf misleidt, is ongeloofwaardig als ze anderen op desinformatie aanspreekt. Ook een enthousiaste vrijwilliger of een ingehuurd bureau kan de partij zo in opspraak brengen. De Europese Commissie vraagt partijen om zulke afspraken te maken.",
        en: "A party that misleads people itself is not credible when it calls out disinformation by others. An eager volunteer or a hired agency can also get the party into trouble this way. The European Commission asks parties to make such commitments.",
      },
      how: {
        nl: "Stel een korte gedragsregel vast: geen nepaccounts of bots, geen vervalste of gestolen stukken, en geen AI-beelden of -geluid die mensen misleiden; AI-materiaal krijgt altijd een duidelijk label. Laat het bestuur dit besluiten, zet het op uw website en neem het op in afspraken met kandidaten, vrijwilligers en bureaus. Voorbeelden zijn de Nederlandse gedragscode voor online politieke advertenties uit 2021 en de Europese gedragscode voor de Europese verkiezingen van 2024.",
        en: "Adopt a short code of conduct: no fake accounts or bots, no forged or stolen material, and no AI images or audio that mislead people; AI material is always clearly labelled. Have the board adopt it, publish it on your website and include it in agreements with candidates, volunteers and agencies. Examples are the Dutch code of conduct for online political advertising from 2021 and the European code of conduct for the 2024 European elections.",
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
    sources: [
      sources.europeanCommissionRecommendationEu,
      sources.internationalCodeConductPolitical,
      sources.internationalFirstNationalCode,
    ],
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
    id: "dis-evaluation",
    domain: "disinformation",
    text: {
      nl: "Kijkt u na een incident en na de verkiezingen terug op hoe u met desinformatie omging, en past u daarna uw plan aan?",
      en: "After an incident and after the election, do you look back on how you handled disinformation, and then update your plan?",
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
    sources: [
      sources.ukResistCounterdisinformationToolkit,
      sources.disarmDisarmFrameworkBlue,
    ],
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
