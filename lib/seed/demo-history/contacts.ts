import { randomUUID } from "node:crypto";

import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import phoneExamples from "libphonenumber-js/mobile/examples";

import { emailDomain, normalizeEmail } from "@/lib/normalize/email";

import { ACADEMIC_INSTITUTIONS, COUNTRY_PROFILES, JOB_ROLES, type CountryProfile } from "./countries";
import type { Random } from "./random";

export type ContactKind = "work" | "free" | "academic" | "competitor";

export type SeedCompany = { id: string; domain: string; name: string; country: string; contactCount: number };

export type SeedContact = {
  id: string;
  kind: ContactKind;
  email: string;
  emailNormalized: string;
  emailDomain: string;
  name: string;
  companyName: string;
  companyId: string | null;
  country: string;
  // E.164.
  phone: string | null;
  jobRole: string | null;
};

type Person = { name: string; latinGiven: string; latinFamily: string };

// Share of work-address contacts who join a company that already has demo contacts.
const EXISTING_COMPANY_SHARE = 0.38;
const NEW_COMPANY_NAME_ATTEMPTS = 6;

// German speakers spell umlauts out in addresses (Müller as mueller). Elsewhere the accent is dropped (Öztürk as ozturk).
const UMLAUT_COUNTRIES = new Set(["DE", "AT", "CH"]);
const UMLAUTS: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };

/** Convert text to ASCII: drop accents and spell out letters such as ß and ł, as people do in email addresses. */
function toAscii(text: string, country: string): string {
  const spelled = UMLAUT_COUNTRIES.has(country) ? text.replace(/[äöüÄÖÜ]/g, (letter) => UMLAUTS[letter]!) : text;

  return spelled
    .replace(/ß/g, "ss")
    .replace(/[łŁ]/g, "l")
    .replace(/ø/g, "o")
    .replace(/ı/g, "i")
    .replace(/æ/g, "ae")
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

function slugify(text: string, country: string): string {
  return toAscii(text, country)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

function emailWord(text: string, country: string): string {
  return toAscii(text, country).toLowerCase().replace(/[^a-z0-9]/g, "");
}

function createPerson(random: Random, profile: CountryProfile): Person {
  const people = profile.people;

  if (people.script === "latin") {
    const givenName = random.pick(people.givenNames);
    const familyName = random.pick(people.familyNames);
    return { name: `${givenName} ${familyName}`, latinGiven: givenName, latinFamily: familyName };
  }

  const [givenNative, givenLatin] = random.pick(people.givenNames);
  const [familyNative, familyLatin] = random.pick(people.familyNames);
  const name = random.chance(profile.latinNameShare ?? 0) ? `${givenLatin} ${familyLatin}` : `${familyNative}${people.separator}${givenNative}`;

  return { name, latinGiven: givenLatin, latinFamily: familyLatin };
}

/** Invent a company name as its people type it, and the slug its domain is built from. */
function createCompanyName(random: Random, profile: CountryProfile): { name: string; slug: string } {
  const companies = profile.companies;

  if ("brands" in companies) {
    const [brandNative, brandLatin] = random.pick(companies.brands);
    const [kindNative, kindLatin] = random.pick(companies.kinds);
    const name = random.chance(companies.nativeShare) ? companies.formatNative(brandNative, kindNative) : companies.formatLatin(brandLatin, kindLatin);
    return { name, slug: slugify(`${brandLatin} ${kindLatin.split(" ")[0]}`, profile.code) };
  }

  const familyNames = profile.people.script === "latin" ? profile.people.familyNames : [];
  const stem = random.pick([...companies.stems, ...familyNames]);
  const descriptor = random.pick(companies.descriptors);
  const legalForm = random.pick(companies.legalForms);
  const base = companies.stemFirst ? `${stem} ${descriptor}` : `${descriptor} ${stem}`;

  return { name: `${base} ${legalForm}`, slug: slugify(base, profile.code) };
}

function createLocalPart(random: Random, person: Person, kind: ContactKind, country: string): string {
  const givenName = emailWord(person.latinGiven, country);
  const familyName = emailWord(person.latinFamily, country);

  if (kind === "free") {
    return random.weighted<string>([
      [`${givenName}.${familyName}`, 30],
      [`${givenName}${familyName}${random.integer(10, 99)}`, 30],
      [`${givenName}.${familyName}${random.integer(60, 99)}`, 25],
      [`${givenName}_${familyName}`, 15],
    ]);
  }

  return random.weighted<string>([
    [`${givenName}.${familyName}`, 55],
    [`${givenName[0]}.${familyName}`, 10],
    [`${givenName[0]}${familyName}`, 20],
    [givenName, 5],
    [familyName, 10],
  ]);
}

/** Capitalise the address as some people type it. The contact's identity stays the normalised form. */
function capitalizeLocalPart(localPart: string): string {
  return localPart.replace(/(^|[._])([a-z])/g, (_, separator: string, letter: string) => separator + letter.toUpperCase());
}

/**
 * Make up a mobile number in E.164 from libphonenumber's example for the country,
 * with its last two digits varied. The US example falls in the 555-01xx
 * range reserved for fiction, but other countries' may be real numbers.
 */
function createPhone(random: Random, country: string): string | null {
  const example = getExampleNumber(country as CountryCode, phoneExamples);
  if (!example) return null;

  const national = example.nationalNumber.slice(0, -2) + String(random.integer(0, 99)).padStart(2, "0");
  const parsed = parsePhoneNumberFromString(`+${example.countryCallingCode}${national}`);

  return parsed?.isValid() ? parsed.number : example.number;
}

function pickCountry(random: Random): CountryProfile {
  return random.weighted(COUNTRY_PROFILES.map((profile) => [profile, profile.weight] as const));
}

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Invent `count` contacts and the companies behind their work domains.
 * About four in five write from a work address, and some companies get
 * several contacts. The rest use free mail (about 17 %), a university
 * address (3 %), or one of `competitorDomains` (under 1 %).
 */
export function createContacts(random: Random, input: { count: number; competitorDomains: readonly string[] }): { contacts: SeedContact[]; companies: SeedCompany[] } {
  const contacts: SeedContact[] = [];
  const companiesByDomain = new Map<string, SeedCompany>();
  const workCompaniesByCountry = new Map<string, SeedCompany[]>();
  const usedEmails = new Set<string>();

  const registerCompany = (domain: string, name: string, country: string): SeedCompany => {
    const existing = companiesByDomain.get(domain);
    if (existing) return existing;

    const company: SeedCompany = { id: randomUUID(), domain, name, country, contactCount: 0 };
    companiesByDomain.set(domain, company);
    return company;
  };

  // Damped preferential attachment: a company with more contacts is somewhat more likely to get the next one.
  const pickWorkCompany = (profile: CountryProfile): SeedCompany => {
    const local = workCompaniesByCountry.get(profile.code) ?? [];
    if (local.length > 0 && random.chance(EXISTING_COMPANY_SHARE)) {
      return random.weighted(local.map((company) => [company, Math.sqrt(company.contactCount)] as const));
    }

    let candidate = createCompanyName(random, profile);
    for (let attempt = 1; attempt < NEW_COMPANY_NAME_ATTEMPTS && companiesByDomain.has(`${candidate.slug}.example`); attempt++) {
      candidate = createCompanyName(random, profile);
    }
    const domain = `${candidate.slug}.example`;
    // When every attempt hit a taken name, the contact joins that company: a country has only so many name combinations.
    const existingCompany = companiesByDomain.get(domain);
    if (existingCompany) return existingCompany;

    const company = registerCompany(domain, candidate.name, profile.code);
    workCompaniesByCountry.set(profile.code, [...local, company]);
    return company;
  };

  for (let index = 0; index < input.count; index++) {
    const kind = random.weighted<ContactKind>([
      ["work", 79],
      ["free", 17],
      ["academic", 3],
      ["competitor", input.competitorDomains.length > 0 ? 0.8 : 0],
    ]);
    const institution = kind === "academic" ? random.pick(ACADEMIC_INSTITUTIONS) : null;
    const profile = institution ? COUNTRY_PROFILES.find((candidate) => candidate.code === institution.country)! : pickCountry(random);
    const person = createPerson(random, profile);

    let domain: string;
    let company: SeedCompany | null = null;
    let companyName: string;
    if (kind === "work") {
      company = pickWorkCompany(profile);
      domain = company.domain;
      companyName = company.name;
    } else if (kind === "free") {
      domain = random.pick(profile.freeMail);
      companyName = random.chance(0.2) ? random.pick(["Freelance", "Self-employed", "Private"]) : createCompanyName(random, profile).name;
    } else if (kind === "academic") {
      company = registerCompany(institution!.domain, institution!.name, profile.code);
      domain = company.domain;
      companyName = company.name;
    } else {
      domain = random.pick(input.competitorDomains);
      company = registerCompany(domain, `${titleCase(domain.split(".")[0]!)} Polymers`, profile.code);
      companyName = company.name;
    }

    const localPart = createLocalPart(random, person, kind, profile.code);
    let email = `${random.chance(0.08) ? capitalizeLocalPart(localPart) : localPart}@${domain}`;
    for (let suffix = 2; usedEmails.has(normalizeEmail(email)); suffix++) {
      email = `${localPart}${suffix}@${domain}`;
    }
    const emailNormalized = normalizeEmail(email);
    usedEmails.add(emailNormalized);
    if (company) company.contactCount += 1;

    contacts.push({
      id: randomUUID(),
      kind,
      email,
      emailNormalized,
      emailDomain: emailDomain(emailNormalized),
      name: person.name,
      companyName,
      companyId: company?.id ?? null,
      country: profile.code,
      phone: random.chance(kind === "academic" ? 0.2 : 0.45) ? createPhone(random, profile.code) : null,
      jobRole: random.chance(0.65) ? random.pick(JOB_ROLES[kind]) : null,
    });
  }

  return { contacts, companies: [...companiesByDomain.values()] };
}
