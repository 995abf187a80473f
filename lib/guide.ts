/**
 * « Quel profil recruter ? »: the decision, as pure functions over the guide of the content
 * (`content/guide.yml`), so that the server (GET form, no JavaScript) and the browser (live
 * update) give the same answer. No role, question or source is named here.
 */
import type { Guide, GuideRule } from "./schema";

/** The answers given so far: question id → option value. */
export type GuideAnswers = Record<string, string>;

/** A reason shown with the recommendation: for it, or a counter-argument. */
export type ShownReason = Pick<GuideRule, "text" | "sources" | "role" | "weight"> & { stance: "for" | "against" };

export type Recommendation = {
  /** The roles to hire, most important first. */
  roles: string[];
  /** True when one person should hold the roles listed. */
  onePerson: boolean;
  /** Arguments for the recommendation first, then counter-arguments. */
  reasons: ShownReason[];
  /** Why one person can hold the roles recommended, when `onePerson`. */
  onePersonReasons: Array<{ text: string; sources: string[] }>;
  /** The answer that weighed most for the first role. */
  decisive: { question: string; answer: string };
  scores: Record<string, number>;
};

/** The valid answers found in URL parameters (first value of each); anything else is ignored. */
export function parseGuideAnswers(guide: Guide, params: Record<string, string | string[] | undefined>): GuideAnswers {
  const answers: GuideAnswers = {};
  for (const question of guide.questions) {
    const raw = params[question.id];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (question.options.some((option) => option.value === value)) answers[question.id] = value as string;
  }
  return answers;
}

export function isComplete(guide: Guide, answers: GuideAnswers): boolean {
  return guide.questions.every((question) => answers[question.id] !== undefined);
}

function holds(when: Record<string, string | string[]>, answers: GuideAnswers): boolean {
  return Object.entries(when).every(([question, value]) => [value].flat().includes(answers[question]));
}

/** The recommendation for a complete set of answers; `null` until every question is answered. */
export function recommend(guide: Guide, answers: GuideAnswers): Recommendation | null {
  if (!isComplete(guide, answers)) return null;
  const matched = guide.rules.filter((rule) => holds(rule.when, answers));
  if (!matched.some((rule) => rule.weight > 0)) return null;

  const scores: Record<string, number> = {};
  const strongest: Record<string, number> = {};
  for (const rule of matched) {
    scores[rule.role] = (scores[rule.role] ?? 0) + rule.weight;
    strongest[rule.role] = Math.max(strongest[rule.role] ?? -Infinity, rule.weight);
  }
  const ranked = Object.keys(scores).sort((a, b) => scores[b] - scores[a] || strongest[b] - strongest[a] || a.localeCompare(b));
  const first = ranked[0];
  const roles = ranked.filter((role) => role === first || (scores[role] > 0 && scores[role] >= guide.secondaryShare * scores[first]));

  const stance = (rule: GuideRule): ShownReason["stance"] => (roles.includes(rule.role) === rule.weight > 0 ? "for" : "against");
  const reasons = matched
    .map((rule) => ({ text: rule.text, sources: rule.sources, role: rule.role, weight: rule.weight, stance: stance(rule) }))
    .sort((a, b) => Number(a.stance === "against") - Number(b.stance === "against") || Math.abs(b.weight) - Math.abs(a.weight));

  const onePerson = roles.length > 1 && holds(guide.onePerson.when, answers);
  const onePersonReasons = onePerson
    ? guide.onePerson.reasons.filter((reason) => reason.roles.every((role) => roles.includes(role))).map(({ text, sources }) => ({ text, sources }))
    : [];

  // The rule that gave the first role its largest weight; its first condition names the answer.
  const deciding = matched.filter((rule) => rule.role === first).sort((a, b) => b.weight - a.weight)[0];
  const questionId = Object.keys(deciding.when)[0];
  const question = guide.questions.find((entry) => entry.id === questionId)!;
  const answer = question.options.find((option) => option.value === answers[questionId])!;
  return { roles, onePerson, reasons, onePersonReasons, decisive: { question: question.label, answer: answer.label }, scores };
}

/** The guide's URL for a set of answers, opening at the result: shareable, works without JavaScript. */
export function guidePath(answers: GuideAnswers): string {
  return `/guide?${new URLSearchParams(answers)}#recommandation`;
}

/** Past this many sets of answers, the roles recommendable are those some rule speaks for. */
const MAX_ANSWER_SETS = 100_000;

/**
 * The roles some complete set of answers recommends, first or alongside: every set is tried
 * (a guide has a few questions of a few options each). `npm run validate` names a role that no
 * answer can lead to.
 */
export function recommendableRoles(guide: Guide): Set<string> {
  const sets = guide.questions.reduce((count, question) => count * question.options.length, 1);
  if (sets > MAX_ANSWER_SETS) return new Set(guide.rules.filter((rule) => rule.weight > 0).map((rule) => rule.role));
  const found = new Set<string>();
  const walk = (index: number, answers: GuideAnswers) => {
    if (index === guide.questions.length) {
      recommend(guide, answers)?.roles.forEach((role) => found.add(role));
      return;
    }
    const question = guide.questions[index];
    for (const option of question.options) walk(index + 1, { ...answers, [question.id]: option.value });
  };
  walk(0, {});
  return found;
}
