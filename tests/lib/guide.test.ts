import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { DEFAULT_ANSWERS, GUIDE_QUESTIONS, type GuideAnswers, guidePath, hasGuideAnswers, parseGuideAnswers, recommend } from "@/lib/guide";

const answers = (overrides: Partial<GuideAnswers>): GuideAnswers => ({ ...DEFAULT_ANSWERS, ...overrides });
const sourcesOf = (overrides: Partial<GuideAnswers>) => recommend(answers(overrides)).reasons.flatMap((reason) => reason.sources);

describe("recommend", () => {
  it.each([
    ["strategie", ["social-media-manager"]],
    ["contenu", ["content-manager"]],
    ["animation", ["community-manager"]],
  ] as const)("a need for %s alone recommends %j", (besoin, roles) => {
    const result = recommend(answers({ besoin }));
    expect(result.roles).toEqual(roles);
    expect(result.onePerson).toBe(false);
    expect(result.reasons).toHaveLength(1);
  });

  it("many visits and few conversions add the Community Manager (Hajjar)", () => {
    expect(recommend(answers({ besoin: "strategie", conversion: "visites" })).roles).toEqual(["social-media-manager", "community-manager"]);
    expect(sourcesOf({ besoin: "strategie", conversion: "visites" })).toContain("hajjar");
  });

  it("good conversions and a stagnant audience add the Social Media Manager (Hajjar)", () => {
    expect(recommend(answers({ besoin: "animation", conversion: "audience" })).roles).toEqual(["community-manager", "social-media-manager"]);
  });

  it("with a small community, the SMM can do without a CM", () => {
    const result = recommend(answers({ besoin: "animation", audience: "petite" }));
    expect(result.roles).toEqual(["social-media-manager"]);
    expect(result.reasons.at(-1)?.text).toContain("Community Manager dédié n'est pas indispensable");
  });

  it("a small community does not change a need that has no Community Manager", () => {
    expect(recommend(answers({ besoin: "contenu", audience: "petite" })).roles).toEqual(["content-manager"]);
  });

  it("a team puts the Social Media Manager at its head", () => {
    const result = recommend(answers({ besoin: "animation", postes: "plusieurs" }));
    expect(result.roles).toEqual(["social-media-manager", "community-manager"]);
    expect(result.onePerson).toBe(false);
    expect(sourcesOf({ besoin: "animation", postes: "plusieurs" })).toContain("tdmetiers-2016");
  });

  it("a team with a strategic need keeps one role and the team reason", () => {
    const result = recommend(answers({ besoin: "strategie", postes: "plusieurs" }));
    expect(result.roles).toEqual(["social-media-manager"]);
    expect(result.reasons.map((reason) => reason.sources)).toContainEqual(["cm-interface", "tdmetiers-2016"]);
  });

  it("a team around content and community does not invent a manager", () => {
    expect(recommend(answers({ besoin: "contenu", conversion: "visites", postes: "plusieurs" })).roles).toEqual(["content-manager", "community-manager"]);
  });

  it.each([
    [{ besoin: "strategie", conversion: "visites" }, "blog-2013"],
    [{ besoin: "contenu", conversion: "visites" }, "cm-interface"],
    [{ besoin: "contenu", conversion: "audience" }, "hajjar"],
  ] as const)("one post for two roles says why one person can hold them (%j)", (overrides, source) => {
    const result = recommend(answers(overrides));
    expect(result.onePerson).toBe(true);
    expect(result.reasons.at(-1)?.text).toMatch(/^Un seul poste pour deux rôles/);
    expect(result.reasons.at(-1)?.sources).toContain(source);
  });

  it("an agency adds the coordination reason", () => {
    expect(recommend(answers({ agence: "oui" })).reasons.at(-1)?.text).toContain("agence");
  });

  it("cites only sources that the profiles define", () => {
    const defined = new Set(loadContent("content").roles.flatMap((role) => role.sources.map((source) => source.id)));
    const all: GuideAnswers[] = [];
    const walk = (index: number, current: Record<string, string>) => {
      if (index === GUIDE_QUESTIONS.length) return void all.push(current as GuideAnswers);
      for (const option of GUIDE_QUESTIONS[index].options) walk(index + 1, { ...current, [GUIDE_QUESTIONS[index].id]: option.value });
    };
    walk(0, {});
    expect(all).toHaveLength(3 * 2 * 3 * 2 * 2);
    for (const combination of all) {
      const result = recommend(combination);
      expect(result.roles.length).toBeGreaterThan(0);
      for (const reason of result.reasons) for (const id of reason.sources) expect(defined.has(id), id).toBe(true);
    }
  });
});

describe("answers in the URL", () => {
  it("parses known values and falls back on the default for the rest", () => {
    expect(parseGuideAnswers({ besoin: "contenu", audience: ["petite", "grande"], conversion: "<script>", postes: undefined })).toEqual({
      ...DEFAULT_ANSWERS,
      besoin: "contenu",
      audience: "petite",
    });
  });

  it("round-trips through a shareable path", () => {
    const chosen = answers({ besoin: "strategie", agence: "oui" });
    const path = guidePath(chosen);
    const params = new URL(path, "http://x").searchParams;
    expect(hasGuideAnswers(params)).toBe(true);
    expect(parseGuideAnswers(Object.fromEntries(params))).toEqual(chosen);
    expect(hasGuideAnswers(new URLSearchParams("utm_source=x"))).toBe(false);
  });
});
