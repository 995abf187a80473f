/** The JSON answer of POST /api/analyse (schemaVersion 1), from an analysis. Pure. */
import type { Analysis } from "./analyse";

export const ANALYSE_SCHEMA_VERSION = 1;

export type AnalyseResponse = {
  schemaVersion: typeof ANALYSE_SCHEMA_VERSION;
  best: { slug: string; title: string; url: string } | null;
  scores: Array<{ slug: string; score: number }>;
  statedRole: string | null;
  mismatch: boolean;
  suggestedTitle: string | null;
  evidence: Array<{ slug: string; item: string; key: string; list: string; excerpt: string }>;
};

export function toAnalyseResponse(analysis: Analysis): AnalyseResponse {
  return {
    schemaVersion: ANALYSE_SCHEMA_VERSION,
    best: analysis.best && { slug: analysis.best.slug, title: analysis.best.title, url: analysis.best.url },
    scores: analysis.scores.map(({ slug, score }) => ({ slug, score })),
    statedRole: analysis.statedRole?.slug ?? null,
    mismatch: analysis.mismatch,
    suggestedTitle: analysis.suggestedTitle,
    evidence: analysis.evidence.map(({ slug, item, key, list, excerpt }) => ({ slug, item, key, list, excerpt })),
  };
}
