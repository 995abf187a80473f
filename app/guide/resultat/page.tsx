import type { Metadata } from "next";
import { GuideView } from "@/components/guide-view";
import { parseGuideAnswers } from "@/lib/guide";

export const metadata: Metadata = {
  title: "Quel profil recruter ? Votre recommandation",
  robots: { index: false, follow: true },
  alternates: { canonical: "/guide" },
};

type GuideResultPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The guide answered on the server, for /guide?besoin=…: works without JavaScript and can be shared. */
export default async function GuideResultPage({ searchParams }: GuideResultPageProps) {
  return <GuideView answers={parseGuideAnswers(await searchParams)} />;
}
