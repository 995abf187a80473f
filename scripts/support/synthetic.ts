import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIMENSION_IDS } from "../../lib/dimensions";
import { LASTING_ANCHORS, REQUIRED_SECTIONS, REQUIRED_SUBSECTIONS } from "../../lib/sections";

export type SyntheticRole = {
  slug: string;
  title: string;
  abbreviation?: string;
  otherTitles?: Array<{ title: string; feminine?: string }>;
  positioning?: "strategic" | "operational" | "both";
  related?: string[];
  reportsTo?: string[];
  manages?: string[];
};

function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** Items of a list; those named in `core` are marked `core: true`. */
function items(prefix: string, keys: string[], core: string[] = []): string {
  return keys
    .map((key) => `  - { key: ${key}, text: ${yamlString(`${prefix} ${key}`)}, sources: [ref], signals: [${yamlString(`${prefix.toLowerCase()} ${key.replace(/-/g, " ")}`)}]${core.includes(key) ? ", core: true" : ""} }`)
    .join("\n");
}

/** The bibliography of synthetic content: one source, `ref`, cited by every synthetic profile. */
export const SYNTHETIC_SOURCES = `- id: ref
  title: "Référence de test"
  short: "Référence"
  url: "https://example.org/reference"
  published: "2025-01-15"
  consulted: "2026-11-23"
  kind: reference
  language: fr
  note: "Source fictive des tests."
`;

/** The body of a synthetic profile: every required section, the first one citing `ref` and holding the lasting anchors. */
function syntheticBody(title: string): string {
  const [first, missions, ...rest] = REQUIRED_SECTIONS;
  return [
    `## ${first.title} {#${first.id} ${LASTING_ANCHORS.map((id) => `#${id}`).join(" ")}}\n\nLe rôle ${title} est défini ici pour les tests ([Référence](#source-ref)).`,
    `## ${missions.title} {#${missions.id}}\n\n${REQUIRED_SUBSECTIONS.map((id) => `### Sous-section ${id} {#${id}}\n\nVeille et rédaction.`).join("\n\n")}`,
    ...rest.map((section) => `## ${section.title} {#${section.id}}\n\nTexte de la section ${section.id}.`),
  ].join("\n\n");
}

/** A complete, valid profile (front matter + body), for tests and benchmarks. */
export function syntheticProfile(role: SyntheticRole): string {
  const others = (role.otherTitles ?? [])
    .map((other) => `  - { title: ${yamlString(other.title)}${other.feminine ? `, feminine: ${yamlString(other.feminine)}` : ""}, sources: [ref] }`)
    .join("\n");
  const list = (values: string[] = []) => `[${values.join(", ")}]`;
  return `---
title: ${yamlString(role.title)}
${role.abbreviation ? `abbreviation: ${role.abbreviation}\n` : ""}summary: ${yamlString(`Le ou la ${role.title} en une phrase.`)}
updated: 2026-11-23
otherTitles:${others ? `\n${others}` : " []"}
positioning: { value: ${role.positioning ?? "both"}, note: "Selon la taille de l'entreprise.", sources: [ref] }
reportsTo: ${list(role.reportsTo)}
manages: ${list(role.manages)}
related: ${list(role.related)}
missions:
  strategic:
${items("  Mission", ["veille", "strategie", "analyse"], ["veille", "strategie"]).replace(/^/gm, "  ")}
  operational:
${items("  Tâche", ["moderation", "redaction", "publication"], ["moderation", "redaction", "publication"]).replace(/^/gm, "  ")}
skills:
${items("Compétence", ["ecrire", "analyser"])}
indicators:
${items("Indicateur", ["engagement"])}
channels:
${items("Canal", ["reseaux-sociaux"])}
dimensions:
${DIMENSION_IDS.map((id) => `  ${id}: { text: ${yamlString(`Valeur ${id} de ${role.title}.`)}, sources: [ref] }`).join("\n")}
essentials:
  missions: [strategie, moderation]
  pay: { text: "Un salaire daté de 2025, avec sa source.", sources: [ref] }
  access: { text: "Les études et les parcours, en 2026.", sources: [ref] }
codes:
  rome:
    code: E1101
    label: Community manager
    version: ROME 4.0 v460
    jobTitles: [{ ogr: "38383", label: Community manager }]
  esco:
    - uri: http://data.europa.eu/esco/occupation/137b1d11-c4bc-4016-89ba-45345d4c71f0
      label: online community manager
      code: "2432.5"
      version: ESCO v1.2.0
      match: exact
  isco: [{ code: "2432", label: Spécialistes des relations publiques, version: CITP-08 }]
---

${syntheticBody(role.title)}
`;
}

/** Two related roles, the smallest catalogue that exercises relations and comparisons. */
export const ALPHA_BETA: SyntheticRole[] = [
  { slug: "alpha", title: "Alpha Manager", otherTitles: [{ title: "Animateur alpha", feminine: "Animatrice alpha" }], related: ["beta"] },
  { slug: "beta", title: "Beta Manager", positioning: "strategic", manages: ["alpha"], related: ["alpha"] },
];

export type ContentOptions = {
  /** Changes to a generated file, by path inside the content folder (e.g. `roles/alpha.md`). */
  edit?: Record<string, (text: string) => string>;
  /** Files written as given, by path inside the content folder. */
  files?: Record<string, string | Buffer>;
};

/** The English words of a bibliography: each entry's id, short label and note. */
export function englishSources(yaml: string): string {
  return yaml
    .split(/^- /m)
    .filter(Boolean)
    .map((entry) => entry.split("\n").filter((line) => /^(id|short|note):|^ {2}(short|note):/.test(line.trim()) || line.startsWith("id:")).join("\n"))
    .map((entry) => `- ${entry.trim()}\n`)
    .join("");
}

/** Writes a fresh temporary content folder (profiles + bibliography) and returns its path. */
export function writeContentDir(roles: SyntheticRole[], { edit = {}, files = {} }: ContentOptions = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roles-content-"));
  fs.mkdirSync(path.join(dir, "roles"));
  const generated: Record<string, string> = { "sources.yml": SYNTHETIC_SOURCES };
  for (const role of roles) generated[`roles/${role.slug}.md`] = syntheticProfile(role);
  // The English edition mirrors the French one (the same words will do for the checks), unless a test edits it.
  for (const [name, text] of Object.entries(generated)) if (name.startsWith("roles/")) generated[`en/${name}`] = text;
  generated["en/sources.yml"] = englishSources(SYNTHETIC_SOURCES);
  for (const [name, change] of Object.entries(edit)) {
    if (!(name in generated)) throw new Error(`writeContentDir: nothing generated at ${name} to edit`);
    const changed = change(generated[name]);
    if (changed === generated[name]) throw new Error(`writeContentDir: the edit of ${name} changed nothing`);
    generated[name] = changed;
  }
  for (const [name, text] of Object.entries(generated)) {
    if (name.startsWith("roles/") && name in edit && !(`en/${name}` in edit)) generated[`en/${name}`] = text;
  }
  for (const [name, data] of Object.entries({ ...generated, ...files })) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}
