import { describe, expect, it } from "vitest";
import { type GuideAnswers, guidePath, isComplete, parseGuideAnswers, recommend, recommendableRoles } from "@/lib/guide";
import type { Guide } from "@/lib/schema";
import { realContent } from "@/tests/support/content";

const content = realContent();
const guide = content.guide!;

/** Every complete set of answers of a guide. */
function allAnswers(of: Guide): GuideAnswers[] {
  return of.questions.reduce<GuideAnswers[]>(
    (sets, question) => sets.flatMap((set) => question.options.map((option) => ({ ...set, [question.id]: option.value }))),
    [{}],
  );
}

/** A small guide written for the tests, independent of the content. */
const TOY: Guide = {
  title: "Test",
  intro: "Test.",
  questions: [
    { id: "q1", label: "Q1", options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] },
    { id: "q2", label: "Q2", options: [{ value: "x", label: "X" }, { value: "y", label: "Y" }] },
  ],
  rules: [
    { when: { q1: "a" }, role: "alpha", weight: 3, text: "a pour alpha", sources: ["s"] },
    { when: { q1: "b" }, role: "beta", weight: 3, text: "b pour beta", sources: ["s"] },
    { when: { q2: "x" }, role: "beta", weight: 2, text: "x pour beta", sources: ["s"] },
    { when: { q2: "y" }, role: "alpha", weight: -1, text: "y contre alpha", sources: ["s"] },
    { when: { q1: "a", q2: ["x", "y"] }, role: "gamma", weight: 1, text: "a avec x ou y pour gamma", sources: ["s"] },
  ],
  secondaryShare: 0.6,
  onePerson: { when: { q2: "x" }, reasons: [{ roles: ["alpha", "beta"], text: "un poste", sources: ["s"] }] },
};

describe("recommend (logic, on a test guide)", () => {
  it("recommends nothing until every question is answered", () => {
    expect(recommend(TOY, {})).toBeNull();
    expect(recommend(TOY, { q1: "a" })).toBeNull();
    expect(isComplete(TOY, { q1: "a" })).toBe(false);
    expect(isComplete(TOY, { q1: "a", q2: "x" })).toBe(true);
  });

  it("ranks roles by the sum of their weights and adds those that reach the secondary share", () => {
    const result = recommend(TOY, { q1: "a", q2: "x" })!;
    expect(result.scores).toEqual({ alpha: 3, beta: 2, gamma: 1 });
    expect(result.roles).toEqual(["alpha", "beta"]);
    expect(result.onePerson).toBe(true);
    expect(result.onePersonReasons).toEqual([{ text: "un poste", sources: ["s"] }]);
  });

  it("shows an argument for a role left out, and one against the role chosen, as counter-arguments", () => {
    const result = recommend(TOY, { q1: "a", q2: "y" })!;
    expect(result.roles).toEqual(["alpha"]);
    expect(result.reasons.map((reason) => [reason.text, reason.stance])).toEqual([
      ["a pour alpha", "for"],
      ["y contre alpha", "against"],
      ["a avec x ou y pour gamma", "against"],
    ]);
    expect(result.onePerson).toBe(false);
  });

  it("names the answer that weighed most for the first role", () => {
    expect(recommend(TOY, { q1: "b", q2: "x" })!.decisive).toEqual({ question: "Q1", answer: "B" });
  });

  it("reads only known answers from the address, first value first", () => {
    expect(parseGuideAnswers(TOY, { q1: ["b", "a"], q2: "z", other: "x" })).toEqual({ q1: "b" });
    expect(guidePath({ q1: "a", q2: "x" })).toBe("/guide?q1=a&q2=x#recommandation");
  });
});

describe("the guide of the content", () => {
  const combinations = allAnswers(guide);

  it("loads without problems", () => expect(content.problems).toEqual([]));

  it.each(combinations.map((answers) => [new URLSearchParams(answers).toString(), answers] as const))(
    "%s: recommends at least one role, and every reason supports it or is shown as a counter-argument",
    (_query, answers) => {
      const result = recommend(guide, answers)!;
      expect(result.roles.length).toBeGreaterThan(0);
      for (const role of result.roles) expect(content.roles.map((entry) => entry.slug)).toContain(role);
      for (const reason of result.reasons) {
        const supportsChoice = result.roles.includes(reason.role) === reason.weight > 0;
        expect(reason.stance, reason.text).toBe(supportsChoice ? "for" : "against");
      }
      expect(result.reasons.filter((reason) => reason.stance === "for").length).toBeGreaterThan(0);
      if (result.onePersonReasons.length > 0) expect(result.onePerson).toBe(true);
    },
  );

  it("recommends the Community Manager for a small community with many visits and few conversions", () => {
    const answers = parseGuideAnswers(guide, { besoin: "animation", audience: "petite", conversion: "visites", postes: "un", agence: "non" });
    const result = recommend(guide, answers)!;
    expect(result.roles[0]).toBe("community-manager");
    const forReasons = result.reasons.filter((reason) => reason.stance === "for").map((reason) => reason.role);
    expect(new Set(forReasons)).toEqual(new Set(["community-manager"]));
  });

  it("asks for a strategy → the Social Media Manager; for content → the Content Manager", () => {
    const base = { audience: "grande", conversion: "inconnu", postes: "un", agence: "non" };
    expect(recommend(guide, { ...base, besoin: "strategie" })!.roles).toEqual(["social-media-manager"]);
    expect(recommend(guide, { ...base, besoin: "contenu" })!.roles).toEqual(["content-manager"]);
  });

  it("with a team and a need to animate, recommends the Community Manager and the Social Media Manager who leads the team", () => {
    const result = recommend(guide, { besoin: "animation", audience: "grande", conversion: "inconnu", postes: "plusieurs", agence: "non" })!;
    expect(result.roles).toEqual(["community-manager", "social-media-manager"]);
    expect(result.onePerson).toBe(false);
  });
});

describe("recommendableRoles", () => {
  it("finds every role some set of answers recommends, and no other", () => {
    const expected = new Set(allAnswers(TOY).flatMap((answers) => recommend(TOY, answers)?.roles ?? []));
    expect(recommendableRoles(TOY)).toEqual(expected);
    expect(recommendableRoles({ ...TOY, rules: TOY.rules.filter((rule) => rule.role !== "beta") }).has("beta")).toBe(false);
  });

  it("falls back, past 100 000 sets of answers, to the roles some rule speaks for", () => {
    const many: Guide = { ...TOY, questions: Array.from({ length: 17 }, (_, index) => ({ id: `q${index}`, label: `Q${index}`, options: [{ value: "a", label: "A" }, { value: "b", label: "B" }] })) };
    const rules: Guide["rules"] = [
      { when: { q0: "a" }, role: "alpha", weight: 2, text: "a", sources: ["s"] },
      { when: { q1: "b" }, role: "beta", weight: -1, text: "b", sources: ["s"] },
    ];
    expect(recommendableRoles({ ...many, rules })).toEqual(new Set(["alpha"]));
  });
});
