import { describe, expect, it } from "vitest";
import { adItems, adItemText, writeJobAd } from "@/lib/analyse/write-ad";
import { keptItems, LIST_PARAMS, SENT_PARAM } from "@/lib/analyse/write-ad-params";
import { allowedMethodsFor, allowHeaderFor, BODY_ROUTES, isAllowedMethodFor } from "@/lib/http-methods";
import { adWords } from "@/app/_views/words";
import { realContent } from "@/tests/support/content";

const { roles } = realContent();

describe("writeJobAd", () => {
  it.each(roles.map((role) => [role.slug, role] as const))("writes the %s part of an ad in text, Markdown and HTML", (_slug, role) => {
    const items = adItems(role);
    const ad = writeJobAd(role, items, "Une PME <lyonnaise> & son équipe.\n\nCDI à Lyon.", adWords("fr", role.title));
    expect(ad.title).toBe(`${role.title} (H/F)`);
    expect(ad.text.startsWith(`${role.title} (H/F)\n\nUne PME <lyonnaise> & son équipe.\n\nCDI à Lyon.\n\nVos missions\n- `)).toBe(true);
    for (const item of items) expect(ad.text).toContain(`- ${item.text}`);
    expect(ad.url).toMatch(new RegExp(`/roles/${role.slug}#missions$`));
    expect(ad.text.endsWith(ad.url)).toBe(true);
    expect(ad.markdown).toMatch(/^## .+ \(H\/F\)\n\nUne PME \\<lyonnaise\\> & son équipe\./);
    expect(ad.markdown).toContain(`](${ad.url})`);
    expect(ad.html).toContain("<p>Une PME &lt;lyonnaise&gt; &amp; son équipe.</p>");
    expect(ad.html).toContain(`<a href="${ad.url}">`);
    expect(ad.html).not.toMatch(/<(?!\/?(h2|h3|p|ul|li|a)\b)/);
  });

  it("leaves out what the recruiter unticked, and points at the first section kept", () => {
    const role = roles[0];
    const skills = adItems(role).filter((item) => item.list === "skills");
    const ad = writeJobAd(role, skills, "", adWords("fr", role.title));
    expect(ad.text).not.toContain("Vos missions");
    expect(ad.text).toContain("Votre profil");
    expect(ad.url).toMatch(/#competences$/);
  });

  it("writes an English ad from the English profile, linking to the English page", () => {
    const role = realContent("en").roles[0];
    const ad = writeJobAd(role, adItems(role), "A small agency in Lille.", adWords("en", role.title));
    expect(ad.text.startsWith(`${role.title} (m/f)\n\nA small agency in Lille.\n\nYour missions\n- `)).toBe(true);
    expect(ad.text).toContain(`The ${role.title} job, defined and sourced: ${ad.url}`);
    expect(ad.url).toMatch(new RegExp(`/en/roles/${role.slug}#missions$`));
  });

  it("drops the reference's trailing notes between brackets, keeps short ones", () => {
    expect(adItemText("Analytics (compétence de plus en plus recherchée)")).toBe("Analytics");
    expect(adItemText("Définir les indicateurs clés de performance (KPI)")).toBe("Définir les indicateurs clés de performance (KPI)");
    expect(adItemText("Nombre de retours (feedbacks) reçus")).toBe("Nombre de retours (feedbacks) reçus");
  });
});

describe("the ad writer's query", () => {
  const items = adItems(roles[0]);
  it("keeps every item on a first visit, the ticked ones once sent", () => {
    expect(keptItems(items, {})).toEqual(items);
    expect(keptItems(items, { [SENT_PARAM]: "1" })).toEqual([]);
    const first = items[0];
    expect(keptItems(items, { [SENT_PARAM]: "1", [LIST_PARAMS[first.list]]: [first.key, "inconnu"] })).toEqual([first]);
  });
});

describe("methods per route", () => {
  it("opens POST on the body routes only: the ad check page of each language and the API", () => {
    expect(Object.keys(BODY_ROUTES).sort()).toEqual(["/api/analyse", "/en/verifier-une-offre", "/verifier-une-offre"]);
    expect(allowHeaderFor("/verifier-une-offre")).toBe("GET, HEAD, POST");
    expect(allowHeaderFor("/en/verifier-une-offre")).toBe("GET, HEAD, POST");
    expect(isAllowedMethodFor("POST", "/en/rediger-une-offre")).toBe(false);
    expect(allowHeaderFor("/api/analyse")).toBe("POST");
    expect(allowHeaderFor("/api/roles")).toBe("GET, HEAD");
    expect(isAllowedMethodFor("post", "/api/analyse")).toBe(true);
    expect(isAllowedMethodFor("GET", "/api/analyse")).toBe(false);
    expect(isAllowedMethodFor("POST", "/rediger-une-offre")).toBe(false);
    expect(isAllowedMethodFor("POST", "/verifier-une-offre/")).toBe(false);
    expect(allowedMethodsFor("__proto__")).toEqual(["GET", "HEAD"]);
  });
});
