import type { Question } from "../schema";
import { sources } from "./sources";

export const devicesQuestions: Question[] = [
  {
    id: "dev-auto-updates",
    domain: "devices",
    text: {
      nl: "Krijgen alle laptops en telefoons waarop partijwerk gebeurt automatisch updates?",
      en: "Do all laptops and phones used for party work get updates automatically?",
    },
    help: {
      why: {
        nl: "Aanvallers misbruiken bekende lekken in verouderde software, vaak al een paar dagen nadat er een update is verschenen. Een apparaat dat geen updates meer krijgt, blijft voorgoed kwetsbaar.",
        en: "Attackers exploit known flaws in outdated software, often within days of an update being released. A device that no longer receives updates stays vulnerable for good.",
      },
      how: {
        nl: "Zet automatische updates aan voor het besturingssysteem (Windows, macOS, iOS of Android), de browser en de apps. Kijk in de instellingen of het apparaat nog updates krijgt, en vervang apparaten die te oud zijn. Spreek af dat updates binnen een paar dagen worden geïnstalleerd, ook als dat een herstart kost.",
        en: "Turn on automatic updates for the operating system (Windows, macOS, iOS or Android), the browser and the apps. Check in the settings whether the device still receives updates, and replace devices that are too old. Agree that updates are installed within a few days, even if that means a restart.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet of de apparaten voor partijwerk updates krijgen.",
          en: "We don't know whether the devices used for party work get updates.",
        },
        maturity: 0,
      },
      {
        id: "when-remembered",
        label: {
          nl: "Mensen werken hun eigen apparaten bij als ze eraan denken.",
          en: "People update their own devices when they remember to.",
        },
        maturity: 1,
      },
      {
        id: "party-devices-only",
        label: {
          nl: "Automatische updates staan aan op alle apparaten van de partij, maar privéapparaten die voor partijwerk worden gebruikt controleren we niet.",
          en: "Automatic updates are on for all party-owned devices, but we don't check personal devices used for party work.",
        },
        maturity: 2,
      },
      {
        id: "all-devices-checked",
        label: {
          nl: "Automatische updates staan aan op alle apparaten voor partijwerk, ook privéapparaten, en we controleren elke maand dat geen apparaat achterloopt of te oud is.",
          en: "Automatic updates are on for all devices used for party work, including personal ones, and every month we check that no device is behind or too old.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical: one device with a known, unpatched flaw is enough for an attacker to get into party accounts and files.
    critical: true,
    allowNotApplicable: false,
    sources: [sources.cisaSecureOurWorld, sources.nationalDeviceSecurityGuidance, sources.nationaalPreventingLimitingRecovering],
    measures: {
      basic: {
        title: {
          nl: "Zet automatische updates aan op alle apparaten",
          en: "Turn on automatic updates on all devices",
        },
        detail: {
          nl: "Loop samen met de gebruikers de instellingen van laptops en telefoons na en zet automatische updates aan. Noteer apparaten die geen updates meer krijgen en plan hun vervanging.",
          en: "Go through the settings of laptops and phones together with their users and turn on automatic updates. Note devices that no longer receive updates and plan to replace them.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Controleer elke maand of apparaten bijgewerkt zijn",
          en: "Check every month that devices are up to date",
        },
        detail: {
          nl: "Vraag ook mensen die een privéapparaat voor partijwerk gebruiken om automatische updates aan te zetten. Controleer elke maand de versies en vervang te oude apparaten vóór de campagne.",
          en: "Also ask people who use a personal device for party work to turn on automatic updates. Check the versions every month and replace devices that are too old before the campaign.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-phone-lock-mdm",
    domain: "devices",
    text: {
      nl: "Zijn telefoons voor partijwerk vergrendeld, en kan de partij haar gegevens beschermen als een telefoon kwijtraakt?",
      en: "Are phones used for party work locked, and can the party protect its data if a phone is lost?",
    },
    help: {
      why: {
        nl: "Op een telefoon zonder goede vergrendeling kan een vinder of dief meteen de partijmail, chatgroepen en sociale media openen. Daarom moet de partij bij verlies haar gegevens kunnen wissen, of moeten die gegevens er niet op staan.",
        en: "On a phone without a proper lock, whoever finds or steals it can open the party e-mail, chat groups and social media straight away. So the party must be able to wipe its data when a phone is lost, or the data must not be on the phone.",
      },
      how: {
        nl: "Stel op elke telefoon een pincode van minstens zes cijfers in, eventueel met vingerafdruk of gezichtsherkenning, en laat het scherm na hooguit een paar minuten vergrendelen. Houd een lijst bij van telefoons waarop partijwerk gebeurt. Er zijn twee manieren om de gegevens te beschermen. Met apparaatbeheer (MDM: software waarmee de partij instellingen afdwingt en partijgegevens op afstand wist), zoals Microsoft Intune of het apparaatbeheer van Google Workspace; op een privételefoon beheert u dan alleen het partijdeel. Of, eenvoudiger voor vrijwilligers: zet geen partijgegevens op privételefoons. Partijmail en bestanden opent men dan alleen in de browser of in een partij-account dat de partij op afstand kan afsluiten, en ledenlijsten worden niet gedownload.",
        en: "Set a PIN of at least six digits on every phone, optionally with fingerprint or face unlock, and have the screen lock after a few minutes at most. Keep a list of phones used for party work. There are two ways to protect the data. With device management (MDM: software that lets the party enforce settings and wipe party data remotely), such as Microsoft Intune or Google Workspace's; on a personal phone you then manage only the party part. Or, simpler for volunteers: keep party data off personal phones. Party e-mail and files are then only opened in the browser or in a party account the party can shut off remotely, and member lists are not downloaded.",
      },
    },
    options: [
      {
        id: "no-lock-or-unknown",
        label: {
          nl: "Sommige telefoons voor partijwerk hebben geen schermvergrendeling, of we weten het niet.",
          en: "Some phones used for party work have no screen lock, or we don't know.",
        },
        maturity: 0,
      },
      {
        id: "lock-no-overview",
        label: {
          nl: "Alle telefoons hebben een schermvergrendeling, maar de partij weet niet welke telefoons voor partijwerk worden gebruikt.",
          en: "All phones have a screen lock, but the party does not know which phones are used for party work.",
        },
        maturity: 1,
      },
      {
        id: "lock-rules-and-list",
        label: {
          nl: "Alle telefoons hebben een pincode van minstens zes cijfers en vergrendelen automatisch, en we houden een lijst bij van telefoons voor partijwerk.",
          en: "All phones have a PIN of at least six digits and lock automatically, and we keep a list of phones used for party work.",
        },
        maturity: 2,
      },
      {
        // New id: version 1's top option asked for MDM on every phone, which a volunteer-run branch cannot
        // honestly reach. Keeping party data off personal phones protects the data just as well.
        id: "wipe-or-no-party-data",
        label: {
          nl: "Alle telefoons zijn zo vergrendeld, en de partij kan partijgegevens op afstand wissen met apparaatbeheer (MDM), of er staan geen partijgegevens op privételefoons.",
          en: "All phones are locked this way, and the party can wipe party data remotely with device management (MDM), or there is no party data on personal phones.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nationalDeviceSecurityGuidance, sources.cisaMobileCommunicationsBest],
    measures: {
      basic: {
        title: {
          nl: "Zorg voor schermvergrendeling op alle telefoons",
          en: "Make sure every phone has a screen lock",
        },
        detail: {
          nl: "Vraag iedereen die partijwerk op de telefoon doet een pincode van minstens zes cijfers en automatische vergrendeling in te stellen. Maak tegelijk een lijst van deze telefoons.",
          en: "Ask everyone who does party work on their phone to set a PIN of at least six digits and automatic locking. At the same time, make a list of these phones.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Haal partijgegevens van privételefoons of meld ze aan bij apparaatbeheer",
          en: "Take party data off personal phones or enrol them in device management",
        },
        detail: {
          nl: "Kies per telefoon: geen partijgegevens erop (mail en bestanden alleen in de browser, geen gedownloade ledenlijsten), of aanmelden bij apparaatbeheer dat past bij uw e-maildienst. Begin bij het bestuur, woordvoerders en beheerders.",
          en: "Choose per phone: no party data on it (e-mail and files only in the browser, no downloaded member lists), or enrolment in device management that fits your e-mail service. Start with the board, spokespeople and admins.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-disk-encryption",
    domain: "devices",
    text: {
      nl: "Zijn laptops met partijgegevens versleuteld (BitLocker op Windows, FileVault op Mac), zodat een dief de bestanden niet kan lezen?",
      en: "Are laptops with party data encrypted (BitLocker on Windows, FileVault on Mac), so that a thief cannot read the files?",
    },
    help: {
      why: {
        nl: "Een gestolen laptop met ledenlijsten of gegevens van donateurs is een datalek, dat u mogelijk binnen 72 uur moet melden bij de Autoriteit Persoonsgegevens. Is de schijf versleuteld, dan kan de dief de gegevens niet lezen en blijft de schade beperkt.",
        en: "A stolen laptop with member lists or donor details is a data breach, which you may have to report to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) within 72 hours. If the disk is encrypted, the thief cannot read the data and the damage stays limited.",
      },
      how: {
        nl: "Zet BitLocker (Windows Pro) of Apparaatversleuteling (Windows Home) aan, of FileVault op een Mac. Bewaar de herstelsleutel op een veilige plek buiten de laptop, bijvoorbeeld in de wachtwoordmanager van de partij. Controleer dit ook bij privélaptops waarop partijbestanden staan.",
        en: "Turn on BitLocker (Windows Pro) or Device encryption (Windows Home), or FileVault on a Mac. Keep the recovery key in a safe place outside the laptop, for example in the party's password manager. Check this on personal laptops that hold party files too.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet of de laptops versleuteld zijn.",
          en: "We don't know whether the laptops are encrypted.",
        },
        maturity: 0,
      },
      {
        id: "some",
        label: {
          nl: "Sommige laptops met partijgegevens zijn versleuteld, andere niet.",
          en: "Some laptops with party data are encrypted, others are not.",
        },
        maturity: 1,
      },
      {
        id: "all-keys-unknown",
        label: {
          nl: "Alle laptops met partijgegevens zijn versleuteld, maar we weten niet waar alle herstelsleutels zijn.",
          en: "All laptops with party data are encrypted, but we don't know where all the recovery keys are.",
        },
        maturity: 2,
      },
      {
        id: "all-keys-stored-checked",
        label: {
          nl: "Alle laptops met partijgegevens zijn versleuteld, de herstelsleutels liggen veilig bij de partij, en we controleren dit minstens één keer per jaar.",
          en: "All laptops with party data are encrypted, the recovery keys are kept safely by the party, and we check this at least once a year.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.autoriteitDatalekken, sources.nationalDeviceSecurityGuidance],
    measures: {
      basic: {
        title: {
          nl: "Zet versleuteling aan op alle laptops",
          en: "Turn on encryption on all laptops",
        },
        detail: {
          nl: "Zet BitLocker of FileVault aan op alle laptops met partijgegevens. Begin bij wie de ledenadministratie doet, en bewaar de herstelsleutels in de wachtwoordmanager.",
          en: "Turn on BitLocker or FileVault on all laptops with party data. Start with whoever handles the membership administration, and keep the recovery keys in the password manager.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Bewaar herstelsleutels centraal en controleer jaarlijks",
          en: "Store recovery keys centrally and check every year",
        },
        detail: {
          nl: "Verzamel de herstelsleutels van alle laptops op één veilige plek, zodat u een laptop kunt openen als de eigenaar het wachtwoord kwijt is. Controleer elk jaar of nieuwe laptops ook versleuteld zijn.",
          en: "Collect the recovery keys of all laptops in one safe place, so you can open a laptop if its owner loses the password. Check every year that new laptops are encrypted too.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-malware-apps",
    domain: "devices",
    text: {
      nl: "Zijn laptops beschermd tegen schadelijke software, en gebruiken mensen alleen goedgekeurde programma's en apps voor partijwerk?",
      en: "Are laptops protected against malicious software, and do people only use approved programs and apps for party work?",
    },
    help: {
      why: {
        nl: "Schadelijke software komt vaak binnen via een nepprogramma, een illegale download of een bijlage. Eenmaal binnen kan zo'n programma wachtwoorden stelen, meelezen of bestanden versleutelen voor losgeld.",
        en: "Malicious software often gets in through a fake program, an illegal download or an attachment. Once inside, it can steal passwords, spy on what you do or encrypt files for ransom.",
      },
      how: {
        nl: "Controleer dat Microsoft Defender (ingebouwd in Windows) of een vergelijkbare virusscanner aanstaat. Spreek af dat mensen programma's en apps alleen uit de officiële app-winkels of van de website van de maker halen. Maak een korte lijst van goedgekeurde apps voor partijwerk, zoals de e-mail-app, de wachtwoordmanager en Signal voor gevoelige gesprekken, en geef gewone gebruikers op partijlaptops geen beheerdersrechten.",
        en: "Check that Microsoft Defender (built into Windows) or a similar virus scanner is switched on. Agree that people only get programs and apps from the official app stores or the maker's website. Make a short list of approved apps for party work, such as the e-mail app, the password manager and Signal for sensitive conversations, and don't give ordinary users admin rights on party laptops.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet of er bescherming aanstaat, en mensen installeren wat ze willen.",
          en: "We don't know whether protection is on, and people install whatever they like.",
        },
        maturity: 0,
      },
      {
        id: "protection-no-rules",
        label: {
          nl: "Er staat bescherming aan (zoals Microsoft Defender), maar er zijn geen afspraken over welke programma's en apps mensen installeren.",
          en: "Protection is on (such as Microsoft Defender), but there are no agreements on which programs and apps people install.",
        },
        maturity: 1,
      },
      {
        id: "official-stores",
        label: {
          nl: "Bescherming staat op alle laptops aan, en we hebben afgesproken dat mensen alleen installeren uit officiële app-winkels of van de website van de maker.",
          en: "Protection is on for all laptops, and we have agreed that people only install from official app stores or the maker's website.",
        },
        maturity: 2,
      },
      {
        // New id: version 1 asked for central checking, which a branch working only on volunteers' own laptops
        // cannot do; a regular check with the people themselves now reaches the top too.
        id: "approved-list-checked",
        label: {
          nl: "Bescherming staat op alle laptops voor partijwerk aan en we controleren dat regelmatig. Er is een lijst van goedgekeurde apps, en op laptops van de partij installeert niemand iets zonder de IT-verantwoordelijke.",
          en: "Protection is on for all laptops used for party work and we check this regularly. There is a list of approved apps, and nobody installs anything on the party's laptops without the IT lead.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nationalDeviceSecurityGuidance, sources.cisaSecureOurWorld],
    measures: {
      basic: {
        title: {
          nl: "Zet bescherming tegen schadelijke software aan",
          en: "Turn on protection against malicious software",
        },
        detail: {
          nl: "Controleer op elke laptop dat Microsoft Defender of een andere virusscanner aanstaat en wordt bijgewerkt. Spreek af dat mensen alleen software installeren uit officiële app-winkels.",
          en: "Check on every laptop that Microsoft Defender or another virus scanner is on and kept up to date. Agree that people only install software from official app stores.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak een lijst van goedgekeurde apps",
          en: "Make a list of approved apps",
        },
        detail: {
          nl: "Schrijf op welke apps voor partijwerk gebruikt worden en verwijder de rest van partijlaptops. Haal beheerdersrechten weg bij gewone gebruikers, zodat nieuwe software via de IT-verantwoordelijke gaat.",
          en: "Write down which apps are used for party work and remove the rest from party laptops. Take admin rights away from ordinary users, so new software goes through the IT lead.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-high-risk-modes",
    domain: "devices",
    text: {
      nl: "Gebruiken de meest bedreigde mensen van de partij de extra beveiligingsstand van hun telefoon?",
      en: "Do the party's most threatened people use their phone's extra protection mode?",
    },
    help: {
      why: {
        nl: "Partijleiders en kandidaten kunnen doelwit zijn van spionagesoftware, die soms via één bericht een telefoon binnendringt. De extra standen (Isolatiemodus op Apple-apparaten, Advanced Protection op Android) sluiten veel van die routes af.",
        en: "Party leaders and candidates can be targeted with spyware, which sometimes gets into a phone through a single message. The extra modes (Lockdown Mode on Apple devices, Advanced Protection on Android) close off many of those routes.",
      },
      how: {
        nl: "Zet op iPhone en iPad de Isolatiemodus aan via Instellingen > Privacy en beveiliging > Isolatiemodus; op een Mac staat dezelfde stand in Systeeminstellingen. Op Android-telefoons met Android 16 of nieuwer zet u Advanced Protection aan in de beveiligingsinstellingen. Daarna werken sommige functies beperkt, zoals bepaalde bijlagen en websites; leg dat vooraf uit en spreek af bij wie men terechtkan.",
        en: "On iPhone and iPad, turn on Lockdown Mode under Settings > Privacy & Security > Lockdown Mode; on a Mac the same mode is in System Settings. On Android phones with Android 16 or later, turn on Advanced Protection in the security settings. Afterwards some features work in a limited way, such as certain attachments and websites; explain this beforehand and agree whom people can turn to.",
      },
    },
    options: [
      {
        id: "not-discussed",
        label: {
          nl: "We hebben niet bepaald wie het meest bedreigd is, of niemand heeft deze standen met hen besproken.",
          en: "We have not decided who is most threatened, or nobody has discussed these modes with them.",
        },
        maturity: 0,
      },
      {
        id: "informed",
        label: {
          nl: "We hebben de meest bedreigde mensen erover verteld, maar weten niet of iemand het heeft aangezet.",
          en: "We told the most threatened people about it, but we don't know whether anyone turned it on.",
        },
        maturity: 1,
      },
      {
        id: "some-on",
        label: {
          nl: "Een deel van hen, zoals de partijleider, heeft het aangezet.",
          en: "Some of them, such as the party leader, have turned it on.",
        },
        maturity: 2,
      },
      {
        id: "all-on",
        label: {
          nl: "Alle mensen die we als meest bedreigd hebben aangewezen, hebben het aangezet op hun telefoon (en op hun Mac of iPad, als ze die hebben) en weten bij wie ze terechtkunnen als iets niet werkt.",
          en: "Everyone we identified as most threatened has turned it on on their phone (and on their Mac or iPad, if they have one) and knows whom to turn to if something doesn't work.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.appleAboutLockdownMode, sources.cisaMobileCommunicationsBest, sources.nationalDefendingDemocracyGuidance],
    measures: {
      basic: {
        title: {
          nl: "Bespreek de extra beveiligingsstand met de meest bedreigde mensen",
          en: "Discuss the extra protection mode with the most threatened people",
        },
        detail: {
          nl: "Bepaal wie het meest bedreigd is, zoals de partijleider, de lijsttrekker en woordvoerders. Help hen de stand aan te zetten op hun telefoon, en op hun Mac of iPad als ze die hebben. Leg uit wat er dan anders werkt.",
          en: "Decide who is most threatened, such as the party leader, the lead candidate and spokespeople. Help them turn the mode on on their phone, and on their Mac or iPad if they have one. Explain what works differently afterwards.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Help de rest van de groep de stand aan te zetten",
          en: "Help the rest of the group turn the mode on",
        },
        detail: {
          nl: "Ga na wie het nog niet heeft aangezet en help die persoon persoonlijk. Neem de stand op in de checklist voor nieuwe kandidaten bovenaan de lijst.",
          en: "Find out who has not turned it on yet and help them in person. Add the mode to the checklist for new top candidates.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "dev-lost-device",
    domain: "devices",
    text: {
      nl: "Weet iedereen wat te doen als een laptop of telefoon met partijgegevens kwijt is of gestolen wordt?",
      en: "Does everyone know what to do when a laptop or phone with party data is lost or stolen?",
    },
    help: {
      why: {
        nl: "Bij verlies telt elk uur: het apparaat kan nog ingelogd zijn op e-mail, chatgroepen en sociale media. Snel wissen en wachtwoorden veranderen voorkomt misbruik. De partij moet ook beoordelen of het een datalek is dat binnen 72 uur gemeld moet worden.",
        en: "When a device is lost every hour counts: it may still be signed in to e-mail, chat groups and social media. Wiping it quickly and changing passwords prevents misuse. The party must also assess whether it is a data breach that has to be reported within 72 hours.",
      },
      how: {
        nl: "Zet op alle apparaten de zoekfunctie aan (Zoek mijn bij Apple, Vind mijn apparaat bij Google, Mijn apparaat zoeken bij Windows), zodat u ze op afstand kunt vergrendelen en waar mogelijk wissen. Schrijf een korte procedure: meteen melden bij de IT-verantwoordelijke, wachtwoorden veranderen, het apparaat overal uitloggen en zo nodig wissen. De IT-verantwoordelijke geeft het verlies meteen door aan wie datalekken beoordeelt, bijvoorbeeld de secretaris: die beslist of het gemeld moet worden bij de Autoriteit Persoonsgegevens (AP) en zet het in het datalekregister.",
        en: "Turn on the device-finding feature on all devices (Find My on Apple, Find My Device on Google, Find my device on Windows), so you can lock them remotely and wipe them where possible. Write a short procedure: report to the IT lead straight away, change passwords, sign the device out everywhere and wipe it if needed. The IT lead passes the loss on straight away to whoever assesses data breaches, for example the secretary, who decides whether it must be reported to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) and records it in the breach register.",
      },
    },
    options: [
      {
        id: "no-agreement",
        label: {
          nl: "Er is geen afspraak. Mensen lossen het zelf op.",
          en: "There is no agreement. People sort it out themselves.",
        },
        maturity: 0,
      },
      {
        id: "report-unclear",
        label: {
          nl: "Mensen weten dat ze het moeten melden, maar niet bij wie of hoe snel.",
          en: "People know they should report it, but not to whom or how quickly.",
        },
        maturity: 1,
      },
      {
        id: "written-procedure",
        label: {
          nl: "Er is een korte, schriftelijke procedure: dezelfde dag melden bij de IT-verantwoordelijke, wachtwoorden veranderen en het apparaat op afstand vergrendelen of wissen.",
          en: "There is a short written procedure: report to the IT lead the same day, change passwords, and lock or wipe the device remotely.",
        },
        maturity: 2,
      },
      {
        id: "procedure-tested",
        label: {
          nl: "Er is een schriftelijke procedure, op alle apparaten voor partijwerk staat de zoekfunctie of apparaatbeheer aan, we hebben wissen op afstand getest, en de IT-verantwoordelijke weet wanneer een datalek gemeld moet worden.",
          en: "There is a written procedure, device finding or device management is on for all devices used for party work, we have tested remote wiping, and the IT lead knows when a data breach must be reported.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.autoriteitDatalekken, sources.nationalDeviceSecurityGuidance],
    measures: {
      basic: {
        title: {
          nl: "Schrijf een procedure voor verloren apparaten",
          en: "Write a procedure for lost devices",
        },
        detail: {
          nl: "Zet op een half A4 wie gewaarschuwd moet worden, welke wachtwoorden meteen veranderen en hoe u een apparaat op afstand wist. Deel dit met iedereen en vraag hen de zoekfunctie op hun apparaten aan te zetten.",
          en: "Put on half a page who must be told, which passwords change straight away and how to wipe a device remotely. Share it with everyone and ask them to turn on device finding on their devices.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Test het wissen op afstand",
          en: "Test remote wiping",
        },
        detail: {
          nl: "Controleer dat op alle apparaten voor partijwerk de zoekfunctie of apparaatbeheer aanstaat, en test het wissen op afstand met een oud apparaat. Zet de meldplicht voor datalekken in de procedure.",
          en: "Check that device finding or device management is on for all devices used for party work, and test remote wiping with an old device. Add the duty to report data breaches to the procedure.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-travel",
    domain: "devices",
    text: {
      nl: "Nemen bestuurders en kandidaten op reis naar landen met spionagerisico een aparte telefoon en laptop mee?",
      en: "Do board members and candidates take a separate phone and laptop when travelling to countries with a risk of espionage?",
    },
    help: {
      why: {
        nl: "Sommige landen proberen bij bezoekers gegevens te verzamelen, bijvoorbeeld door apparaten bij de grens of in een hotelkamer te kopiëren of besmetten. Een telefoon met de partijmail, chatgroepen en contacten geeft dan toegang tot de hele partij, ook na terugkomst.",
        en: "Some countries try to collect data from visitors, for example by copying or infecting devices at the border or in a hotel room. A phone with the party e-mail, chat groups and contacts then gives access to the whole party, even after returning home.",
      },
      how: {
        nl: "Spreek af voor welke reizen dit geldt, bijvoorbeeld werkbezoeken en handelsmissies naar landen waarvoor de Nederlandse overheid voor spionage waarschuwt. Geef reizigers een aparte telefoon en laptop zonder partijgegevens; een oud toestel dat u terugzet naar fabrieksinstellingen volstaat. Zet er alleen op wat nodig is en log in met tijdelijke wachtwoorden. Wis het apparaat na terugkomst en verander de wachtwoorden die op reis zijn gebruikt. Reist niemand voor de partij naar zulke landen, kies dan ‘niet van toepassing’.",
        en: "Agree which trips this applies to, for example working visits and trade missions to countries for which the Dutch government warns about espionage. Give travellers a separate phone and laptop without party data; an old device reset to factory settings will do. Put only what is needed on it and sign in with temporary passwords. Wipe the device after the trip and change the passwords used while travelling. If nobody travels to such countries for the party, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "no-agreement",
        label: {
          nl: "Er zijn geen afspraken; mensen nemen hun eigen telefoon en laptop mee.",
          en: "There are no agreements; people take their own phone and laptop.",
        },
        maturity: 0,
      },
      {
        id: "advice-only",
        label: {
          nl: "We geven soms advies, maar er zijn geen aparte reisapparaten.",
          en: "We sometimes give advice, but there are no separate travel devices.",
        },
        maturity: 1,
      },
      {
        id: "devices-not-cleaned",
        label: {
          nl: "Reizigers krijgen een apart apparaat zonder partijgegevens, maar na terugkomst wordt het niet gewist of blijven de wachtwoorden hetzelfde.",
          en: "Travellers get a separate device without party data, but afterwards it is not wiped or the passwords stay the same.",
        },
        maturity: 2,
      },
      {
        id: "separate-and-cleaned",
        label: {
          nl: "Reizigers krijgen een apart apparaat zonder partijgegevens, en na terugkomst wissen we het en veranderen we de gebruikte wachtwoorden.",
          en: "Travellers get a separate device without party data, and after the trip we wipe it and change the passwords that were used.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.aivdEspionageHowRecognise, sources.nationalDefendingDemocracyGuidance, sources.cisaMobileCommunicationsBest],
    measures: {
      basic: {
        title: {
          nl: "Spreek reisregels af en leg reisapparaten klaar",
          en: "Agree travel rules and prepare travel devices",
        },
        detail: {
          nl: "Schrijf op voor welke reizen een apart apparaat nodig is. Zet een of twee oude telefoons en een laptop terug naar fabrieksinstellingen, zodat ze klaarliggen voor wie op reis gaat.",
          en: "Write down which trips need a separate device. Reset one or two old phones and a laptop to factory settings, so they are ready for whoever travels.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Wis reisapparaten na elke reis",
          en: "Wipe travel devices after every trip",
        },
        detail: {
          nl: "Spreek af dat reizigers het apparaat direct na terugkomst inleveren. Wis het, en laat hen de wachtwoorden veranderen die op reis zijn gebruikt.",
          en: "Agree that travellers hand in the device straight after they return. Wipe it, and have them change the passwords used while travelling.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-physical-security",
    domain: "devices",
    text: {
      nl: "Zijn uw kantoor en papieren met persoonsgegevens (zoals ledenlijsten en donateurslijsten) goed beveiligd?",
      en: "Are your office and paper records with personal data (such as member and donor lists) properly secured?",
    },
    help: {
      why: {
        nl: "Een ledenlijst die op een bureau blijft liggen of bij het oud papier belandt, is net zo goed een datalek als een hack. Politieke opvattingen zijn bijzondere persoonsgegevens onder de AVG, en een ledenlijst laat die zien. Zulke lijsten vragen dus extra zorg. Wie ongezien binnenkomt, kan ook apparaten meenemen.",
        en: "A member list left on a desk or thrown out with the waste paper is as much a data breach as a hack. Political opinions are a special category of personal data under the GDPR, and a member list reveals them. Such lists therefore need extra care. Someone who walks in unseen can also take devices.",
      },
      how: {
        nl: "Houd het kantoor op slot als er niemand is en weet wie een sleutel of pas heeft. Bewaar papieren met persoonsgegevens in een afgesloten kast en vernietig oude lijsten met een papierversnipperaar. Print ledenlijsten alleen als het nodig is, bijvoorbeeld voor huis-aan-huisbezoek, en haal ze daarna weer op.",
        en: "Keep the office locked when nobody is there and know who has a key or pass. Keep paper with personal data in a locked cabinet and destroy old lists with a shredder. Only print member lists when needed, for example for door-to-door canvassing, and collect them again afterwards.",
      },
    },
    options: [
      {
        id: "open",
        label: {
          nl: "Bezoekers kunnen zonder begeleiding binnenlopen, of papieren met persoonsgegevens liggen open en bloot.",
          en: "Visitors can walk in unaccompanied, or paper with personal data lies out in the open.",
        },
        maturity: 0,
      },
      {
        id: "office-locked",
        label: {
          nl: "Het kantoor is buiten werktijd op slot, maar papieren met persoonsgegevens liggen niet in een afgesloten kast.",
          en: "The office is locked outside working hours, but paper with personal data is not kept in a locked cabinet.",
        },
        maturity: 1,
      },
      {
        id: "cabinet-and-shredder",
        label: {
          nl: "Het kantoor is op slot, papieren met persoonsgegevens liggen in een afgesloten kast, en oude lijsten gaan door de versnipperaar.",
          en: "The office is locked, paper with personal data is in a locked cabinet, and old lists go through the shredder.",
        },
        maturity: 2,
      },
      {
        id: "full-control",
        label: {
          nl: "Kantoor en kast zijn op slot, we weten wie een sleutel of pas heeft, bezoekers worden begeleid, en geprinte lijsten halen we na gebruik op en vernietigen we.",
          en: "Office and cabinet are locked, we know who has a key or pass, visitors are accompanied, and printed lists are collected after use and destroyed.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.autoriteitDatalekken],
    measures: {
      basic: {
        title: {
          nl: "Sluit kantoor en ledenlijsten af",
          en: "Lock up the office and member lists",
        },
        detail: {
          nl: "Zorg dat het kantoor op slot gaat als er niemand is, en koop een afsluitbare kast voor papieren met persoonsgegevens. Vernietig oude lijsten met een versnipperaar.",
          en: "Make sure the office is locked when nobody is there, and buy a lockable cabinet for paper with personal data. Destroy old lists with a shredder.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Houd bij wie toegang heeft en haal geprinte lijsten terug",
          en: "Keep track of who has access and collect printed lists",
        },
        detail: {
          nl: "Maak een lijst van wie een sleutel of pas heeft en neem sleutels in bij vertrek. Spreek af dat geprinte lijsten voor campagnewerk genummerd worden uitgedeeld en na afloop worden ingeleverd.",
          en: "Make a list of who has a key or pass and collect keys when people leave. Agree that printed lists for campaign work are handed out numbered and returned afterwards.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-ai-tools",
    domain: "devices",
    text: {
      nl: "Is afgesproken dat niemand gegevens van leden of kiezers invoert in AI-chatbots zoals ChatGPT?",
      en: "Has it been agreed that nobody enters data about members or voters into AI chatbots such as ChatGPT?",
    },
    help: {
      why: {
        nl: "AI-chatbots (programma’s die tekst maken, zoals ChatGPT, Copilot of Gemini) bewaren vaak wat u invoert, op servers van het bedrijf erachter. Plakt iemand een ledenlijst of een lijst met kiezers erin om die te laten ordenen of samenvatten, dan is dat een datalek. De Autoriteit Persoonsgegevens (AP) krijgt daar steeds meer meldingen van. Bij een partij laten zulke lijsten iemands politieke voorkeur zien.",
        en: "AI chatbots (programs that write text, such as ChatGPT, Copilot or Gemini) often keep what you enter, on the servers of the company behind them. If someone pastes a member list or a list of voters into one to sort or summarise it, that is a data breach. The Dutch Data Protection Authority (Autoriteit Persoonsgegevens, AP) receives more and more reports of this. For a party, such lists reveal people’s political opinions.",
      },
      how: {
        nl: "Schrijf een korte regel: geen namen, adressen, e-mailadressen of andere gegevens van leden, donateurs of kiezers in AI-chatbots. Leg die uit aan iedereen met toegang tot de ledenadministratie, ook aan nieuwe vrijwilligers. Wil de partij AI gebruiken, kies dan één dienst met een verwerkersovereenkomst (een contract waarin de leverancier belooft de gegevens alleen voor de partij te gebruiken) die ingevoerde gegevens niet gebruikt om te trainen. Is er toch iets ingevoerd, behandel het dan als datalek.",
        en: "Write a short rule: no names, addresses, e-mail addresses or other data of members, donors or voters in AI chatbots. Explain it to everyone with access to the membership administration, including new volunteers. If the party wants to use AI, choose one service with a data processing agreement (a contract in which the supplier promises to use the data only for the party) that does not use entered data for training. If something was entered anyway, treat it as a data breach.",
      },
    },
    options: [
      {
        id: "no-agreement",
        label: {
          nl: "Er is niets afgesproken; we weten niet wat mensen in AI-chatbots invoeren.",
          en: "Nothing has been agreed; we don't know what people enter into AI chatbots.",
        },
        maturity: 0,
      },
      {
        id: "informal",
        label: {
          nl: "Mensen weten ongeveer dat het niet mag, maar het staat nergens op papier.",
          en: "People roughly know it is not allowed, but it is not written down anywhere.",
        },
        maturity: 1,
      },
      {
        id: "written-not-known",
        label: {
          nl: "Er is een schriftelijke regel, maar niet iedereen met toegang tot leden- of kiezersgegevens kent hem.",
          en: "There is a written rule, but not everyone with access to member or voter data knows it.",
        },
        maturity: 2,
      },
      {
        id: "written-known-everyone",
        label: {
          nl: "Er is een schriftelijke regel, iedereen met toegang tot leden- of kiezersgegevens kent hem, en nieuwe vrijwilligers horen hem bij hun start.",
          en: "There is a written rule, everyone with access to member or voter data knows it, and new volunteers hear it when they start.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.autoriteitAiChatbotDatalekken, sources.autoriteitVerantwoordelijkeVerwerker],
    measures: {
      basic: {
        title: {
          nl: "Spreek af: geen leden- of kiezersgegevens in AI-chatbots",
          en: "Agree: no member or voter data in AI chatbots",
        },
        detail: {
          nl: "Schrijf de regel in één zin op en stuur hem aan iedereen met toegang tot de ledenadministratie. Zet in het incidentplan dat ingevoerde persoonsgegevens een datalek zijn.",
          en: "Write the rule down in one sentence and send it to everyone with access to the membership administration. State in the incident plan that personal data entered into a chatbot is a data breach.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Leg de regel uit en kies zo nodig één AI-dienst",
          en: "Explain the rule and, if needed, choose one AI service",
        },
        detail: {
          nl: "Neem de regel op in de uitleg voor nieuwe vrijwilligers. Wil de partij AI gebruiken, kies dan één dienst met een verwerkersovereenkomst die ingevoerde gegevens niet gebruikt voor training.",
          en: "Include the rule in the briefing for new volunteers. If the party wants to use AI, choose one service with a data processing agreement that does not use entered data for training.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "dev-canvassing-tools",
    domain: "devices",
    text: {
      nl: "Gebruiken vrijwilligers voor huis-aan-huisbezoek en campagnes alleen apps waarmee de partij afspraken over gegevens heeft?",
      en: "Do volunteers use only apps the party has data agreements with for door-to-door visits and campaigning?",
    },
    help: {
      why: {
        nl: "Campagne-apps voor huis-aan-huisbezoek (canvassen), belacties en vrijwilligersplanning bevatten vaak namen, adressen en wat mensen over hun stem zeiden. Staan die bij een leverancier zonder afspraken, of in een spreadsheet die via WhatsApp rondgaat, dan weet de partij niet wie erbij kan en hoe lang de gegevens blijven bestaan.",
        en: "Campaign apps for door-to-door visits (canvassing), phone banking and volunteer planning often hold names, addresses and what people said about their vote. If these sit with a supplier without agreements, or in a spreadsheet passed around on WhatsApp, the party does not know who can see them or how long they remain.",
      },
      how: {
        nl: "Maak een lijst van de apps en diensten waarin gegevens van leden of kiezers staan. Sluit met elke leverancier een verwerkersovereenkomst: een contract, verplicht onder de AVG, waarin de leverancier belooft de gegevens alleen voor de partij te gebruiken en goed te beveiligen. Geef vrijwilligers alleen de adressen en gegevens voor hun eigen route, en haal na de campagne hun toegang weg. Gebruikt u geen apps en gaan er geen lijsten met persoonsgegevens rond, kies dan ‘niet van toepassing’.",
        en: "List the apps and services that hold data about members or voters. Sign a data processing agreement with every supplier: a contract, required under the GDPR, in which the supplier promises to use the data only for the party and to protect it well. Give volunteers only the addresses and data for their own route, and remove their access after the campaign. If you use no apps and no lists with personal data go round, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet welke apps vrijwilligers gebruiken, of lijsten met persoonsgegevens gaan rond via chat of gedeelde spreadsheets.",
          en: "We don't know which apps volunteers use, or lists with personal data go round by chat or shared spreadsheets.",
        },
        maturity: 0,
      },
      {
        id: "known-no-agreements",
        label: {
          nl: "We weten welke apps we gebruiken, maar niet met elke leverancier is er een verwerkersovereenkomst.",
          en: "We know which apps we use, but not every supplier has a data processing agreement with us.",
        },
        maturity: 1,
      },
      {
        id: "agreements-broad-access",
        label: {
          nl: "Elke leverancier heeft een verwerkersovereenkomst, maar vrijwilligers zien meer gegevens dan nodig of houden toegang na de campagne.",
          en: "Every supplier has a data processing agreement, but volunteers see more data than needed or keep access after the campaign.",
        },
        maturity: 2,
      },
      {
        id: "agreements-minimal-access",
        label: {
          nl: "Elke leverancier heeft een verwerkersovereenkomst, vrijwilligers zien alleen wat ze voor hun route nodig hebben, en na de campagne halen we toegang weg.",
          en: "Every supplier has a data processing agreement, volunteers see only what they need for their route, and we remove access after the campaign.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.autoriteitVerantwoordelijkeVerwerker, sources.autoriteitDatalekken],
    measures: {
      basic: {
        title: {
          nl: "Sluit verwerkersovereenkomsten met de leveranciers van campagne-apps",
          en: "Sign data processing agreements with the suppliers of campaign apps",
        },
        detail: {
          nl: "Zet op een rij welke apps en diensten gegevens van leden of kiezers bevatten, en vraag elke leverancier om een verwerkersovereenkomst. Stop met apps waarvoor de leverancier die niet wil geven.",
          en: "List which apps and services hold data about members or voters, and ask every supplier for a data processing agreement. Stop using apps whose supplier will not provide one.",
        },
        owner: "treasurer",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Beperk wat vrijwilligers zien en zet een einddatum",
          en: "Limit what volunteers see and set an end date",
        },
        detail: {
          nl: "Stel de apps zo in dat vrijwilligers alleen hun eigen route zien. Zet voor elke vrijwilliger een einddatum op de toegang, en wis na de verkiezing wat niet meer nodig is.",
          en: "Set up the apps so that volunteers see only their own route. Give every volunteer's access an end date, and delete what is no longer needed after the election.",
        },
        owner: "secretary",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
