import type { Domain } from "../schema";

export const domains: Domain[] = [
  {
    id: "governance",
    title: { nl: "Organisatie en incidenten", en: "Governance and incident readiness" },
    intro: {
      nl: "Wie is verantwoordelijk, wat moet u beschermen en wat doet u als het misgaat?",
      en: "Who is responsible, what must you protect, and what do you do when things go wrong?",
    },
  },
  {
    id: "accounts",
    title: { nl: "Accounts beveiligen", en: "Account security" },
    intro: {
      nl: "E-mail, sociale media, clouddiensten en de telefoonnummers die eraan hangen zijn het eerste doel van een aanvaller.",
      en: "E-mail, social media, cloud services and the phone numbers linked to them are the first thing an attacker goes after.",
    },
  },
  {
    id: "devices",
    title: { nl: "Apparaten en gegevens", en: "Devices and data" },
    intro: {
      nl: "Laptops en telefoons waarop partijwerk gebeurt, de gegevens die erop staan, en waar leden- en kiezersgegevens verder terechtkomen.",
      en: "Laptops and phones used for party work, the data stored on them, and where else member and voter data ends up.",
    },
  },
  {
    id: "email_web",
    title: { nl: "E-mail, website en domeinen", en: "E-mail, website and domains" },
    intro: {
      nl: "Kan niemand namens u mailen, en blijft uw website in de lucht op de verkiezingsavond?",
      en: "Can nobody send e-mail in your name, and does your website stay up on election night?",
    },
  },
  {
    id: "disinformation",
    title: { nl: "Reageren op desinformatie", en: "Disinformation response" },
    intro: {
      nl: "Hoe u misleidende berichten over uw partij opmerkt, weegt en beantwoordt, tot en met de verkiezingsavond.",
      en: "How you notice, weigh and answer misleading content about your party, up to and including election night.",
    },
  },
  {
    id: "candidates",
    title: { nl: "Kandidaten beschermen", en: "Candidate protection" },
    intro: {
      nl: "Kandidaten en hun naasten zijn een doelwit, online en op straat.",
      en: "Candidates and the people close to them are targets, online and in the street.",
    },
  },
  {
    id: "people",
    title: { nl: "Mensen, leveranciers en invloed van buitenaf", en: "People, suppliers and foreign influence" },
    intro: {
      nl: "Iedereen die meewerkt, ook afdelingen, vrijwilligers en bureaus, en hoe buitenlandse invloed via mensen en geld binnenkomt.",
      en: "Everyone who helps out, including branches, volunteers and agencies, and how foreign influence comes in through people and money.",
    },
  },
];
