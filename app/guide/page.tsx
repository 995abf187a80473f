import type { Metadata } from "next";
import { GuideView } from "@/components/guide-view";
import { DEFAULT_ANSWERS } from "@/lib/guide";

export const metadata: Metadata = {
  title: "Quel profil recruter ?",
  description: "Community Manager, Content Manager ou Social Media Manager : cinq questions pour savoir quel rôle recruter, avec les raisons et les sources.",
  alternates: { canonical: "/guide" },
};

/** Prerendered with the default answers; a URL with answers is served by /guide/resultat (see proxy.ts). */
export default function GuidePage() {
  return <GuideView answers={DEFAULT_ANSWERS} />;
}
