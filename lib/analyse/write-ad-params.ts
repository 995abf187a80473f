/**
 * The query of /rediger-une-offre: which items the recruiter kept, the company context and the
 * facts of the job (pay, contract, place…). The form is a GET form, so the query string is the
 * whole state: every parameter is read here, cut to its length, checked, and reported by name
 * when it is wrong. Each value is read once, cut first, then matched by anchored patterns: linear
 * in the length of the query. Pure.
 */
import type { ItemList } from "./model";
import { MAX_CONTEXT_LENGTH, type AdItem } from "./write-ad";

/** The query parameter of each list's checkboxes. */
export const LIST_PARAMS: Record<ItemList, string> = { missions: "mission", skills: "competence", indicators: "indicateur" };

/** Present once the form has been sent: from then on an unticked box means « leave it out ». */
export const SENT_PARAM = "envoye";
export const CONTEXT_PARAM = "contexte";
/** Which page the ad links to: the living page (`fiche`, the default) or its latest dated edition (`edition`). */
export const LINK_PARAM = "lien";
export const LINK_CHOICES = ["fiche", "edition"] as const;

/** The choices of the job's fields; the values are those of the query string, their words are in lib/i18n/messages (jobAd.choices). */
export const CONTRACTS = ["cdi", "cdd", "interim", "alternance", "stage", "freelance"] as const;
export const WORKING_TIMES = ["plein", "partiel"] as const;
export const REMOTE_WORK = ["aucun", "partiel", "total"] as const;
export const PAY_PERIODS = ["heure", "mois", "an"] as const;
export const PAY_BASES = ["brut", "net"] as const;
/** Years of experience asked, at least; `0`: beginners welcome. Years rather than « junior » or « senior », which can read as age. */
export const EXPERIENCE_YEARS = ["0", "1", "2", "3", "5", "8"] as const;

export type Contract = (typeof CONTRACTS)[number];
export type WorkingTime = (typeof WORKING_TIMES)[number];
export type RemoteWork = (typeof REMOTE_WORK)[number];
export type PayPeriod = (typeof PAY_PERIODS)[number];
export type PayBasis = (typeof PAY_BASES)[number];
export type ExperienceYears = (typeof EXPERIENCE_YEARS)[number];

/** The fields of the job, each with its query parameter. */
export const DETAIL_PARAMS = {
  employer: "employeur",
  city: "ville",
  remote: "teletravail",
  contract: "contrat",
  time: "temps",
  payMin: "salaire-min",
  payMax: "salaire-max",
  payPeriod: "periode",
  payBasis: "base",
  start: "debut",
  experience: "experience",
  posted: "publication",
  validThrough: "fin",
} as const;

export type DetailField = keyof typeof DETAIL_PARAMS;

/** Longest employer name and city kept: a company's legal name fits, a paragraph does not. */
export const MAX_EMPLOYER_LENGTH = 120;
export const MAX_CITY_LENGTH = 80;
/** A pay figure above ten million euros (a year) is a typing mistake, not a salary. */
export const MAX_PAY = 10_000_000;
/** Dates are accepted from a year before the day of writing to two years after it: an ad is written for a job open now. */
const PAST_DAYS = 366;
const FUTURE_DAYS = 2 * 366;

export type Pay = { min: number; max: number | null; period: PayPeriod; basis: PayBasis };

/** The facts of the job, checked. A field left empty, or wrong, is `null` (or `""` for text). */
export type AdDetails = {
  employer: string;
  city: string;
  remote: RemoteWork | null;
  contract: Contract | null;
  time: WorkingTime | null;
  pay: Pay | null;
  /** AAAA-MM-JJ */
  start: string | null;
  experience: ExperienceYears | null;
  /** AAAA-MM-JJ: the day the ad is published; the day of writing unless the recruiter gives another. */
  posted: string;
  /** AAAA-MM-JJ: the last day applications are taken. */
  validThrough: string | null;
};

/**
 * What is wrong with a field, for the page to say in its language (lib/i18n/messages, jobAd.problems):
 * - `tooLong`: cut to its maximum length;
 * - `choice`: not one of the values offered;
 * - `number`: not a number;
 * - `payRange`: zero, negative or above MAX_PAY;
 * - `payOrder`: the maximum is below the minimum;
 * - `payMaxAlone`: a maximum without a minimum (« jusqu’à… » misleads);
 * - `date`: not a date that exists, written AAAA-MM-JJ;
 * - `dateRange`: too far in the past or the future;
 * - `dateOrder`: the last day of the ad is before its publication.
 */
export type DetailProblem = { field: DetailField; issue: "tooLong" | "choice" | "number" | "payRange" | "payOrder" | "payMaxAlone" | "date" | "dateRange" | "dateOrder" };

type Params = Record<string, string | string[] | undefined>;

const values = (params: Params, name: string): string[] => {
  const value = params[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
};

export const firstParam = (params: Params, name: string): string => values(params, name)[0]?.trim() ?? "";

/** Keys are slugs: a value longer than this is no key, and is not compared. */
const MAX_KEY_LENGTH = 100;

/** The items kept: the profile's core items on a first visit, the ticked ones once the form was sent. */
export function keptItems(items: AdItem[], params: Params): AdItem[] {
  if (values(params, SENT_PARAM).length === 0) return items.filter((item) => item.preselected);
  const ticked = (list: ItemList) => new Set(values(params, LIST_PARAMS[list]).filter((key) => key.length <= MAX_KEY_LENGTH));
  const byList = { missions: ticked("missions"), skills: ticked("skills"), indicators: ticked("indicators") };
  return items.filter((item) => byList[item.list].has(item.key));
}

export function contextParam(params: Params): string {
  return (values(params, CONTEXT_PARAM)[0] ?? "").slice(0, MAX_CONTEXT_LENGTH);
}

/** A day as AAAA-MM-JJ, `days` after `from` (AAAA-MM-JJ). */
export function addDays(from: string, days: number): string {
  const date = new Date(`${from}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Control characters and runs of spaces become one space: a name or a city is one line. */
function oneLine(value: string): string {
  return value.replace(/[\s\p{Cc}]+/gu, " ").trim();
}

/**
 * A pay figure as people type it: `35000`, `35 000`, `35 000,50`, `35000.5`, `12,5 €`.
 * The value is cut to 24 characters before it is read.
 */
export function parseAmount(raw: string): number | null {
  const compact = raw.slice(0, 24).replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}

/** The facts of the job from the query, checked against `today` (AAAA-MM-JJ, the day of writing), and what was wrong. */
export function detailsParams(params: Params, today: string): { details: AdDetails; problems: DetailProblem[] } {
  const problems: DetailProblem[] = [];
  const raw = (field: DetailField) => firstParam(params, DETAIL_PARAMS[field]).slice(0, 400);

  const text = (field: DetailField, max: number): string => {
    const value = oneLine(raw(field));
    if (value.length <= max) return value;
    problems.push({ field, issue: "tooLong" });
    return value.slice(0, max).trim();
  };

  const choice = <T extends string>(field: DetailField, allowed: readonly T[]): T | null => {
    const value = raw(field);
    if (value === "") return null;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push({ field, issue: "choice" });
    return null;
  };

  const earliest = addDays(today, -PAST_DAYS);
  const latest = addDays(today, FUTURE_DAYS);
  const date = (field: DetailField): string | null => {
    const value = raw(field);
    if (value === "") return null;
    if (!isCalendarDate(value)) {
      problems.push({ field, issue: "date" });
      return null;
    }
    if (value < earliest || value > latest) {
      problems.push({ field, issue: "dateRange" });
      return null;
    }
    return value;
  };

  const amount = (field: DetailField): number | null => {
    const value = raw(field);
    if (value === "") return null;
    const parsed = parseAmount(value);
    if (parsed === null) {
      problems.push({ field, issue: "number" });
      return null;
    }
    if (parsed <= 0 || parsed > MAX_PAY) {
      problems.push({ field, issue: "payRange" });
      return null;
    }
    return parsed;
  };

  const employer = text("employer", MAX_EMPLOYER_LENGTH);
  const city = text("city", MAX_CITY_LENGTH);
  const remote = choice("remote", REMOTE_WORK);
  const contract = choice("contract", CONTRACTS);
  const time = choice("time", WORKING_TIMES);
  const experience = choice("experience", EXPERIENCE_YEARS);
  const period = choice("payPeriod", PAY_PERIODS) ?? "an";
  const basis = choice("payBasis", PAY_BASES) ?? "brut";
  const min = amount("payMin");
  const max = amount("payMax");
  let pay: Pay | null = null;
  if (min !== null && max !== null && max < min) problems.push({ field: "payMax", issue: "payOrder" });
  else if (min === null && max !== null && raw("payMin") === "") problems.push({ field: "payMin", issue: "payMaxAlone" });
  else if (min !== null) pay = { min, max: max !== null && max > min ? max : null, period, basis };

  const start = date("start");
  const posted = date("posted") ?? today;
  let validThrough = date("validThrough");
  if (validThrough !== null && validThrough < posted) {
    problems.push({ field: "validThrough", issue: "dateOrder" });
    validThrough = null;
  }

  return { details: { employer, city, remote, contract, time, pay, start, experience, posted, validThrough }, problems };
}
