import type { Question } from "../schema";
import { sources } from "./sources";

export const accountsQuestions: Question[] = [
  {
    id: "acc-mfa-email",
    domain: "accounts",
    text: {
      nl: "Gebruiken alle e-mailaccounts van de partij tweestapsverificatie (een extra code of sleutel naast het wachtwoord)?",
      en: "Do all of the party's e-mail accounts use two-step verification (an extra code or key on top of the password)?",
    },
    help: {
      why: {
        nl: "E-mail is de sleutel tot bijna alles. Wie uw mailbox heeft, kan de wachtwoorden van andere accounts herstellen en namens de partij mailen. Met tweestapsverificatie is een gestolen wachtwoord alleen niet genoeg om binnen te komen.",
        en: "E-mail is the key to almost everything. Whoever controls your mailbox can reset the passwords of other accounts and send e-mail in the party's name. With two-step verification, a stolen password alone is not enough to get in.",
      },
      how: {
        nl: "Maak tweestapsverificatie verplicht in de beheeromgeving van uw e-maildienst, bijvoorbeeld Microsoft 365 of Google Workspace. Vergeet accounts die meerdere mensen gebruiken, zoals info@, niet. Kies een app (zoals Microsoft Authenticator of Google Authenticator), een passkey (inloggen met de vingerafdruk, het gezicht of de pincode van uw eigen apparaat) of een beveiligingssleutel. Een code per sms is beter dan niets, maar makkelijker te onderscheppen.",
        en: "Make two-step verification mandatory in the admin settings of your e-mail service, for example Microsoft 365 or Google Workspace. Don't forget accounts that several people use, such as info@. Choose an app (such as Microsoft Authenticator or Google Authenticator), a passkey (signing in with the fingerprint, face or PIN of your own device) or a security key. A code by text message is better than nothing, but easier to intercept.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Geen of bijna geen van onze e-mailaccounts vraagt om meer dan een wachtwoord.",
          en: "None, or almost none, of our e-mail accounts asks for more than a password.",
        },
        maturity: 0,
      },
      {
        id: "some-accounts",
        label: {
          nl: "Een deel van de accounts gebruikt tweestapsverificatie. Andere accounts loggen nog in met alleen een wachtwoord.",
          en: "Some accounts use two-step verification. Other accounts still sign in with only a password.",
        },
        maturity: 1,
      },
      {
        id: "all-not-enforced",
        label: {
          nl: "Alle accounts gebruiken tweestapsverificatie, maar het is niet verplicht ingesteld, of sommige mensen krijgen de code nog per sms.",
          en: "All accounts use two-step verification, but it is not enforced, or some people still get the code by text message.",
        },
        maturity: 2,
      },
      {
        id: "enforced-app-or-key",
        label: {
          nl: "Onze e-maildienst dwingt tweestapsverificatie af voor iedereen, met een app, passkey of beveiligingssleutel.",
          en: "Our e-mail service enforces two-step verification for everyone, using an app, a passkey or a security key.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [sources.cisaMoreThanPassword, sources.nationalDefendingDemocracyGuidance, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Zet tweestapsverificatie aan op alle e-mailaccounts",
          en: "Turn on two-step verification on all e-mail accounts",
        },
        detail: {
          nl: "Maak tweestapsverificatie verplicht in de beheeromgeving van uw e-maildienst. Begin bij het bestuur en bij accounts die meerdere mensen gebruiken. Plan een inloopmoment waarop de IT-verantwoordelijke helpt met instellen.",
          en: "Make two-step verification mandatory in the admin settings of your e-mail service. Start with the board and with accounts that several people use. Schedule a drop-in session where the IT lead helps people set it up.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Dwing tweestapsverificatie af en stop met sms-codes",
          en: "Enforce two-step verification and stop using text-message codes",
        },
        detail: {
          nl: "Zet de instelling op ‘verplicht voor iedereen’, zodat niemand het kan uitzetten. Help mensen die nog een sms-code krijgen over te stappen op een app of passkey.",
          en: "Set it to ‘required for everyone’ so nobody can switch it off. Help people who still get a text-message code move to an app or a passkey.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-mfa-social",
    domain: "accounts",
    text: {
      nl: "Gebruiken alle beheerders van de sociale-media-accounts van de partij tweestapsverificatie?",
      en: "Do all admins of the party's social media accounts use two-step verification?",
    },
    help: {
      why: {
        nl: "Via een overgenomen partijpagina kan een aanvaller binnen een paar minuten nepberichten naar al uw volgers sturen. Dat is moeilijk terug te draaien. Aanvallers komen vaak binnen via het persoonlijke account van één beheerder.",
        en: "Through a hijacked party page, an attacker can send fake messages to all your followers within minutes. That is hard to undo. Attackers often get in through the personal account of a single admin.",
      },
      how: {
        nl: "Maak een lijst van iedereen die beheerder of redacteur is van uw pagina's op bijvoorbeeld Facebook, Instagram, X, TikTok, LinkedIn en YouTube. Vraag elk van hen tweestapsverificatie aan te zetten op het eigen account waarmee ze de pagina beheren. In de beveiligingsinstellingen van Meta Business Suite kunt u tweestapsverificatie verplicht maken voor iedereen met toegang.",
        en: "Make a list of everyone who is an admin or editor of your pages on, for example, Facebook, Instagram, X, TikTok, LinkedIn and YouTube. Ask each of them to turn on two-step verification on the personal account they use to manage the page. In the security settings of Meta Business Suite you can require two-step verification for everyone with access.",
      },
    },
    options: [
      {
        id: "unknown-or-none",
        label: {
          nl: "We weten niet precies wie beheerder is, of de meeste beheerders loggen in met alleen een wachtwoord.",
          en: "We don't know exactly who the admins are, or most admins sign in with only a password.",
        },
        maturity: 0,
      },
      {
        id: "some-admins",
        label: {
          nl: "Een deel van de beheerders gebruikt tweestapsverificatie, maar minstens één beheerder niet.",
          en: "Some admins use two-step verification, but at least one admin does not.",
        },
        maturity: 1,
      },
      {
        id: "all-admins",
        label: {
          nl: "Alle beheerders en redacteuren gebruiken tweestapsverificatie, maar het platform dwingt dit niet af.",
          en: "All admins and editors use two-step verification, but the platform does not enforce it.",
        },
        maturity: 2,
      },
      {
        id: "enforced",
        label: {
          nl: "Alle beheerders gebruiken het, en waar het platform dat kan (zoals Meta Business Suite) is het verplicht voor iedereen met toegang.",
          en: "All admins use it, and where the platform allows it (such as Meta Business Suite) it is required for everyone with access.",
        },
        maturity: 3,
      },
      {
        // What a branch without social media accounts of its own does instead. With no accounts, there is no
        // page of its own to hijack; the national party answers for its accounts in its own self-assessment.
        id: "no-own-accounts",
        label: {
          nl: "Wij zijn een afdeling zonder eigen sociale-media-accounts; berichten plaatsen we via de accounts van de landelijke partij.",
          en: "We are a branch without social media accounts of our own; we post through the national party's accounts.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalSocialMediaUse, sources.cisaMoreThanPassword],
    measures: {
      basic: {
        title: {
          nl: "Zet tweestapsverificatie aan bij alle paginabeheerders",
          en: "Turn on two-step verification for every page admin",
        },
        detail: {
          nl: "Maak vandaag per platform een lijst van alle beheerders en redacteuren. Help hen tweestapsverificatie aan te zetten op hun eigen account. Haal beheerrechten weg bij wie dat na een week nog niet heeft gedaan.",
          en: "Today, make a list of all admins and editors per platform. Help them turn on two-step verification on their own account. Remove admin rights from anyone who has not done so after a week.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak tweestapsverificatie verplicht op de platforms",
          en: "Make two-step verification mandatory on the platforms",
        },
        detail: {
          nl: "Stel in Meta Business Suite en op andere platforms die het aanbieden in dat iedereen met toegang tweestapsverificatie moet gebruiken. Controleer de lijst met beheerders opnieuw vóór de dag van kandidaatstelling.",
          en: "In Meta Business Suite and on other platforms that offer it, require two-step verification for everyone with access. Check the list of admins again before nomination day.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // One question for two-step verification on cloud storage and on the website's admin area; version 1
    // also asked about the website part in the e-mail and website domain. Existing options keep their meaning.
    id: "acc-mfa-cloud-cms",
    domain: "accounts",
    text: {
      nl: "Vragen uw cloudopslag (zoals OneDrive, Google Drive of Dropbox) en de beheeromgeving van uw website om tweestapsverificatie?",
      en: "Do your cloud storage (such as OneDrive, Google Drive or Dropbox) and your website's admin area ask for two-step verification?",
    },
    help: {
      why: {
        nl: "In de cloud staan vaak ledenlijsten, campagneplannen en conceptteksten. Via een overgenomen website-account kan een aanvaller nepnieuws of schadelijke software op uw eigen site zetten. Een gestolen wachtwoord is genoeg als er geen tweede stap is.",
        en: "Cloud storage often holds member lists, campaign plans and draft texts. Through a hijacked website account, an attacker can put fake news or malicious software on your own site. A stolen password is enough when there is no second step.",
      },
      how: {
        nl: "Zet tweestapsverificatie aan voor alle accounts met toegang tot gedeelde mappen. Doe hetzelfde voor elke beheerder van de website: WordPress en vergelijkbare systemen (CMS) hebben daar uitbreidingen (plug-ins) voor; vraag anders uw webbouwer of hostingbedrijf om het in te stellen. Beveilig ook uw account bij het hostingbedrijf op dezelfde manier. Heeft u maar één van beide, beantwoord de vraag dan alleen daarvoor.",
        en: "Turn on two-step verification for every account with access to shared folders. Do the same for every administrator of the website: WordPress and similar content management systems (CMS) have extensions (plug-ins) for it; otherwise ask your web developer or hosting company to set it up. Protect your account with the hosting company in the same way. If you only have one of the two, answer for that one only.",
      },
    },
    options: [
      {
        id: "neither",
        label: {
          nl: "Onze cloudopslag en de beheeromgeving van de website vragen allebei alleen om een wachtwoord.",
          en: "Our cloud storage and the website's admin area both ask only for a password.",
        },
        maturity: 0,
      },
      {
        id: "one-of-two",
        label: {
          nl: "Eén van de twee gebruikt tweestapsverificatie, de andere niet.",
          en: "One of the two uses two-step verification; the other does not.",
        },
        maturity: 1,
      },
      {
        id: "admins-only",
        label: {
          nl: "Beide gebruiken tweestapsverificatie voor beheerders, maar nog niet voor alle andere gebruikers.",
          en: "Both use two-step verification for admins, but not yet for all other users.",
        },
        maturity: 2,
      },
      {
        id: "everyone",
        label: {
          nl: "Iedereen met toegang tot de cloudopslag of de beheeromgeving van de website gebruikt tweestapsverificatie.",
          en: "Everyone with access to the cloud storage or the website's admin area uses two-step verification.",
        },
        maturity: 3,
      },
      {
        // What a branch does instead of running its own storage and website. Two-step verification is then
        // in place and enforced, only by the national party, so the risk this question covers is closed: maturity 3.
        id: "national-party-systems",
        label: {
          nl: "We hebben geen eigen cloudopslag of website: we werken in de omgeving van de landelijke partij, die tweestapsverificatie voor iedereen verplicht stelt.",
          en: "We have no cloud storage or website of our own: we work in the national party's environment, which requires two-step verification for everyone.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical in version 2: without a second step, one stolen password hands over the party's files or its website.
    critical: true,
    allowNotApplicable: false,
    sources: [sources.cisaMoreThanPassword, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Beveilig cloudopslag en website met tweestapsverificatie",
          en: "Protect cloud storage and website with two-step verification",
        },
        detail: {
          nl: "Zet tweestapsverificatie aan voor alle beheerders van de cloudopslag en de website, en ook voor het account bij uw hostingbedrijf. Vraag uw webbouwer om hulp als u niet weet hoe dat moet.",
          en: "Turn on two-step verification for all admins of the cloud storage and the website, and also for the account with your hosting company. Ask your web developer for help if you don't know how.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak tweestapsverificatie verplicht voor alle gebruikers",
          en: "Make two-step verification mandatory for all users",
        },
        detail: {
          nl: "Maak tweestapsverificatie ook verplicht voor redacteuren, vrijwilligers en externe bureaus met toegang. Wie het niet instelt, verliest de toegang.",
          en: "Also make two-step verification mandatory for editors, volunteers and external agencies with access. Anyone who does not set it up loses access.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-security-keys",
    domain: "accounts",
    text: {
      nl: "Loggen uw meest zichtbare mensen, zoals partijleider, lijsttrekker en beheerders, in met een beveiligingssleutel of passkey?",
      en: "Do your most visible people, such as the party leader, lead candidate and admins, sign in with a security key or passkey?",
    },
    help: {
      why: {
        nl: "Deze mensen krijgen de meest overtuigende phishingmails en nagemaakte inlogpagina's. Een code uit een app of sms kan op zo'n nagemaakte pagina toch worden buitgemaakt. Een beveiligingssleutel (een klein USB- of NFC-sleuteltje) of passkey (inloggen met de vingerafdruk of pincode van uw eigen apparaat) werkt alleen op de echte website.",
        en: "These people receive the most convincing phishing e-mails and fake login pages. A code from an app or a text message can still be stolen on such a fake page. A security key (a small USB or NFC key) or a passkey (signing in with the fingerprint or PIN of your own device) only works on the real website.",
      },
      how: {
        nl: "Denk aan de partijleider, de lijsttrekker, de kandidaten bovenaan de lijst en de beheerders van belangrijke accounts. Geef elke persoon twee beveiligingssleutels van het type FIDO2 (de open standaard waarmee sleutels en passkeys werken): één voor dagelijks gebruik en één als reserve op een veilige plek. U kunt ook passkeys instellen op hun telefoon en laptop. Begin met hun e-mail en voeg daarna hun sociale-media-accounts toe. Google biedt met het Advanced Protection Program gratis extra bescherming voor mensen die bij verkiezingen betrokken zijn.",
        en: "Think of the party leader, the lead candidate, the top candidates and the admins of important accounts. Give each person two security keys of the FIDO2 type (the open standard that security keys and passkeys use): one for daily use and a spare kept in a safe place. You can also set up passkeys on their phone and laptop. Start with their e-mail, then add their social media accounts. Google offers free extra protection for people involved in elections through its Advanced Protection Program.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Niemand gebruikt een beveiligingssleutel of passkey.",
          en: "Nobody uses a security key or passkey.",
        },
        maturity: 0,
      },
      {
        id: "a-few",
        label: {
          nl: "Een paar mensen gebruiken er een, maar de partijleider en de kandidaten bovenaan de lijst niet.",
          en: "A few people use one, but not the party leader and the top candidates.",
        },
        maturity: 1,
      },
      {
        id: "email-only",
        label: {
          nl: "De meest zichtbare mensen gebruiken er een voor hun e-mail, maar nog niet voor hun sociale media.",
          en: "The most visible people use one for their e-mail, but not yet for their social media.",
        },
        maturity: 2,
      },
      {
        id: "email-and-social",
        label: {
          nl: "Zij gebruiken er een voor e-mail en sociale media, en ieder heeft een reservesleutel of tweede passkey.",
          en: "They use one for e-mail and social media, and each of them has a spare key or a second passkey.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    condition: {
      questionId: "acc-mfa-email",
      optionIds: ["some-accounts", "all-not-enforced", "enforced-app-or-key"],
    },
    sources: [sources.googleAdvancedProtectionProgram, sources.cisaMobileCommunicationsBest, sources.nationalDefendingDemocracyGuidance],
    measures: {
      basic: {
        title: {
          nl: "Geef de meest zichtbare mensen een beveiligingssleutel",
          en: "Give the most visible people a security key",
        },
        detail: {
          nl: "Bepaal wie tot deze groep hoort en koop twee beveiligingssleutels per persoon, of stel passkeys in. Begin met hun e-mailaccount en laat de IT-verantwoordelijke helpen bij het instellen.",
          en: "Decide who belongs to this group and buy two security keys per person, or set up passkeys. Start with their e-mail account and have the IT lead help with the setup.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Gebruik de sleutels ook voor sociale media",
          en: "Use the keys for social media too",
        },
        detail: {
          nl: "Voeg de sleutel of passkey ook toe aan hun sociale-media-accounts die dit ondersteunen, zoals Facebook en X. Leg de reservesleutel op een veilige plek en overweeg Google Advanced Protection voor hun Google-accounts.",
          en: "Also add the key or passkey to their social media accounts that support it, such as Facebook and X. Keep the spare key in a safe place and consider Google Advanced Protection for their Google accounts.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "acc-password-manager",
    domain: "accounts",
    text: {
      nl: "Gebruikt iedereen die voor de partij werkt een wachtwoordmanager, een programma dat sterke wachtwoorden maakt en bewaart?",
      en: "Does everyone who works for the party use a password manager, a program that creates and stores strong passwords?",
    },
    help: {
      why: {
        nl: "Wie hetzelfde wachtwoord op meer plekken gebruikt, loopt risico: lekt het uit bij een webwinkel, dan proberen aanvallers het ook op de partijmail. Met een wachtwoordmanager heeft elk account een eigen wachtwoord, en deelt u wachtwoorden veilig in plaats van via WhatsApp of e-mail.",
        en: "Anyone who uses the same password in several places is at risk: if it leaks from an online shop, attackers will try it on the party e-mail too. With a password manager every account has its own password, and you share passwords safely instead of through WhatsApp or e-mail.",
      },
      how: {
        nl: "Kies één wachtwoordmanager voor de partij, bijvoorbeeld Bitwarden, 1Password of KeePassXC, met gedeelde kluizen voor accounts die meerdere mensen nodig hebben. Beveilig de wachtwoordmanager zelf met een lang hoofdwachtwoord en tweestapsverificatie. Leg bij de start van de campagne kort uit hoe het werkt.",
        en: "Choose one password manager for the party, for example Bitwarden, 1Password or KeePassXC, with shared vaults for accounts that several people need. Protect the password manager itself with a long master password and two-step verification. Give a short explanation of how it works at the start of the campaign.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "Iedereen regelt de eigen wachtwoorden, bijvoorbeeld uit het hoofd, op papier of in een bestand.",
          en: "Everyone handles their own passwords, for example from memory, on paper or in a file.",
        },
        maturity: 0,
      },
      {
        id: "some-on-own",
        label: {
          nl: "Sommige mensen gebruiken uit zichzelf een wachtwoordmanager. De partij biedt er geen aan.",
          en: "Some people use a password manager on their own initiative. The party does not provide one.",
        },
        maturity: 1,
      },
      {
        id: "party-not-everyone",
        label: {
          nl: "De partij biedt een wachtwoordmanager aan, maar nog niet iedereen gebruikt hem, of wachtwoorden gaan soms nog via chat of e-mail.",
          en: "The party provides a password manager, but not everyone uses it yet, or passwords are sometimes still sent by chat or e-mail.",
        },
        maturity: 2,
      },
      {
        id: "party-everyone",
        label: {
          nl: "Iedereen gebruikt de wachtwoordmanager van de partij, en gedeelde wachtwoorden worden alleen daarin gedeeld.",
          en: "Everyone uses the party's password manager, and shared passwords are only shared through it.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.cisaSecureOurWorld, sources.nationalDefendingDemocracyGuidance],
    measures: {
      basic: {
        title: {
          nl: "Kies een wachtwoordmanager voor de partij",
          en: "Choose a password manager for the party",
        },
        detail: {
          nl: "Kies één wachtwoordmanager met gedeelde kluizen. Zet eerst de wachtwoorden van accounts die meerdere mensen gebruiken erin, en help daarna iedereen hun eigen partijaccounts over te zetten.",
          en: "Choose one password manager with shared vaults. First put in the passwords of accounts that several people use, then help everyone move their own party accounts into it.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zorg dat iedereen de wachtwoordmanager gebruikt",
          en: "Make sure everyone uses the password manager",
        },
        detail: {
          nl: "Spreek af dat wachtwoorden nooit meer via chat of e-mail gaan, en help de laatste mensen overstappen. Verander wachtwoorden die eerder via chat of e-mail zijn gedeeld.",
          en: "Agree that passwords are never sent by chat or e-mail again, and help the last people switch over. Change passwords that were shared by chat or e-mail in the past.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-shared-accounts",
    domain: "accounts",
    text: {
      nl: "Heeft iedereen die de sociale media van de partij beheert een eigen account, in plaats van één gedeelde inlog?",
      en: "Does everyone who manages the party's social media have their own account, instead of one shared login?",
    },
    help: {
      why: {
        nl: "Bij een gedeelde inlog weet u niet wie wat heeft gedaan, en iemand die vertrekt kan gewoon blijven inloggen. Eén gelekt gedeeld wachtwoord geeft een aanvaller meteen volledige toegang.",
        en: "With a shared login you don't know who did what, and someone who leaves can simply keep signing in. One leaked shared password gives an attacker full access straight away.",
      },
      how: {
        nl: "Geef mensen in Meta Business Suite elk een eigen rol op de Facebook- en Instagram-pagina's, met zo weinig rechten als nodig (bijvoorbeeld alleen berichten plaatsen). Kent een platform geen rollen, bewaar de inlog dan in de wachtwoordmanager, met tweestapsverificatie, en houd bij wie hem gebruikt. Geef niet meer dan twee of drie mensen volledige beheerrechten.",
        en: "In Meta Business Suite, give each person their own role on the Facebook and Instagram pages, with as few rights as needed (for example only posting). If a platform has no roles, keep the login in the password manager, with two-step verification, and keep track of who uses it. Give full admin rights to no more than two or three people.",
      },
    },
    options: [
      {
        id: "shared-login",
        label: {
          nl: "Meerdere mensen loggen in met dezelfde gebruikersnaam en hetzelfde wachtwoord, dat via chat of e-mail is gedeeld.",
          en: "Several people sign in with the same username and password, which was shared by chat or e-mail.",
        },
        maturity: 0,
      },
      {
        id: "mixed",
        label: {
          nl: "Sommige pagina's werken met eigen rollen, maar voor minstens één account delen we nog één inlog.",
          en: "Some pages use personal roles, but for at least one account we still share a single login.",
        },
        maturity: 1,
      },
      {
        id: "roles-too-broad",
        label: {
          nl: "Iedereen heeft een eigen rol, maar veel mensen hebben volledige beheerrechten terwijl ze alleen berichten plaatsen.",
          en: "Everyone has their own role, but many people have full admin rights even though they only post messages.",
        },
        maturity: 2,
      },
      {
        id: "least-privilege",
        label: {
          nl: "Iedereen heeft een eigen rol met alleen de rechten die nodig zijn. Waar een platform geen rollen kent, staat de inlog in de wachtwoordmanager en weten we wie hem gebruikt.",
          en: "Everyone has their own role with only the rights they need. Where a platform has no roles, the login is in the password manager and we know who uses it.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalSocialMediaUse],
    measures: {
      basic: {
        title: {
          nl: "Vervang gedeelde inlogs door persoonlijke rollen",
          en: "Replace shared logins with personal roles",
        },
        detail: {
          nl: "Voeg iedereen die de pagina's beheert toe met een eigen rol in Meta Business Suite of de vergelijkbare omgeving van het platform. Verander daarna het oude gedeelde wachtwoord en bewaar het in de wachtwoordmanager.",
          en: "Add everyone who manages the pages with their own role in Meta Business Suite or the platform's equivalent. Then change the old shared password and store it in the password manager.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Beperk beheerrechten tot wie ze echt nodig heeft",
          en: "Limit admin rights to those who really need them",
        },
        detail: {
          nl: "Geef mensen die alleen berichten plaatsen of reacties modereren een beperktere rol. Houd twee of drie volledige beheerders over, van wie minstens één uit het bestuur.",
          en: "Give people who only post or moderate comments a more limited role. Keep two or three full admins, at least one of them from the board.",
        },
        owner: "communications_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-joiner-leaver",
    domain: "accounts",
    text: {
      nl: "Is er een vaste werkwijze om toegang te geven en in te trekken als iemand begint of vertrekt?",
      en: "Is there a set way of granting and removing access when someone joins or leaves?",
    },
    help: {
      why: {
        nl: "Oud-medewerkers, vrijwilligers en ingehuurde bureaus houden vaak nog maanden toegang. Zo'n vergeten toegang is een makkelijke ingang voor een aanvaller, en soms voor iemand die met ruzie is vertrokken.",
        en: "Former staff, volunteers and hired agencies often keep access for months. Such forgotten access is an easy way in for an attacker, and sometimes for someone who left on bad terms.",
      },
      how: {
        nl: "Maak een korte checklist met alle plekken waar iemand toegang kan krijgen: e-mail, sociale media, cloudmappen, website, ledenadministratie en WhatsApp- of Signal-groepen. Wijs één persoon aan die de lijst afwerkt bij elk begin en vertrek, ook voor tijdelijke campagnehulp. Verander gedeelde wachtwoorden die de vertrekker kende.",
        en: "Make a short checklist of every place where someone can get access: e-mail, social media, cloud folders, website, membership administration and WhatsApp or Signal groups. Appoint one person who works through the list whenever someone joins or leaves, including temporary campaign help. Change shared passwords the leaver knew.",
      },
    },
    options: [
      {
        id: "nobody",
        label: {
          nl: "Niemand heeft de taak om toegang in te trekken als iemand vertrekt.",
          en: "Nobody has the task of removing access when someone leaves.",
        },
        maturity: 0,
      },
      {
        id: "when-remembered",
        label: {
          nl: "We halen toegang weg als we eraan denken, maar er is geen lijst van plekken waar iemand toegang had.",
          en: "We remove access when we think of it, but there is no list of places where someone had access.",
        },
        maturity: 1,
      },
      {
        id: "checklist-partial",
        label: {
          nl: "Er is een checklist voor vertrek, maar die gebruiken we niet altijd voor vrijwilligers, tijdelijke campagnehulp of externe bureaus.",
          en: "There is a checklist for leavers, but we don't always use it for volunteers, temporary campaign help or external agencies.",
        },
        maturity: 2,
      },
      {
        id: "checklist-everyone",
        label: {
          nl: "Eén vaste persoon werkt bij iedereen die begint of vertrekt een checklist af, ook bij vrijwilligers en bureaus, en haalt toegang weg op de laatste werkdag.",
          en: "One named person works through a checklist for everyone who joins or leaves, including volunteers and agencies, and removes access on their last working day.",
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
          nl: "Maak een checklist voor begin en vertrek",
          en: "Create a joiner and leaver checklist",
        },
        detail: {
          nl: "Schrijf op waar iemand toegang kan krijgen en wijs één persoon aan die de lijst bij elk vertrek afwerkt. Kijk meteen na wie er het afgelopen jaar is vertrokken en nog toegang heeft.",
          en: "Write down where someone can get access and appoint one person to work through the list whenever someone leaves. Check straight away who left in the past year and still has access.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Gebruik de checklist ook voor vrijwilligers en bureaus",
          en: "Use the checklist for volunteers and agencies too",
        },
        detail: {
          nl: "Spreek af dat campagnehulp en ingehuurde bureaus alleen via de checklist toegang krijgen, met een einddatum. Haal na de verkiezingen alle tijdelijke toegang weg.",
          en: "Agree that campaign help and hired agencies only get access through the checklist, with an end date. Remove all temporary access after the election.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-delete-unused",
    domain: "accounts",
    text: {
      nl: "Ruimt de partij accounts, pagina's en mailboxen op die niemand meer gebruikt?",
      en: "Does the party clean up accounts, pages and mailboxes that nobody uses any more?",
    },
    help: {
      why: {
        nl: "Vergeten accounts, zoals de pagina van een oude campagne of de mailbox van een oud-bestuurslid, worden door niemand in de gaten gehouden. Een aanvaller die zo'n account overneemt, kan daarmee namens de partij berichten of phishingmails versturen.",
        en: "Forgotten accounts, such as the page of an old campaign or the mailbox of a former board member, are watched by nobody. An attacker who takes over such an account can use it to send messages or phishing e-mails in the party's name.",
      },
      how: {
        nl: "Maak een lijst van alle accounts van de partij en de afdelingen, ook oude campagnepagina's en websites. Verwijder wat niet meer nodig is. Wilt u de naam houden, verander dan het wachtwoord, zet tweestapsverificatie aan en controleer of de herstelgegevens naar de partij leiden.",
        en: "Make a list of all accounts of the party and its branches, including old campaign pages and websites. Delete what is no longer needed. If you want to keep the name, change the password, turn on two-step verification and check that the recovery details lead back to the party.",
      },
    },
    options: [
      {
        id: "unknown",
        label: {
          nl: "We weten niet welke oude accounts, pagina's of mailboxen van de partij nog bestaan.",
          en: "We don't know which old accounts, pages or mailboxes of the party still exist.",
        },
        maturity: 0,
      },
      {
        id: "known-still-open",
        label: {
          nl: "We kennen een aantal oude accounts, maar die staan nog gewoon open.",
          en: "We know of some old accounts, but they are still open.",
        },
        maturity: 1,
      },
      {
        id: "cleaned-once",
        label: {
          nl: "We hebben oude accounts één keer opgeruimd of op slot gezet, maar controleren dit niet regelmatig.",
          en: "We cleaned up or locked old accounts once, but we don't check this regularly.",
        },
        maturity: 2,
      },
      {
        id: "yearly-list",
        label: {
          nl: "We houden een lijst bij van alle partijaccounts en ruimen minstens één keer per jaar op wat niemand gebruikt.",
          en: "We keep a list of all party accounts and clean up unused ones at least once a year.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Maak een lijst van alle partijaccounts en ruim oude op",
          en: "List all party accounts and clean up old ones",
        },
        detail: {
          nl: "Zoek oude campagnepagina's, websites en mailboxen op, ook die van afdelingen. Verwijder wat niet meer nodig is, of verander het wachtwoord en zet tweestapsverificatie aan als u het wilt houden.",
          en: "Look up old campaign pages, websites and mailboxes, including those of branches. Delete what is no longer needed, or change the password and turn on two-step verification if you want to keep it.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Controleer de accountlijst elk jaar",
          en: "Review the account list every year",
        },
        detail: {
          nl: "Zet een jaarlijkse controle in de agenda, bijvoorbeeld direct na elke verkiezing. Spreek af dat nieuwe accounts alleen met een partijadres worden aangemaakt en meteen op de lijst komen.",
          en: "Put a yearly check in the calendar, for example right after every election. Agree that new accounts are only created with a party address and are added to the list straight away.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "after_election",
      },
    },
  },
  {
    id: "acc-recovery",
    domain: "accounts",
    text: {
      nl: "Als een account van de partij wordt overgenomen, is er dan iemand die het snel kan terughalen?",
      en: "If one of the party's accounts is taken over, is there someone who can quickly get it back?",
    },
    help: {
      why: {
        nl: "Bij een overname telt elk uur. De aanvaller verandert het wachtwoord en de herstelgegevens, en plaatst intussen berichten namens u. Zonder herstelcodes en een bekende route naar het platform kan het dagen of weken duren voordat u het account terug heeft.",
        en: "In a takeover every hour counts. The attacker changes the password and the recovery details, and meanwhile posts in your name. Without recovery codes and a known route to the platform, it can take days or weeks to get the account back.",
      },
      how: {
        nl: "Wijs voor elk belangrijk account minstens twee mensen aan die het kunnen herstellen. Zorg dat het herstel-telefoonnummer en herstel-e-mailadres van de partij zijn en niet van een oud-medewerker. Bewaar de herstelcodes in de wachtwoordmanager of in een kluis. Schrijf per platform op hoe u de helpdesk bereikt, en oefen het herstel één keer.",
        en: "For each important account, appoint at least two people who can recover it. Make sure the recovery phone number and recovery e-mail address belong to the party and not to a former staff member. Keep the recovery codes in the password manager or in a safe. Write down how to reach each platform's help desk, and practise a recovery once.",
      },
    },
    options: [
      {
        id: "nobody",
        label: {
          nl: "Niemand is hiervoor aangewezen. We zouden het op dat moment moeten uitzoeken.",
          en: "Nobody has been assigned. We would have to work it out at the time.",
        },
        maturity: 0,
      },
      {
        id: "someone-unprepared",
        label: {
          nl: "Iemand weet ongeveer hoe het werkt, maar herstelcodes, herstel-telefoonnummers en herstel-e-mailadressen zijn niet gecontroleerd.",
          en: "Someone roughly knows how it works, but recovery codes, recovery phone numbers and recovery e-mail addresses have not been checked.",
        },
        maturity: 1,
      },
      {
        id: "two-people-codes-stored",
        label: {
          nl: "Voor e-mail en de belangrijkste sociale media kunnen minstens twee mensen het herstel doen, en de herstelcodes liggen veilig opgeborgen.",
          en: "For e-mail and the main social media accounts, at least two people can do the recovery, and the recovery codes are stored safely.",
        },
        maturity: 2,
      },
      {
        id: "prepared-and-practised",
        label: {
          nl: "Twee mensen kunnen het herstel doen, de herstelcodes liggen veilig, per platform staat opgeschreven hoe we de helpdesk bereiken, en we hebben het herstel geoefend.",
          en: "Two people can do the recovery, the recovery codes are stored safely, we have written down how to reach each platform's help desk, and we have practised a recovery.",
        },
        maturity: 3,
      },
      {
        // What a branch does instead when the national party runs all its accounts: recovery is then in the
        // hands of those who hold the recovery codes, and the branch's part is knowing whom to call at once.
        id: "national-party-recovers",
        label: {
          nl: "Wij zijn een afdeling: al onze accounts worden beheerd door de landelijke partij, die ze herstelt, en we weten wie we daar meteen bellen.",
          en: "We are a branch: all our accounts are run by the national party, which recovers them, and we know whom to call there straight away.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: false,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalDefendingDemocracyGuidance, sources.nationalSocialMediaUse],
    measures: {
      basic: {
        title: {
          nl: "Regel wie een gehackt account kan terughalen",
          en: "Decide who can recover a hijacked account",
        },
        detail: {
          nl: "Wijs per belangrijk account twee mensen aan, controleer de herstelgegevens en bewaar de herstelcodes in de wachtwoordmanager of een kluis. Vervang herstelnummers en -adressen van mensen die niet meer bij de partij betrokken zijn.",
          en: "Appoint two people per important account, check the recovery details and keep the recovery codes in the password manager or a safe. Replace recovery numbers and addresses of people who are no longer involved with the party.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Leg de route naar de platforms vast en oefen",
          en: "Write down the route to the platforms and practise",
        },
        detail: {
          nl: "Schrijf per platform op hoe u bij een overname hulp krijgt, en bewaar dit ook buiten de accounts zelf, bijvoorbeeld op papier. Oefen één keer het herstel van een minder belangrijk account, zodat u weet hoe lang het duurt.",
          en: "Write down for each platform how to get help in a takeover, and keep this outside the accounts themselves too, for example on paper. Practise recovering a less important account once, so you know how long it takes.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-sim-swap",
    domain: "accounts",
    text: {
      nl: "Zijn de belangrijkste telefoonnummers van de partij beschermd tegen overzetten naar een andere simkaart (simswap)?",
      en: "Are the party's most important phone numbers protected against being moved to another SIM card (SIM swap)?",
    },
    help: {
      why: {
        nl: "Bij een simswap belt een oplichter uw telefoonaanbieder, doet zich voor als u en laat uw nummer overzetten op zijn eigen simkaart. Vanaf dat moment krijgt hij uw sms-codes en kan hij accounts herstellen die aan dat nummer hangen, zoals de partijmail, WhatsApp of sociale media. Nummers van bestuur, lijsttrekker en beheerders zijn daarvoor een aantrekkelijk doel.",
        en: "In a SIM swap, a fraudster calls your mobile provider, pretends to be you and has your number moved to their own SIM card. From then on they receive your text-message codes and can recover accounts linked to that number, such as the party e-mail, WhatsApp or social media. Numbers of the board, the lead candidate and admins are an attractive target.",
      },
      how: {
        nl: "Schrijf op welke nummers ertoe doen: herstelnummers van partijaccounts, nummers die sms-codes krijgen, en de nummers van bestuur, lijsttrekker en beheerders. Vraag bij elke telefoonaanbieder om een extra slot op het nummer, zoals een pincode of klantwachtwoord dat nodig is voor een nieuwe simkaart of het overzetten naar een andere aanbieder. Vervang daarna sms-codes door een app, passkey of beveiligingssleutel, en haal telefoonnummers weg als herstelroute waar het kan. Valt een telefoon plots zonder bereik, bel dan meteen de aanbieder.",
        en: "Write down which numbers matter: recovery numbers of party accounts, numbers that receive text-message codes, and the numbers of the board, the lead candidate and admins. Ask each mobile provider for an extra lock on the number, such as a PIN or customer password needed for a new SIM card or for moving the number to another provider. Then replace text-message codes with an app, a passkey or a security key, and remove phone numbers as a recovery route where you can. If a phone suddenly loses its signal, call the provider straight away.",
      },
    },
    options: [
      {
        id: "not-considered",
        label: {
          nl: "We hebben nooit bekeken welke partijaccounts aan een telefoonnummer hangen.",
          en: "We have never looked at which party accounts are linked to a phone number.",
        },
        maturity: 0,
      },
      {
        id: "known-nothing-arranged",
        label: {
          nl: "We weten welke nummers ertoe doen, maar bij de telefoonaanbieders is niets extra geregeld.",
          en: "We know which numbers matter, but nothing extra has been arranged with the mobile providers.",
        },
        maturity: 1,
      },
      {
        id: "partly-protected",
        label: {
          nl: "Een deel is geregeld: niet elk belangrijk nummer heeft een extra slot bij de aanbieder, of belangrijke accounts zijn nog met alleen een sms-code te openen of te herstellen.",
          en: "Part of it is arranged: not every important number has an extra lock with the provider, or important accounts can still be opened or recovered with a text-message code alone.",
        },
        maturity: 2,
      },
      {
        id: "locked-and-no-sms",
        label: {
          nl: "Elk belangrijk nummer heeft een extra slot bij de aanbieder, en geen belangrijk partijaccount is met alleen een sms-code te openen of te herstellen.",
          en: "Every important number has an extra lock with the provider, and no important party account can be opened or recovered with a text-message code alone.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.slachtofferwijzerSimSwap, sources.cisaMobileCommunicationsBest],
    measures: {
      basic: {
        title: {
          nl: "Zet een extra slot op de belangrijkste telefoonnummers",
          en: "Put an extra lock on the most important phone numbers",
        },
        detail: {
          nl: "Maak een lijst van herstelnummers, nummers met sms-codes en de nummers van bestuur, lijsttrekker en beheerders. Vraag bij elke aanbieder een pincode of klantwachtwoord voor een nieuwe simkaart of het overzetten van het nummer.",
          en: "List the recovery numbers, the numbers that receive text-message codes and the numbers of the board, the lead candidate and admins. Ask each provider for a PIN or customer password for a new SIM card or for moving the number.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Maak belangrijke accounts los van sms-codes",
          en: "Stop relying on text-message codes for important accounts",
        },
        detail: {
          nl: "Vervang sms-codes op e-mail en sociale media door een app, passkey of beveiligingssleutel, en haal telefoonnummers weg als herstelroute waar dat kan. Controleer de lijst met nummers opnieuw als er iemand in het bestuur of op de lijst bijkomt.",
          en: "Replace text-message codes on e-mail and social media with an app, a passkey or a security key, and remove phone numbers as a recovery route where possible. Check the list of numbers again when someone joins the board or the candidate list.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-access-review",
    domain: "accounts",
    text: {
      nl: "Controleert de partij regelmatig wie beheerder is van welk account?",
      en: "Does the party regularly check who is an admin of which account?",
    },
    help: {
      why: {
        nl: "Beheerrechten stapelen zich op: oud-vrijwilligers, een bureau van de vorige campagne, een kandidaat die niet meer actief is. Elke overbodige beheerder is een extra ingang voor een aanvaller.",
        en: "Admin rights pile up: former volunteers, an agency from the last campaign, a candidate who is no longer active. Every unnecessary admin is an extra way in for an attacker.",
      },
      how: {
        nl: "Maak een overzicht met per account (e-mail, sociale media, cloud, website, domeinnaam) wie beheerrechten heeft. Loop het overzicht samen met de communicatie- en IT-verantwoordelijke na en haal rechten weg die niemand nodig heeft. Doe dit in elk geval vóór de campagne en na de verkiezingen.",
        en: "Make an overview showing, for each account (e-mail, social media, cloud, website, domain name), who has admin rights. Go through it with the communications and IT leads and remove rights nobody needs. Do this at least before the campaign and after the election.",
      },
    },
    options: [
      {
        id: "never",
        label: {
          nl: "We hebben nooit nagekeken wie waar beheerder is.",
          en: "We have never checked who is an admin where.",
        },
        maturity: 0,
      },
      {
        id: "once-no-list",
        label: {
          nl: "We hebben het één keer nagekeken, maar houden geen overzicht bij.",
          en: "We checked it once, but we don't keep an overview.",
        },
        maturity: 1,
      },
      {
        id: "yearly",
        label: {
          nl: "We houden een overzicht bij van de beheerders per account en lopen dat minstens één keer per jaar na.",
          en: "We keep an overview of the admins per account and go through it at least once a year.",
        },
        maturity: 2,
      },
      {
        id: "quarterly-and-before-campaign",
        label: {
          nl: "We lopen het overzicht minstens elk kwartaal na, en ook vóór elke campagne, en halen rechten weg die niet nodig zijn.",
          en: "We go through the overview at least every quarter, and also before every campaign, and remove rights that are not needed.",
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
          nl: "Maak een overzicht van alle beheerders",
          en: "Make an overview of all admins",
        },
        detail: {
          nl: "Noteer per account wie beheerrechten heeft en haal meteen rechten weg die niemand meer nodig heeft. Bewaar het overzicht op een plek die alleen het bestuur en de IT-verantwoordelijke kunnen zien.",
          en: "Note for each account who has admin rights and remove rights nobody needs any more straight away. Keep the overview somewhere only the board and the IT lead can see it.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Loop het overzicht elk kwartaal na",
          en: "Go through the overview every quarter",
        },
        detail: {
          nl: "Zet een terugkerende afspraak in de agenda. Loop het overzicht in elk geval na vóór de dag van kandidaatstelling en na de verkiezingen.",
          en: "Put a recurring appointment in the calendar. In any case, go through the overview before nomination day and after the election.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "acc-login-alerts",
    domain: "accounts",
    text: {
      nl: "Krijgt de partij een melding als iemand vanaf een nieuw apparaat inlogt op een belangrijk account?",
      en: "Does the party get an alert when someone signs in to an important account from a new device?",
    },
    help: {
      why: {
        nl: "Een melding over een onbekende inlog is vaak het eerste teken dat een account is overgenomen. Hoe sneller iemand dat ziet en reageert, hoe minder schade een aanvaller kan doen.",
        en: "An alert about an unknown sign-in is often the first sign that an account has been taken over. The sooner someone sees it and acts, the less damage an attacker can do.",
      },
      how: {
        nl: "Zet in de beveiligingsinstellingen van e-mail en sociale media de meldingen voor inloggen vanaf een nieuw apparaat aan. Spreek af dat iedereen een melding over een inlog die niet van henzelf was meteen doorgeeft aan de IT-verantwoordelijke. In Microsoft 365 en Google Workspace kan de beheerder ook waarschuwingen over verdachte inlogs laten sturen.",
        en: "Turn on alerts for sign-ins from a new device in the security settings of e-mail and social media. Agree that anyone who gets an alert that was not them passes it on to the IT lead straight away. In Microsoft 365 and Google Workspace, the admin can also have alerts about suspicious sign-ins sent.",
      },
    },
    options: [
      {
        id: "off-or-unknown",
        label: {
          nl: "Deze meldingen staan uit, of we weten niet of ze aanstaan.",
          en: "These alerts are off, or we don't know whether they are on.",
        },
        maturity: 0,
      },
      {
        id: "some-accounts-no-agreement",
        label: {
          nl: "Op sommige accounts staan ze aan, maar alleen de accounthouder ziet ze en er is geen afspraak over wat die dan doet.",
          en: "They are on for some accounts, but only the account holder sees them and there is no agreement on what to do next.",
        },
        maturity: 1,
      },
      {
        id: "all-reported",
        label: {
          nl: "Op alle belangrijke accounts staan ze aan, en iedereen weet dat een onbekende inlog meteen naar de IT-verantwoordelijke gaat.",
          en: "They are on for all important accounts, and everyone knows an unknown sign-in goes straight to the IT lead.",
        },
        maturity: 2,
      },
      {
        id: "central-same-day",
        label: {
          nl: "Ze staan overal aan, onbekende inlogs worden direct gemeld, en de IT-verantwoordelijke krijgt zelf waarschuwingen over beheeraccounts en bekijkt die dezelfde dag.",
          en: "They are on everywhere, unknown sign-ins are reported straight away, and the IT lead receives alerts about admin accounts directly and looks at them the same day.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [sources.nationalDefendingDemocracyGuidance, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Zet meldingen voor nieuwe inlogs aan",
          en: "Turn on alerts for new sign-ins",
        },
        detail: {
          nl: "Zet meldingen voor inloggen vanaf een nieuw apparaat aan op e-mail en sociale media. Spreek af dat een onbekende inlog direct naar de IT-verantwoordelijke gaat.",
          en: "Turn on alerts for sign-ins from a new device on e-mail and social media. Agree that an unknown sign-in goes straight to the IT lead.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
      next: {
        title: {
          nl: "Laat waarschuwingen bij de IT-verantwoordelijke binnenkomen",
          en: "Send alerts to the IT lead",
        },
        detail: {
          nl: "Stel in de beheeromgeving van uw e-maildienst waarschuwingen in voor verdachte inlogs en laat die naar de IT-verantwoordelijke gaan. Spreek af wie dit overneemt tijdens vakanties en rond de verkiezingsdag.",
          en: "In your e-mail service's admin settings, set up alerts for suspicious sign-ins and have them sent to the IT lead. Agree who takes over during holidays and around election day.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "two_weeks_before",
      },
    },
  },
];
