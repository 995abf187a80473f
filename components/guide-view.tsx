import type { SourceLink } from "@/lib/citations";
import type { GuideAnswers } from "@/lib/guide";
import type { RoleSummary } from "@/lib/role-summary";
import type { Guide } from "@/lib/schema";
import { GuideForm } from "./guide-form";

type GuideViewProps = {
  guide: Guide;
  answers: GuideAnswers;
  roles: Record<string, RoleSummary>;
  sources: Record<string, SourceLink>;
};

/** The guide page body, shared by /guide (prerendered, nothing answered) and its server-rendered result. */
export function GuideView({ guide, answers, roles, sources }: GuideViewProps) {
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">{guide.title}</h1>
        <p className="text-lg text-muted">{guide.intro}</p>
      </div>
      <GuideForm guide={guide} initial={answers} roles={roles} sources={sources} />
    </div>
  );
}
