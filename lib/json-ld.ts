import type { CollectionPage, CreativeWork, Occupation, WebPage, WithContext } from "schema-dts";
import { sourceAnchor } from "./citations";
import type { Role, Source } from "./schema";
import { allMissions } from "./items";
import { LOCALE_TAGS, localisePath, type Locale } from "./i18n/locales";
import { absoluteUrl, editionPath, rolePath, siteName } from "./site";
import type { Edition } from "./editions/load";

const PERIODS = { month: "P1M", year: "P1Y" } as const;

/**
 * The role's codes in the classifications it has (ROME, then ISCO), as schema.org wants them: the
 * code, its label and the code set named. Shared by the role page and the job ads written from it.
 */
export function occupationalCategories(role: Pick<Role, "codes">) {
  const { rome } = role.codes;
  return [
    ...(rome
      ? [
          {
            "@type": "CategoryCode" as const,
            codeValue: rome.code,
            name: rome.label,
            inCodeSet: { "@type": "CategoryCodeSet" as const, name: `ROME (${rome.version})` },
          },
        ]
      : []),
    ...(role.codes.isco ?? []).map((isco) => ({
      "@type": "CategoryCode" as const,
      codeValue: isco.code,
      name: isco.label,
      inCodeSet: { "@type": "CategoryCodeSet" as const, name: isco.version },
    })),
  ];
}

/**
 * schema.org description of a role page: a WebPage (which carries `dateModified`)
 * whose main entity is the Occupation.
 */
export function roleJsonLd(role: Role, locale: Locale, editions: readonly Edition[] = []) {
  const url = absoluteUrl(localisePath(rolePath(role.slug), locale));
  const occupation = {
    "@type": "Occupation" as const,
    name: role.title,
    alternateName: role.otherTitles.flatMap(({ title, feminine }) => (feminine ? [title, feminine] : [title])),
    description: role.summary,
    url,
    occupationLocation: { "@type": "Country" as const, name: "France" },
    occupationalCategory: occupationalCategories(role),
    responsibilities: allMissions(role).map((item) => item.text),
    skills: role.skills.map((item) => item.text),
    ...(role.pay.length > 0 && {
      estimatedSalary: role.pay.map((row) => {
        const about = { name: `${row.covers} (${row.year})`, currency: "EUR", duration: PERIODS[row.period] };
        if (row.statistic === "median") return { "@type": "MonetaryAmountDistribution" as const, ...about, median: row.amount };
        return { "@type": "MonetaryAmount" as const, name: about.name, currency: about.currency, ...(row.amountMax === undefined ? { value: row.amount } : { minValue: row.amount, maxValue: row.amountMax }) };
      }),
    }),
  } satisfies Occupation;
  return {
    "@context": "https://schema.org",
    "@type": "WebPage" as const,
    url,
    name: role.title,
    inLanguage: LOCALE_TAGS[locale].lang,
    dateModified: role.updated,
    // The page changes; each dated edition keeps one version of it (lib/editions).
    ...(editions.length > 0 && { version: editions[0].date, workExample: editions.map((edition) => editionReference(edition, locale)) }),
    isPartOf: { "@type": "WebSite" as const, name: siteName(locale), url: absoluteUrl(localisePath("/", locale)) },
    mainEntity: occupation,
    // The sources this page cites (those of the sections' own pages are listed on them), by their
    // identifier: each is described once, in the bibliography's JSON-LD (sourcesJsonLd).
    citation: role.sources.filter((source) => role.rolePageSourceIds.includes(source.id)).map((source) => ({ "@id": sourceJsonLdId(source.id, locale) })),
  } satisfies WithContext<WebPage>;
}

/** A dated edition, as another page names it. */
function editionReference(edition: Edition, locale: Locale) {
  return { "@type": "WebPage" as const, url: absoluteUrl(localisePath(editionPath(edition.snapshot.slug, edition.date), locale)), version: edition.date, datePublished: edition.date };
}

/**
 * schema.org description of a dated edition: a version of the role page (`exampleOfWork`), of its
 * date (`version`, `datePublished`), based on the edition before it, if any.
 */
export function editionJsonLd(edition: Edition, editions: readonly Edition[], locale: Locale) {
  const { snapshot } = edition;
  const previous = editions[editions.findIndex((candidate) => candidate.date === edition.date) + 1];
  return {
    "@context": "https://schema.org",
    "@type": "WebPage" as const,
    url: absoluteUrl(localisePath(editionPath(snapshot.slug, edition.date), locale)),
    name: snapshot.title,
    description: snapshot.summary,
    inLanguage: LOCALE_TAGS[locale].lang,
    version: edition.date,
    datePublished: edition.date,
    dateModified: edition.date,
    exampleOfWork: { "@type": "WebPage" as const, url: absoluteUrl(localisePath(rolePath(snapshot.slug), locale)), name: snapshot.title },
    ...(previous && { isBasedOn: editionReference(previous, locale) }),
    isPartOf: { "@type": "WebSite" as const, name: siteName(locale), url: absoluteUrl(localisePath("/", locale)) },
  } satisfies WithContext<WebPage>;
}

/** A source's identifier in JSON-LD: the address of its entry in the bibliography. */
export function sourceJsonLdId(id: string, locale: Locale): string {
  return absoluteUrl(localisePath(`/sources#${sourceAnchor(id)}`, locale));
}

/**
 * schema.org description of the bibliography page: every source, once, as a CreativeWork with
 * who, what, when and where (publisher and language are in /api/roles), under the identifier
 * the role pages cite it by.
 */
export function sourcesJsonLd(sources: Source[], locale: Locale, name: string) {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage" as const,
    url: absoluteUrl(localisePath("/sources", locale)),
    name,
    inLanguage: LOCALE_TAGS[locale].lang,
    isPartOf: { "@type": "WebSite" as const, name: siteName(locale), url: absoluteUrl(localisePath("/", locale)) },
    hasPart: sources.map(
      (source) =>
        ({
          "@type": "CreativeWork",
          "@id": sourceJsonLdId(source.id, locale),
          name: source.title,
          ...(source.url && { url: source.url }),
          ...((source.author ?? source.organisation) && { author: source.author ?? source.organisation }),
          // A range such as 2013–2016 is not a schema.org date: only exact dates are given.
          ...(source.published && /^\d{4}(-\d{2}){0,2}$/.test(source.published) && { datePublished: source.published }),
        }) satisfies CreativeWork,
    ),
  } satisfies WithContext<CollectionPage>;
}

/**
 * JSON for a `<script type="application/ld+json">`, safe wherever it is pasted: `<`, `>` and `&`
 * escaped so that no text can close the script or open a comment, and the line separators
 * U+2028 and U+2029 escaped for older JavaScript parsers. The value read back is the same.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
