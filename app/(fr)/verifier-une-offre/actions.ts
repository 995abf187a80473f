"use server";

import { checkAd, type CheckState } from "@/lib/analyse/check";
import { getAnalyserModel } from "@/lib/analyse/server";

/** The ad check without JavaScript: analysed in memory, sent back with the page, never stored nor logged. */
export async function checkAdAction(_previous: CheckState, data: FormData): Promise<CheckState> {
  const text = data.get("texte");
  return checkAd(getAnalyserModel(), typeof text === "string" ? text : "");
}
