import { describe, expect, it } from "vitest";
import fs from "node:fs";
import { NOT_FOUND_PATH, TRANSLATED_SEGMENTS, routeRequest } from "@/lib/canonical-url";
import { formatDate, formatPublished, joinList } from "@/lib/format";
import { localisePath, splitLocale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/translate";
import { findEnglishTypographyFault, findTypographyFault } from "@/lib/typography";

type Tree = { [key: string]: string | Tree };

/** Every message as `namespace.key` → text. */
function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))));
}

/** The arguments and tags a message uses: `{title}`, `{count, plural…}`, `<link>`. */
function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\s*[,}]|<(\w+)>/g)].map((match) => match[1] ?? `<${match[2]}>`))].sort();
}

describe("interface messages", () => {
  const fr = flatten(MESSAGES.fr as unknown as Tree);
  const en = flatten(MESSAGES.en as unknown as Tree);

  it("has every key in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
  });

  it("uses the same arguments and tags in both languages (English articles aside)", () => {
    for (const key of Object.keys(fr)) expect([key, placeholders(en[key]).filter((name) => !name.startsWith("article"))]).toEqual([key, placeholders(fr[key])]);
  });

  it("follows each language's typography", () => {
    // The language switch names the other language in that language: it is marked so in the page.
    const own = (messages: Record<string, string>) => Object.entries(messages).filter(([key]) => !key.startsWith("site.switch"));
    expect(own(fr).filter(([, text]) => findTypographyFault(text.replace(/\{[^}]*\}/g, "x")))).toEqual([]);
    expect(own(en).filter(([, text]) => findEnglishTypographyFault(text))).toEqual([]);
  });
});

describe("paths in each language", () => {
  it.each([
    ["/", "fr", "/"],
    ["/", "en", "/en"],
    ["/roles/cm", "en", "/en/roles/cm"],
    ["/guide#recommandation", "en", "/en/guide#recommandation"],
    ["/api/roles", "en", "/api/roles"],
    ["/verifier-une-offre", "en", "/en/verifier-une-offre"],
    ["/rediger-une-offre?role=cm", "en", "/en/rediger-une-offre?role=cm"],
    ["/en/roles", "en", "/en/roles"],
    ["https://example.org/x", "en", "https://example.org/x"],
  ] as const)("%s in %s is %s", (path, locale, expected) => {
    expect(localisePath(path, locale)).toBe(expected);
  });

  it("splits a path into its language and the rest", () => {
    expect(splitLocale("/en/roles/cm")).toEqual({ locale: "en", path: "/roles/cm" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/english")).toEqual({ locale: "fr", path: "/english" });
    expect(splitLocale("/roles")).toEqual({ locale: "fr", path: "/roles" });
  });
});

describe("routing in English", () => {
  const tables: Record<string, Record<string, string>> = {
    fr: { "community-manager": "community-manager", cm: "community-manager", "social-media-manager": "social-media-manager" },
    en: { "community-manager": "community-manager", cm: "community-manager", "online-community-manager": "community-manager", "social-media-manager": "social-media-manager" },
  };
  const SECTIONS = { "community-manager": ["missions", "remuneration"] };
  const route = (url: string) => {
    const parsed = new URL(url, "http://x");
    return routeRequest(parsed.pathname, parsed.searchParams, (locale) => (segment) => tables[locale][segment.toLowerCase()] ?? null, ["besoin"], SECTIONS);
  };

  it("redirects English titles and aliases within the English edition", () => {
    expect(route("/en/roles/online-community-manager")).toEqual({ kind: "redirect", location: "/en/roles/community-manager" });
    expect(route("/en/roles/cm/remuneration")).toEqual({ kind: "redirect", location: "/en/roles/community-manager/remuneration" });
    expect(route("/roles/online-community-manager")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/en/compare?a=cm&b=social-media-manager")).toEqual({ kind: "redirect", location: "/en/compare/community-manager/social-media-manager" });
  });

  it("sends unknown English addresses to the English 404 page, and French ones to the site's", () => {
    for (const url of ["/en/roles/communty-manager", "/en/roles/cm/salaire", "/en/roles/inconnu/missions", "/en/compare/cm/inconnu", "/en/roles/%ZZ", "/en/nimporte/quoi", "/en/_next"]) {
      expect(route(url), url).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    }
    expect(route("/roles/community-manager/salaire")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/en/rediger-une-offre?role=inconnu")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/rediger-une-offre?role=inconnu")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/en/rediger-une-offre?role=online-community-manager")).toEqual({ kind: "next" });
    expect(route("/rediger-une-offre")).toEqual({ kind: "next" });
    expect(route("/roles/%ZZ")).toEqual({ kind: "rewrite", path: NOT_FOUND_PATH });
    expect(route("/en/roles/community-manager/missions")).toEqual({ kind: "next" });
    expect(route("/en/roles/cm/missions")).toEqual({ kind: "redirect", location: "/en/roles/community-manager/missions" });
  });

  it("knows every page folder of the English edition, and only those", () => {
    const folders = fs.readdirSync("app/en", { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect([...TRANSLATED_SEGMENTS].sort()).toEqual(folders.sort());
    expect(route("/en")).toEqual({ kind: "next" });
    expect(route("/en/sources")).toEqual({ kind: "next" });
  });

  it("serves the English search and guide result from their English pages", () => {
    expect(route("/en/roles?q=online")).toEqual({ kind: "rewrite", path: "/en/recherche?q=online" });
    expect(route("/en/guide?besoin=contenu")).toEqual({ kind: "rewrite", path: "/en/guide/resultat?besoin=contenu" });
  });

  it("serves the API in English with ?lang=en, and refuses an unknown language", () => {
    expect(route("/api/roles?lang=en")).toEqual({ kind: "rewrite", path: "/api/en/roles" });
    expect(route("/api/roles/cm?lang=en")).toEqual({ kind: "rewrite", path: "/api/en/roles/cm" });
    expect(route("/api/roles?lang=fr")).toEqual({ kind: "next" });
    expect(route("/api/roles")).toEqual({ kind: "next" });
    expect(route("/api/roles?lang=de")).toMatchObject({ kind: "error", status: 400, body: { languages: ["fr", "en"] } });
  });
});

describe("dates, numbers and lists in each language", () => {
  it("formats them with Intl", () => {
    expect(formatDate("2026-11-30", "fr")).toBe("30 novembre 2026");
    expect(formatDate("2026-11-30", "en")).toBe("30 November 2026");
    expect(formatPublished("2013-06", "en")).toBe("June 2013");
    expect(formatPublished(null, "en")).toBe("undated");
    expect(joinList(["A", "B", "C"], "fr")).toBe("A, B et C");
    expect(joinList(["A", "B", "C"], "en")).toBe("A, B and C");
  });
});
