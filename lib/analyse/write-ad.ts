/**
 * A job ad written from a profile: gender-neutral title, company context, the facts of the job
 * (employer, contract, place, remote work, start, experience, pay, dates), the missions, skills
 * and indicators the recruiter kept, and the link to the role page. Plain text, Markdown, HTML,
 * and schema.org `JobPosting` JSON-LD for the page that will publish the ad. Pure.
 */
import type { JobPosting, WithContext } from "schema-dts";
import { formatDate } from "../format";
import { localisePath, type Locale } from "../i18n/locales";
import { fill } from "../i18n/fill";
import { formatter } from "../i18n/translate";
import { occupationalCategories, serializeJsonLd } from "../json-ld";
import { essentialMissions } from "../reading";
import type { Role } from "../schema";
import { absoluteUrl, editionPath, rolePath } from "../site";
import { escapeHtml } from "../snippets";
import { countWords } from "../text";
import { ITEM_LISTS, roleItems, type ItemList } from "./model";
import type { AdDetails, Contract, ExperienceYears, PayBasis, PayPeriod, RemoteWork, WorkingTime } from "./write-ad-params";

/** Longest company context kept: the whole form travels in the address (GET), which the server caps at 4 096 characters. */
export const MAX_CONTEXT_LENGTH = 800;

/**
 * Past this many words the ad is flagged as long: a threshold set from the ads this writer makes,
 * not from a reading study. Measured on
 * the real profiles (tests/analyse/write-ad.test.ts), an ad of the core items with every fact of
 * the job and a full company context (800 characters) comes to about 260 words, which leaves room
 * for about ten more items; every item ticked with a full context, the « do everything » ad, is
 * at 400 to 480.
 */
export const READABLE_AD_WORDS = 400;

/** The words of a written ad, in the language of the role page it links to (app/_views/words.ts). */
export type AdWords = {
  locale: Locale;
  headings: Record<ItemList, string>;
  /** After the title: « (H/F) ». */
  titleMark: string;
  /** The text of the link to the role page. */
  linkText: string;
  colon: string;
  /** The heading of the facts of the job. */
  jobHeading: string;
  labels: { employer: string; contract: string; place: string; start: string; experience: string; pay: string };
  contracts: Record<Contract, string>;
  times: Record<WorkingTime, string>;
  remote: Record<RemoteWork, string>;
  experience: Record<ExperienceYears, string>;
  periods: Record<PayPeriod, string>;
  bases: Record<PayBasis, string>;
  /** `{min}` and `{max}` filled in. */
  payRange: string;
  /** `{date}` filled in. */
  posted: string;
  validThrough: string;
  /** Where applicants to a fully remote job may live (applicantLocationRequirements). */
  remoteCountry: string;
};

/** An item the ad can keep. `core`: the profile marks it as core; `preselected`: ticked on a first visit. */
export type AdItem = { list: ItemList; key: string; text: string; core: boolean; preselected: boolean };

export type WrittenAd = {
  title: string;
  url: string;
  text: string;
  markdown: string;
  html: string;
  jsonLd: WithContext<JobPosting>;
  /** The JSON-LD in its `<script>` element, safe to paste into a page. */
  jsonLdScript: string;
  /** Words of the plain text. */
  words: number;
  /** Properties Google requires for a job posting that the ad cannot fill yet (an employer, a place). */
  missingForGoogle: string[];
};

/** A trailing note between parentheses of three words or more is the reference’s comment, not part of the ad. */
export function adItemText(text: string): string {
  return text.replace(/\s*\(([^()]*)\)\s*$/, (note, inner: string) => (inner.trim().split(/\s+/).length >= 3 ? "" : note));
}

/**
 * Every item of the profile that an ad can keep, in the profile’s order; keys are unique within a
 * list. The core items are preselected; a profile that marks none has its En bref missions preselected.
 */
export function adItems(role: Role): AdItem[] {
  const items = roleItems(role);
  const hasCore = items.some(([, item]) => item.core === true);
  const essentials = new Set(essentialMissions(role).map((item) => item.key));
  return items.map(([list, item]) => {
    const core = item.core === true;
    return { list, key: item.key, text: adItemText(item.text), core, preselected: hasCore ? core : list === "missions" && essentials.has(item.key) };
  });
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#])/g, "\\$1");
}

/** Google's values for employmentType (case-sensitive); alternance is a work-study contract, the nearest is INTERN. */
const EMPLOYMENT_TYPES: Record<Contract, string> = { cdi: "FULL_TIME", cdd: "TEMPORARY", interim: "TEMPORARY", alternance: "INTERN", stage: "INTERN", freelance: "CONTRACTOR" };
const UNIT_TEXT: Record<PayPeriod, string> = { heure: "HOUR", mois: "MONTH", an: "YEAR" };

function employmentTypes(details: AdDetails): string[] {
  const types = new Set<string>();
  if (details.contract && !(details.contract === "cdi" && details.time === "partiel")) types.add(EMPLOYMENT_TYPES[details.contract]);
  if (details.time === "partiel") types.add("PART_TIME");
  else if (details.time === "plein" && details.contract !== "freelance") types.add("FULL_TIME");
  return [...types];
}

function money(amount: number, locale: Locale): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  return formatter(locale).number(amount, { style: "currency", currency: "EUR", minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** The facts of the job as `label : value` lines, in the order a candidate looks for them. */
function factLines(details: AdDetails, words: AdWords): string[] {
  const line = (label: string, value: string) => `${label}${words.colon} ${value}`;
  const { locale } = words;
  const contract = [details.contract && words.contracts[details.contract], details.time && words.times[details.time]].filter(Boolean).join(", ");
  const place = [details.remote !== "total" && details.city, details.remote && words.remote[details.remote]].filter(Boolean).join(", ");
  const pay = details.pay && `${details.pay.max === null ? money(details.pay.min, locale) : fill(words.payRange, { min: money(details.pay.min, locale), max: money(details.pay.max, locale) })} ${words.bases[details.pay.basis]} ${words.periods[details.pay.period]}`;
  return [
    details.employer && line(words.labels.employer, details.employer),
    contract && line(words.labels.contract, contract),
    place && line(words.labels.place, place),
    details.start && line(words.labels.start, formatDate(details.start, locale)),
    details.experience && line(words.labels.experience, words.experience[details.experience]),
    pay && line(words.labels.pay, pay),
  ].filter((value): value is string => Boolean(value));
}

/** Google's required properties for a job posting (see README, « Rédiger une offre »), and how the ad fills them. */
export function missingForGoogle(jsonLd: object): string[] {
  const posting = jsonLd as Record<string, unknown>;
  const required = ["title", "description", "datePosted", "hiringOrganization"].filter((name) => posting[name] === undefined);
  const placed = posting.jobLocation !== undefined || (posting.jobLocationType === "TELECOMMUTE" && posting.applicantLocationRequirements !== undefined);
  return placed ? required : [...required, "jobLocation"];
}

/**
 * The ad for a role from the items kept. `edition`: the date of the edition to link to, whose
 * text never changes, instead of the living page.
 */
export function writeJobAd(role: Role, kept: AdItem[], context: string, details: AdDetails, words: AdWords, edition: string | null = null): WrittenAd {
  const title = `${role.title} ${words.titleMark}`;
  const firstList = ITEM_LISTS.find(({ list }) => kept.some((item) => item.list === list));
  const section = firstList && role.sections.find((candidate) => candidate.id === firstList.anchor);
  const page = edition ? `${editionPath(role.slug, edition)}${section ? `#${section.id}` : ""}` : rolePath(role.slug, section?.id);
  const url = absoluteUrl(localisePath(page, words.locale));
  const paragraphs = context
    .slice(0, MAX_CONTEXT_LENGTH)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const facts = factLines(details, words);
  const groups = [
    ...(facts.length > 0 ? [{ heading: words.jobHeading, items: facts }] : []),
    ...ITEM_LISTS.map(({ list }) => ({ heading: words.headings[list], items: kept.filter((item) => item.list === list).map((item) => item.text) })).filter((group) => group.items.length > 0),
  ];
  const dates = [fill(words.posted, { date: formatDate(details.posted, words.locale) }), details.validThrough && fill(words.validThrough, { date: formatDate(details.validThrough, words.locale) })].filter(Boolean).join(" ");
  const linkLine = `${words.linkText}${words.colon} ${url}`;

  const text = [title, ...paragraphs, ...groups.map((group) => [group.heading, ...group.items.map((item) => `- ${item}`)].join("\n")), dates, linkLine].join("\n\n");
  const markdown = [
    `## ${escapeMarkdown(title)}`,
    ...paragraphs.map(escapeMarkdown),
    ...groups.map((group) => [`### ${escapeMarkdown(group.heading)}`, "", ...group.items.map((item) => `- ${escapeMarkdown(item)}`)].join("\n")),
    escapeMarkdown(dates),
    `[${escapeMarkdown(words.linkText)}](${url})`,
  ].join("\n\n");
  const list = (items: string[]) => `<ul>\n${items.map((item) => `  <li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`;
  const html = [
    `<h2>${escapeHtml(title)}</h2>`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...groups.map((group) => `<h3>${escapeHtml(group.heading)}</h3>\n${list(group.items)}`),
    `<p>${escapeHtml(dates)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(words.linkText)}</a></p>`,
  ].join("\n");
  // Google reads <p>, <ul> and <li> in a job description: the headings become paragraphs, the title stays out.
  const description = [
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    ...groups.map((group) => `<p>${escapeHtml(group.heading)}</p>\n${list(group.items)}`),
    `<p>${escapeHtml(linkLine)}</p>`,
  ].join("\n");

  const types = employmentTypes(details);
  const { pay } = details;
  const jsonLd = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    description,
    datePosted: details.posted,
    ...(details.validThrough && { validThrough: details.validThrough }),
    ...(types.length > 0 && { employmentType: types.length === 1 ? types[0] : types }),
    ...(details.employer && { hiringOrganization: { "@type": "Organization", name: details.employer } }),
    ...(details.remote === "total"
      ? { jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: words.remoteCountry } }
      : details.city && { jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: details.city, addressCountry: "FR" } } }),
    ...(details.start && { jobStartDate: details.start }),
    ...(details.experience &&
      details.experience !== "0" && { experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: Number(details.experience) * 12 } }),
    ...(pay && {
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "EUR",
        value: { "@type": "QuantitativeValue", ...(pay.max === null ? { value: pay.min } : { minValue: pay.min, maxValue: pay.max }), unitText: UNIT_TEXT[pay.period] },
      },
    }),
    occupationalCategory: occupationalCategories(role),
    relevantOccupation: { "@type": "Occupation", name: role.title, url: absoluteUrl(localisePath(rolePath(role.slug), words.locale)) },
  } satisfies WithContext<JobPosting>;

  return {
    title,
    url,
    text,
    markdown,
    html,
    jsonLd,
    jsonLdScript: `<script type="application/ld+json">\n${serializeJsonLd(jsonLd)}\n</script>`,
    words: countWords(text),
    missingForGoogle: missingForGoogle(jsonLd),
  };
}
