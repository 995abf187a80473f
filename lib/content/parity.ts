import type { LoadResult, Problem } from "./load";
import type { FrontMatter, Role } from "../schema";
import { ITEM_LISTS, itemList } from "../items";

/**
 * What must be the same in two languages of the content (French and a translation): the same roles,
 * sections (ids, and which have a page of their own), items by key, sources cited everywhere (front
 * matter, and each `##` section of the body), codes, relations and figures; the same guide, diagram
 * and surveys, apart from their words. Problems name the translation's file and field.
 */
export function checkParity(model: LoadResult, translation: LoadResult): Problem[] {
  const problems: Problem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const bySlug = new Map(translation.roles.map((role) => [role.slug, role]));
  const failed = new Set(translation.profileSlugs.filter((slug) => !bySlug.has(slug)));
  for (const role of model.roles) {
    const other = bySlug.get(role.slug);
    const modelFile = model.profiles.get(role.slug)?.file ?? role.slug;
    if (!other) {
      // A translation that failed to load has its own problem already.
      if (!translation.profileSlugs.includes(role.slug)) report(translatedPath(modelFile, translation), "(fichier)", `profil absent de l’édition ${translation.locale} : traduisez ${modelFile}`);
      continue;
    }
    const file = translation.profiles.get(role.slug)!.file;
    compareRole(role, other, (field, message) => report(file, field, message), failed);
    compareSections(model.profiles.get(role.slug)!.sectionSources, translation.profiles.get(role.slug)!.sectionSources, (field, message) => report(file, field, message));
  }
  for (const role of translation.roles) {
    if (!model.roles.some((candidate) => candidate.slug === role.slug)) report(translation.profiles.get(role.slug)!.file, "(fichier)", `profil en trop : aucun profil « ${role.slug} » dans l’édition française ; retirez-le ou créez-le en français`);
  }
  compareValues(strip(model.guide), strip(translation.guide), "", (field, message) => report(translation.files.guide, field, message));
  compareValues(strip(model.organisation), strip(translation.organisation), "", (field, message) => report(translation.files.organisation, field, message));
  compareValues(strip(model.surveys), strip(translation.surveys), "", (field, message) => report(translation.files.surveys, field, message));
  return problems;
}

function translatedPath(modelFile: string, translation: LoadResult): string {
  return modelFile.replace(/(^|\/)roles\//, `$1${translation.locale}/roles/`);
}

type Report = (field: string, message: string) => void;

/** Fields a translation writes in its own words; everything else must be identical. */
const WORDS = new Set(["title", "text", "note", "label", "intro", "detail", "sentence", "description", "lead", "sample", "question", "caveat", "date", "covers", "summary", "signals", "missing", "feminine", "because", "heading", "reason", "why"]);

/** The value without its words: what a faithful translation keeps. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).filter(([key, entry]) => !WORDS.has(key) || typeof entry !== "string" && !Array.isArray(entry)).map(([key, entry]) => [key, strip(entry)]));
  return value;
}

/** Reports the first place two structures differ under `field`, one problem per differing leaf. */
function compareValues(model: unknown, other: unknown, field: string, report: Report) {
  if (Array.isArray(model) && Array.isArray(other)) {
    if (model.length !== other.length) {
      report(field || "(fichier)", `${other.length} éléments au lieu de ${model.length} dans l’édition française : même liste, dans le même ordre`);
      return;
    }
    model.forEach((entry, index) => compareValues(entry, other[index], join(field, index), report));
    return;
  }
  if (model && other && typeof model === "object" && typeof other === "object") {
    const keys = new Set([...Object.keys(model), ...Object.keys(other)]);
    for (const key of keys) {
      const a = (model as Record<string, unknown>)[key];
      const b = (other as Record<string, unknown>)[key];
      if (a === undefined && b === undefined) continue;
      if (a === undefined) report(join(field, key), "champ en trop : l’édition française ne l’a pas ; retirez-le");
      else if (b === undefined) report(join(field, key), "champ manquant : l’édition française l’a ; ajoutez-le, traduit");
      else compareValues(a, b, join(field, key), report);
    }
    return;
  }
  if (JSON.stringify(model) !== JSON.stringify(other)) {
    report(field || "(fichier)", `vaut ${JSON.stringify(other)} au lieu de ${JSON.stringify(model)} dans l’édition française : une traduction ne change que les mots`);
  }
}

function join(field: string, key: string | number): string {
  return field ? `${field}.${key}` : String(key);
}

/** `failed`: the translation's profiles that failed to load, whose links the translation could not resolve. */
function compareRole(model: Role, other: Role, report: Report, failed: Set<string>) {
  for (const list of ITEM_LISTS) {
    const items = itemList(model, list);
    const translated = itemList(other, list);
    const keys = translated.map((item) => item.key);
    items.forEach((item) => {
      const index = keys.indexOf(item.key);
      if (index < 0) report(list, `élément « ${item.key} » absent : ajoutez-le, traduit, avec les mêmes sources`);
      else compareValues(item.sources, translated[index].sources, `${list}.${index}.sources`, report);
    });
    translated.forEach((item, index) => {
      if (!items.some((candidate) => candidate.key === item.key)) report(`${list}.${index}.key`, `élément « ${item.key} » en trop : l’édition française ne l’a pas ; retirez-le`);
    });
    if (keys.join() !== items.map((item) => item.key).filter((key) => keys.includes(key)).join() && items.every((item) => keys.includes(item.key))) {
      report(list, "éléments dans un autre ordre que dans l’édition française : gardez le même ordre");
    }
  }
  const slugs = (refs: Role["related"]) => refs.map((ref) => ref.slug).filter((slug) => !failed.has(slug));
  const kept = (role: Role) => strip({
    abbreviation: role.abbreviation,
    positioning: role.positioning,
    reportsTo: slugs(role.reportsTo),
    manages: slugs(role.manages),
    related: slugs(role.related),
    aliases: role.aliases,
    dimensions: role.dimensions,
    // Figures, years and sources must agree; what a figure covers is written in each language.
    pay: role.pay.map((row) => ({ ...row, covers: undefined })),
    essentials: role.essentials,
    codes: role.codes,
    updated: role.updated,
  } satisfies Partial<Record<keyof FrontMatter, unknown>>);
  compareValues(kept(model), kept(other), "", report);
  const pages = (role: Role) => role.pages.map((page) => page.id).join(", ");
  if (pages(model) !== pages(other)) report("(corps)", `sections avec leur propre page (ligne ***) : ${pages(other) || "aucune"} au lieu de ${pages(model) || "aucune"}`);
}

/** The same `##` sections, in the same order, citing the same sources (as many times each). */
function compareSections(model: Map<string, string[]>, other: Map<string, string[]>, report: Report) {
  const ids = [...model.keys()];
  const otherIds = [...other.keys()];
  for (const id of ids) {
    if (!other.has(id)) {
      report("(corps)", `section #${id} absente : ajoutez « ## … {#${id}} », avec les mêmes ancres que l’édition française`);
      continue;
    }
    const expected = model.get(id)!.join(", ");
    const found = other.get(id)!.join(", ");
    if (expected !== found) report(`(corps, #${id || "début"})`, `sources citées : [${found}] au lieu de [${expected}] dans l’édition française`);
  }
  for (const id of otherIds) if (!model.has(id)) report("(corps)", `section #${id} en trop : l’édition française ne l’a pas`);
  const common = ids.filter((id) => other.has(id));
  if (common.join() !== otherIds.filter((id) => model.has(id)).join()) report("(corps)", "sections dans un autre ordre que dans l’édition française");
}
