import { describe, expect, it } from "vitest";
import { EMBED_WIDTH, OEMBED_ERRORS, embedHeight, embedTarget, oembedAnswer, type EmbedLookup, type EmbeddableRole, type OembedRich } from "@/lib/embed";
import type { Locale } from "@/lib/i18n/locales";
import { embeddableRole, getRoleEditions } from "@/lib/roles";
import { embedSecurityHeaders, isFrameablePath, securityHeaders, securityHeadersFor, SECURITY_HEADER_RULES } from "@/lib/security-headers";
import { absoluteUrl, embedPath, oembedUrl, siteName } from "@/lib/site";

/** Two roles: one with two editions (the newest has a section page), one without any edition yet. */
function role(slug: string, locale: Locale): EmbeddableRole | null {
  const title = locale === "en" ? "Community Manager (EN)" : "Community Manager";
  if (slug === "community-manager") {
    return {
      slug,
      sections: ["remuneration"],
      editions: [
        { date: "2026-12-08", title, sections: ["remuneration"] },
        { date: "2026-11-23", title: `${title} (ancien)`, sections: [] },
      ],
    };
  }
  return slug === "sans-edition" ? { slug, sections: [], editions: [] } : null;
}
const lookup: EmbedLookup = (segment, locale) => role(segment === "cm" ? "community-manager" : segment, locale);

const page = (path: string) => absoluteUrl(path);
const ask = (query: Record<string, string>) => oembedAnswer(new URLSearchParams(query), lookup);
const rich = (query: Record<string, string>) => {
  const answer = ask(query);
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as OembedRich;
};
const iframeSrc = (body: OembedRich) => /<iframe src="([^"]+)"/.exec(body.html)?.[1];

describe("paths of the cards and of the oEmbed endpoint", () => {
  it("names the latest card and a dated one", () => {
    expect(embedPath("community-manager")).toBe("/embed/roles/community-manager");
    expect(embedPath("community-manager", "2026-12-08")).toBe("/embed/roles/community-manager/editions/2026-12-08");
  });

  it("asks the endpoint about a page by its absolute URL, encoded", () => {
    const url = new URL(oembedUrl(page("/en/roles/community-manager#missions")));
    expect(`${url.origin}${url.pathname}`).toBe(absoluteUrl("/oembed"));
    expect(Object.fromEntries(url.searchParams)).toEqual({ url: page("/en/roles/community-manager#missions"), format: "json" });
    expect(url.search).not.toContain("#");
  });
});

describe("embedTarget", () => {
  it.each([
    ["a role page", "/roles/community-manager", "fr", null, "Community Manager"],
    ["a role page with an anchor", "/roles/community-manager#missions", "fr", null, "Community Manager"],
    ["a role page with a query", "/roles/community-manager?utm_source=offre", "fr", null, "Community Manager"],
    ["a section page", "/roles/community-manager/remuneration", "fr", null, "Community Manager"],
    ["an other title", "/roles/cm", "fr", null, "Community Manager"],
    ["an English role page", "/en/roles/community-manager", "en", null, "Community Manager (EN)"],
    ["an edition", "/roles/community-manager/editions/2026-11-23", "fr", "2026-11-23", "Community Manager (ancien)"],
    ["an edition's section page", "/roles/community-manager/editions/2026-12-08/remuneration#x", "fr", "2026-12-08", "Community Manager"],
    ["an English edition", "/en/roles/community-manager/editions/2026-12-08", "en", "2026-12-08", "Community Manager (EN)"],
  ] as const)("finds the card of %s", (_kind, path, locale, date, title) => {
    expect(embedTarget(page(path), lookup)).toEqual({ locale, slug: "community-manager", date, title, editionDate: date ?? "2026-12-08" });
  });

  it.each([
    ["another origin", "https://other.example/roles/community-manager"],
    ["another port", absoluteUrl("/roles/community-manager").replace(/^(https?:\/\/[^/:]+)(:\d+)?/, "$1:9"), ],
    ["not a URL", "roles/community-manager"],
    ["a relative path", "/roles/community-manager"],
    ["the home page", page("/")],
    ["the list of roles", page("/roles")],
    ["an unknown role", page("/roles/inconnu")],
    ["a role without editions", page("/roles/sans-edition")],
    ["an unknown section", page("/roles/community-manager/inconnue")],
    ["an unknown date", page("/roles/community-manager/editions/2026-01-01")],
    ["a malformed date", page("/roles/community-manager/editions/hier")],
    ["the list of editions", page("/roles/community-manager/editions")],
    ["a section the edition did not have", page("/roles/community-manager/editions/2026-11-23/remuneration")],
    ["the change log", page("/roles/community-manager/historique")],
    ["a malformed segment", page("/roles/%ZZ")],
    ["a card itself", page("/embed/roles/community-manager")],
    ["another language", page("/de/roles/community-manager")],
  ])("finds none for %s", (_kind, url) => {
    expect(embedTarget(url, lookup)).toBeNull();
  });
});

describe("oembedAnswer", () => {
  it("answers a role page with the card of its latest edition, as a rich iframe", () => {
    const body = rich({ url: page("/roles/community-manager"), format: "json" });
    expect(body).toEqual({
      version: "1.0",
      type: "rich",
      title: "Community Manager, édition du 8 décembre 2026",
      provider_name: siteName("fr"),
      provider_url: absoluteUrl("/"),
      html: `<iframe src="${absoluteUrl("/embed/roles/community-manager")}" width="${EMBED_WIDTH}" height="${embedHeight(EMBED_WIDTH)}" title="Community Manager, édition du 8 décembre 2026" loading="lazy" style="border:0"></iframe>`,
      width: EMBED_WIDTH,
      height: embedHeight(EMBED_WIDTH),
    });
  });

  it("answers an edition with its own card, and English pages with the English card", () => {
    expect(iframeSrc(rich({ url: page("/roles/community-manager/editions/2026-11-23") }))).toBe(absoluteUrl("/embed/roles/community-manager/editions/2026-11-23"));
    const english = rich({ url: page("/en/roles/community-manager/editions/2026-12-08/remuneration") });
    expect(iframeSrc(english)).toBe(absoluteUrl("/en/embed/roles/community-manager/editions/2026-12-08"));
    expect([english.title, english.provider_name, english.provider_url]).toEqual(["Community Manager (EN), edition of 8 December 2026", siteName("en"), absoluteUrl("/en")]);
    expect(iframeSrc(rich({ url: page("/en/roles/cm#missions") }))).toBe(absoluteUrl("/en/embed/roles/community-manager"));
  });

  it("escapes the iframe's attributes", () => {
    const hostile: EmbedLookup = () => ({ slug: "x", sections: [], editions: [{ date: "2026-12-08", title: '"><script>alert(1)</script>', sections: [] }] });
    const answer = oembedAnswer(new URLSearchParams({ url: page("/roles/x") }), hostile);
    expect(answer.status).toBe(200);
    expect((answer.body as OembedRich).html).not.toContain("<script");
    expect((answer.body as OembedRich).html).toContain('title="&quot;&gt;&lt;script&gt;');
  });

  it("fits within maxwidth and maxheight, taller when narrower", () => {
    expect([rich({ url: page("/roles/cm"), maxwidth: "10000" }).width, rich({ url: page("/roles/cm"), maxwidth: "10000" }).height]).toEqual([EMBED_WIDTH, embedHeight(EMBED_WIDTH)]);
    const narrow = rich({ url: page("/roles/cm"), maxwidth: "320" });
    expect(narrow.width).toBe(320);
    expect(narrow.height).toBeGreaterThan(embedHeight(EMBED_WIDTH));
    expect(narrow.html).toContain('width="320"');
    const low = rich({ url: page("/roles/cm"), maxwidth: "400", maxheight: "200" });
    expect([low.width, low.height]).toEqual([400, 200]);
    expect(low.html).toContain('width="400" height="200"');
  });

  it.each(["0", "-5", "abc", "12.5", "", "1e3", "9999999"])("refuses a size of %j with a 400", (value) => {
    expect(ask({ url: page("/roles/cm"), maxwidth: value })).toEqual({ status: 400, body: { error: OEMBED_ERRORS.size } });
    expect(ask({ url: page("/roles/cm"), maxheight: value })).toEqual({ status: 400, body: { error: OEMBED_ERRORS.size } });
  });

  it("answers 400 without a url, 501 for another format than JSON, 404 for a page no card stands for", () => {
    expect(ask({})).toEqual({ status: 400, body: { error: OEMBED_ERRORS.missingUrl } });
    expect(ask({ url: " " })).toEqual({ status: 400, body: { error: OEMBED_ERRORS.missingUrl } });
    expect(ask({ url: page("/roles/cm"), format: "xml" })).toEqual({ status: 501, body: { error: OEMBED_ERRORS.format } });
    expect(ask({ url: page("/roles/cm"), format: "JSON" }).status).toBe(501);
    expect(ask({ url: "https://other.example/roles/community-manager" })).toEqual({ status: 404, body: { error: OEMBED_ERRORS.notFound } });
    expect(ask({ url: page("/roles/inconnu") }).status).toBe(404);
    expect(ask({ url: page("/roles/community-manager/editions/2020-01-01") }).status).toBe(404);
  });
});

describe("the catalogue's roles, as the oEmbed answer sees them", () => {
  it("finds a role by its slug or another title's, with its editions newest first, in each language", () => {
    const [latest] = getRoleEditions("community-manager", "en");
    const english = embeddableRole("community-manager", "en");
    expect(english?.editions[0]).toEqual({ date: latest.date, title: latest.snapshot.title, sections: latest.snapshot.pages.map((section) => section.id) });
    expect(embeddableRole("cm", "fr")?.slug).toBe("community-manager");
    expect(embeddableRole("inconnu", "fr")).toBeNull();
    const answer = oembedAnswer(new URLSearchParams({ url: page("/roles/cm") }), embeddableRole);
    expect(iframeSrc(answer.body as OembedRich)).toBe(absoluteUrl("/embed/roles/community-manager"));
  });
});

describe("frames", () => {
  it("lets other sites frame the cards only", () => {
    for (const path of ["/embed/roles/community-manager", "/en/embed/roles/community-manager/editions/2026-12-08"]) {
      expect(isFrameablePath(path), path).toBe(true);
      expect(securityHeadersFor(path)).toBe(embedSecurityHeaders);
    }
    for (const path of ["/", "/roles/community-manager", "/embed", "/embedded/x", "/en/embed", "/oembed", "/fr/embed/roles/x"]) {
      expect(isFrameablePath(path), path).toBe(false);
      expect(securityHeadersFor(path)).toBe(securityHeaders);
    }
  });

  it("gives the cards a strict policy that any site may frame, without X-Frame-Options", () => {
    const headers = Object.fromEntries(embedSecurityHeaders.map(({ key, value }) => [key, value]));
    expect(headers["X-Frame-Options"]).toBeUndefined();
    expect(headers["Content-Security-Policy"].split("; ").sort()).toEqual(["base-uri 'none'", "default-src 'none'", "form-action 'none'", "frame-ancestors *", "img-src 'self' data:", "style-src 'unsafe-inline'"]);
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("splits next.config.ts's header rules the same way", () => {
    const [general, ...cards] = SECURITY_HEADER_RULES;
    const pattern = new RegExp(`^${general.source}$`);
    for (const path of ["/", "/roles/community-manager", "/embed", "/en/embed", "/oembed", "/embedded/x"]) expect(pattern.test(path), path).toBe(true);
    for (const path of ["/embed/roles/community-manager", "/en/embed/roles/community-manager"]) expect(pattern.test(path), path).toBe(false);
    expect(cards.map((rule) => [rule.source, rule.headers])).toEqual([
      ["/embed/:path+", embedSecurityHeaders],
      ["/en/embed/:path+", embedSecurityHeaders],
    ]);
  });
});
