/**
 * What the job-ad analyser knows about the roles, built from the validated profiles: their
 * titles and other titles, and the signals of their missions, skills and indicators, already
 * stemmed. Plain JSON, so that the page can hand it to the browser and analyse there too.
 */
import { DEFAULT_LOCALE, localisePath, type Locale } from "../i18n/locales";
import type { Item, Role } from "../schema";
import { allMissions } from "../items";
import { absoluteUrl, rolePath } from "../site";
import { foldText } from "../text";
import { stems } from "./normalise";

/** The lists of a profile the analyser reads, and the anchor of the section of a role page that shows each. */
export const ITEM_LISTS = [
  { list: "missions", label: "mission", anchor: "missions" },
  { list: "skills", label: "compétence", anchor: "competences" },
  { list: "indicators", label: "indicateur", anchor: "indicateurs" },
] as const;

export type ItemList = (typeof ITEM_LISTS)[number]["list"];

export type ModelSignal = { stems: string[]; weight: number };

export type ModelItem = { list: ItemList; key: string; text: string; signals: ModelSignal[] };

export type ModelRole = {
  slug: string;
  title: string;
  /** Absolute canonical URL of the role page, without anchor. */
  url: string;
  /** The anchor and title of the section that shows each list, when the page has it. */
  sections: Partial<Record<ItemList, { id: string; title: string }>>;
  /** Title, abbreviation and other titles (both genders), folded for matching. */
  names: string[];
  abbreviation: string | null;
  items: ModelItem[];
};

/** The roles of one language: ads are read in that language (its stems, its stop words). */
export type AnalyserModel = {
  locale: Locale;
  /** What follows a job title in an ad of that language: « (H/F) » in French. */
  titleMark: string;
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

/**
 * The analyser's model of the roles. A signal found in several profiles counts for each of them
 * in proportion: 1 / (number of roles that have it).
 */
export function buildAnalyserModel(roles: Role[], locale: Locale = DEFAULT_LOCALE, titleMark = ""): AnalyserModel {
  const rolesBySignal = new Map<string, Set<string>>();
  const stemmed = roles.map((role) =>
    roleItems(role).map(([list, item]) => {
      const signals = (item.signals ?? []).map((signal) => stems(signal, locale)).filter((signal) => signal.length > 0);
      for (const signal of signals) {
        const key = signal.join(" ");
        rolesBySignal.set(key, (rolesBySignal.get(key) ?? new Set()).add(role.slug));
      }
      return { list, item, signals };
    }),
  );

  return {
    locale,
    titleMark: titleMark ? ` ${titleMark}` : "",
    roles: roles.map((role, index) => {
      const names = [role.title, ...role.otherTitles.flatMap((other) => [other.title, other.feminine ?? ""])].map(foldText).filter(Boolean);
      const sections: ModelRole["sections"] = {};
      for (const { list, anchor } of ITEM_LISTS) {
        const section = role.sections.find((candidate) => candidate.id === anchor);
        if (section) sections[list] = section;
      }
      return {
        slug: role.slug,
        title: role.title,
        url: absoluteUrl(localisePath(rolePath(role.slug), locale)),
        sections,
        names: [...new Set(names)].sort((a, b) => b.length - a.length),
        abbreviation: role.abbreviation ?? null,
        items: stemmed[index]
          .filter(({ signals }) => signals.length > 0)
          .map(({ list, item, signals }) => ({
            list,
            key: item.key,
            text: item.text,
            signals: signals.map((signal) => ({ stems: signal, weight: 1 / (rolesBySignal.get(signal.join(" "))?.size ?? 1) })),
          })),
      };
    }),
  };
}
