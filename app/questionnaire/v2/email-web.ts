import type { Question } from "../schema";
import { sources } from "./sources";

export const emailWebQuestions: Question[] = [
  {
    id: "web-email-authentication",
    domain: "email_web",
    text: {
      nl: "Is uw e-maildomein beschermd tegen nepmail uit uw naam, met SPF, DKIM en DMARC op ‘reject’?",
      en: "Is your e-mail domain protected against fake e-mail in your name, with SPF, DKIM and DMARC set to ‘reject’?",
    },
    help: {
      why: {
        nl: "Zonder deze instellingen kan iedereen e-mail sturen die lijkt te komen van bijvoorbeeld voorzitter@uwpartij.nl. Aanvallers gebruiken dat voor phishing bij leden en kandidaten, en voor valse persberichten. SPF is een lijst van servers die namens uw domein mogen mailen. DKIM zet een digitale handtekening op elke mail. DMARC vertelt ontvangers wat ze doen met mail die niet klopt: ‘none’ (alleen melden), ‘quarantine’ (naar de spammap) of ‘reject’ (weigeren). Alleen ‘reject’ houdt nepmail echt tegen.",
        en: "Without these settings anyone can send e-mail that appears to come from, say, chair@yourparty.nl. Attackers use this for phishing aimed at members and candidates, and for fake press releases. SPF is a list of servers allowed to send e-mail for your domain. DKIM puts a digital signature on every message. DMARC tells receivers what to do with mail that fails: ‘none’ (only report), ‘quarantine’ (to the spam folder) or ‘reject’ (refuse). Only ‘reject’ really stops fake mail.",
      },
      how: {
        nl: "Test uw domein gratis op internet.nl (‘Test uw e-mail’); de uitslag laat per standaard zien wat ontbreekt. Vraag uw e-maildienst of hostingbedrijf om SPF en DKIM in te stellen, en begin met DMARC op ‘none’ om rapporten te krijgen. Zet DMARC na enkele weken op ‘quarantine’ en daarna op ‘reject’ (p=reject), zodra alle echte verzenders, zoals uw nieuwsbriefdienst, goed zijn ingesteld. Gebruikt u alleen het domein van de landelijke partij, kies dan ‘niet van toepassing’.",
        en: "Test your domain for free at internet.nl (‘Test your email’); the result shows what is missing for each standard. Ask your e-mail service or hosting company to set up SPF and DKIM, and start DMARC at ‘none’ to receive reports. After a few weeks move DMARC to ‘quarantine’ and then to ‘reject’ (p=reject), once all genuine senders, such as your newsletter service, are set up correctly. If you only use the national party's domain, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "De test op internet.nl laat zien dat SPF, DKIM en DMARC alle drie ontbreken.",
          en: "The internet.nl test shows that SPF, DKIM and DMARC are all missing.",
        },
        maturity: 0,
      },
      {
        id: "no-dmarc",
        label: {
          nl: "Een deel is ingesteld (bijvoorbeeld alleen SPF), maar DMARC ontbreekt.",
          en: "Some of it is set up (for example only SPF), but DMARC is missing.",
        },
        maturity: 1,
      },
      {
        // New ids from here: version 1 put ‘none’ at maturity 2 and ‘quarantine’ together with ‘reject’ at the top.
        id: "dmarc-none",
        label: {
          nl: "SPF, DKIM en DMARC zijn ingesteld, maar DMARC staat op ‘none’ (alleen melden).",
          en: "SPF, DKIM and DMARC are set up, but DMARC is set to ‘none’ (reporting only).",
        },
        maturity: 1,
      },
      {
        id: "dmarc-quarantine",
        label: {
          nl: "SPF, DKIM en DMARC zijn ingesteld, en DMARC staat op ‘quarantine’ (naar de spammap).",
          en: "SPF, DKIM and DMARC are set up, and DMARC is set to ‘quarantine’ (to the spam folder).",
        },
        maturity: 2,
      },
      {
        id: "dmarc-reject",
        label: {
          nl: "SPF, DKIM en DMARC zijn ingesteld, en DMARC staat op ‘reject’ (weigeren).",
          en: "SPF, DKIM and DMARC are set up, and DMARC is set to ‘reject’ (refuse).",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Not critical in version 2: spoofed mail impersonates the party, but on its own it takes over no account and loses no data.
    critical: false,
    allowNotApplicable: true,
    sources: [sources.internetnlTestEmail, sources.forumDmarc],
    measures: {
      basic: {
        title: {
          nl: "Stel SPF, DKIM en DMARC in op uw e-maildomein",
          en: "Set up SPF, DKIM and DMARC on your e-mail domain",
        },
        detail: {
          nl: "Test uw domein op internet.nl en stuur de uitslag naar uw e-maildienst of hostingbedrijf met het verzoek SPF, DKIM en DMARC (eerst op ‘none’) in te stellen. Laat de DMARC-rapporten naar een vast adres gaan en test daarna opnieuw.",
          en: "Test your domain at internet.nl and send the result to your e-mail service or hosting company, asking them to set up SPF, DKIM and DMARC (at ‘none’ first). Have the DMARC reports sent to a fixed address, then test again.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet DMARC op ‘reject’",
          en: "Set DMARC to ‘reject’",
        },
        detail: {
          nl: "Controleer in de DMARC-rapporten dat alle echte verzenders, zoals uw nieuwsbriefdienst, slagen. Zet DMARC daarna op ‘quarantine’ en binnen een maand op ‘reject’. Laat iemand de rapporten elke maand bekijken.",
          en: "Check in the DMARC reports that all genuine senders, such as your newsletter service, pass. Then set DMARC to ‘quarantine’ and, within a month, to ‘reject’. Have someone look at the reports every month.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-dnssec",
    domain: "email_web",
    text: {
      nl: "Zijn de domeinnamen van uw partij beveiligd met DNSSEC, een digitale handtekening tegen omleiden naar valse servers?",
      en: "Are your party's domain names protected with DNSSEC, a digital signature against being redirected to fake servers?",
    },
    help: {
      why: {
        nl: "Zonder DNSSEC kan een aanvaller in sommige gevallen het ‘adresboek’ van internet vervalsen, zodat bezoekers of e-mail bij een valse server terechtkomen. DNSSEC is de afgesproken standaard voor Nederlandse overheidsdomeinen, en veel hostingbedrijven kunnen het eenvoudig aanzetten.",
        en: "Without DNSSEC an attacker can in some cases forge the internet's ‘address book’, so that visitors or e-mail end up at a fake server. DNSSEC is the agreed standard for Dutch government domains, and many hosting companies can switch it on easily.",
      },
      how: {
        nl: "Test elk domein op internet.nl (‘Test uw website’); onder ‘DNSSEC’ ziet u of het aan staat. Staat het uit, vraag dan uw registrar (het bedrijf waar u de domeinnaam huurt) of hostingbedrijf het aan te zetten. Vergeet campagnedomeinen en domeinen van afdelingen niet.",
        en: "Test each domain at internet.nl (‘Test your website’); under ‘DNSSEC’ you can see whether it is on. If it is off, ask your registrar (the company you rent the domain name from) or hosting company to switch it on. Do not forget campaign domains and branch domains.",
      },
    },
    options: [
      {
        id: "missing",
        label: {
          nl: "De test op internet.nl laat zien dat DNSSEC op ons hoofddomein ontbreekt.",
          en: "The internet.nl test shows that DNSSEC is missing on our main domain.",
        },
        maturity: 0,
      },
      {
        id: "unchecked",
        label: {
          nl: "Ons hostingbedrijf of onze registrar zegt dat het aan staat, maar we hebben het niet zelf gecontroleerd.",
          en: "Our hosting company or registrar says it is on, but we have not checked it ourselves.",
        },
        maturity: 1,
      },
      {
        id: "main-domain",
        label: {
          nl: "Ons hoofddomein heeft DNSSEC, maar niet al onze campagne- of afdelingsdomeinen.",
          en: "Our main domain has DNSSEC, but not all of our campaign or branch domains do.",
        },
        maturity: 2,
      },
      {
        id: "all-domains",
        label: {
          nl: "Alle domeinen die we gebruiken hebben DNSSEC, gecontroleerd met internet.nl.",
          en: "All domains we use have DNSSEC, checked with internet.nl.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.internetnlTestWebsite, sources.forumDnssec],
    measures: {
      basic: {
        title: {
          nl: "Zet DNSSEC aan op uw hoofddomein",
          en: "Turn on DNSSEC for your main domain",
        },
        detail: {
          nl: "Test uw domein op internet.nl en vraag uw registrar of hostingbedrijf DNSSEC aan te zetten als het ontbreekt. Test daarna opnieuw.",
          en: "Test your domain at internet.nl and ask your registrar or hosting company to turn on DNSSEC if it is missing. Then test again.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet DNSSEC aan op al uw domeinen",
          en: "Turn on DNSSEC for all your domains",
        },
        detail: {
          nl: "Maak een lijst van alle domeinen van partij, campagne en afdelingen, test ze op internet.nl en laat DNSSEC aanzetten waar het ontbreekt.",
          en: "List all party, campaign and branch domains, test them at internet.nl and have DNSSEC turned on wherever it is missing.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-starttls-dane",
    domain: "email_web",
    text: {
      nl: "Versleutelt uw mailserver de verbinding met andere mailservers, met STARTTLS en DANE?",
      en: "Does your mail server encrypt the connection with other mail servers, using STARTTLS and DANE?",
    },
    help: {
      why: {
        nl: "Mail tussen twee mailservers gaat over het open internet. STARTTLS versleutelt die verbinding, zodat niemand onderweg kan meelezen. Maar een aanvaller kan de versleuteling soms ongemerkt laten uitschakelen. DANE (een vastlegging in uw domein, beveiligd met DNSSEC) laat de verzendende server controleren dat uw server echt versleuteld moet worden bereikt. Beide staan op de ‘pas toe of leg uit’-lijst van het Forum Standaardisatie, en internet.nl test ze.",
        en: "Mail between two mail servers travels over the open internet. STARTTLS encrypts that connection, so nobody on the way can read along. But an attacker can sometimes have the encryption switched off unnoticed. DANE (a record in your domain, protected by DNSSEC) lets the sending server check that your server must be reached encrypted. Both are on the Dutch Standardisation Forum's ‘apply or explain’ list, and internet.nl tests them.",
      },
      how: {
        nl: "Test uw domein op internet.nl (‘Test uw e-mail’) en kijk bij ‘Beveiligde verbinding mailserver’. Ontbreekt STARTTLS of DANE, vraag dan uw e-maildienst of hostingbedrijf het aan te zetten; DANE werkt alleen als uw domein ook DNSSEC heeft. Kan uw e-maildienst nog geen DANE, vraag dan wanneer dat komt en noteer het antwoord. Gebruikt u alleen het domein van de landelijke partij, kies dan ‘niet van toepassing’.",
        en: "Test your domain at internet.nl (‘Test your email’) and look under ‘Secure mail server connection’. If STARTTLS or DANE is missing, ask your e-mail service or hosting company to switch it on; DANE only works if your domain also has DNSSEC. If your e-mail service cannot do DANE yet, ask when it will and note the answer. If you only use the national party's domain, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "no-starttls",
        label: {
          nl: "De test op internet.nl laat zien dat onze mailserver geen STARTTLS biedt.",
          en: "The internet.nl test shows that our mail server does not offer STARTTLS.",
        },
        maturity: 0,
      },
      {
        id: "starttls-weak",
        label: {
          nl: "Onze mailserver biedt STARTTLS, maar internet.nl meldt zwakke of verouderde instellingen.",
          en: "Our mail server offers STARTTLS, but internet.nl reports weak or outdated settings.",
        },
        maturity: 1,
      },
      {
        id: "starttls-no-dane",
        label: {
          nl: "STARTTLS is goed ingesteld, maar DANE ontbreekt.",
          en: "STARTTLS is set up well, but DANE is missing.",
        },
        maturity: 2,
      },
      {
        id: "starttls-and-dane",
        label: {
          nl: "STARTTLS en DANE zijn allebei ingesteld, en internet.nl keurt de beveiligde verbinding van de mailserver goed.",
          en: "STARTTLS and DANE are both set up, and internet.nl approves the mail server's secure connection.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.forumStarttlsDane, sources.internetnlTestEmail],
    measures: {
      basic: {
        title: {
          nl: "Laat STARTTLS goed instellen op uw mailserver",
          en: "Have STARTTLS set up properly on your mail server",
        },
        detail: {
          nl: "Stuur de uitslag van internet.nl naar uw e-maildienst of hostingbedrijf met het verzoek STARTTLS aan te zetten met actuele instellingen. Test daarna opnieuw.",
          en: "Send the internet.nl result to your e-mail service or hosting company, asking them to switch on STARTTLS with current settings. Then test again.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Vraag om DANE",
          en: "Ask for DANE",
        },
        detail: {
          nl: "Zorg dat uw domein DNSSEC heeft en vraag uw e-maildienst of hostingbedrijf DANE aan te zetten. Kan dat nog niet, noteer dan wanneer het wel kan en neem het mee bij de keuze van een volgende leverancier.",
          en: "Make sure your domain has DNSSEC and ask your e-mail service or hosting company to switch on DANE. If that is not possible yet, note when it will be and take it into account when choosing your next supplier.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-https-hsts",
    domain: "email_web",
    text: {
      nl: "Gebruikt uw website altijd een beveiligde verbinding (HTTPS, het slotje in de browser) met HSTS?",
      en: "Does your website always use a secure connection (HTTPS, the padlock in the browser) with HSTS?",
    },
    help: {
      why: {
        nl: "Zonder HTTPS kunnen anderen, bijvoorbeeld op openbare wifi, meekijken of de pagina en formulieren aanpassen, zoals aanmeldingen van leden en donaties. HSTS (een instelling die de browser dwingt altijd de beveiligde verbinding te gebruiken) voorkomt dat een bezoeker ongemerkt toch op een onbeveiligde versie terechtkomt.",
        en: "Without HTTPS others can, for example on public wifi, watch the traffic or alter the page and forms, such as member sign-ups and donations. HSTS (a setting that forces the browser to always use the secure connection) prevents a visitor from silently ending up on an unsecured version after all.",
      },
      how: {
        nl: "Test de website op internet.nl (‘Test uw website’) en kijk bij ‘Beveiligde verbinding (HTTPS)’. Vraag uw hostingbedrijf om een certificaat (bijvoorbeeld het gratis Let's Encrypt), een automatische doorverwijzing van http naar https, en de HSTS-instelling. Doe dit ook voor campagne- en actiesites.",
        en: "Test the website at internet.nl (‘Test your website’) and look under ‘Secure connection (HTTPS)’. Ask your hosting company for a certificate (for example the free Let's Encrypt), an automatic redirect from http to https, and the HSTS setting. Do the same for campaign and action sites.",
      },
    },
    options: [
      {
        id: "no-https",
        label: {
          nl: "Onze website werkt zonder slotje, of de browser geeft een waarschuwing over het certificaat.",
          en: "Our website works without a padlock, or the browser shows a certificate warning.",
        },
        maturity: 0,
      },
      {
        id: "https-optional",
        label: {
          nl: "De site heeft HTTPS, maar wie http:// intypt, blijft op een onbeveiligde pagina.",
          en: "The site has HTTPS, but anyone who types http:// stays on an unsecured page.",
        },
        maturity: 1,
      },
      {
        id: "https-redirect",
        label: {
          nl: "Alle bezoekers gaan automatisch naar HTTPS, maar internet.nl meldt dat HSTS ontbreekt.",
          en: "All visitors are sent to HTTPS automatically, but internet.nl reports that HSTS is missing.",
        },
        maturity: 2,
      },
      {
        id: "https-hsts",
        label: {
          nl: "HTTPS met HSTS staat aan op al onze websites, ook campagnesites, en internet.nl keurt het goed.",
          en: "HTTPS with HSTS is on for all our websites, including campaign sites, and internet.nl approves it.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.internetnlTestWebsite, sources.forumHttpsHsts],
    measures: {
      basic: {
        title: {
          nl: "Zet HTTPS aan met een automatische doorverwijzing",
          en: "Turn on HTTPS with an automatic redirect",
        },
        detail: {
          nl: "Vraag uw hostingbedrijf om een certificaat en een doorverwijzing van http naar https voor al uw websites. Controleer het resultaat op internet.nl.",
          en: "Ask your hosting company for a certificate and a redirect from http to https for all your websites. Check the result at internet.nl.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet HSTS aan",
          en: "Turn on HSTS",
        },
        detail: {
          nl: "Vraag uw hostingbedrijf of websitebouwer de HSTS-instelling toe te voegen, en test opnieuw op internet.nl tot de HTTPS-test slaagt.",
          en: "Ask your hosting company or web developer to add the HSTS setting, and test again at internet.nl until the HTTPS test passes.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-ddos-protection",
    domain: "email_web",
    text: {
      nl: "Is uw website beschermd tegen een DDoS-aanval (een aanval die de site platlegt met nepverkeer) op de verkiezingsavond?",
      en: "Is your website protected against a DDoS attack (an attack that takes the site down with fake traffic) on election night?",
    },
    help: {
      why: {
        nl: "Op de verkiezingsavond zoeken kiezers en pers uw reactie op de uitslag. Een DDoS-aanval is goedkoop te huren en kan een onbeschermde site dan urenlang onbereikbaar maken.",
        en: "On election night voters and the press look for your response to the results. A DDoS attack is cheap to hire and can make an unprotected site unreachable for hours.",
      },
      how: {
        nl: "Vraag uw hostingbedrijf schriftelijk welke DDoS-bescherming u heeft en wie u belt bij een aanval. Overweeg een beschermingsdienst die vóór de site staat, zoals Project Shield van Google, dat gratis is voor organisaties die ervoor in aanmerking komen. Spreek een reserveplek af, bijvoorbeeld uw sociale media, waar u uw reactie op de uitslag plaatst als de site toch onbereikbaar is.",
        en: "Ask your hosting company in writing what DDoS protection you have and whom you call during an attack. Consider a protection service that sits in front of the site, such as Google's Project Shield, which is free for organisations that qualify. Agree on a fallback place, for example your social media, where you will post your response to the results if the site goes down anyway.",
      },
    },
    options: [
      {
        id: "nothing-arranged",
        label: {
          nl: "Er is niets geregeld en we hebben het ons hostingbedrijf nooit gevraagd.",
          en: "Nothing is arranged and we have never asked our hosting company.",
        },
        maturity: 0,
      },
      {
        id: "assumed",
        label: {
          nl: "We gaan ervan uit dat het hostingbedrijf iets doet, maar er staat niets op papier.",
          en: "We assume the hosting company does something, but nothing is in writing.",
        },
        maturity: 1,
      },
      {
        id: "host-confirmed",
        label: {
          nl: "Het hostingbedrijf heeft bevestigd welke bescherming er is, en we weten wie we bellen bij een aanval.",
          en: "The hosting company has confirmed what protection is in place, and we know whom to call during an attack.",
        },
        maturity: 2,
      },
      {
        // Added so that every situation has one true option: protected, but no fallback agreed.
        id: "shielded-no-fallback",
        label: {
          nl: "De site staat achter een DDoS-beschermingsdienst en we weten wie we bellen, maar er is geen reserveplek afgesproken voor onze reactie op de uitslag.",
          en: "The site sits behind a DDoS protection service and we know whom to call, but no fallback place for our response to the results is agreed.",
        },
        maturity: 2,
      },
      {
        id: "shielded-with-fallback",
        label: {
          nl: "De site staat achter een DDoS-beschermingsdienst (zoals Project Shield of die van het hostingbedrijf), we weten wie we bellen, en er is een reserveplek afgesproken voor onze reactie op de uitslag.",
          en: "The site sits behind a DDoS protection service (such as Project Shield or the hosting company's), we know whom to call, and a fallback place for our response to the results is agreed.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.nationalDenialServiceGuidance, sources.nationaleNomoreddos],
    measures: {
      basic: {
        title: {
          nl: "Vraag uw hostingbedrijf naar DDoS-bescherming",
          en: "Ask your hosting company about DDoS protection",
        },
        detail: {
          nl: "Mail uw hostingbedrijf met de vraag welke DDoS-bescherming er is, wie u belt bij een aanval, en of ze op de verkiezingsavond extra capaciteit hebben.",
          en: "E-mail your hosting company asking what DDoS protection is in place, whom you call during an attack, and whether they have extra capacity on election night.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet de site achter een beschermingsdienst en spreek een reserveplek af",
          en: "Put the site behind a protection service and agree on a fallback",
        },
        detail: {
          nl: "Meld u aan bij Project Shield of de beschermingsdienst van uw hostingbedrijf en test of de site goed blijft werken. Spreek af waar u uw reactie op de uitslag plaatst als de site toch onbereikbaar is.",
          en: "Sign up for Project Shield or your hosting company's protection service and test that the site keeps working. Agree where you will post your response to the results if the site is unreachable anyway.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // New id: version 1 asked about updates and two-step sign-in together; two-step for the website's admin
    // area is now part of the accounts question on cloud storage and the website (acc-mfa-cloud-cms).
    id: "web-cms-updates",
    domain: "email_web",
    text: {
      nl: "Worden het beheersysteem van uw website (het CMS, zoals WordPress) en de plug-ins steeds bijgewerkt?",
      en: "Are your website's content management system (CMS, such as WordPress) and its plug-ins kept up to date?",
    },
    help: {
      why: {
        nl: "Verouderde plug-ins en thema's zijn een veelgebruikte ingang om een website over te nemen. Een aanvaller kan dan valse berichten plaatsen of bezoekers naar schadelijke software sturen. Ook vergeten beheeraccounts van oud-vrijwilligers zijn een ingang.",
        en: "Outdated plug-ins and themes are a common way in to take over a website. An attacker can then post false statements or send visitors to malicious software. Forgotten admin accounts of former volunteers are a way in too.",
      },
      how: {
        nl: "Zet automatische updates aan voor het CMS, de plug-ins en het thema, of spreek met uw webbouwer of hostingbedrijf een vaste wekelijkse updatedag af. Verwijder plug-ins die u niet gebruikt en beheeraccounts van mensen die niet meer meewerken. Heeft u geen eigen website, kies dan ‘niet van toepassing’.",
        en: "Turn on automatic updates for the CMS, plug-ins and theme, or agree a fixed weekly update day with your web developer or hosting company. Remove plug-ins you do not use and the admin accounts of people who no longer help out. If you have no website of your own, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "nobody-responsible",
        label: {
          nl: "Niemand zorgt voor updates van het CMS, de plug-ins en het thema.",
          en: "Nobody takes care of updates to the CMS, the plug-ins and the theme.",
        },
        maturity: 0,
      },
      {
        id: "when-remembered",
        label: {
          nl: "Updates worden geïnstalleerd als iemand eraan denkt, zonder vaste afspraak.",
          en: "Updates are installed when someone thinks of it, without a fixed agreement.",
        },
        maturity: 1,
      },
      {
        id: "regular-not-cleaned",
        label: {
          nl: "Updates gaan automatisch of elke week, maar ongebruikte plug-ins of oude beheeraccounts ruimen we niet op.",
          en: "Updates are automatic or weekly, but we don't clean up unused plug-ins or old admin accounts.",
        },
        maturity: 2,
      },
      {
        id: "regular-and-cleaned",
        label: {
          nl: "Updates gaan automatisch of elke week, en we verwijderen ongebruikte plug-ins en beheeraccounts van mensen die niet meer meewerken.",
          en: "Updates are automatic or weekly, and we remove unused plug-ins and the admin accounts of people who no longer help out.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Zet automatische updates aan in het CMS",
          en: "Turn on automatic updates in the CMS",
        },
        detail: {
          nl: "Zet automatische updates aan voor het CMS, de plug-ins en het thema, of spreek een vaste updatedag af met uw webbouwer of hostingbedrijf.",
          en: "Turn on automatic updates for the CMS, plug-ins and theme, or agree a fixed update day with your web developer or hosting company.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Ruim plug-ins en beheeraccounts op",
          en: "Clean up plug-ins and admin accounts",
        },
        detail: {
          nl: "Verwijder plug-ins die u niet gebruikt, loop de lijst met beheeraccounts na en verwijder wie niet meer meewerkt. Herhaal dit elk kwartaal.",
          en: "Remove plug-ins you do not use, go through the list of admin accounts and remove anyone who no longer helps out. Repeat this every quarter.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    // New id: version 1 asked only about registering and watching look-alike names; version 2 also asks that
    // spare domains are shut against fake mail.
    id: "web-spare-domains",
    domain: "email_web",
    text: {
      nl: "Heeft u domeinnamen die op de uwe lijken vastgelegd, en kan niemand daarmee mailen uit uw naam?",
      en: "Have you registered domain names that look like yours, and can nobody send e-mail in your name with them?",
    },
    help: {
      why: {
        nl: "Met een domeinnaam die op de uwe lijkt, zoals een andere extensie of een kleine tikfout, maken aanvallers nepwebsites en phishingmails die echt lijken. Rond verkiezingen worden ook namen van lijsttrekkers zo misbruikt. Ook een reservedomein dat u zelf bezit, kan worden misbruikt voor nepmail als het niet is afgeschermd.",
        en: "With a domain name that looks like yours, such as a different extension or a small typo, attackers build fake websites and phishing e-mails that look genuine. Around elections the names of lead candidates are abused this way too. Even a spare domain you own yourself can be abused for fake mail if it is not shut off.",
      },
      how: {
        nl: "Leg de belangrijkste varianten vast op naam van de partij: .nl, .eu en .com, de partijnaam met en zonder streepje, en de naam van de lijsttrekker. Scherm elk domein dat niet mailt af met drie instellingen: SPF ‘-all’ (geen enkele server mag mailen), DMARC ‘reject’ (ontvangers weigeren alle mail) en een null MX (een instelling die zegt dat het domein geen mail ontvangt). Laat een leverancier of vrijwilliger regelmatig zoeken naar nieuw geregistreerde namen die op de uwe lijken, en meld misbruik bij de registrar van dat domein (het bedrijf waar de domeinnaam is gehuurd). Gebruikt u alleen het domein van de landelijke partij, kies dan ‘niet van toepassing’.",
        en: "Register the key variants in the party's name: .nl, .eu and .com, the party name with and without a hyphen, and the lead candidate's name. Shut every domain that sends no mail with three settings: SPF ‘-all’ (no server may send mail), DMARC ‘reject’ (receivers refuse all mail) and a null MX (a setting that says the domain receives no mail). Have a supplier or volunteer regularly look for newly registered names that resemble yours, and report abuse to that domain's registrar (the company the domain name is rented from). If you only use the national party's domain, choose ‘not applicable’.",
      },
    },
    options: [
      {
        id: "nothing",
        label: {
          nl: "We hebben geen reservedomeinen en letten niet op namen die op de onze lijken.",
          en: "We have no spare domains and do not watch for names that resemble ours.",
        },
        maturity: 0,
      },
      {
        id: "not-shut",
        label: {
          nl: "We hebben varianten vastgelegd of letten op lijkende namen, maar onze reservedomeinen zijn niet afgeschermd tegen nepmail.",
          en: "We have registered variants or watch for look-alike names, but our spare domains are not shut against fake mail.",
        },
        maturity: 1,
      },
      {
        id: "shut-no-alerts",
        label: {
          nl: "Onze reservedomeinen zijn afgeschermd (SPF ‘-all’, DMARC ‘reject’, null MX), maar we krijgen geen melding van nieuwe lijkende namen.",
          en: "Our spare domains are shut (SPF ‘-all’, DMARC ‘reject’, null MX), but we get no alert about new look-alike names.",
        },
        maturity: 2,
      },
      {
        id: "shut-and-alerts",
        label: {
          nl: "Onze reservedomeinen zijn zo afgeschermd, en we krijgen een melding als iemand een naam registreert die op de onze lijkt.",
          en: "Our spare domains are shut this way, and we get an alert when someone registers a name that resembles ours.",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.internetstandardsParkedDomainHowTo, sources.ietfRfc7505NullMx, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Leg de belangrijkste varianten vast en scherm ze af tegen nepmail",
          en: "Register the key variants and shut them against fake mail",
        },
        detail: {
          nl: "Registreer de partijnaam als .nl, .eu en .com en de naam van de lijsttrekker, op naam van de partij. Laat uw hostingbedrijf op elk domein dat niet mailt SPF ‘-all’, DMARC ‘reject’ en een null MX instellen, en test het op internet.nl.",
          en: "Register the party name as .nl, .eu and .com, plus the lead candidate's name, in the party's name. Have your hosting company set SPF ‘-all’, DMARC ‘reject’ and a null MX on every domain that sends no mail, and test it at internet.nl.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Laat lijkende domeinnamen automatisch melden",
          en: "Get automatic alerts for look-alike domain names",
        },
        detail: {
          nl: "Neem een bewakingsdienst of laat een vrijwilliger elke maand zoeken naar nieuwe domeinnamen die op de uwe lijken. Spreek af wie misbruik meldt bij de registrar.",
          en: "Use a monitoring service or have a volunteer search every month for new domain names that resemble yours. Agree who reports abuse to the registrar.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-defacement-plan",
    domain: "email_web",
    text: {
      nl: "Weet u wat u doet als uw website wordt gehackt en er valse teksten op verschijnen?",
      en: "Do you know what to do if your website is hacked and false content appears on it?",
    },
    help: {
      why: {
        nl: "Een gehackte partijsite met valse standpunten wordt snel gedeeld en door de pers opgepikt. Hoe sneller u de echte site terugzet en uitleg geeft, hoe kleiner de schade.",
        en: "A hacked party site showing false positions is shared quickly and picked up by the press. The faster you restore the real site and explain what happened, the smaller the damage.",
      },
      how: {
        nl: "Zorg voor een dagelijkse back-up die buiten de website zelf wordt bewaard, en oefen één keer met terugzetten. Schrijf op wie de site offline haalt, wie de back-up terugzet en wie een verklaring plaatst op sociale media. Leg een conceptverklaring klaar en wijzig na een hack alle wachtwoorden van beheerders.",
        en: "Make sure there is a daily backup stored outside the website itself, and practise restoring it once. Write down who takes the site offline, who restores the backup and who posts a statement on social media. Keep a draft statement ready and change all administrator passwords after a hack.",
      },
    },
    options: [
      {
        id: "nothing",
        label: {
          nl: "Er is geen back-up die we zelf kunnen terugzetten, en er is niets afgesproken.",
          en: "There is no backup we can restore ourselves, and nothing has been agreed.",
        },
        maturity: 0,
      },
      {
        id: "backup-only",
        label: {
          nl: "Er is een back-up, maar we hebben nooit geoefend met terugzetten en niet afgesproken wie wat doet.",
          en: "There is a backup, but we have never practised restoring it and have not agreed who does what.",
        },
        maturity: 1,
      },
      {
        id: "written-plan",
        label: {
          nl: "Er is een kort plan op papier: wie haalt de site offline, wie zet de back-up terug en wie informeert het publiek.",
          en: "There is a short written plan: who takes the site offline, who restores the backup and who informs the public.",
        },
        maturity: 2,
      },
      {
        id: "tested-plan",
        label: {
          nl: "Dat plan is er, het terugzetten is dit jaar geoefend, en er ligt een conceptverklaring klaar.",
          en: "That plan exists, restoring has been practised this year, and a draft statement is ready.",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [sources.belferCybersecurityCampaignPlaybook, sources.nationalCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Regel een back-up en een kort herstelplan",
          en: "Arrange a backup and a short recovery plan",
        },
        detail: {
          nl: "Vraag uw hostingbedrijf of websitebouwer om een dagelijkse back-up die buiten de website wordt bewaard. Schrijf op één pagina wie de site offline haalt, wie hem terugzet en wie het publiek informeert.",
          en: "Ask your hosting company or web developer for a daily backup stored outside the website. On one page, write down who takes the site offline, who restores it and who informs the public.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Oefen het terugzetten en leg een verklaring klaar",
          en: "Practise restoring and prepare a statement",
        },
        detail: {
          nl: "Zet de back-up één keer terug op een testomgeving om te zien hoe lang het duurt. Schrijf met de communicatieverantwoordelijke een korte verklaring die u direct kunt plaatsen.",
          en: "Restore the backup once to a test environment to see how long it takes. Write a short statement with the communications lead that you can post straight away.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-domain-control",
    domain: "email_web",
    text: {
      nl: "Staan uw domeinnamen op naam van de partij, en is het account bij de registrar goed beveiligd?",
      en: "Are your domain names registered in the party's name, and is the account at the registrar well protected?",
    },
    help: {
      why: {
        nl: "De registrar is het bedrijf waar u de domeinnaam huurt. Wie het account bij de registrar beheert, bepaalt waar uw website en e-mail naartoe gaan. Staat het domein op naam van één vrijwilliger die vertrekt, of wordt het account zonder tweestapsverificatie gehackt, dan kunt u alles tegelijk kwijtraken.",
        en: "The registrar is the company you rent the domain name from. Whoever controls the registrar account decides where your website and e-mail go. If the domain is in the name of one volunteer who leaves, or the account is hacked because it has no two-step verification, you can lose everything at once.",
      },
      how: {
        nl: "Zoek uit bij welke registrar uw domeinen staan en op wiens naam; voor .nl-domeinen kunt u dat opzoeken in de Whois van SIDN, de beheerder van .nl. Zet de domeinen op naam van de partij, geef twee vaste beheerders elk een eigen login en zet tweestapsverificatie aan. Zet automatisch verlengen aan, en vraag voor uw hoofddomein naar een extra slot tegen ongewenste wijzigingen (registry lock). Heeft u geen eigen domeinnamen en gebruikt u die van de landelijke partij, kies dan het antwoord dat daarover gaat.",
        en: "Find out which registrar your domains are with and in whose name; for .nl domains you can look this up in the Whois of SIDN, which runs .nl. Put the domains in the party's name, give two permanent administrators their own login each and turn on two-step verification. Turn on automatic renewal, and ask about an extra lock against unwanted changes (registry lock) for your main domain. If you have no domain names of your own and use the national party's, choose the answer that says so.",
      },
    },
    options: [
      {
        id: "one-person",
        label: {
          nl: "Het domein staat op naam van één (oud-)vrijwilliger of een bureau, of we weten niet bij welk account.",
          en: "The domain is in the name of one (former) volunteer or an agency, or we do not know which account it is in.",
        },
        maturity: 0,
      },
      {
        // New id: version 1 also said one person knows the login, which left shared logins without two-step no true answer.
        id: "party-no-mfa",
        label: {
          nl: "Het domein staat op naam van de partij, maar het registraraccount heeft geen tweestapsverificatie.",
          en: "The domain is in the party's name, but the registrar account has no two-step verification.",
        },
        maturity: 1,
      },
      {
        // New id: version 1's option named only the single administrator, which left a party with two
        // administrators but no automatic renewal without a true answer.
        id: "party-mfa-incomplete",
        label: {
          nl: "Het domein staat op naam van de partij en het registraraccount heeft tweestapsverificatie, maar er is maar één beheerder of automatisch verlengen staat uit.",
          en: "The domain is in the party's name and the registrar account has two-step verification, but there is only one administrator or automatic renewal is off.",
        },
        maturity: 2,
      },
      {
        id: "party-mfa-two-admins",
        label: {
          nl: "Het domein staat op naam van de partij, twee vaste beheerders hebben elk een eigen login met tweestapsverificatie, en automatisch verlengen staat aan.",
          en: "The domain is in the party's name, two permanent administrators each have their own login with two-step verification, and automatic renewal is on.",
        },
        maturity: 3,
      },
      {
        // What a branch without its own domain does instead. It has no registrar account that could be lost
        // or hijacked, and the national party answers this question for its own domain in its own
        // self-assessment, so the risk is closed for the branch: maturity 3. A branch that also holds a
        // domain of its own (an old campaign site, say) answers the options above for that domain.
        id: "national-party-domain",
        label: {
          nl: "We hebben geen eigen domeinnamen: we gebruiken het domein en de e-mail van de landelijke partij, die dit voor ons regelt.",
          en: "We have no domain names of our own: we use the national party's domain and e-mail, which it looks after for us.",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    // Critical: whoever takes over the registrar account takes the party's website and e-mail with it.
    critical: true,
    allowNotApplicable: false,
    sources: [sources.cisaEd1901MitigateDns, sources.belferCybersecurityCampaignPlaybook],
    measures: {
      basic: {
        title: {
          nl: "Zet uw domeinen op naam van de partij en beveilig het registraraccount",
          en: "Put your domains in the party's name and secure the registrar account",
        },
        detail: {
          nl: "Zoek op bij welke registrar uw domeinen staan en laat ze op naam van de partij zetten. Zet tweestapsverificatie aan op het registraraccount en leg vast wie er toegang heeft.",
          en: "Find out which registrar your domains are with and have them put in the party's name. Turn on two-step verification for the registrar account and record who has access.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Geef een tweede beheerder toegang en zet extra sloten aan",
          en: "Give a second administrator access and turn on extra locks",
        },
        detail: {
          nl: "Geef een tweede vaste beheerder een eigen login met tweestapsverificatie, zet automatisch verlengen aan, en vraag uw registrar naar een registry lock voor het hoofddomein.",
          en: "Give a second permanent administrator their own login with two-step verification, turn on automatic renewal, and ask your registrar about a registry lock for the main domain.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
