import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Root } from "mdast";
import { explicitHeadingId, findUnsafeMarkdown, markdownLinks, markdownStructure, markdownWords, parseMarkdown, renderMarkdown, sectionCitations, type RenderedMarkdown } from "../markdown";
import { outlineOfTree, type Outline } from "../markdown-outline";
import { DEFAULT_LOCALE, localisePath, type Locale } from "../i18n/locales";
import { z } from "zod";
import {
  frontMatterSchema,
  guideSchema,
  organisationSchema,
  sourceSchema,
  sourceTranslationSchema,
  surveysSchema,
  type AliasSlug,
  type FrontMatter,
  type Guide,
  type Organisation,
  type Role,
  type RoleRef,
  type SectionPage,
  type Source,
  type Survey,
} from "../schema";
import { allMissions, itemLists } from "../items";
import { internalWords, proseStrings } from "./plain-words";
import { withPayTable } from "../pay-table";
import { stems } from "../analyse/normalise";
import { recommendableRoles } from "../guide";
import { lookupRoute, type RouteTable } from "../routes";
import { READING_BUDGET, essentialsWordCount } from "../reading";
import { rolePath, roleSectionPath } from "../site";
import { CORE_ITEMS_MAX, CORE_MISSIONS_MIN, HISTORY_SECTIONS, LASTING_ANCHORS, MAX_OLD_CITATION_SHARE, MAX_SECTIONS, PAGE_ANCHORS, PRESENT_DAY_FROM, REQUIRED_SECTIONS, REQUIRED_SUBSECTIONS } from "../sections";
import { countWords, isSlug, slugify } from "../text";
import { typographyFor } from "../typography";
import { analyserVocabularySchema, type AnalyserVocabulary } from "../analyse/vocabulary";
import type { JobAdCheck } from "../job-ad-checks";
import { readJobAdChecks } from "./job-ad-checks";
import { readEditions, type RoleEditions } from "../editions/load";
import { displayPath, fieldPath, formatProblem, parseYaml, readUtf8, readYamlFile, yamlErrorMessage, type Problem } from "./files";

export { formatProblem, type Problem };

/** Everything the site knows, built once from `content/`: the only source of truth about roles and sources. */
export type Catalogue = {
  /** Sorted by title. */
  roles: Role[];
  /** The bibliography, in file order. */
  sources: Source[];
  guide: Guide | null;
  organisation: Organisation | null;
  surveys: Survey[];
  /** What the job-ad analyser reads beyond the profiles (content/analyser.yml), or null without that file. */
  analyser: AnalyserVocabulary | null;
  routes: RouteTable;
  /** The legal checks of a job ad (content/job-ad-checks.yml), in the language's words. */
  jobAdChecks: JobAdCheck[];
  /** Each role's dated editions, newest first (content/editions): a role without one has none listed. */
  editions: RoleEditions[];
};

export type LoadResult = Catalogue & {
  locale: Locale;
  problems: Problem[];
  warnings: Problem[];
  /** For comparing two languages (lib/content/parity.ts): each profile's file and the sources each of its `##` sections cites. */
  profiles: Map<string, { file: string; sectionSources: Map<string, string[]> }>;
  /** The slug of every profile file, those that failed to load included. */
  profileSlugs: string[];
  files: { guide: string; organisation: string; surveys: string; sources: string };
};

/**
 * Where a language's files are: French at the top of `content/`, another language in a folder of
 * its code (`content/en/roles/…`, `content/en/guide.yml`…). The bibliography is shared; each other
 * language has its own words for it in `content/<code>/sources.yml`.
 */
export function languageDir(dir: string, locale: Locale): string {
  return locale === DEFAULT_LOCALE ? dir : path.join(dir, locale);
}

/** The folder the content is read from: `CONTENT_DIR`, or `content/` in the working directory. */
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.CONTENT_DIR?.trim() || "content");
}

/**
 * A profile read and checked: its front matter, its body's syntax tree (parsed once, by remark,
 * and rendered on first read of its HTML) and the outline every check and the layout read from it.
 */
type Parsed = { slug: string; file: string; data: FrontMatter; body: string; bodyLine: number; tree: Root; outline: Outline };

/**
 * Reads every content file, validates each one and the links between them, and returns the
 * catalogue together with every problem found (never stops at the first) and the warnings.
 */
export function loadContent(dir: string = contentDir(), locale: Locale = DEFAULT_LOCALE): LoadResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const typography = typographyFor(locale);
  const language = languageDir(dir, locale);
  const sourcesFile = path.join(dir, "sources.yml");
  const { sources: read, ids: sourceIds } = readBibliography(sourcesFile, problems);
  const translationsFile = path.join(language, "sources.yml");
  const written = locale === DEFAULT_LOCALE ? read : translateBibliography(read, translationsFile, problems);
  const sources = written.map((source) => typesetStrings(source, typography));
  const { parsed, fileSlugs } = readProfiles(path.join(language, "roles"), problems);
  const guideFile = path.join(language, "guide.yml");
  const organisationFile = path.join(language, "organisation.yml");
  const surveysFile = path.join(language, "surveys.yml");
  const guide = readYamlFile(guideFile, guideSchema, problems, { optional: true });
  const organisation = readYamlFile(organisationFile, organisationSchema, problems, { optional: true });
  const surveys = readYamlFile(surveysFile, surveysSchema, problems, { optional: true }) ?? [];
  for (const [file, record] of [[guideFile, guide], [organisationFile, organisation], [surveysFile, surveys]] as const) {
    if (record) checkPlainWords(displayPath(file), record, null, 0, locale, problems);
  }
  const analyser = readYamlFile(path.join(language, "analyser.yml"), analyserVocabularySchema, problems, { optional: true });

  const bibliography = checkBibliography(sources, displayPath(sourcesFile), problems);
  const wordsFile = displayPath(locale === DEFAULT_LOCALE ? sourcesFile : translationsFile);
  for (const { id, title, untitled, note, publishedNote, urlMissing } of sources) {
    checkPlainWords(`${wordsFile} (${id})`, { ...(untitled ? { title } : {}), note, publishedNote, urlMissing }, null, 0, locale, problems);
  }
  // An entry with problems of its own still exists: citations of it are not reported as unknown.
  const knownIds = new Set([...bibliography.keys(), ...sourceIds]);
  // A profile with problems of its own still exists: links to it are not reported as unknown.
  const slugs = fileSlugs;
  const aliasSlugs = collectSlugs(parsed, problems);
  const routes: RouteTable = {};
  // A profile that failed to load keeps its address: links to it are not reported as unknown.
  for (const slug of fileSlugs) if (isSlug(slug)) routes[slug] = slug;
  for (const [slug, aliases] of aliasSlugs) for (const alias of aliases) routes[alias.slug] = slug;

  const cited = new Set<string>();
  const cite = (file: string, field: string, ids: string[]) => {
    ids.forEach((id, index) => {
      cited.add(id);
      if (!knownIds.has(id)) {
        problems.push({ file, field: ids.length > 1 ? `${field}.${index}` : field, message: `source « ${id} » inconnue : ajoutez-la à ${displayPath(sourcesFile)} ou corrigez l’identifiant` });
      }
    });
  };
  const checkRole = (file: string, field: string, slug: string) => {
    if (!slugs.has(slug)) problems.push({ file, field, message: `rôle inconnu « ${slug} » : corrigez le slug (rôles existants : ${[...slugs].join(", ")})` });
  };

  for (const source of sources) if (source.reportedBy) cited.add(source.reportedBy);
  const jobAdChecks = readJobAdChecks(dir, locale, problems, typography);
  for (const [file, field, ids] of jobAdChecks.citations) cite(file, field, ids);
  checkTitles(parsed, problems);
  const profiles = new Map(parsed.map((entry) => [entry.slug, { file: entry.file, sectionSources: sectionCitations(entry.outline) }]));
  const rendered = new Map(parsed.map((entry) => [entry.slug, renderProfile(entry, routes, bibliography, cite, problems, locale)]));
  for (const entry of parsed) checkRelations(entry, slugs, problems, locale);
  if (guide) {
    checkGuide(guide, displayPath(guideFile), cite, checkRole, problems);
    const reachable = recommendableRoles(guide);
    for (const { slug, file } of parsed) {
      if (!reachable.has(slug)) warnings.push({ file: displayPath(guideFile), field: "rules", message: `aucune réponse au guide ne recommande « ${slug} » (${file}) : ajoutez une règle rules[] avec role: ${slug} si le guide doit pouvoir le proposer` });
    }
  }
  if (organisation) checkOrganisation(organisation, displayPath(organisationFile), cite, checkRole);
  surveys.forEach((survey, index) => {
    const file = displayPath(surveysFile);
    cite(file, `${index}.source`, [survey.source]);
    survey.values.forEach((value, valueIndex) => checkRole(file, `${index}.values.${valueIndex}.role`, value.role));
  });

  // A profile that failed to load may cite any source: none is reported as uncited then.
  const allProfilesRead = parsed.length === fileSlugs.size;
  sources.forEach((source, index) => {
    if (allProfilesRead && !cited.has(source.id)) {
      warnings.push({ file: displayPath(sourcesFile), field: `${index}.id`, message: `la source « ${source.id} » n’est citée nulle part : citez-la dans un profil, le guide ou une figure, ou retirez-la` });
    }
  });

  const refs = new Map<string, RoleRef>(parsed.map(({ slug, data }) => [slug, { slug, title: data.title }]));
  const resolve = (targets: string[]) => targets.flatMap((target) => refs.get(target) ?? []);
  const roles: Role[] = parsed
    .map(({ slug, data }) => {
      const { body, sections, pages, wordCount, sourceIds, rolePageSourceIds } = rendered.get(slug)!;
      const typeset = typesetStrings(data, typography);
      return {
        ...typeset,
        slug,
        reportsTo: resolve(data.reportsTo),
        manages: resolve(data.manages),
        related: resolve(data.related),
        aliasSlugs: aliasSlugs.get(slug) ?? [],
        sources: sourceIds.flatMap((id) => bibliography.get(id) ?? []),
        rolePageSourceIds,
        get html() {
          return body.html;
        },
        get citedFrom() {
          return body.citedFrom;
        },
        sections,
        pages,
        wordCount,
      };
    })
    .sort((a, b) => a.title.localeCompare(b.title, "fr"));
  for (const { slug, file } of parsed) {
    const role = roles.find((candidate) => candidate.slug === slug)!;
    checkEssentials(role, file, problems);
    checkCore(role, file, problems);
  }
  // The change log is prose of today, set in the language's typography; editions are frozen as published.
  const editions = readEditions(language, locale, new Set(roles.map((role) => role.slug)), new Set(sources.map((source) => source.id)), problems).map((role) => ({
    ...role,
    editions: role.editions.map((edition) => ({ ...edition, summary: typography(edition.summary) })),
  }));
  // Once the site publishes editions, a role without one has no dated link to offer.
  for (const { slug, file } of editions.length > 0 ? parsed : []) {
    if (!editions.some((edition) => edition.slug === slug)) warnings.push({ file, field: "(éditions)", message: "aucune édition datée : publiez la première avec `npm run build && npm run edition`" });
  }

  return {
    locale,
    roles,
    sources,
    guide: guide && typesetStrings(guide, typography),
    organisation: organisation && typesetStrings(organisation, typography),
    surveys: surveys.map((survey) => typesetStrings(survey, typography)),
    analyser,
    routes,
    jobAdChecks: jobAdChecks.rules,
    editions,
    problems,
    warnings,
    profiles,
    profileSlugs: [...fileSlugs],
    files: { guide: displayPath(guideFile), organisation: displayPath(organisationFile), surveys: displayPath(surveysFile), sources: displayPath(locale === DEFAULT_LOCALE ? sourcesFile : translationsFile) },
  };
}

/**
 * The bibliography in another language: each entry takes the words of its translation (short
 * label, note, the reason it has no address or date, and the description of an untitled source);
 * every entry needs one, and a translation adds no field the entry does not have.
 */
function translateBibliography(sources: Source[], file: string, problems: Problem[]): Source[] {
  const shown = displayPath(file);
  const entries = readYamlFile(file, z.array(z.unknown()).min(1, "traductions de la bibliographie vides : une entrée par source de content/sources.yml"), problems, { optional: false }) ?? [];
  const byId = new Map<string, z.infer<typeof sourceTranslationSchema>>();
  entries.forEach((entry, index) => {
    const result = sourceTranslationSchema.safeParse(entry);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push({ file: shown, field: [index, fieldPath(issue)].filter((part) => part !== "(racine)").join("."), message: issue.message });
      return;
    }
    const known = sources.find((source) => source.id === result.data.id);
    if (!known) problems.push({ file: shown, field: `${index}.id`, message: `source « ${result.data.id} » absente de content/sources.yml : retirez cette traduction ou corrigez l’identifiant` });
    else if (byId.has(result.data.id)) problems.push({ file: shown, field: `${index}.id`, message: `traduction de « ${result.data.id} » en double : gardez-en une` });
    else {
      byId.set(result.data.id, result.data);
      for (const field of ["title", "urlMissing", "publishedNote"] as const) {
        const expected = field === "title" ? known.untitled : known[field] !== undefined;
        if (expected && result.data[field] === undefined) problems.push({ file: shown, field: `${index}.${field}`, message: `champ manquant : la source « ${known.id} » en a un en français${field === "title" ? " (source sans titre : sa description se traduit)" : ""}` });
        if (!expected && result.data[field] !== undefined) problems.push({ file: shown, field: `${index}.${field}`, message: field === "title" ? `titre traduit : le titre d’une œuvre reste celui de la source ; retirez ce champ` : `champ en trop : la source « ${known.id} » n’en a pas en français ; retirez-le` });
      }
    }
  });
  return sources.map((source) => {
    const translation = byId.get(source.id);
    if (!translation) {
      problems.push({ file: shown, field: "(fichier)", message: `source « ${source.id} » sans traduction : ajoutez une entrée avec id, short et note` });
      return source;
    }
    const { short, note, urlMissing, publishedNote, title } = translation;
    return { ...source, short, note, ...(urlMissing && { urlMissing }), ...(publishedNote && { publishedNote }), title: source.untitled && title ? title : source.title };
  });
}

/** Reads `<dir>/roles/*.md`, in file-name order; a profile with problems is left out, its slug kept. */
function readProfiles(rolesDir: string, problems: Problem[]): { parsed: Parsed[]; fileSlugs: Set<string> } {
  if (!fs.existsSync(rolesDir) || !fs.statSync(rolesDir).isDirectory()) {
    problems.push({ file: displayPath(rolesDir), field: "(dossier)", message: "dossier introuvable : créez-le et ajoutez-y un profil <slug>.md" });
    return { parsed: [], fileSlugs: new Set() };
  }
  const names = fs.readdirSync(rolesDir).sort();
  const parsed: Parsed[] = [];
  for (const name of names) {
    const absolute = path.join(rolesDir, name);
    if (!name.endsWith(".md")) {
      problems.push({ file: displayPath(absolute), field: "(fichier)", message: "fichier inattendu : le dossier ne doit contenir que des profils <slug>.md ; déplacez ou supprimez ce fichier" });
      continue;
    }
    const entry = parseProfile(absolute, problems);
    if (entry) parsed.push(entry);
  }
  if (names.length === 0) problems.push({ file: displayPath(rolesDir), field: "(dossier)", message: "aucun profil : ajoutez au moins un fichier <slug>.md" });
  return { parsed, fileSlugs: new Set(names.filter((name) => name.endsWith(".md")).map((name) => name.slice(0, -3))) };
}

const MATTER_OPTIONS = { engines: { yaml: (source: string) => (parseYaml(source) ?? {}) as object } };

/**
 * In `next dev`, profiles already parsed, by path and text: editing one profile parses that one
 * again, not the others. Their trees stay as parsed; each rendering works on a copy.
 */
const parsedProfiles = process.env.NODE_ENV === "development" ? new Map<string, { hash: string; parsed: Parsed }>() : null;

function parseProfile(absolute: string, problems: Problem[]): Parsed | null {
  // A link or a folder is reported by readProfile, without being read.
  if (!parsedProfiles || !fs.lstatSync(absolute).isFile()) return readProfile(absolute, problems);
  const hash = createHash("sha1").update(fs.readFileSync(absolute)).digest("hex");
  const known = parsedProfiles.get(absolute);
  if (known?.hash === hash) return { ...known.parsed, tree: structuredClone(known.parsed.tree) };
  const parsed = readProfile(absolute, problems);
  if (parsed) parsedProfiles.set(absolute, { hash, parsed: { ...parsed, tree: structuredClone(parsed.tree) } });
  else parsedProfiles.delete(absolute);
  return parsed;
}

function readProfile(absolute: string, problems: Problem[]): Parsed | null {
  const file = displayPath(absolute);
  const slug = path.basename(absolute, ".md");
  const before = problems.length;
  if (!isSlug(slug)) {
    problems.push({ file, field: "(nom du fichier)", message: `« ${slug} » n’est pas un slug : renommez le fichier en minuscules ASCII avec des tirets (ex. ${slugify(slug) || "mon-role"}.md)` });
  }
  const source = readUtf8(absolute, problems);
  if (source === null) return null;

  let front: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would return a file whose
    // YAML failed to parse, without the error, when the same text is parsed again.
    front = matter(source, MATTER_OPTIONS);
  } catch (error) {
    // gray-matter hands the YAML over with the newline that follows `---`: its lines are the file's.
    problems.push({ file, field: "(front matter)", message: yamlErrorMessage(error, source) });
    return null;
  }

  // Line numbers in messages count from the top of the file, front matter included.
  const bodyLine = source.slice(0, source.length - front.content.length).split("\n").length - 1;
  const body = front.content;
  if (body.trim() === "") problems.push({ file, field: "(corps)", message: "corps vide : écrivez la définition et les sections ## sous le front matter" });
  const tree = parseMarkdown(body);
  const outline = outlineOfTree(tree);
  for (const message of findUnsafeMarkdown(outline, bodyLine)) problems.push({ file, field: "(corps)", message });

  const result = frontMatterSchema.safeParse(front.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: fieldPath(issue), message: issue.message });
  }
  return result.success && problems.length === before ? { slug, file, data: result.data, body, bodyLine, tree, outline } : null;
}

/**
 * Reads the bibliography entry by entry, so that one broken entry is reported alone: the ids
 * of every entry, valid or not, are returned to check citations against.
 */
function readBibliography(absolute: string, problems: Problem[]): { sources: Source[]; ids: string[] } {
  const entries = readYamlFile(absolute, z.array(z.unknown()).min(1, "bibliographie vide : ajoutez au moins une source"), problems, { optional: false }) ?? [];
  const sources: Source[] = [];
  const ids: string[] = [];
  entries.forEach((entry, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === "string") ids.push(id);
    const result = sourceSchema.safeParse(entry);
    if (result.success) sources.push(result.data);
    else for (const issue of result.error.issues) problems.push({ file: displayPath(absolute), field: [index, fieldPath(issue)].filter((part) => part !== "(racine)").join("."), message: issue.message });
  });
  return { sources, ids };
}

/** Duplicate ids are errors; a source may name the source that reports it only if that one exists. */
function checkBibliography(sources: Source[], file: string, problems: Problem[]): Map<string, Source> {
  const byId = new Map<string, Source>();
  sources.forEach((source, index) => {
    if (byId.has(source.id)) {
      problems.push({ file, field: `${index}.id`, message: `identifiant « ${source.id} » en double : chaque source figure une seule fois ; fusionnez les deux entrées ou renommez l’une` });
    } else {
      byId.set(source.id, source);
    }
  });
  sources.forEach((source, index) => {
    if (source.reportedBy && !byId.has(source.reportedBy)) {
      problems.push({ file, field: `${index}.reportedBy`, message: `source « ${source.reportedBy} » inconnue : corrigez l’identifiant de la source qui rapporte celle-ci` });
    }
  });
  return byId;
}

/** Every slug, canonical or not, must lead to one role only; the problem is reported on both files. */
function collectSlugs(parsed: Parsed[], problems: Problem[]): Map<string, AliasSlug[]> {
  const owners = new Map<string, { file: string; field: string; what: string }>();
  const claim = (slug: string, file: string, field: string, what: string): boolean => {
    const owner = owners.get(slug);
    if (owner && owner.file !== file) {
      problems.push({ file, field, message: `${what} donne l’adresse /roles/${slug}, déjà prise par ${owner.file} (${owner.what}) : changez l’un des deux` });
      problems.push({ file: owner.file, field: owner.field, message: `${owner.what} donne l’adresse /roles/${slug}, déjà prise par ${file} (${what}) : changez l’un des deux` });
      return false;
    }
    if (owner) return false;
    owners.set(slug, { file, field, what });
    return true;
  };

  for (const { slug, file } of parsed) claim(slug, file, "(nom du fichier)", "le slug du rôle");

  const bySlug = new Map<string, AliasSlug[]>();
  for (const { slug, file, data } of parsed) {
    const aliases: AliasSlug[] = [];
    const add = (title: string, field: string, what: string) => {
      const alias = slugify(title);
      if (alias === "" || alias === slug || aliases.some((known) => known.slug === alias)) return;
      if (claim(alias, file, field, what)) aliases.push({ slug: alias, title });
    };
    data.otherTitles.forEach((other, index) => {
      add(other.title, `otherTitles.${index}.title`, `l’autre intitulé « ${other.title} »`);
      if (other.feminine) add(other.feminine, `otherTitles.${index}.feminine`, `le féminin « ${other.feminine} »`);
    });
    if (data.abbreviation) add(data.abbreviation, "abbreviation", `l’abréviation « ${data.abbreviation} »`);
    data.aliases.forEach((alias, index) => add(alias, `aliases.${index}`, `l’alias « ${alias} »`));
    bySlug.set(slug, aliases);
  }
  return bySlug;
}

/** Two roles with the same title could not be told apart on any page. */
function checkTitles(parsed: Parsed[], problems: Problem[]) {
  const byTitle = new Map<string, string>();
  for (const { file, data } of parsed) {
    const key = slugify(data.title);
    const other = byTitle.get(key);
    if (other) problems.push({ file, field: "title", message: `titre « ${data.title} » déjà porté par ${other} : donnez à chaque rôle un titre distinct` });
    else byTitle.set(key, file);
  }
}

function checkRelations({ slug, file, data }: Parsed, slugs: Set<string>, problems: Problem[], locale: Locale) {
  for (const field of ["reportsTo", "manages", "related"] as const) {
    data[field].forEach((target, index) => {
      if (target === slug) {
        problems.push({ file, field: `${field}.${index}`, message: `un rôle ne peut pas se citer lui-même : retirez « ${target} » de ${field}` });
      } else if (!slugs.has(target)) {
        problems.push({ file, field: `${field}.${index}`, message: `rôle inconnu « ${target} » : corrigez le slug (rôles existants : ${[...slugs].join(", ")})` });
      }
    });
  }
  for (const [field, items] of itemLists(data)) {
    // Missions, skills and indicators are what the job-ad analyser looks for in an ad (lib/analyse/).
    if (field !== "channels") {
      items.forEach((item, index) => {
        if (!item.signals) problems.push({ file, field: `${field}.${index}.signals`, message: `aucun signal : donnez les mots et expressions qui, dans une offre d’emploi, évoquent « ${item.key} »` });
        item.signals?.forEach((signal, signalIndex) => {
          if (stems(signal, locale).length === 0) problems.push({ file, field: `${field}.${index}.signals.${signalIndex}`, message: `« ${signal} » : que des mots vides, l’analyseur n’y trouve rien ; écrivez des mots qui portent le sens` });
        });
      });
    }
    const seen = new Set<string>();
    items.forEach(({ key }, index) => {
      if (seen.has(key)) problems.push({ file, field: `${field}.${index}.key`, message: `clé « ${key} » en double dans la liste : donnez à chaque élément une clé unique` });
      seen.add(key);
    });
  }
}

type Cite = (file: string, field: string, ids: string[]) => void;

/**
 * Checks what the profile cites and links to, and renders its body. Returns the cited source
 * ids in order of first citation: the body first, then the front matter.
 */
function renderProfile(entry: Parsed, routes: RouteTable, bibliography: Map<string, Source>, cite: Cite, problems: Problem[], locale: Locale) {
  const { file, slug, data, body, bodyLine } = entry;
  // The pay table is part of the page's tree: its sources are numbered with the others.
  const tree = withPayTable(entry.tree, data.pay, bibliography, locale, explicitHeadingId);
  const outline = tree === entry.tree ? entry.outline : outlineOfTree(tree);

  const essentialsSources = data.essentials ? [...(data.essentials.reporting?.sources ?? []), ...data.essentials.pay.sources, ...data.essentials.access.sources] : [];
  const localise = (target: string) => localisePath(target, locale);
  const typeset = typographyFor(locale);
  const structure = markdownStructure(outline, { typeset, firstSources: essentialsSources });
  // The HTML, on first read, from the tree the checks read.
  let rendered: RenderedMarkdown | undefined;
  const options = {
    typeset,
    sourceLabel: (id: string) => bibliography.get(id)?.short,
    paths: { role: localise(rolePath(slug)), section: (id: string) => localise(roleSectionPath(slug, id)) },
    firstSources: essentialsSources,
    words: markdownWords(locale),
    localise,
    layout: structure,
  };
  const render = () => {
    try {
      return (rendered ??= renderMarkdown(tree, options));
    } catch (error) {
      throw new Error(`${file} : ${(error as Error).message}`, { cause: error });
    }
  };
  const links = markdownLinks(outline);
  const { sections, anchors } = structure;
  const pages: SectionPage[] = structure.pages.map(({ id, title, sourceIds }) => ({
    id,
    title,
    sourceIds,
    get html() {
      return render().pages.find((page) => page.id === id)!.html;
    },
    get citedFrom() {
      return render().pages.find((page) => page.id === id)!.citedFrom;
    },
  }));
  for (const message of structure.problems) problems.push({ file, field: "(corps)", message });
  checkSections(structure, bibliography, file, bodyLine, problems);
  checkPlainWords(file, data, body, bodyLine, locale, problems);

  const valid = new Set<string>([...anchors, ...PAGE_ANCHORS]);
  for (const { url, line } of links) {
    const where = `ligne ${line + bodyLine}`;
    const [pathPart, hash] = url.split("#", 2);
    if (pathPart === "" && hash !== undefined) {
      if (hash.startsWith("source-")) {
        cite(file, `(corps, ${where})`, [hash.slice("source-".length)]);
      } else if (!valid.has(hash)) {
        problems.push({ file, field: `(corps, ${where})`, message: `ancre « #${hash} » introuvable sur cette page : liez une section existante (${[...anchors].join(", ")})` });
      }
    } else if (pathPart.startsWith("/roles/")) {
      const target = pathPart.slice("/roles/".length).replace(/\/$/, "");
      if (lookupRoute(routes, target) === null) problems.push({ file, field: `(corps, ${where})`, message: `lien vers un rôle inconnu « ${pathPart} » : corrigez le slug (rôles : ${Object.values(routes).filter((v, i, a) => a.indexOf(v) === i).join(", ")})` });
    }
  }

  // The role page cites the sources of its body (En bref first), then those of the front matter;
  // the sections' own pages add theirs.
  const order: string[] = [...structure.sourceIds];
  const note = (ids: string[]) => ids.forEach((id) => order.includes(id) || order.push(id));
  for (const [field, ids] of citations(data)) {
    note(ids);
    cite(file, field, ids);
  }
  const onRolePage = order.filter((id) => bibliography.has(id));
  for (const page of pages) note(page.sourceIds);
  for (const page of pages) page.sourceIds = page.sourceIds.filter((id) => bibliography.has(id));
  return {
    /** Its `html` is rendered on first read. */
    body: {
      get html() {
        return render().html;
      },
      get citedFrom() {
        return render().citedFrom;
      },
    },
    sections,
    pages,
    wordCount: countWords(body),
    sourceIds: order.filter((id) => bibliography.has(id)),
    rolePageSourceIds: onRolePage,
  };
}

/** Fields whose strings are exact titles as a source or a classification gives them: quoted, never rewritten. */
const EXACT_TITLE_FIELDS = new Set(["label", "signals"]);

/** No word of the site's workshop (« extrait lu », « la référence »…) on a page: in the front matter, the body or the bibliography. */
function checkPlainWords(file: string, record: unknown, body: string | null, bodyLine: number, locale: Locale, problems: Problem[]) {
  const report = (field: string, text: string) => {
    for (const { found, fix } of internalWords(text, locale)) problems.push({ file, field, message: `« ${found} » : mot de l’atelier, pas du lecteur ; remplacez-le (${fix})` });
  };
  for (const [field, text] of proseStrings(record, new Set([...VERBATIM_FIELDS, ...EXACT_TITLE_FIELDS]))) report(field, text);
  body?.split("\n").forEach((line, index) => report(`(corps, ligne ${index + 1 + bodyLine})`, line));
}

/** The year a source was published, the last of a range; null when unknown. */
function publishedYear(source: Source | undefined): number | null {
  const years = source?.published?.match(/\d{4}/g);
  return years ? Number(years.at(-1)) : null;
}

/**
 * The sections of a role page: the required ones, in order, no more than MAX_SECTIONS, their
 * lasting anchors; present-day sections resting on present-day sources; old sources a small
 * share of the page's citations.
 */
function checkSections(structure: ReturnType<typeof markdownStructure>, bibliography: Map<string, Source>, file: string, bodyLine: number, problems: Problem[]) {
  const { sections, anchors, citations } = structure;
  const report = (message: string, where = "(corps)") => problems.push({ file, field: where, message });
  const present = sections.map((section) => section.id);
  for (const required of REQUIRED_SECTIONS) {
    if (!present.includes(required.id)) report(`section « ${required.title} » absente : ajoutez « ## ${required.title} {#${required.id}} » (les offres d’emploi pointent vers cette ancre)`);
  }
  const order = REQUIRED_SECTIONS.map((section) => section.id).filter((id) => present.includes(id));
  const written = present.filter((id) => order.includes(id as (typeof order)[number]));
  if (written.join() !== order.join()) report(`sections dans le désordre : ${written.join(", ")} ; écrivez-les dans cet ordre : ${order.join(", ")} (le métier d’aujourd’hui d’abord, les divergences et l’histoire à la fin)`);
  if (sections.length > MAX_SECTIONS) report(`${sections.length} sections ## pour ${MAX_SECTIONS} au plus : fusionnez celles qui se répètent, en gardant leurs ancres (## Titre {#id #ancienne-ancre})`);
  for (const id of REQUIRED_SUBSECTIONS) {
    if (!anchors.includes(id)) report(`sous-section #${id} absente : ajoutez un titre « ### … {#${id}} »`);
  }
  for (const id of LASTING_ANCHORS) {
    if (!anchors.includes(id)) report(`ancre #${id} absente : des offres d’emploi y pointent ; ajoutez-la au titre de la section qui traite ce sujet (## Titre {#id #${id}})`);
  }
  // A text of law in force is today's law, whatever its year.
  const isOld = (id: string) => {
    const source = bibliography.get(id);
    const year = publishedYear(source);
    return source?.kind !== "law" && year !== null && year < PRESENT_DAY_FROM;
  };
  for (const citation of citations) {
    if (citation.section === null || (HISTORY_SECTIONS as readonly string[]).includes(citation.section)) continue;
    if (citation.ids.every(isOld)) {
      report(`section #${citation.section} : affirmation appuyée seulement sur des sources d’avant ${PRESENT_DAY_FROM} (${citation.ids.join(", ")}) : citez une source actuelle, ou déplacez le propos dans #${HISTORY_SECTIONS.join(" ou #")}`, `(corps, ligne ${citation.line + bodyLine})`);
    }
  }
  const marks = citations.flatMap((citation) => citation.ids);
  const old = marks.filter(isOld).length;
  if (marks.length > 0 && old / marks.length > MAX_OLD_CITATION_SHARE) {
    report(`${old} renvois sur ${marks.length} (${Math.round((old / marks.length) * 100)} %) vont à des sources d’avant ${PRESENT_DAY_FROM}, pour ${MAX_OLD_CITATION_SHARE * 100} % au plus : citez des sources actuelles, et gardez l’histoire du métier dans #evolution`);
  }
}

/**
 * The core items (`core: true`): what the job is about in most companies, shown first and the
 * only ones the job-ad writer preselects: CORE_MISSIONS.min missions or more, CORE_ITEMS.max items in all.
 */
function checkCore(role: Role, file: string, problems: Problem[]) {
  const missions = allMissions(role).filter((item) => item.core).length;
  const all = itemLists(role).reduce((sum, [list, items]) => sum + (list === "channels" ? 0 : items.filter((item) => item.core).length), 0);
  if (missions < CORE_MISSIONS_MIN) problems.push({ file, field: "missions", message: `${missions} mission${missions > 1 ? "s" : ""} marquée${missions > 1 ? "s" : ""} core: true, pour ${CORE_MISSIONS_MIN} au moins : ajoutez core: true aux missions du quotidien dans la plupart des entreprises` });
  if (all > CORE_ITEMS_MAX) problems.push({ file, field: "missions", message: `${all} éléments core: true (missions, compétences, indicateurs), pour ${CORE_ITEMS_MAX} au plus : une offre qui demande tout ne dit rien ; gardez l’essentiel` });
}

/** The En bref block names existing missions and stays within the reading budget. */
function checkEssentials(role: Role, file: string, problems: Problem[]) {
  if (!role.essentials) {
    problems.push({ file, field: "essentials", message: `bloc « En bref » absent : ajoutez essentials (missions, pay, access), voir content/modele-de-profil.md` });
    return;
  }
  const keys = new Set(allMissions(role).map((item) => item.key));
  role.essentials.missions.forEach((key, index) => {
    if (!keys.has(key)) problems.push({ file, field: `essentials.missions.${index}`, message: `mission « ${key} » inconnue : donnez la clé d’une mission de missions.strategic ou missions.operational` });
  });
  const words = essentialsWordCount(role);
  if (words > READING_BUDGET.essentialsWords) {
    problems.push({ file, field: "essentials", message: `« En bref » trop long : ${words} mots (résumé, missions, rattachement, rémunération, accès) pour ${READING_BUDGET.essentialsWords} au plus ; raccourcissez pay.text, access.text ou la liste des missions` });
  }
}

function checkGuide(guide: Guide, file: string, cite: Cite, checkRole: (file: string, field: string, slug: string) => void, problems: Problem[]) {
  const options = new Map(guide.questions.map((question) => [question.id, new Set(question.options.map((option) => option.value))]));
  const checkWhen = (when: Record<string, string | string[]>, field: string) => {
    for (const [question, value] of Object.entries(when)) {
      const known = options.get(question);
      if (!known) {
        problems.push({ file, field: `${field}.${question}`, message: `question inconnue « ${question} » : choisissez parmi ${[...options.keys()].join(", ")}` });
        continue;
      }
      for (const answer of [value].flat()) {
        if (!known.has(answer)) problems.push({ file, field: `${field}.${question}`, message: `réponse inconnue « ${answer} » : choisissez parmi ${[...known].join(", ")}` });
      }
    }
  };
  guide.rules.forEach((rule, index) => {
    checkWhen(rule.when, `rules.${index}.when`);
    checkRole(file, `rules.${index}.role`, rule.role);
    cite(file, `rules.${index}.sources`, rule.sources);
  });
  checkWhen(guide.onePerson.when, "onePerson.when");
  guide.onePerson.reasons.forEach((reason, index) => {
    reason.roles.forEach((role, roleIndex) => checkRole(file, `onePerson.reasons.${index}.roles.${roleIndex}`, role));
    cite(file, `onePerson.reasons.${index}.sources`, reason.sources);
  });
}

function checkOrganisation(organisation: Organisation, file: string, cite: Cite, checkRole: (file: string, field: string, slug: string) => void) {
  const nodeIds = new Set(organisation.nodes.map((node) => node.id));
  cite(file, "lead.sources", organisation.lead.sources);
  organisation.nodes.forEach((node, index) => cite(file, `nodes.${index}.sources`, node.sources));
  for (const [slug, entry] of Object.entries(organisation.roles)) {
    checkRole(file, `roles.${slug}`, slug);
    cite(file, `roles.${slug}.sources`, entry.sources);
  }
  organisation.links.forEach((link, index) => {
    for (const end of ["from", "to"] as const) if (!nodeIds.has(link[end])) checkRole(file, `links.${index}.${end}`, link[end]);
    cite(file, `links.${index}.sources`, link.sources);
  });
  if (organisation.note) cite(file, "note.sources", organisation.note.sources);
}

/** Every place a profile cites sources, as [field path, source ids]. */
function citations(data: FrontMatter): Array<[string, string[]]> {
  const found: Array<[string, string[]]> = [["positioning.sources", data.positioning.sources]];
  data.otherTitles.forEach((other, index) => found.push([`otherTitles.${index}.sources`, other.sources]));
  for (const [field, items] of itemLists(data)) {
    items.forEach((item, index) => found.push([`${field}.${index}.sources`, item.sources]));
  }
  for (const [id, value] of Object.entries(data.dimensions)) found.push([`dimensions.${id}.sources`, value.sources]);
  data.pay.forEach((row, index) => found.push([`pay.${index}.source`, [row.source]]));
  if (data.essentials) {
    found.push(["essentials.pay.sources", data.essentials.pay.sources], ["essentials.access.sources", data.essentials.access.sources]);
    if (data.essentials.reporting) found.push(["essentials.reporting.sources", data.essentials.reporting.sources]);
  }
  return found;
}

/** Fields whose strings are identifiers, codes or addresses, never prose. */
const VERBATIM_FIELDS = new Set(["id", "key", "slug", "value", "role", "sources", "source", "reportedBy", "url", "uri", "code", "ogr", "updated", "consulted", "published", "kind", "language", "when", "from", "to", "reportsTo", "manages", "related", "aliases", "currency", "period", "basis", "match", "version", "level", "statistic", "area"]);

/** The language's typography on every prose string of a content record; identifiers and exact titles stay as written. */
function typesetStrings<T>(value: T, typeset: (text: string) => string, field = ""): T {
  if (typeof value === "string") return (VERBATIM_FIELDS.has(field) ? value : typeset(value)) as T;
  if (Array.isArray(value)) return value.map((entry) => typesetStrings(entry, typeset, field)) as T;
  if (value && typeof value === "object") {
    // A verbatim name holds identifiers only as a string or a list of strings: `dimensions.manages` is prose.
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, typesetStrings(entry, typeset, key)])) as T;
  }
  return value;
}
