import type { Metadata } from "next";
import { AdChecker } from "@/components/ad-checker";
import { getAnalyserModel } from "@/lib/analyse/server";
import { CHECK_AD_PATH } from "@/lib/analyse/paths";
import { joinFrench } from "@/lib/format";
import { checkAdAction } from "./actions";

export const metadata: Metadata = {
  title: "Vérifier une offre d’emploi",
  description: "Collez une offre d’emploi : le rôle qu’elle décrit vraiment, les passages qui le montrent, un avertissement si son titre en nomme un autre, et le lien à y coller.",
  alternates: { canonical: CHECK_AD_PATH },
};

export default function CheckAdPage() {
  const model = getAnalyserModel();
  return (
    <div className="space-y-6">
      <div className="max-w-prose space-y-3">
        <h1 className="text-3xl font-bold">Vérifier une offre d’emploi</h1>
        <p className="text-lg text-muted">
          Collez une offre&nbsp;: l’analyseur la compare aux missions, compétences et indicateurs des fiches {joinFrench(model.roles.map((role) => role.title))}, cite les passages de l’offre qui les évoquent, et vérifie que son titre nomme le bon rôle.
        </p>
        <p className="rounded border-l-4 border-accent bg-accent-soft p-3 text-sm">
          Votre texte n’est ni enregistré, ni journalisé, ni envoyé ailleurs. Avec JavaScript, l’analyse se fait dans votre navigateur, sans aucune requête ; sans JavaScript, le serveur l’analyse en mémoire, vous renvoie la page et l’oublie.
        </p>
      </div>
      <AdChecker model={model} action={checkAdAction} />
    </div>
  );
}
