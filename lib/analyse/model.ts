/**
 * What the job-ad analyser knows about the roles, built from the validated profiles: their
 * titles and other titles, and the signals of their missions, skills and indicators, already
 * stemmed; and, from content/analyser.yml, the words of the roles' field and of job titles.
 * Plain JSON, so that the page can hand it to the browser and analyse there too.
 */
import { DEFAULT_LOCALE, localisePath, type Locale } from "../i18n/locales";
import type { Item, Role } from "../schema";
import { allMissions } from "../items";
import { absoluteUrl, editionPath, rolePath } from "../site";
import { fold, stems } from "./normalise";
import type { AnalyserVocabulary } from "./vocabulary";

/** The lists of a profile the analyser reads, and the anchor of the section of a role page that shows each. */
export const ITEM_LISTS = [
  { list: "missions", label: "mission", anchor: "missions" },
  { list: "skills", label: "compétence", anchor: "competences" },
  { list: "indicators", label: "indicateur", anchor: "indicateurs" },
] as const;

export type ItemList = (typeof ITEM_LISTS)[number]["list"];

/** `domain`: the signal names the roles' field (it holds one of the model's `domain` phrases). */
export type ModelSignal = { stems: string[]; weight: number; domain: boolean };

/** `strategic`: one of the profile's strategic missions. */
export type ModelItem = { list: ItemList; key: string; text: string; strategic: boolean; signals: ModelSignal[] };

export type ModelRole = {
  slug: string;
  title: string;
  /** Absolute canonical URL of the role page, without anchor. */
  url: string;
  /** The role's latest dated edition (its date, written out) and its absolute URL, without anchor: the link that never changes. */
  edition: { date: string; label: string; url: string } | null;
  /** The anchor and title of the section that shows each list, when the page has it. */
  sections: Partial<Record<ItemList, { id: string; title: string }>>;
  /** Title and other titles (both genders), stemmed, longest first. */
  names: string[][];
  /**
   * The role's field as its titles name it, stemmed: each title without its title words
   * (« Responsable des médias sociaux » → médias sociaux). A field that holds another role's field
   * is left out.
   */
  fields: string[][];
  abbreviation: string | null;
  /** One of the role's fields names a social channel (« réseaux sociaux », "community"): its work is on social platforms. */
  social: boolean;
  /** The roles this role manages (profile `manages`), by slug. */
  manages: string[];
  items: ModelItem[];
};

/** The roles of one language: ads are read in that language (its stems, its stop words). */
export type AnalyserModel = {
  locale: Locale;
  /** What follows a job title in an ad of that language: « (H/F) » in French. */
  titleMark: string;
  /** Phrases that show community, social-media or content work, stemmed: the vocabulary's and every role's fields. */
  domain: string[][];
  /** Stems of the words that make a field a job title. */
  titleWords: string[];
  /** Headings that open the list of the job's missions, and headings that open another part of the ad (folded words). */
  headings: { missions: string[]; other: string[] };
  /** Phrases that name a social channel, and phrases that name another channel (website, newsletter…), stemmed. */
  channels: { social: string[][]; other: string[][] };
  roles: ModelRole[];
};

/** The missions (strategic, then operational), skills and indicators of a profile, with their list. */
export function roleItems(role: Role): Array<[ItemList, Item]> {
  return [
    ...allMissions(role).map((item): [ItemList, Item] => ["missions", item]),
    ...role.skills.map((item): [ItemList, Item] => ["skills", item]),
    ...role.indicators.map((item): [ItemList, Item] => ["indicators", item]),
  ];
}

const key = (phrase: string[]) => phrase.join(" ");

/** A heading as the analyser compares it: lower case, no accents, words apart (« Vos missions : » → « vos missions »). */
export function headingWords(text: string): string {
  return fold(text.toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** `phrase` holds `part`, its words in order and next to each other. */
export function containsPhrase(phrase: string[], part: string[]): boolean {
  return part.length > 0 && phrase.some((_, start) => part.every((stem, offset) => phrase[start + offset] === stem));
}

/** Unique phrases, none holding a shorter one of the list. */
function shortest(phrases: string[][]): string[][] {
  const unique = [...new Map(phrases.filter((phrase) => phrase.length > 0).map((phrase) => [key(phrase), phrase])).values()];
  return unique.filter((phrase) => !unique.some((other) => other !== phrase && other.length < phrase.length && containsPhrase(phrase, other)));
}

/**
 * The analyser's model of the roles. A signal found in several profiles counts for each of them
 * in proportion: 1 / (number of roles that have it).
 */
export function buildAnalyserModel(
  roles: Role[],
  locale: Locale = DEFAULT_LOCALE,
  titleMark = "",
  vocabulary: AnalyserVocabulary | null = null,
  /** Each role's latest edition, by slug: its date, and that date written out. */
  editions: Readonly<Record<string, { date: string; label: string }>> = {},
): AnalyserModel {
  const titleWords = new Set((vocabulary?.titleWords ?? []).flatMap((word) => stems(word, locale)));
  const names = roles.map((role) => [role.title, ...role.otherTitles.flatMap((other) => [other.title, other.feminine ?? ""])].filter(Boolean).map((name) => stems(name, locale)));
  const ownFields = roles.map((role, index) => shortest(names[index].map((name) => name.filter((stem) => !titleWords.has(stem)))));
  // A field that holds another role's field (« social media planneur ») says neither role.
  const fields = ownFields.map((list, index) => list.filter((field) => !ownFields.some((other, otherIndex) => otherIndex !== index && other.some((phrase) => containsPhrase(field, phrase)))));
  const channels = {
    social: shortest((vocabulary?.channels.social ?? []).map((phrase) => stems(phrase, locale))),
    other: shortest((vocabulary?.channels.other ?? []).map((phrase) => stems(phrase, locale))),
  };
  const domain = shortest([...(vocabulary?.domain ?? []).map((phrase) => stems(phrase, locale)), ...ownFields.flat()]);

  const rolesBySignal = new Map<string, Set<string>>();
  const stemmed = roles.map((role) =>
    roleItems(role).map(([list, item]) => {
      const signals = (item.signals ?? []).map((signal) => stems(signal, locale)).filter((signal) => signal.length > 0);
      for (const signal of signals) rolesBySignal.set(key(signal), (rolesBySignal.get(key(signal)) ?? new Set()).add(role.slug));
      return { list, item, signals };
    }),
  );

  return {
    locale,
    titleMark: titleMark ? ` ${titleMark}` : "",
    domain,
    titleWords: [...titleWords],
    headings: { missions: (vocabulary?.missionHeadings ?? []).map(headingWords), other: (vocabulary?.otherHeadings ?? []).map(headingWords) },
    channels,
    roles: roles.map((role, index) => {
      const sections: ModelRole["sections"] = {};
      for (const { list, anchor } of ITEM_LISTS) {
        const section = role.sections.find((candidate) => candidate.id === anchor);
        if (section) sections[list] = section;
      }
      return {
        slug: role.slug,
        title: role.title,
        url: absoluteUrl(localisePath(rolePath(role.slug), locale)),
        edition: editions[role.slug] ? { ...editions[role.slug], url: absoluteUrl(localisePath(editionPath(role.slug, editions[role.slug].date), locale)) } : null,
        sections,
        names: [...new Map(names[index].filter((name) => name.length > 0).map((name) => [key(name), name])).values()].sort((a, b) => b.length - a.length),
        fields: fields[index],
        abbreviation: role.abbreviation ?? null,
        social: ownFields[index].some((field) => channels.social.some((phrase) => containsPhrase(field, phrase))),
        manages: role.manages.map((managed) => managed.slug),
        items: stemmed[index]
          .filter(({ signals }) => signals.length > 0)
          .map(({ list, item, signals }) => ({
            list,
            key: item.key,
            text: item.text,
            strategic: role.missions.strategic.includes(item),
            signals: signals.map((signal) => ({ stems: signal, weight: 1 / (rolesBySignal.get(key(signal))?.size ?? 1), domain: domain.some((phrase) => containsPhrase(signal, phrase)) })),
          })),
      };
    }),
  };
}
