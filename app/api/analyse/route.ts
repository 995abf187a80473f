import { DEFAULT_LOCALE, LOCALES, isLocale } from "@/lib/i18n/locales";
import { MAX_BODY_BYTES, TOO_LONG_MESSAGE } from "@/lib/analyse/limits";
import { toAnalyseResponse } from "@/lib/analyse/api";
import { adProblem } from "@/lib/analyse/check";
import { analyseOnServer } from "@/lib/analyse/server";

export const dynamic = "force-dynamic";

/** Never cached, never stored: the ad is analysed in memory and forgotten. `<` is escaped so no markup is ever sent back. */
function json(body: unknown, status: number): Response {
  return new Response(JSON.stringify(body).replace(/</g, "\\u003c"), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

const tooLarge = () => json({ error: TOO_LONG_MESSAGE }, 413);

/** The body as text, or null past MAX_BODY_BYTES (read no further). */
async function readBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/**
 * POST /api/analyse, `{"text": "…"}` → the analysis (schemaVersion 1); `?lang=en` reads an ad in
 * English against the English profiles (French by default, 400 for an unknown language). 400 for an empty text or
 * invalid JSON, 413 beyond MAX_AD_LENGTH characters, 415 for a body that is not JSON; any other
 * method gets 405 from proxy.ts.
 */
export async function POST(request: Request): Promise<Response> {
  const lang = new URL(request.url).searchParams.get("lang") ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) return json({ error: `Langue inconnue : utilisez lang=${LOCALES.join(" ou lang=")}`, languages: [...LOCALES] }, 400);
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") return json({ error: "type de contenu non pris en charge : envoyez du JSON (Content-Type: application/json)" }, 415);
  const body = await readBody(request);
  if (body === null) return tooLarge();
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return json({ error: "JSON invalide : envoyez {\"text\": \"…\"}" }, 400);
  }
  const text = parsed !== null && typeof parsed === "object" && "text" in parsed ? (parsed as { text: unknown }).text : undefined;
  if (typeof text !== "string") return json({ error: "champ text manquant : envoyez {\"text\": \"…\"}" }, 400);
  const problem = adProblem(text);
  if (problem === "too-long") return tooLarge();
  if (problem === "empty") return json({ error: "texte vide : collez le texte de l’offre" }, 400);
  return json(toAnalyseResponse(analyseOnServer(text, lang)), 200);
}
