import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DIMENSION_IDS } from "../../lib/dimensions";

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

function items(prefix: string, keys: string[]): string {
  return keys.map((key) => `  - { key: ${key}, text: ${yamlString(`${prefix} ${key}`)}, sources: [ref] }`).join("\n");
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
${items("  Mission", ["veille", "strategie"]).replace(/^/gm, "  ")}
  operational:
${items("  Tâche", ["moderation", "redaction"]).replace(/^/gm, "  ")}
skills:
${items("Compétence", ["ecrire", "analyser"])}
indicators:
${items("Indicateur", ["engagement"])}
channels:
${items("Canal", ["reseaux-sociaux"])}
dimensions:
${DIMENSION_IDS.map((id) => `  ${id}: { text: ${yamlString(`Valeur ${id} de ${role.title}.`)}, sources: [ref] }`).join("\n")}
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
sources:
  - { id: ref, title: Référence de test, kind: reference, note: Source fictive des tests. }
---

## Définition {#definition}

Le rôle ${role.title} est défini ici pour les tests.

## Missions {#missions}

### Missions stratégiques {#missions-strategiques}

Veille et stratégie.

### Missions opérationnelles {#missions-operationnelles}

Modération et rédaction.
`;
}

/** Writes profiles into a fresh temporary content folder and returns its path. */
export function writeContentDir(roles: SyntheticRole[], extraFiles: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "roles-content-"));
  fs.mkdirSync(path.join(dir, "roles"));
  for (const role of roles) fs.writeFileSync(path.join(dir, "roles", `${role.slug}.md`), syntheticProfile(role));
  for (const [name, data] of Object.entries(extraFiles)) fs.writeFileSync(path.join(dir, "roles", name), data);
  return dir;
}
