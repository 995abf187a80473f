import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { routeRequest } from "@/lib/canonical-url";
import { formatProblem, type Problem } from "@/lib/content/load";
import { compareSentences, editionDifference } from "@/lib/editions/diff";
import { editionsFeed } from "@/lib/editions/feed";
import { fileHash, textHash } from "@/lib/editions/hash";
import { MANIFEST_FILE, readEditions } from "@/lib/editions/load";
import { JOURNAL_PLACEHOLDER, type Snapshot } from "@/lib/editions/schema";
import { snapshotFromPages } from "@/scripts/support/edition-snapshot";
import { realContent } from "@/tests/support/content";
import { validateAtom } from "@/tests/support/atom";

const { roles, sources } = realContent("fr");
const slugs = new Set(roles.map((role) => role.slug));
const ids = new Set(sources.map((source) => source.id));

/** A copy of the French editions folder, changed by `change`, read back: its problems. */
function readChanged(change: (editions: string) => void): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "editions-"));
  fs.cpSync("content/editions", path.join(dir, "editions"), { recursive: true });
  change(path.join(dir, "editions"));
  const problems: Problem[] = [];
  readEditions(dir, "fr", slugs, ids, problems);
  fs.rmSync(dir, { recursive: true, force: true });
  return problems.map(formatProblem);
}

const [role] = realContent("fr").editions;
const [latest, earlier] = role.editions;
const file = (editions: string, date = latest.date) => path.join(editions, role.slug, `${date}.json`);
const edit = (target: string, change: (text: string) => string) => fs.writeFileSync(target, change(fs.readFileSync(target, "utf8")));

describe("the published editions", () => {
  it("are read without problems, each as its manifest says", () => {
    for (const locale of ["fr", "en"] as const) {
      const problems: Problem[] = [];
      const editions = readEditions(locale === "fr" ? "content" : "content/en", locale, slugs, ids, problems);
      expect(problems.map(formatProblem)).toEqual([]);
      expect(editions.length).toBeGreaterThan(0);
    }
  });

  it("keep anchors, the older ones too, and the words of every section", () => {
    for (const edition of role.editions) {
      expect(edition.snapshot.sections.length).toBeGreaterThan(3);
      for (const section of edition.snapshot.sections) expect(section.html).toContain(`id="${section.id}"`);
    }
    const definition = latest.snapshot.sections.find((section) => section.id === "definition");
    expect(definition?.aliases).toContain("vue-officielle");
    expect(latest.snapshot.core.length).toBeGreaterThanOrEqual(3);
  });
});

describe("an edition never changes", () => {
  it("counts « En bref » and the key facts among its words: a new pay range alone is a new edition", () => {
    const lead = latest.snapshot.lead;
    // A figure in thousands (« 24 000 ») is words of the page, not a class name or a citation number.
    const figure = /\d(?=[\u00a0\u202f ]000)/;
    expect(lead).toMatch(figure);
    const changed = { ...latest.snapshot, lead: lead.replace(figure, (digit) => String((Number(digit) + 1) % 10)) };
    expect(textHash(changed)).not.toBe(textHash(latest.snapshot));
  });

  it("refuses a word changed in a published edition, naming the file", () => {
    const problems = readChanged((editions) => edit(file(editions), (text) => text.replace(/("summary": "[^"]*?)(\p{L}{6,})/u, "$1$2x")));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`${role.slug}/${latest.date}\\.json: \\(contenu\\) — cette édition a changé depuis sa publication`))]);
  });

  it("refuses markup changed in a published edition, even when its words are the same", () => {
    const problems = readChanged((editions) => edit(file(editions), (text) => text.replace('class=\\"', 'class=\\"x ')));
    expect(problems).toEqual([expect.stringContaining("cette édition a changé depuis sa publication")]);
  });

  it("refuses a published edition removed", () => {
    const problems = readChanged((editions) => fs.rmSync(file(editions)));
    expect(problems).toEqual([expect.stringContaining(`${latest.date}.date — aucune édition du ${latest.date}`.replace(`${latest.date}.date`, "0.date")), expect.stringContaining(`manifest.json: ${role.slug}/${latest.date} — édition publiée introuvable`)]);
  });

  it("refuses an edition that is not in the manifest", () => {
    const problems = readChanged((editions) => {
      const manifest = JSON.parse(fs.readFileSync(path.join(editions, MANIFEST_FILE), "utf8"));
      delete manifest[`${role.slug}/${latest.date}`];
      fs.writeFileSync(path.join(editions, MANIFEST_FILE), JSON.stringify(manifest));
    });
    expect(problems).toEqual([expect.stringContaining(`${role.slug}/${latest.date} — édition absente du manifeste : publiez-la avec \`npm run edition\``)]);
  });

  it("refuses a script in an edition, whatever the manifest says", () => {
    const problems = readChanged((editions) => {
      edit(file(editions), (text) => text.replace('<h2 id=\\"definition\\"', '<script>alert(1)</script><h2 id=\\"definition\\"'));
      const manifest = JSON.parse(fs.readFileSync(path.join(editions, MANIFEST_FILE), "utf8"));
      const bytes = fs.readFileSync(file(editions));
      manifest[`${role.slug}/${latest.date}`] = { file: fileHash(bytes), text: textHash(JSON.parse(bytes.toString()) as Snapshot) };
      fs.writeFileSync(path.join(editions, MANIFEST_FILE), JSON.stringify(manifest));
    });
    expect(problems).toEqual([expect.stringMatching(/sections\.\d+\.html — élément <script>/)]);
  });

  it("asks for what changed until the change log says it", () => {
    const problems = readChanged((editions) => edit(path.join(editions, `${role.slug}.yml`), (text) => text.replace(/summary: ".*"/, `summary: "${JOURNAL_PLACEHOLDER}"`)));
    expect(problems).toEqual([expect.stringContaining(`${role.slug}.yml: 0.summary — résumé à écrire`)]);
  });

  it("keeps the change log newest first", () => {
    const problems = readChanged((editions) => {
      const journal = path.join(editions, `${role.slug}.yml`);
      const entries = fs.readFileSync(journal, "utf8").split(/(?=^- date:)/m);
      fs.writeFileSync(journal, [...entries].reverse().join(""));
    });
    expect(problems).toContainEqual(expect.stringContaining("les éditions vont de la plus récente à la plus ancienne"));
  });

  it("says which file is not JSON", () => {
    const problems = readChanged((editions) => fs.writeFileSync(file(editions), "{"));
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`${latest.date}\\.json: \\(JSON\\) — JSON invalide`)));
  });
});

describe("the differences between two editions", () => {
  it("marks sentences added, removed and kept", () => {
    expect(compareSentences(["Un.", "Deux.", "Trois."], ["Un.", "Trois.", "Quatre."])).toEqual([
      { kind: "same", text: "Un." },
      { kind: "removed", text: "Deux." },
      { kind: "same", text: "Trois." },
      { kind: "added", text: "Quatre." },
    ]);
  });

  it("marks a rewritten sentence word by word", () => {
    const [change] = compareSentences(["Le CM anime la communauté de la marque."], ["Le CM anime et modère la communauté de la marque."]);
    expect(change.kind).toBe("changed");
    if (change.kind !== "changed") return;
    expect(change.parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toEqual(["et modère"]);
    expect(change.parts.filter((part) => part.kind === "removed")).toEqual([]);
  });

  it("does not pair sentences that share few words", () => {
    expect(compareSentences(["Le salaire médian est connu."], ["Les missions changent selon la taille."]).map((change) => change.kind)).toEqual(["removed", "added"]);
  });

  it("compares a section with what it replaced under an older anchor, and lists sections removed and sources changed", () => {
    const from = latest.snapshot;
    const renamed: Snapshot = {
      ...from,
      sections: from.sections.map((section) => (section.id === "definition" ? { ...section, id: "vue-officielle", aliases: [] } : section)).filter((section) => section.id !== "canaux"),
      pages: from.pages.map((page) => (page.id === "definition" ? { ...page, id: "vue-officielle" } : page)),
      sources: { ...from.sources, text: [...from.sources.text.slice(1), "Une source d’avant"] },
    };
    const difference = editionDifference(renamed, from, "fr");
    const definition = difference.sections.find((section) => section.id === "definition")!;
    expect(definition.status).toBe("same");
    expect(difference.sections.find((section) => section.id === "canaux")?.status).toBe("added");
    expect(difference.sources).toEqual({ added: [from.sources.text[0]], removed: ["Une source d’avant"] });
    expect(editionDifference(from, renamed, "fr").sections.find((section) => section.id === "canaux")?.status).toBe("removed");
  });

  it("finds no difference between an edition and itself, and many between the first and the rewrite", () => {
    expect(editionDifference(latest.snapshot, latest.snapshot, "fr").sections.every((section) => section.status === "same")).toBe(true);
    const rewrite = editionDifference(earlier.snapshot, latest.snapshot, "fr");
    expect(rewrite.sections.filter((section) => section.status !== "same").length).toBeGreaterThan(5);
  });

  it("calls a section rewritten when none of its sentences stayed, even reworded, and keeps its earlier anchor", () => {
    const section = (id: string, text: string[]) => ({ id, aliases: [], title: id, html: "", text });
    const edition = (sections: Snapshot["sections"]): Snapshot => ({ ...latest.snapshot, sections, pages: [] });
    const [rewritten, edited] = editionDifference(
      edition([section("missions", ["Le CM anime la communauté."]), section("canaux", ["Il publie sur les réseaux.", "Il répond."])]),
      edition([section("missions", ["Les sources divergent sur les salaires."]), section("canaux", ["Il publie sur les réseaux sociaux.", "Il répond."])]),
      "fr",
    ).sections;
    expect(rewritten).toMatchObject({ status: "rewritten", earlier: ["missions"], counts: { added: 1, removed: 1, changed: 0 } });
    expect(edited).toMatchObject({ status: "changed", counts: { added: 0, removed: 0, changed: 1 } });
  });
});

describe("an edition read from the pages", () => {
  const rolePage = `<!doctype html><html><body><article><header><h1>Alpha Manager<span class="ml-3">(AM)</span></h1><p class="text-lg">L’Alpha Manager fait ceci. Il fait aussi cela.</p><p>Mis à jour</p></header>
    <div class="grid"><div class="min-w-0 space-y-4"><section><h2 id="en-bref">En bref</h2><dl><div><dt>Missions principales</dt><dd><ul><li>Animer.</li><li>Publier.</li><li>Mesurer.</li></ul></dd></div></dl></section></div>
    <div class="min-w-0 space-y-8"><div class="prose-role"><h2 id="definition"><a class="section-link" href="#definition"><span id="vue-officielle"></span>Définition</a></h2><p>Il anime<a class="source-mark" href="#source-x">[1]</a>. Il publie.</p><p class="section-more"><a href="/roles/alpha/definition">Toute la section</a></p><h2 id="missions">Missions</h2><ul><li>Animer la communauté.</li></ul></div>
    <section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol><li id="source-x">Auteur, <a href="/sources#source-x">« Titre »</a>, 2025<span class="back-links"> · ↑</span></li></ol></section></div></div></article></body></html>`;
  const sectionPage = `<!doctype html><html><body><article><header><h1 id="definition">Définition</h1></header><div class="prose-role"><p>Toute la définition.</p><table><tr><td>2025</td><td>2 000 €</td></tr></table></div><section aria-labelledby="sources"><h2 id="sources">Sources</h2><ol><li id="source-x"><a href="/sources#source-x">« Titre »</a></li></ol></section></article></body></html>`;
  const snapshot = snapshotFromPages({ slug: "alpha", locale: "fr", date: "2026-12-08", commit: null, rolePage, sectionPages: { definition: sectionPage }, livingPrefix: "/roles/alpha", editionPrefix: "/roles/alpha/editions/2026-12-08" });

  it("takes the title, the abbreviation, the summary and its first sentence, and the main missions", () => {
    expect(snapshot).toMatchObject({ title: "Alpha Manager", abbreviation: "AM", summary: "L’Alpha Manager fait ceci. Il fait aussi cela.", definition: "L’Alpha Manager fait ceci.", core: ["Animer.", "Publier.", "Mesurer."] });
  });

  it("cuts the body at each section, keeps older anchors, leaves citation marks and « read more » links out of the words", () => {
    expect(snapshot.sections.map(({ id, aliases, title, text }) => ({ id, aliases, title, text }))).toEqual([
      { id: "definition", aliases: ["vue-officielle"], title: "Définition", text: ["Il anime. Il publie."] },
      { id: "missions", aliases: [], title: "Missions", text: ["Animer la communauté."] },
    ]);
    expect(snapshot.sources.text).toEqual(["Titre"]);
  });

  it("leads the role page's links to its section pages to the edition's own", () => {
    expect(snapshot.sections[0].html).toContain('href="/roles/alpha/editions/2026-12-08/definition"');
    expect(snapshot.pages).toEqual([{ id: "definition", title: "Définition", html: expect.stringContaining("<table>"), text: ["Toute la définition.", "2025 · 2 000 €"], sources: { html: expect.any(String), text: ["Titre"] } }]);
  });

  it("stops, naming the page, when the page has another shape", () => {
    expect(() => snapshotFromPages({ slug: "alpha", locale: "fr", date: "2026-12-08", commit: null, rolePage: "<p>rien</p>", sectionPages: {}, livingPrefix: "/roles/alpha", editionPrefix: "/x" })).toThrow(/\/roles\/alpha : <article> introuvable/);
  });
});

describe("the Atom feed of the editions", () => {
  const feed = editionsFeed({
    title: "Éditions",
    selfUrl: "https://exemple.fr/historique.atom",
    pageUrl: "https://exemple.fr/historique",
    language: "fr",
    author: { name: "Le site", url: "https://exemple.fr/" },
    entries: role.editions.map((edition) => ({ title: `${edition.snapshot.title} : édition du ${edition.date}`, url: `https://exemple.fr/roles/${role.slug}/editions/${edition.date}`, date: edition.date, summary: edition.summary })),
  });

  it("is valid Atom (RFC 4287), newest edition first and as its date", () => {
    expect(validateAtom(feed)).toEqual([]);
    expect(feed).toContain(`<updated>${latest.date}T00:00:00.000Z</updated>`);
    expect(feed.indexOf(latest.date)).toBeLessThan(feed.indexOf(earlier.date));
  });

  it("is checked by a validator that does refuse a broken feed", () => {
    expect(validateAtom(feed.replace(/<id>[^<]*<\/id>/, ""))).not.toEqual([]);
  });
});

describe("addresses of the editions", () => {
  const route = (url: string) => {
    const parsed = new URL(url, "http://x");
    return routeRequest(parsed.pathname, parsed.searchParams, () => (segment) => ({ cm: "community-manager", "community-manager": "community-manager" })[segment] ?? null, []);
  };

  it("lead another title of the role to its slug, and an unknown role to the 404 page", () => {
    expect(route("/roles/cm/editions/2026-12-08")).toEqual({ kind: "redirect", location: "/roles/community-manager/editions/2026-12-08" });
    expect(route("/en/roles/cm/historique")).toEqual({ kind: "redirect", location: "/en/roles/community-manager/historique" });
    expect(route("/roles/inconnu/historique")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(route("/roles/community-manager/editions/2026-12-08/definition")).toEqual({ kind: "next" });
  });

  it("send the change log's form to the difference it asks for", () => {
    expect(route("/roles/community-manager/historique?de=2026-11-23&a=2026-12-08")).toEqual({ kind: "redirect", location: "/roles/community-manager/historique/2026-11-23/2026-12-08" });
    expect(route("/roles/community-manager/historique?de=2026-11-23&a=2026-11-23")).toEqual({ kind: "next" });
    expect(route("/roles/community-manager/historique?de=hier&a=2026-11-23")).toEqual({ kind: "next" });
  });

  it("lead an edition or a pair of editions that does not exist to the 404 page before any rendering, when the proxy knows the editions", () => {
    const known = { fr: { "community-manager": ["2026-12-08", "2026-11-23"] }, en: { "community-manager": ["2026-12-08"] } };
    const withEditions = (url: string) => {
      const parsed = new URL(url, "http://x");
      return routeRequest(parsed.pathname, parsed.searchParams, () => (segment) => (segment === "community-manager" ? segment : null), [], {}, known);
    };
    expect(withEditions("/roles/community-manager/editions/2026-12-08")).toEqual({ kind: "next" });
    expect(withEditions("/roles/community-manager/editions/2026-12-09")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(withEditions("/en/roles/community-manager/editions/2026-11-23")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(withEditions("/roles/community-manager/historique/2026-11-23/2026-12-08")).toEqual({ kind: "next" });
    expect(withEditions("/roles/community-manager/historique/2026-11-23/2099-01-01")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(withEditions("/roles/community-manager/historique/2026-12-08/2026-12-08")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(withEditions("/roles/community-manager/historique/2026-11-23/2026-12-08/plus")).toEqual({ kind: "rewrite", path: "/_introuvable" });
    expect(withEditions("/api/roles/community-manager?edition=2099-01-01")).toMatchObject({ kind: "error", status: 404, body: { editions: ["2026-12-08", "2026-11-23"] } });
    expect(withEditions("/api/roles/inconnu?edition=2026-12-08")).toMatchObject({ kind: "error", status: 404, body: { error: "Rôle inconnu" } });
    for (const inherited of ["constructor", "__proto__", "toString", "valueOf"]) {
      expect(withEditions(`/api/roles/${inherited}?edition=2026-12-08`)).toMatchObject({ kind: "error", status: 404 });
    }
    expect(withEditions("/api/roles/community-manager?edition=2026-12-08&lang=en")).toEqual({ kind: "rewrite", path: "/api/en/roles/community-manager/editions/2026-12-08" });
  });

  it("serve an edition in the API, and refuse a malformed date with a 400", () => {
    expect(route("/api/roles/community-manager?edition=2026-12-08")).toEqual({ kind: "rewrite", path: "/api/roles/community-manager/editions/2026-12-08" });
    expect(route("/api/roles/community-manager?edition=2026-12-08&lang=en")).toEqual({ kind: "rewrite", path: "/api/en/roles/community-manager/editions/2026-12-08" });
    expect(route("/api/roles/community-manager?edition=demain")).toMatchObject({ kind: "error", status: 400 });
    expect(route("/api/roles?edition=2026-12-08")).toMatchObject({ kind: "error", status: 400 });
  });
});
