import type { Question } from "../schema";
import { sources } from "./sources";

export const emailWebQuestions: Question[] = [
  {
    id: "web-email-authentication",
    domain: "email_web",
    text: {
      nl: "Is het e-maildomein van uw partij beschermd met SPF, DKIM en DMARC (instellingen die voorkomen dat anderen mailen uit naam van uw partij), met DMARC op ‘quarantine’ of ‘reject’?",
      en: "Is your party's e-mail domain protected with SPF, DKIM and DMARC (settings that stop others from sending e-mail in your party's name), with DMARC set to ‘quarantine’ or ‘reject’?",
    },
    help: {
      why: {
        nl: "Zonder deze instellingen kan iedereen e-mail sturen die lijkt te komen van bijvoorbeeld voorzitter@uwpartij.nl. Aanvallers gebruiken dat voor phishing bij leden en kandidaten, en voor valse persberichten.",
        en: "Without these settings anyone can send e-mail that appears to come from, say, chair@yourparty.nl. Attackers use this for phishing aimed at members and candidates, and for fake press releases.",
      },
      how: {
        nl: "Test uw domein gratis op internet.nl (‘Test uw e-mail’); de uitslag laat per standaard zien wat ontbreekt. Vraag uw e-mail- of hostingleverancier om SPF en DKIM in te stellen, en begin met DMARC op ‘none’ om rapporten te krijgen. Zet DMARC na enkele weken op ‘quarantine’ en daarna op ‘reject’, zodra alle echte verzenders (zoals uw nieuwsbriefdienst) goed zijn ingesteld.",
        en: "Test your domain for free at internet.nl (‘Test your email’); the result shows what is missing for each standard. Ask your e-mail or hosting provider to set up SPF and DKIM, and start DMARC at ‘none’ to receive reports. After a few weeks move DMARC to ‘quarantine’ and then to ‘reject’, once all genuine senders (such as your newsletter service) are set up correctly.",
      },
    },
    options: [
      {
        id: "none",
        label: {
          nl: "De test op internet.nl laat zien dat SPF, DKIM en DMARC alle drie ontbreken",
          en: "The internet.nl test shows that SPF, DKIM and DMARC are all missing",
        },
        maturity: 0,
      },
      {
        id: "no-dmarc",
        label: {
          nl: "Een deel is ingesteld (bijvoorbeeld alleen SPF), maar DMARC ontbreekt",
          en: "Some of it is set up (for example only SPF), but DMARC is missing",
        },
        maturity: 1,
      },
      {
        id: "dmarc-monitoring",
        label: {
          nl: "SPF, DKIM en DMARC zijn ingesteld, maar DMARC staat op ‘none’ (alleen meten)",
          en: "SPF, DKIM and DMARC are set up, but DMARC is set to ‘none’ (monitoring only)",
        },
        maturity: 2,
      },
      {
        id: "dmarc-enforced",
        label: {
          nl: "Alle drie zijn ingesteld, DMARC staat op ‘quarantine’ of ‘reject’, en iemand bekijkt de DMARC-rapporten",
          en: "All three are set up, DMARC is set to ‘quarantine’ or ‘reject’, and someone reviews the DMARC reports",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: true,
    sources: [
      sources.internetnlTestEmail,
      sources.forumDmarc,
    ],
    measures: {
      basic: {
        title: {
          nl: "Stel SPF, DKIM en DMARC in op uw e-maildomein",
          en: "Set up SPF, DKIM and DMARC on your e-mail domain",
        },
        detail: {
          nl: "Test uw domein op internet.nl en stuur de uitslag naar uw e-mail- of hostingleverancier met het verzoek SPF, DKIM en DMARC (eerst op ‘none’) in te stellen. Test daarna opnieuw.",
          en: "Test your domain at internet.nl and send the result to your e-mail or hosting provider, asking them to set up SPF, DKIM and DMARC (at ‘none’ first). Then test again.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Zet DMARC op ‘quarantine’ of ‘reject’",
          en: "Set DMARC to ‘quarantine’ or ‘reject’",
        },
        detail: {
          nl: "Controleer in de DMARC-rapporten dat alle echte verzenders, zoals uw nieuwsbriefdienst, slagen. Zet DMARC daarna op ‘quarantine’ en binnen een maand op ‘reject’.",
          en: "Check in the DMARC reports that all genuine senders, such as your newsletter service, pass. Then set DMARC to ‘quarantine’ and, within a month, to ‘reject’.",
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
      nl: "Zijn de domeinnamen van uw partij beveiligd met DNSSEC (een digitale handtekening die voorkomt dat bezoekers ongemerkt bij een valse server uitkomen)?",
      en: "Are your party's domain names protected with DNSSEC (a digital signature that stops visitors from silently ending up at a fake server)?",
    },
    help: {
      why: {
        nl: "Zonder DNSSEC kan een aanvaller in sommige gevallen het ‘adresboek’ van internet vervalsen, zodat bezoekers of e-mail bij een valse server terechtkomen. DNSSEC is de afgesproken standaard voor Nederlandse overheidsdomeinen, en veel hostingpartijen kunnen het eenvoudig aanzetten.",
        en: "Without DNSSEC an attacker can in some cases forge the internet's ‘address book’, so that visitors or e-mail end up at a fake server. DNSSEC is the agreed standard for Dutch government domains, and many hosting providers can switch it on easily.",
      },
      how: {
        nl: "Test elk domein op internet.nl (‘Test uw website’); onder ‘DNSSEC’ ziet u of het aan staat. Staat het uit, vraag dan uw registrar (de partij waar u de domeinnaam huurt) of hostingpartij het aan te zetten. Vergeet campagnedomeinen en domeinen van afdelingen niet.",
        en: "Test each domain at internet.nl (‘Test your website’); under ‘DNSSEC’ you can see whether it is on. If it is off, ask your registrar (the company you rent the domain name from) or hosting provider to switch it on. Do not forget campaign domains and branch domains.",
      },
    },
    options: [
      {
        id: "missing",
        label: {
          nl: "De test op internet.nl laat zien dat DNSSEC op ons hoofddomein ontbreekt",
          en: "The internet.nl test shows that DNSSEC is missing on our main domain",
        },
        maturity: 0,
      },
      {
        id: "unchecked",
        label: {
          nl: "Onze leverancier zegt dat het aan staat, maar we hebben het niet zelf gecontroleerd",
          en: "Our provider says it is on, but we have not checked it ourselves",
        },
        maturity: 1,
      },
      {
        id: "main-domain",
        label: {
          nl: "Ons hoofddomein heeft DNSSEC, maar niet al onze campagne- of afdelingsdomeinen",
          en: "Our main domain has DNSSEC, but not all of our campaign or branch domains do",
        },
        maturity: 2,
      },
      {
        id: "all-domains",
        label: {
          nl: "Alle domeinen die we gebruiken hebben DNSSEC, gecontroleerd met internet.nl",
          en: "All domains we use have DNSSEC, checked with internet.nl",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.internetnlTestWebsite,
      sources.forumDnssec,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet DNSSEC aan op uw hoofddomein",
          en: "Turn on DNSSEC for your main domain",
        },
        detail: {
          nl: "Test uw domein op internet.nl en vraag uw registrar of hostingpartij DNSSEC aan te zetten als het ontbreekt. Test daarna opnieuw.",
          en: "Test your domain at internet.nl and ask your registrar or hosting provider to turn on DNSSEC if it is missing. Then test again.",
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
    id: "web-https-hsts",
    domain: "email_web",
    text: {
      nl: "Gebruikt uw website altijd een beveiligde verbinding (HTTPS, het slotje in de browser) met HSTS (een instelling die de browser dwingt die beveiligde verbinding te gebruiken)?",
      en: "Does your website always use a secure connection (HTTPS, the padlock in the browser) with HSTS (a setting that forces the browser to use that secure connection)?",
    },
    help: {
      why: {
        nl: "Zonder HTTPS kunnen anderen, bijvoorbeeld op openbare wifi, meekijken of de pagina en formulieren aanpassen, zoals aanmeldingen van leden en donaties. HSTS voorkomt dat een bezoeker ongemerkt toch op een onbeveiligde versie terechtkomt.",
        en: "Without HTTPS others can, for example on public wifi, watch the traffic or alter the page and forms, such as member sign-ups and donations. HSTS prevents a visitor from silently ending up on an unsecured version after all.",
      },
      how: {
        nl: "Test de website op internet.nl (‘Test uw website’) en kijk bij ‘Beveiligde verbinding (HTTPS)’. Vraag uw hostingpartij om een certificaat (bijvoorbeeld het gratis Let's Encrypt), een automatische doorverwijzing van http naar https, en de HSTS-instelling. Doe dit ook voor campagne- en actiesites.",
        en: "Test the website at internet.nl (‘Test your website’) and look under ‘Secure connection (HTTPS)’. Ask your hosting provider for a certificate (for example the free Let's Encrypt), an automatic redirect from http to https, and the HSTS setting. Do the same for campaign and action sites.",
      },
    },
    options: [
      {
        id: "no-https",
        label: {
          nl: "Onze website werkt zonder slotje, of de browser geeft een waarschuwing over het certificaat",
          en: "Our website works without a padlock, or the browser shows a certificate warning",
        },
        maturity: 0,
      },
      {
        id: "https-optional",
        label: {
          nl: "De site heeft HTTPS, maar wie http:// intypt, blijft op een onbeveiligde pagina",
          en: "The site has HTTPS, but anyone who types http:// stays on an unsecured page",
        },
        maturity: 1,
      },
      {
        id: "https-redirect",
        label: {
          nl: "Alle bezoekers gaan automatisch naar HTTPS, maar internet.nl meldt dat HSTS ontbreekt",
          en: "All visitors are sent to HTTPS automatically, but internet.nl reports that HSTS is missing",
        },
        maturity: 2,
      },
      {
        id: "https-hsts",
        label: {
          nl: "HTTPS met HSTS staat aan op al onze websites, ook campagnesites, en internet.nl keurt het goed",
          en: "HTTPS with HSTS is on for all our websites, including campaign sites, and internet.nl approves it",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.internetnlTestWebsite,
      sources.forumHttpsHsts,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet HTTPS aan met een automatische doorverwijzing",
          en: "Turn on HTTPS with an automatic redirect",
        },
        detail: {
          nl: "Vraag uw hostingpartij om een certificaat en een doorverwijzing van http naar https voor al uw websites. Controleer het resultaat op internet.nl.",
          en: "Ask your hosting provider for a certificate and a redirect from http to https for all your websites. Check the result at internet.nl.",
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
          nl: "Vraag uw hostingpartij of websitebouwer de HSTS-instelling toe te voegen, en test opnieuw op internet.nl tot de HTTPS-test slaagt.",
          en: "Ask your hosting provider or web developer to add the HSTS setting, and test again at internet.nl until the HTTPS test passes.",
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
        nl: "Vraag uw hostingpartij schriftelijk welke DDoS-bescherming u heeft en wie u belt bij een aanval. Overweeg een beschermingsdienst die vóór de site staat, zoals Project Shield van Google, dat gratis is voor organisaties die ervoor in aanmerking komen. Spreek een reserveplek af, bijvoorbeeld uw sociale media, waar u uw reactie op de uitslag plaatst als de site toch onbereikbaar is.",
        en: "Ask your hosting provider in writing what DDoS protection you have and whom you call during an attack. Consider a protection service that sits in front of the site, such as Google's Project Shield, which is free for organisations that qualify. Agree on a fallback place, for example your social media, where you will post your response to the results if the site goes down anyway.",
      },
    },
    options: [
      {
        id: "nothing-arranged",
        label: {
          nl: "Er is niets geregeld en we hebben het onze hostingpartij nooit gevraagd",
          en: "Nothing is arranged and we have never asked our hosting provider",
        },
        maturity: 0,
      },
      {
        id: "assumed",
        label: {
          nl: "We gaan ervan uit dat de hostingpartij iets doet, maar er staat niets op papier",
          en: "We assume the hosting provider does something, but nothing is in writing",
        },
        maturity: 1,
      },
      {
        id: "host-confirmed",
        label: {
          nl: "De hostingpartij heeft bevestigd welke bescherming er is, en we weten wie we bellen bij een aanval",
          en: "The hosting provider has confirmed what protection is in place, and we know whom to call during an attack",
        },
        maturity: 2,
      },
      {
        id: "shielded-with-fallback",
        label: {
          nl: "De site staat achter een DDoS-beschermingsdienst (zoals Project Shield of die van de hostingpartij), we weten wie we bellen, en er is een reserveplek afgesproken voor onze reactie op de uitslag",
          en: "The site sits behind a DDoS protection service (such as Project Shield or the hosting provider's), we know whom to call, and a fallback place for our response to the results is agreed",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.googleProjectShield,
      sources.nationaleNomoreddos,
    ],
    measures: {
      basic: {
        title: {
          nl: "Vraag uw hostingpartij naar DDoS-bescherming",
          en: "Ask your hosting provider about DDoS protection",
        },
        detail: {
          nl: "Mail uw hostingpartij met de vraag welke DDoS-bescherming er is, wie u belt bij een aanval, en of ze op de verkiezingsavond extra capaciteit hebben.",
          en: "E-mail your hosting provider asking what DDoS protection is in place, whom you call during an attack, and whether they have extra capacity on election night.",
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
          nl: "Meld u aan bij Project Shield of de beschermingsdienst van uw hostingpartij en test of de site goed blijft werken. Spreek af waar u uw reactie op de uitslag plaatst als de site toch onbereikbaar is.",
          en: "Sign up for Project Shield or your hosting provider's protection service and test that the site keeps working. Agree where you will post your response to the results if the site is unreachable anyway.",
        },
        owner: "it_lead",
        effort: "medium",
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "web-cms-security",
    domain: "email_web",
    text: {
      nl: "Wordt het beheersysteem van uw website (het CMS, zoals WordPress) steeds bijgewerkt, en loggen alle beheerders in met tweestapsverificatie (een extra code naast het wachtwoord)?",
      en: "Is your website's content management system (CMS, such as WordPress) kept up to date, and do all administrators sign in with two-step verification (an extra code on top of the password)?",
    },
    help: {
      why: {
        nl: "Verouderde plug-ins en gestolen wachtwoorden van beheerders zijn veelgebruikte ingangen om een website over te nemen. Een aanvaller kan dan valse berichten plaatsen of bezoekers naar schadelijke software sturen.",
        en: "Outdated plug-ins and stolen administrator passwords are common ways in to take over a website. An attacker can then post false statements or send visitors to malicious software.",
      },
      how: {
        nl: "Zet automatische updates aan voor het CMS, de plug-ins en het thema, of spreek met uw websitebouwer een vaste wekelijkse updatedag af. Zet tweestapsverificatie aan voor alle beheeraccounts en verwijder accounts van mensen die niet meer meewerken. Verwijder ook plug-ins die u niet gebruikt.",
        en: "Turn on automatic updates for the CMS, plug-ins and theme, or agree a fixed weekly update day with your web developer. Turn on two-step verification for all administrator accounts and remove the accounts of people who no longer help out. Also remove plug-ins you do not use.",
      },
    },
    options: [
      {
        id: "nobody-responsible",
        label: {
          nl: "Niemand is verantwoordelijk voor updates, en beheerders loggen in met alleen een wachtwoord",
          en: "Nobody is responsible for updates, and administrators sign in with just a password",
        },
        maturity: 0,
      },
      {
        id: "updates-only",
        label: {
          nl: "Updates worden geïnstalleerd, maar beheerders loggen in met alleen een wachtwoord",
          en: "Updates are installed, but administrators sign in with just a password",
        },
        maturity: 1,
      },
      {
        id: "some-admins-mfa",
        label: {
          nl: "Updates gaan automatisch of wekelijks, maar niet elk beheeraccount heeft tweestapsverificatie",
          en: "Updates are automatic or weekly, but not every administrator account has two-step verification",
        },
        maturity: 2,
      },
      {
        id: "all-admins-mfa",
        label: {
          nl: "Updates gaan automatisch of wekelijks, elk beheeraccount heeft tweestapsverificatie, en oud-medewerkers en oud-vrijwilligers hebben geen account meer",
          en: "Updates are automatic or weekly, every administrator account has two-step verification, and former staff and volunteers no longer have an account",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.digitalDigitalTrustCenter,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Zet updates en tweestapsverificatie aan in het CMS",
          en: "Turn on updates and two-step verification in the CMS",
        },
        detail: {
          nl: "Zet tweestapsverificatie aan voor elke beheerder, met de ingebouwde instelling of een plug-in. Zet automatische updates aan of spreek een vaste updatedag af met uw websitebouwer.",
          en: "Turn on two-step verification for every administrator, using the built-in setting or a plug-in. Turn on automatic updates or agree a fixed update day with your web developer.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "now",
      },
      next: {
        title: {
          nl: "Ruim beheeraccounts op en maak tweestapsverificatie verplicht",
          en: "Clean up administrator accounts and make two-step verification mandatory",
        },
        detail: {
          nl: "Loop de lijst met beheeraccounts na, verwijder wie niet meer meewerkt, en maak tweestapsverificatie verplicht voor alle overgebleven accounts.",
          en: "Go through the list of administrator accounts, remove anyone who no longer helps out, and make two-step verification mandatory for all remaining accounts.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
  {
    id: "web-lookalike-domains",
    domain: "email_web",
    text: {
      nl: "Heeft uw partij domeinnamen vastgelegd die op de uwe lijken, of houdt u in de gaten of anderen dat doen?",
      en: "Has your party registered domain names that look like yours, or do you watch whether others register them?",
    },
    help: {
      why: {
        nl: "Met een domeinnaam die op de uwe lijkt, zoals een andere extensie of een kleine tikfout, maken aanvallers nepwebsites en phishingmails die echt lijken. Rond verkiezingen worden ook namen van lijsttrekkers zo misbruikt.",
        en: "With a domain name that looks like yours, such as a different extension or a small typo, attackers build fake websites and phishing e-mails that look genuine. Around elections the names of lead candidates are abused this way too.",
      },
      how: {
        nl: "Leg de belangrijkste varianten vast op naam van de partij: .nl, .eu en .com, de partijnaam met en zonder streepje, en de naam van de lijsttrekker. Laat een leverancier of vrijwilliger regelmatig zoeken naar nieuw geregistreerde namen die op de uwe lijken. Meld misbruik bij de registrar van dat domein; bij .nl-domeinen kunt u ook SIDN inschakelen.",
        en: "Register the key variants in the party's name: .nl, .eu and .com, the party name with and without a hyphen, and the lead candidate's name. Have a supplier or volunteer regularly look for newly registered names that resemble yours. Report abuse to the domain's registrar; for .nl domains you can also involve SIDN.",
      },
    },
    options: [
      {
        id: "own-domain-only",
        label: {
          nl: "We hebben alleen ons eigen domein en kijken niet naar namen die erop lijken",
          en: "We only have our own domain and do not look at names that resemble it",
        },
        maturity: 0,
      },
      {
        id: "few-variants",
        label: {
          nl: "We hebben een paar varianten vastgelegd, maar kijken verder niet",
          en: "We have registered a few variants, but do not look any further",
        },
        maturity: 1,
      },
      {
        id: "variants-and-searches",
        label: {
          nl: "We hebben de belangrijkste varianten, ook de naam van de lijsttrekker, en zoeken af en toe naar nieuwe",
          en: "We hold the key variants, including the lead candidate's name, and occasionally search for new ones",
        },
        maturity: 2,
      },
      {
        id: "variants-and-alerts",
        label: {
          nl: "We hebben de belangrijkste varianten en krijgen automatisch een melding als iemand een naam registreert die op de onze lijkt",
          en: "We hold the key variants and get an automatic alert when someone registers a name that resembles ours",
        },
        maturity: 3,
      },
    ],
    weight: 1,
    critical: false,
    allowNotApplicable: false,
    sources: [
      sources.sidnSidnBeheerderNldomein,
      sources.belferCybersecurityCampaignPlaybook,
    ],
    measures: {
      basic: {
        title: {
          nl: "Leg de belangrijkste domeinvarianten vast",
          en: "Register the key domain variants",
        },
        detail: {
          nl: "Registreer de partijnaam als .nl, .eu en .com en de naam van de lijsttrekker, op naam van de partij. Laat ze doorverwijzen naar uw echte website.",
          en: "Register the party name as .nl, .eu and .com, plus the lead candidate's name, in the party's name. Have them redirect to your real website.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
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
        timeframe: "two_weeks_before",
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
          nl: "Er is geen back-up die we zelf kunnen terugzetten, en er is niets afgesproken",
          en: "There is no backup we can restore ourselves, and nothing has been agreed",
        },
        maturity: 0,
      },
      {
        id: "backup-only",
        label: {
          nl: "Er is een back-up, maar we hebben nooit geoefend met terugzetten en niet afgesproken wie wat doet",
          en: "There is a backup, but we have never practised restoring it and have not agreed who does what",
        },
        maturity: 1,
      },
      {
        id: "written-plan",
        label: {
          nl: "Er is een kort plan op papier: wie haalt de site offline, wie zet de back-up terug en wie informeert het publiek",
          en: "There is a short written plan: who takes the site offline, who restores the backup and who informs the public",
        },
        maturity: 2,
      },
      {
        id: "tested-plan",
        label: {
          nl: "Dat plan is er, het terugzetten is dit jaar geoefend, en er ligt een conceptverklaring klaar",
          en: "That plan exists, restoring has been practised this year, and a draft statement is ready",
        },
        maturity: 3,
      },
    ],
    weight: 2,
    critical: false,
    allowNotApplicable: true,
    sources: [
      sources.belferCybersecurityCampaignPlaybook,
      sources.digitalDigitalTrustCenter,
    ],
    measures: {
      basic: {
        title: {
          nl: "Regel een back-up en een kort herstelplan",
          en: "Arrange a backup and a short recovery plan",
        },
        detail: {
          nl: "Vraag uw hostingpartij of websitebouwer om een dagelijkse back-up die buiten de website wordt bewaard. Schrijf op één pagina wie de site offline haalt, wie hem terugzet en wie het publiek informeert.",
          en: "Ask your hosting provider or web developer for a daily backup stored outside the website. On one page, write down who takes the site offline, who restores it and who informs the public.",
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
        timeframe: "two_weeks_before",
      },
    },
  },
  {
    id: "web-domain-control",
    domain: "email_web",
    text: {
      nl: "Staat de registratie van uw domeinnamen op naam van de partij, en is het account bij de registrar (de partij waar u de domeinnaam huurt) goed beveiligd?",
      en: "Are your domain names registered in the party's name, and is the account at the registrar (the company you rent the domain name from) well protected?",
    },
    help: {
      why: {
        nl: "Wie het registraraccount beheert, bepaalt waar uw website en e-mail naartoe gaan. Staat het domein op naam van één vrijwilliger die vertrekt, of wordt het account zonder tweestapsverificatie gehackt, dan kunt u alles tegelijk kwijtraken.",
        en: "Whoever controls the registrar account decides where your website and e-mail go. If the domain is in the name of one volunteer who leaves, or the account is hacked because it has no two-step verification, you can lose everything at once.",
      },
      how: {
        nl: "Zoek uit bij welke registrar uw domeinen staan en op wiens naam; voor .nl-domeinen kunt u dat opzoeken in de Whois van SIDN. Zet de domeinen op naam van de partij, geef twee vaste beheerders elk een eigen login en zet tweestapsverificatie aan. Zet automatische verlenging aan, en vraag voor uw hoofddomein naar een extra slot tegen ongewenste wijzigingen (registry lock).",
        en: "Find out which registrar your domains are with and in whose name; for .nl domains you can look this up in SIDN's Whois. Put the domains in the party's name, give two permanent administrators their own login each and turn on two-step verification. Turn on automatic renewal, and ask about an extra lock against unwanted changes (registry lock) for your main domain.",
      },
    },
    options: [
      {
        id: "one-person",
        label: {
          nl: "Het domein staat op naam van één (oud-)vrijwilliger of een bureau, of we weten niet bij welk account",
          en: "The domain is in the name of one (former) volunteer or an agency, or we do not know which account it is in",
        },
        maturity: 0,
      },
      {
        id: "party-single-login",
        label: {
          nl: "Het domein staat op naam van de partij, maar één persoon kent de inlog en er is geen tweestapsverificatie",
          en: "The domain is in the party's name, but one person knows the login and there is no two-step verification",
        },
        maturity: 1,
      },
      {
        id: "party-mfa-one-admin",
        label: {
          nl: "Het domein staat op naam van de partij en het registraraccount heeft tweestapsverificatie, maar er is maar één beheerder",
          en: "The domain is in the party's name and the registrar account has two-step verification, but there is only one administrator",
        },
        maturity: 2,
      },
      {
        id: "party-mfa-two-admins",
        label: {
          nl: "Het domein staat op naam van de partij, twee vaste beheerders hebben elk een eigen login met tweestapsverificatie, en automatische verlenging staat aan",
          en: "The domain is in the party's name, two permanent administrators each have their own login with two-step verification, and automatic renewal is on",
        },
        maturity: 3,
      },
    ],
    weight: 3,
    critical: true,
    allowNotApplicable: true,
    sources: [
      sources.sidnSidnBeheerderNldomein,
      sources.belferCybersecurityCampaignPlaybook,
    ],
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
          nl: "Geef een tweede vaste beheerder een eigen login met tweestapsverificatie, zet automatische verlenging aan, en vraag uw registrar naar een registry lock voor het hoofddomein.",
          en: "Give a second permanent administrator their own login with two-step verification, turn on automatic renewal, and ask your registrar about a registry lock for the main domain.",
        },
        owner: "it_lead",
        effort: "small",
        timeframe: "nomination_day",
      },
    },
  },
];
