import type { Question } from "../schema";
import { sources } from "./sources";

export const candidatesQuestions: Question[] = [
  {
    id: "cand-security-briefing",
    domain: "candidates",
    text: {
      nl: "Krijgt elke kandidaat een veiligheidsbriefing: een korte uitleg over risico’s online en op straat, en wat te doen?",
      en: "Does every candidate get a security briefing: a short explanation of risks online and in the street, and what to do?",
    },
    help: {
      why: {
        nl: "Vanaf het moment dat hun naam bekend is, worden kandidaten een doelwit van phishing (nepberichten die inloggegevens proberen te stelen), intimidatie en nepaccounts. Wie de risico’s kent, herkent een aanval eerder en weet wie te bellen.",
        en: "From the moment their name is public, candidates become targets of phishing (fake messages that try to steal login details), intimidation and fake accounts. Someone who knows the risks spots an attack sooner and knows whom to call.",
      },
      how: {
        nl: "Plan vóór de dag van kandidaatstelling een briefing van een uur, in een zaal of online, en neem die op voor wie er niet bij kan zijn. Behandel tweestapsverificatie (een extra code naast het wachtwoord), phishing herkennen, wat u beter niet online zet, hoe u een bedreiging meldt en wie in de partij de contactpersoon is. Noem ook het verkiezingsloket van de NCTV (Nationaal Coördinator Terrorismebestrijding en Veiligheid), dat in de campagne vragen over de veiligheid van kandidaten beantwoordt. Houd bij wie de briefing heeft gehad.",
        en: "Before nomination day, schedule a one-hour briefing, in a room or online, and record it for those who cannot attend. Cover two-step verification (an extra code on top of the password), spotting phishing, what is better not to post, how to report a threat and who the party contact is. Also mention the election desk of the NCTV (National Coordinator for Security and Counterterrorism), which answers questions about candidates’ safety during the campaign. Keep track of who has been briefed.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Kandidaten krijgen geen uitleg over veiligheid",
          en: "Candidates get no explanation about safety and security",
        },
        maturity: 0,
      },
      {
        id: "document-only",
        label: {
          nl: "Kandidaten krijgen alleen een document of e-mail met tips",
          en: "Candidates only get a document or e-mail with tips",
        },
        maturity: 1,
      },
      {
        id: "top-candidates",
        label: {
          nl: "De lijsttrekker en de bovenste plaatsen krijgen een briefing, de andere kandidaten niet",
          en: "The lead candidate and the top places get a briefing, the other candidates do not",
        },
        maturity: 2,
      },
      {
        id: "all-candidates",
        label: {
          nl: "Elke kandidaat krijgt vóór de dag van kandidaatstelling een briefing, en we houden bij wie die heeft gehad",
          en: "Every candidate gets a briefing before nomination day, and we keep track of who has had it",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalDefendingDemocracyGuidance, sources.nctvVerkiezingen],
    measures: {
      basic: {
        title: {
          nl: "Organiseer een veiligheidsbriefing voor alle kandidaten",
          en: "Hold a security briefing for all candidates",
        },
        detail: {
          nl: "Plan vóór de dag van kandidaatstelling een briefing van een uur over phishing, tweestapsverificatie, privacy en het melden van bedreigingen. Geef kandidaten ook een korte samenvatting mee om thuis te bespreken.",
          en: "Before nomination day, schedule a one-hour briefing on phishing, two-step verification, privacy and reporting threats. Also give candidates a short summary to discuss at home.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Bereik ook de kandidaten lager op de lijst",
          en: "Reach the candidates further down the list too",
        },
        detail: {
          nl: "Neem de briefing op of herhaal hem online, zodat ook de overige kandidaten hem krijgen. Houd een lijst bij en bel wie nog ontbreekt.",
          en: "Record the briefing or repeat it online so the remaining candidates get it too. Keep a list and call whoever is still missing.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "cand-family-staff",
    domain: "candidates",
    text: {
      nl: "Bereikt de veiligheidsinformatie ook de gezinsleden en medewerkers van kandidaten?",
      en: "Does the security information also reach candidates' family members and staff?",
    },
    help: {
      why: {
        nl: "Aanvallers en intimidators wijken vaak uit naar de mensen rond een kandidaat: een partner die een phishingmail opent, een kind dat een foto van het huis deelt. Ook zij moeten weten wat ze moeten doen.",
        en: "Attackers and harassers often turn to the people around a candidate: a partner who opens a phishing e-mail, a child who shares a photo of the house. They, too, need to know what to do.",
      },
      how: {
        nl: "Geef kandidaten een handreiking van één pagina om thuis en met hun medewerkers te bespreken. Nodig partners en assistenten uit voor een korte online sessie. Noem daarin: niet reageren op dreigingen, bewijs bewaren, geen locatie of foto’s van het huis delen, en wie ze bij de partij kunnen bellen.",
        en: "Give candidates a one-page guide to discuss at home and with their staff. Invite partners and assistants to a short online session. Include: do not respond to threats, keep evidence, do not share locations or photos of the house, and whom to call at the party.",
      },
    },
    options: [
      {
        id: "not-covered",
        label: {
          nl: "Nee, alleen de kandidaat zelf krijgt informatie",
          en: "No, only the candidate gets information",
        },
        maturity: 0,
      },
      {
        id: "on-request",
        label: {
          nl: "Alleen als een kandidaat er zelf om vraagt",
          en: "Only when a candidate asks for it",
        },
        maturity: 1,
      },
      {
        id: "handout",
        label: {
          nl: "Kandidaten krijgen een handreiking om met hun gezin en medewerkers te bespreken",
          en: "Candidates get a guide to discuss with their family and staff",
        },
        maturity: 2,
      },
      {
        id: "own-briefing",
        label: {
          nl: "Partners en medewerkers worden uitgenodigd voor een eigen korte briefing en weten wie ze bij de partij kunnen bellen",
          en: "Partners and staff are invited to their own short briefing and know whom to call at the party",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    condition: {
      questionId: "cand-security-briefing",
      optionIds: ["document-only", "top-candidates", "all-candidates"],
    },
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalDefendingDemocracyGuidance],
    measures: {
      basic: {
        title: {
          nl: "Maak een handreiking voor thuis",
          en: "Write a guide for at home",
        },
        detail: {
          nl: "Zet op één A4 de vijf belangrijkste afspraken voor gezin en medewerkers, met het telefoonnummer van de contactpersoon van de partij. Geef het aan elke kandidaat.",
          en: "Put the five most important agreements for family and staff on one page, with the phone number of the party contact. Give it to every candidate.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Nodig partners en medewerkers uit voor een briefing",
          en: "Invite partners and staff to a briefing",
        },
        detail: {
          nl: "Organiseer een online sessie van een half uur voor partners en medewerkers van kandidaten, te beginnen bij de bovenste plaatsen op de lijst.",
          en: "Hold a half-hour online session for candidates' partners and staff, starting with the top places on the list.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "cand-threat-reporting",
    domain: "candidates",
    text: {
      nl: "Weten kandidaten waar ze een bedreiging melden, en hoe ze het bewijs bewaren?",
      en: "Do candidates know where to report a threat, and how to keep the evidence?",
    },
    help: {
      why: {
        nl: "Bedreiging is strafbaar (artikel 285 Wetboek van Strafrecht), en doxing sinds 1 januari 2024 ook (artikel 285d): iemands privégegevens verzamelen of verspreiden om die persoon bang te maken of te hinderen. De politie kan alleen optreden als er aangifte met bewijs is. Een bericht dat verwijderd is en waarvan niemand een schermafbeelding heeft, is later niet meer te gebruiken.",
        en: "Threatening someone is a crime (Article 285 of the Dutch Criminal Code), and since 1 January 2024 so is doxing (Article 285d): collecting or spreading someone’s private details to frighten or obstruct them. The police can only act on a formal report with evidence. A message that has been deleted, and that nobody took a screenshot of, cannot be used later.",
      },
      how: {
        nl: "Leg de route vast. Bij acuut gevaar: 112. Het Team Bedreigde Politici van de politie is er alleen voor bewindspersonen en leden van de Eerste en Tweede Kamer. Andere kandidaten, ook lokale politici, doen aangifte bij de politie in hun eigen regio (0900-8844 of op het bureau). Vragen en zorgen over de veiligheid van kandidaten in de campagne kunnen bij het verkiezingsloket van de NCTV. Maak een schermafbeelding met datum, tijd, afzender en link, bewaar het originele bericht, en meld het ook bij de contactpersoon van de partij, zodat iemand helpt met de aangifte.",
        en: "Write down the route. In acute danger: 112. The police’s Team Bedreigde Politici (Threatened Politicians Team) is only for ministers, state secretaries and members of the Senate and House of Representatives. Other candidates, local politicians included, file a formal report with the police in their own region (0900-8844 or at the station). Questions and concerns about candidates’ safety during the campaign can go to the NCTV election desk. Take a screenshot showing date, time, sender and link, keep the original message, and also tell the party contact, so that someone helps with the report.",
      },
    },
    options: [
      {
        id: "no-route",
        label: {
          nl: "Er is niets afgesproken; elke kandidaat zoekt het zelf uit",
          en: "Nothing has been agreed; each candidate works it out alone",
        },
        maturity: 0,
      },
      {
        id: "police-generally",
        label: {
          nl: "Kandidaten weten dat ze naar de politie kunnen, maar er is geen vaste route en geen uitleg over bewijs",
          en: "Candidates know they can go to the police, but there is no set route and no guidance on evidence",
        },
        maturity: 1,
      },
      {
        id: "written-route",
        label: {
          nl: "Elke kandidaat heeft een vaste route op papier gekregen: welke politie, en wie in de partij",
          en: "Every candidate has received a written route: which police, and who in the party",
        },
        maturity: 2,
      },
      {
        id: "route-and-evidence",
        label: {
          nl: "Elke kandidaat heeft de vaste route, weet hoe bewijs vast te leggen, en een vaste contactpersoon van de partij helpt bij melding en aangifte",
          en: "Every candidate has the route, knows how to record evidence, and a named party contact helps with reporting to the police",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.politieAangifteDoen, sources.politieDoxingStrafbaar, sources.openbaarBedreigdePolitici, sources.nctvVerkiezingen],
    measures: {
      basic: {
        title: {
          nl: "Leg een meldroute voor bedreigingen vast",
          en: "Set up a reporting route for threats",
        },
        detail: {
          nl: "Schrijf op één pagina waar een kandidaat een bedreiging of doxing meldt (112, de regionale politie, voor Kamerleden en bewindspersonen het Team Bedreigde Politici), hoe bewijs te bewaren en wie in de partij helpt. Deel die pagina met alle kandidaten.",
          en: "On one page, write down where a candidate reports a threat or doxing (112, the regional police, and for MPs and ministers the Team Bedreigde Politici), how to keep evidence and who in the party helps. Share that page with all candidates.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Leer kandidaten bewijs vastleggen en wijs een vaste contactpersoon aan",
          en: "Teach candidates to record evidence and appoint a named contact",
        },
        detail: {
          nl: "Laat in de briefing zien hoe een bruikbare schermafbeelding eruitziet (datum, afzender, link). Wijs een vaste persoon aan die kandidaten helpt bij melding en aangifte, en houd meldingen centraal bij.",
          en: "Show in the briefing what a usable screenshot looks like (date, sender, link). Appoint a named person who helps candidates report to the police, and keep a central record of reports.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "cand-harassment-aftercare",
    domain: "candidates",
    text: {
      nl: "Als een kandidaat online wordt lastiggevallen of gedoxt, is er dan een vaste contactpersoon en nazorg?",
      en: "If a candidate is harassed or doxed online, is there a named contact person and aftercare?",
    },
    help: {
      why: {
        nl: "Intimidatie werkt het best als iemand er alleen voor staat. Zonder vaste contactpersoon duurt het te lang voordat berichten bij platforms en politie zijn gemeld en de kandidaat steun krijgt; sommige kandidaten trekken zich dan terug.",
        en: "Intimidation works best when someone faces it alone. Without a named contact it takes too long before posts are reported to platforms and police and the candidate gets support; some candidates then withdraw.",
      },
      how: {
        nl: "Wijs een contactpersoon en een vervanger aan, met een telefoonnummer dat alle kandidaten kennen. Spreek af wat die doet: luisteren, helpen melden bij platforms en politie, en afstemmen wat de partij publiek zegt. Doxing is strafbaar: help de kandidaat aangifte te doen en meld de berichten bij het platform als illegale inhoud, zodat het ze moet beoordelen. Bel de kandidaat na een incident binnen een week opnieuw, en verwijs zo nodig door naar Slachtofferhulp Nederland of, voor gekozen lokale politici, het Ondersteuningsteam van het Netwerk Weerbaar Bestuur.",
        en: "Appoint a contact person and a deputy, with a phone number all candidates know. Agree what they do: listen, help report to platforms and police, and coordinate what the party says in public. Doxing is a crime: help the candidate file a police report and report the posts to the platform as illegal content, so that it has to assess them. Call the candidate again within a week of an incident and, where needed, refer them to Slachtofferhulp Nederland (Victim Support) or, for elected local politicians, the support team of the Netwerk Weerbaar Bestuur.",
      },
    },
    options: [
      {
        id: "case-by-case",
        label: {
          nl: "Nee, we kijken per geval wat we doen als iemand aan de bel trekt",
          en: "No, we decide case by case when someone raises the alarm",
        },
        maturity: 0,
      },
      {
        id: "informal",
        label: {
          nl: "Meestal helpt een bestuurslid, maar dat is niet afgesproken en niet alle kandidaten weten het",
          en: "Usually a board member helps, but this is not agreed and not all candidates know it",
        },
        maturity: 1,
      },
      {
        id: "named-contact",
        label: {
          nl: "Er is een vaste contactpersoon met vervanger, en alle kandidaten hebben het nummer",
          en: "There is a named contact person with a deputy, and all candidates have the number",
        },
        maturity: 2,
      },
      {
        id: "contact-and-aftercare",
        label: {
          nl: "Er is een vaste contactpersoon met vervanger, en na elk incident bellen we de kandidaat na en verwijzen we zo nodig door naar professionele hulp",
          en: "There is a named contact person with a deputy, and after every incident we call the candidate back and refer them to professional help where needed",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.politieDoxingStrafbaar, sources.riecNetwerkWeerbaarBestuur, sources.europeanRegulationEu20222065],
    measures: {
      basic: {
        title: {
          nl: "Wijs een vaste contactpersoon voor bedreigde kandidaten aan",
          en: "Appoint a named contact for threatened candidates",
        },
        detail: {
          nl: "Kies een contactpersoon en een vervanger en zet hun nummer in de meldroute voor kandidaten. Spreek af dat zij dezelfde dag reageren op een melding.",
          en: "Choose a contact person and a deputy and put their number in the candidates' reporting route. Agree that they respond to a report on the same day.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Regel nazorg na elk incident",
          en: "Arrange aftercare after every incident",
        },
        detail: {
          nl: "Spreek af dat de contactpersoon de kandidaat na een week en na een maand nabelt. Houd de gegevens van Slachtofferhulp Nederland en het Netwerk Weerbaar Bestuur bij de hand.",
          en: "Agree that the contact person calls the candidate back after a week and after a month. Keep the details of Slachtofferhulp Nederland and the Netwerk Weerbaar Bestuur at hand.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // Critical: a candidate's hijacked private account is taken over in the party's name, and its absence
    // alone lets that happen. One question for what version 1 asked twice (here and in the accounts domain,
    // acc-candidate-personal). Same control as version 1, so the id stays; the options changed, so the two
    // options whose meaning changed have new ids.
    id: "cand-own-accounts",
    domain: "candidates",
    text: {
      nl: "Hebben alle kandidaten tweestapsverificatie op hun privé-e-mail, WhatsApp en sociale media, en is dat samen nagelopen?",
      en: "Do all candidates have two-step verification on their private e-mail, WhatsApp and social media, and has this been checked together?",
    },
    help: {
      why: {
        nl: "Tweestapsverificatie vraagt naast het wachtwoord een extra code of sleutel. Een overgenomen account van een kandidaat wordt meteen gebruikt om valse berichten te sturen of privégesprekken te lekken. Aanvallers proberen vaak eerst de privé-accounts, omdat die minder goed beveiligd zijn dan die van de partij.",
        en: "Two-step verification asks for an extra code or key on top of the password. A candidate's hijacked account is used straight away to send false messages or leak private conversations. Attackers often try private accounts first, because they are less well protected than the party's.",
      },
      how: {
        nl: "De accounts van de partij zelf komen aan bod bij ‘Accounts beveiligen’; deze vraag gaat over de privé-accounts en telefoons van kandidaten. Houd vóór de dag van kandidaatstelling een hulpavond en loop met elke kandidaat e-mail, WhatsApp (zet ‘verificatie in twee stappen’ aan), Instagram, Facebook, X, TikTok en LinkedIn na. Kies een app of beveiligingssleutel in plaats van sms, want een sms-code is te onderscheppen met SIM-swapping: een oplichter laat het nummer overzetten naar zijn eigen simkaart. Controleer ook het herstel-e-mailadres en -telefoonnummer, de schermvergrendeling en de updates. Vertel kandidaten dat ze een WhatsApp-code nooit aan iemand doorgeven, en wie ze bellen als een account is overgenomen.",
        en: "The party's own accounts are covered under ‘Account security’; this question is about candidates' private accounts and phones. Before nomination day, hold a help evening and go through e-mail, WhatsApp (turn on ‘two-step verification’), Instagram, Facebook, X, TikTok and LinkedIn with each candidate. Choose an app or security key rather than text messages, because a text code can be intercepted through SIM swapping: a fraudster has the number moved to their own SIM card. Also check the recovery e-mail address and phone number, the screen lock and updates. Tell candidates never to pass on a WhatsApp code to anyone, and whom to call if an account has been taken over.",
      },
    },
    options: [
      {
        id: "not-asked",
        label: {
          nl: "We hebben kandidaten hier niet naar gevraagd",
          en: "We have not asked candidates about this",
        },
        maturity: 0,
      },
      {
        id: "advised",
        label: {
          nl: "We hebben het aangeraden, maar niet gecontroleerd of het is gebeurd",
          en: "We have advised it, but not checked whether it was done",
        },
        maturity: 1,
      },
      {
        id: "checked-some",
        label: {
          nl: "Met een deel van de kandidaten, bijvoorbeeld de bovenste plaatsen, is het samen nagelopen; met de rest nog niet",
          en: "It has been checked together with some of the candidates, for example the top places; not yet with the rest",
        },
        maturity: 2,
      },
      {
        id: "every-candidate-checked",
        label: {
          nl: "Met elke kandidaat is samen nagelopen dat e-mail, WhatsApp en sociale media tweestapsverificatie hebben en dat de herstelgegevens kloppen",
          en: "It has been checked together with every candidate that e-mail, WhatsApp and social media have two-step verification and that the recovery details are correct",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalDefendingDemocracyGuidance, sources.cisaMobileCommunicationsBest],
    measures: {
      basic: {
        title: {
          nl: "Zet samen met elke kandidaat tweestapsverificatie aan",
          en: "Turn on two-step verification together with every candidate",
        },
        detail: {
          nl: "Houd vóór de dag van kandidaatstelling een hulpavond en plan per kandidaat een kwartier om e-mail, WhatsApp en sociale media samen na te lopen. Begin bij de lijsttrekker en de bovenste plaatsen, en noteer wie nog hulp nodig heeft.",
          en: "Before nomination day, hold a help evening and plan fifteen minutes per candidate to go through e-mail, WhatsApp and social media together. Start with the lead candidate and the top places, and note who still needs help.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Loop de accounts van de overige kandidaten na",
          en: "Check the accounts of the remaining candidates",
        },
        detail: {
          nl: "Bel of bezoek de kandidaten die nog niet aan de beurt waren en loop samen hun accounts na. Bied de lijsttrekker en bekende kandidaten twee beveiligingssleutels aan (één als reserve).",
          en: "Call or visit the candidates whose turn has not come yet and go through their accounts together. Offer the lead candidate and well-known candidates two security keys (one as a spare).",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "cand-digital-footprint",
    domain: "candidates",
    text: {
      nl: "Is voor elke kandidaat nagezocht welke persoonlijke gegevens online te vinden zijn, zoals adres, telefoonnummer en namen van gezinsleden?",
      en: "Has someone checked, for every candidate, which personal details can be found online, such as address, phone number and names of family members?",
    },
    help: {
      why: {
        nl: "Wie een kandidaat wil intimideren, begint met zoeken op internet. Personenzoeksites en adreshandelaren (bedrijven die persoonsgegevens verzamelen en doorverkopen) maken een huisadres soms in een paar klikken vindbaar. Zulke gegevens zijn de grondstof voor doxing: privégegevens verspreiden om iemand bang te maken.",
        en: "Anyone who wants to intimidate a candidate starts by searching the internet. People-search sites and data brokers (companies that collect and resell personal data) can make a home address findable in a few clicks. Such details are the raw material for doxing: spreading private details to frighten someone.",
      },
      how: {
        nl: "Zoek samen met de kandidaat op naam, op naam plus woonplaats en op telefoonnummer, en bekijk ook de afbeeldingen. Vraag zoekmachines om contactgegevens uit de resultaten te halen; Google heeft daarvoor de functie ‘Resultaten over jou’. Vraag personenzoeksites om de gegevens te wissen met een beroep op het recht op vergetelheid uit de AVG; de Autoriteit Persoonsgegevens legt uit hoe.",
        en: "Search together with the candidate for their name, name plus town, and phone number, and look at the images too. Ask search engines to remove contact details from results; Google offers ‘Results about you’ for this. Ask people-search sites to erase the data under the GDPR right to erasure; the Dutch Data Protection Authority explains how.",
      },
    },
    options: [
      {
        id: "not-done",
        label: {
          nl: "Nee, dat is niet gebeurd",
          en: "No, this has not been done",
        },
        maturity: 0,
      },
      {
        id: "advised",
        label: {
          nl: "We hebben kandidaten aangeraden zelf te zoeken, maar weten niet of ze het gedaan hebben",
          en: "We advised candidates to search for themselves, but do not know whether they did",
        },
        maturity: 1,
      },
      {
        id: "top-checked",
        label: {
          nl: "Voor de lijsttrekker en de bovenste plaatsen is het nagezocht en zijn verwijderverzoeken gedaan",
          en: "For the lead candidate and the top places it has been checked and removal requests have been sent",
        },
        maturity: 2,
      },
      {
        id: "all-checked",
        label: {
          nl: "Voor elke kandidaat is het nagezocht, zijn verwijderverzoeken gedaan, en we zoeken opnieuw vóór de verkiezingsdag",
          en: "For every candidate it has been checked, removal requests have been sent, and we search again before election day",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.autoriteitRechtVergetelheid, sources.googleFindRemovePersonal],
    measures: {
      basic: {
        title: {
          nl: "Zoek per kandidaat na wat er online over hen staat",
          en: "Check for each candidate what is online about them",
        },
        detail: {
          nl: "Laat een vrijwilliger met elke kandidaat een half uur zoeken op naam, adres en telefoonnummer. Noteer wat er te vinden is en vraag zoekmachines en personenzoeksites om verwijdering.",
          en: "Have a volunteer spend half an hour with each candidate searching for their name, address and phone number. Note what turns up and ask search engines and people-search sites to remove it.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Doe de controle voor alle kandidaten en herhaal hem",
          en: "Run the check for all candidates and repeat it",
        },
        detail: {
          nl: "Doe dezelfde controle voor de overige kandidaten. Herhaal hem voor iedereen twee weken voor de verkiezingsdag, want nieuwe publiciteit brengt vaak nieuwe gegevens boven.",
          en: "Run the same check for the remaining candidates. Repeat it for everyone two weeks before election day, because new publicity often brings new details to light.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    // Replaces cand-address-shielding: the Kadaster (land registry) is now one of the registers, and the
    // options no longer join two registers in one answer.
    id: "cand-address-registers",
    domain: "candidates",
    text: {
      nl: "Weten kandidaten hoe ze hun huisadres laten afschermen in de BRP, het Kadaster en het Handelsregister van de KVK?",
      en: "Do candidates know how to have their home address shielded in the BRP, the Kadaster and the KVK Business Register?",
    },
    help: {
      why: {
        nl: "Een huisadres in een openbaar register is voor kwaadwillenden een makkelijke bron. Wie een huis bezit, staat met naam in het Kadaster (het register van huizen en grond). Kandidaten met een eenmanszaak aan huis staan vaak met hun adres in het Handelsregister.",
        en: "A home address in a public register is an easy source for people with bad intentions. Anyone who owns a home is listed by name in the Kadaster (the Dutch land registry). Candidates with a home-based sole proprietorship often have their address in the Business Register.",
      },
      how: {
        nl: "In de Basisregistratie Personen (BRP) kunnen kandidaten hun gemeente om geheimhouding vragen: de gemeente geeft hun gegevens dan niet meer door aan bepaalde organisaties, zoals maatschappelijke instellingen; overheidsinstanties krijgen ze wel. Het Kadaster kan sinds oktober 2023 de persoonsgegevens tijdelijk afschermen van mensen met een concrete dreiging; alleen overheden, notarissen en deurwaarders zien ze dan nog. Wie een bedrijf aan huis heeft, kan bij de Kamer van Koophandel (KVK) een apart postadres opgeven en bij dreiging het bezoekadres laten afschermen. Zet op campagnemateriaal het adres van de partij, nooit een huisadres.",
        en: "In the Personal Records Database (BRP), candidates can ask their municipality for confidentiality: the municipality then no longer passes their details to certain organisations, such as civil-society institutions; government bodies still receive them. Since October 2023 the Kadaster can temporarily shield the personal data of people facing a concrete threat; only government bodies, notaries and bailiffs can then see it. Anyone with a business at home can give the KVK (Chamber of Commerce) a separate postal address and, under threat, have the visiting address shielded. Put the party's address on campaign material, never a home address.",
      },
    },
    options: [
      {
        id: "not-discussed",
        label: {
          nl: "Dit is niet met kandidaten besproken",
          en: "This has not been discussed with candidates",
        },
        maturity: 0,
      },
      {
        id: "informed-only",
        label: {
          nl: "Kandidaten hebben uitleg gekregen, maar we weten niet wie iets heeft geregeld",
          en: "Candidates have been told about it, but we do not know who has arranged anything",
        },
        maturity: 1,
      },
      {
        id: "at-risk-helped",
        label: {
          nl: "Kandidaten met een bedrijf aan huis of een concrete dreiging zijn geholpen met afschermen; met de anderen is het niet nagelopen",
          en: "Candidates with a home-based business or a concrete threat have been helped with shielding; it has not been checked with the others",
        },
        maturity: 2,
      },
      {
        id: "all-checked",
        label: {
          nl: "Met elke kandidaat is nagegaan in welke registers het huisadres openbaar staat, en wie dat wilde is geholpen met afschermen",
          en: "With every candidate we have checked in which registers their home address is public, and those who wanted it have been helped with shielding",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.rijksoverheidWieKrijgenMijn, sources.kadasterAfschermingPersoonsgegevens, sources.kvkAfschermenBezoekadresWat],
    measures: {
      basic: {
        title: {
          nl: "Help kandidaten hun huisadres af te schermen",
          en: "Help candidates shield their home address",
        },
        detail: {
          nl: "Leg alle kandidaten uit hoe geheimhouding in de BRP en afscherming bij het Kadaster en de KVK werken. Vraag wie een bedrijf aan huis of een concrete dreiging heeft, en help die kandidaten als eerste met de aanvraag.",
          en: "Explain to all candidates how BRP confidentiality and shielding at the Kadaster and the KVK work. Ask who has a home-based business or a concrete threat, and help those candidates with the application first.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Loop het huisadres van alle kandidaten na",
          en: "Check the home address of all candidates",
        },
        detail: {
          nl: "Ga met de overige kandidaten na waar hun adres openbaar staat, ook op oude websites en in eigen berichten, en help wie dat wil met afschermen.",
          en: "Check with the remaining candidates where their address is public, including old websites and their own posts, and help those who want it with shielding.",
        },
        owner: "candidate_coordinator",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "cand-social-privacy",
    domain: "candidates",
    text: {
      nl: "Hebben kandidaten de privacy-instellingen van hun eigen sociale media nagelopen, zoals locatie en foto’s van gezin en huis?",
      en: "Have candidates reviewed the privacy settings of their own social media, such as location and photos of family and home?",
    },
    help: {
      why: {
        nl: "Oude berichten, locaties en foto’s van kinderen of de voordeur verraden waar een kandidaat woont en wanneer die thuis is. Zulke details worden gebruikt voor doxing en intimidatie.",
        en: "Old posts, locations and photos of children or the front door reveal where a candidate lives and when they are at home. Such details are used for doxing and intimidation.",
      },
      how: {
        nl: "Zet locatie delen uit in de apps en in de camera van de telefoon. Maak privé-accounts alleen zichtbaar voor vrienden en verberg de vriendenlijst. Verwijder of archiveer oude berichten met herkenbare foto’s van kinderen, het huis of de straat, en gebruik voor de campagne een aparte openbare pagina.",
        en: "Turn off location sharing in the apps and in the phone's camera. Make private accounts visible to friends only and hide the friends list. Delete or archive old posts with recognisable photos of children, the house or the street, and use a separate public page for the campaign.",
      },
    },
    options: [
      {
        id: "left-to-candidates",
        label: {
          nl: "Nee, dat laten we aan de kandidaten zelf over",
          en: "No, we leave that to the candidates themselves",
        },
        maturity: 0,
      },
      {
        id: "tips-given",
        label: {
          nl: "Kandidaten hebben tips gekregen, maar we weten niet wat ze ermee gedaan hebben",
          en: "Candidates have had tips, but we do not know what they did with them",
        },
        maturity: 1,
      },
      {
        id: "top-reviewed",
        label: {
          nl: "Met de lijsttrekker en de bovenste plaatsen hebben we de instellingen samen nagelopen",
          en: "We have gone through the settings together with the lead candidate and the top places",
        },
        maturity: 2,
      },
      {
        id: "all-reviewed",
        label: {
          nl: "Met elke kandidaat zijn de instellingen nagelopen: locatie staat uit, privé-accounts zijn afgeschermd en er staan geen herkenbare foto’s van kinderen of het huis openbaar",
          en: "Settings have been reviewed with every candidate: location is off, private accounts are locked down and no recognisable photos of children or the home are public",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nationalSocialMediaUse, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Loop de privacy-instellingen samen met kandidaten na",
          en: "Go through privacy settings together with candidates",
        },
        detail: {
          nl: "Maak een korte checklist (locatie uit, privé-account afschermen, vriendenlijst verbergen, oude foto’s opruimen) en loop die tijdens of na de briefing met elke kandidaat door.",
          en: "Make a short checklist (location off, lock down private accounts, hide the friends list, clear out old photos) and go through it with every candidate during or after the briefing.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Loop de checklist ook met de overige kandidaten door",
          en: "Go through the checklist with the remaining candidates too",
        },
        detail: {
          nl: "Doe hetzelfde met de kandidaten lager op de lijst. Vraag iedereen twee weken voor de verkiezingsdag nog eens te kijken welke nieuwe foto’s en berichten openbaar staan.",
          en: "Do the same with the candidates further down the list. Ask everyone to check again two weeks before election day which new photos and posts are public.",
        },
        owner: "candidate_coordinator",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "cand-campaign-events",
    domain: "candidates",
    text: {
      nl: "Zijn er veiligheidsafspraken voor campagne-activiteiten, zoals huis-aan-huis langsgaan en bijeenkomsten?",
      en: "Are there safety arrangements for campaign activities, such as door-to-door canvassing and events?",
    },
    help: {
      why: {
        nl: "Bij campagne-activiteiten zijn kandidaten en vrijwilligers makkelijk te vinden, vaak vooraf aangekondigd op sociale media. Wie alleen op pad gaat of een bijeenkomst niet voorbereidt, is kwetsbaar als een gesprek uit de hand loopt.",
        en: "During campaign activities candidates and volunteers are easy to find, often announced in advance on social media. Anyone who goes out alone or does not prepare an event is vulnerable if a conversation gets out of hand.",
      },
      how: {
        nl: "Ga huis-aan-huis altijd met minstens twee personen en spreek af wie waar loopt en hoe laat u terug bent. Maak voor elke openbare bijeenkomst een korte risico-inschatting: is er protest aangekondigd, waar is de uitgang, wie belt de politie? Meld grotere bijeenkomsten op tijd bij de gemeente en deel de precieze locatie van een kandidaat niet live online. Bij zorgen over de veiligheid kunt u in de campagne terecht bij het verkiezingsloket van de NCTV.",
        en: "Always canvass door to door with at least two people, and agree who walks where and when you will be back. For every public event make a short risk check: has a protest been announced, where is the exit, who calls the police? Notify the municipality of larger events in good time and do not share a candidate's exact location live online. With safety concerns during the campaign you can turn to the NCTV election desk.",
      },
    },
    options: [
      {
        id: "no-arrangements",
        label: {
          nl: "Er zijn geen afspraken; kandidaten en vrijwilligers gaan ook alleen op pad",
          en: "There are no arrangements; candidates and volunteers also go out alone",
        },
        maturity: 0,
      },
      {
        id: "pairs-advised",
        label: {
          nl: "We raden aan om met z'n tweeën te gaan, maar dat is geen vaste regel",
          en: "We recommend going in pairs, but it is not a fixed rule",
        },
        maturity: 1,
      },
      {
        id: "pairs-rule",
        label: {
          nl: "Huis-aan-huis gaan we altijd met minstens twee personen, en er is een noodnummer binnen de partij",
          en: "We always canvass with at least two people, and there is an emergency number within the party",
        },
        maturity: 2,
      },
      {
        id: "pairs-and-risk-check",
        label: {
          nl: "Naast die regel maken we voor elke openbare bijeenkomst een korte risico-inschatting en stemmen we grotere evenementen af met gemeente en politie",
          en: "On top of that rule, we make a short risk check for every public event and coordinate larger events with the municipality and police",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nctvVerkiezingen, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Spreek af dat niemand alleen campagne voert op straat",
          en: "Agree that nobody campaigns alone in the street",
        },
        detail: {
          nl: "Leg vast dat huis-aan-huis altijd met minstens twee personen gebeurt, met een afgesproken terugkomtijd en een noodnummer binnen de partij. Deel de afspraak met alle kandidaten en vrijwilligers.",
          en: "Make it a rule that door-to-door canvassing always happens with at least two people, with an agreed return time and an emergency number within the party. Share the rule with all candidates and volunteers.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak een risico-inschatting voor elke bijeenkomst",
          en: "Make a risk check for every event",
        },
        detail: {
          nl: "Gebruik een vaste korte checklist voor elke openbare bijeenkomst, en neem bij grotere evenementen vooraf contact op met de gemeente.",
          en: "Use a fixed short checklist for every public event, and contact the municipality in advance for larger events.",
        },
        owner: "campaign_manager",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "cand-municipal-contact",
    domain: "candidates",
    text: {
      nl: "Heeft uw partij een vaste contactpersoon bij de gemeente (burgemeester) voor bedreiging van lokale kandidaten?",
      en: "Does your party have a fixed contact person at the municipality (the mayor) for threats against local candidates?",
    },
    help: {
      why: {
        nl: "De burgemeester is verantwoordelijk voor de openbare orde en kan samen met de politie snel maatregelen nemen, zoals extra aandacht van de politie rond een woning. Dat werkt alleen als de gemeente weet bij wie in uw partij ze terechtkan, en andersom. Doet uw partij alleen landelijk mee, dan is deze vraag niet van toepassing.",
        en: "The mayor is responsible for public order and, together with the police, can act quickly, for example with extra police attention around a home. That only works if the municipality knows whom to contact in your party, and the other way round. If your party only stands nationally, this question does not apply.",
      },
      how: {
        nl: "Vraag de gemeente wie de contactpersoon is voor de veiligheid van politici, vaak de burgemeester of een adviseur openbare orde en veiligheid. Geef de gemeente de naam en het nummer van uw contactpersoon voor kandidaten. Spreek af hoe u elkaar informeert bij een dreiging, en vertel kandidaten dat deze lijn bestaat.",
        en: "Ask the municipality who the contact is for the safety of politicians, often the mayor or a public order and safety adviser. Give the municipality the name and number of your contact person for candidates. Agree how you will inform each other about a threat, and tell candidates this line exists.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Nee, we weten niet bij wie we bij de gemeente moeten zijn",
          en: "No, we do not know whom to contact at the municipality",
        },
        maturity: 0,
      },
      {
        id: "name-known",
        label: {
          nl: "We weten wie we kunnen bellen, maar er is nog geen contact geweest",
          en: "We know whom we could call, but there has been no contact yet",
        },
        maturity: 1,
      },
      {
        id: "contacts-exchanged",
        label: {
          nl: "We hebben kennisgemaakt met de gemeente en elkaars contactgegevens uitgewisseld",
          en: "We have met the municipality and exchanged contact details",
        },
        maturity: 2,
      },
      {
        id: "route-agreed",
        label: {
          nl: "We hebben contactgegevens uitgewisseld, afgesproken hoe we elkaar bij een dreiging informeren, en kandidaten kennen deze route",
          en: "We have exchanged contact details, agreed how to inform each other about a threat, and candidates know this route",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.riecNetwerkWeerbaarBestuur, sources.openbaarBedreigdePolitici],
    measures: {
      basic: {
        title: {
          nl: "Leg contact met de gemeente over de veiligheid van kandidaten",
          en: "Contact the municipality about candidates' safety",
        },
        detail: {
          nl: "Vraag de gemeente wie de contactpersoon is voor de veiligheid van politici, en geef de naam en het nummer van uw eigen contactpersoon door.",
          en: "Ask the municipality who the contact is for the safety of politicians, and pass on the name and number of your own contact person.",
        },
        owner: "board",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Maak afspraken met de gemeente en informeer kandidaten",
          en: "Make arrangements with the municipality and inform candidates",
        },
        detail: {
          nl: "Spreek met de gemeente af hoe u elkaar bij een dreiging informeert, en zet deze route in de meldinstructie voor kandidaten.",
          en: "Agree with the municipality how you will inform each other about a threat, and add this route to the reporting instructions for candidates.",
        },
        owner: "board",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
];
