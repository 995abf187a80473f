import { escapeHtml } from "@/lib/snippets";

/** The most missions a card lists: the first of the edition's main missions. */
export const CARD_MISSIONS = 3;

export type EmbedCardProps = {
  /** `<html lang>`. */
  lang: string;
  /** The document's title: the role and the edition. */
  documentTitle: string;
  siteName: string;
  title: string;
  abbreviation: string | null;
  /** One sentence. */
  definition: string;
  missionsHeading: string;
  /** The edition's main missions: the first CARD_MISSIONS are shown. */
  missions: readonly string[];
  /** The edition's day, `YYYY-MM-DD`, and its label (« Édition du 8 décembre 2026 »). */
  date: string;
  dateLabel: string;
  /** The page the card stands for, absolute: it opens in a new tab, out of the frame. */
  link: { href: string; text: string; newTab: string };
};

/**
 * The card's only stylesheet, inline (the cards' policy allows no other, lib/security-headers.ts):
 * system fonts, the site's colours in light and dark, readable from 320 to 600 px wide.
 */
const STYLE = [
  ":root{color-scheme:light dark;--ink:#171c26;--muted:#505868;--paper:#fff;--line:#d6dae2;--accent:#1d4ed8}",
  "@media (prefers-color-scheme:dark){:root{--ink:#e5e7eb;--muted:#a3abba;--paper:#0f1420;--line:#374155;--accent:#93bbfd}}",
  "*{box-sizing:border-box}",
  "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}",
  "body{margin:0;background:var(--paper);color:var(--ink);font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif}",
  "main{height:100vh;min-height:160px;padding:12px 16px;border:1px solid var(--line);border-top:4px solid var(--accent);border-radius:6px;display:flex;flex-direction:column;gap:8px}",
  ".text{flex:1 1 auto;min-height:0;overflow:auto;display:flex;flex-direction:column;gap:8px}",
  ".text:focus-visible{outline:2px solid var(--accent);outline-offset:2px}",
  "p,h1,h2,ul{margin:0}",
  ".site,.date{font-size:13px;color:var(--muted)}",
  ".site{font-weight:600}",
  "h1{font-size:21px;line-height:1.2}",
  "h1 .abbr{font-weight:400;color:var(--muted)}",
  "h2{font-size:14px;font-weight:600}",
  "ul{padding-left:20px}",
  "li+li{margin-top:2px}",
  ".end{flex:none;display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:4px 12px;padding-top:6px;border-top:1px solid var(--line)}",
  "a{color:var(--accent);font-weight:600;text-underline-offset:2px}",
  "a:focus-visible{outline:3px solid var(--accent);outline-offset:2px;border-radius:2px}",
  ".vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}",
].join("");

/**
 * A role's card, to embed in another site's `<iframe>` (`/embed/roles/…`): a whole HTML document,
 * without any script, every text escaped. Its link opens the site in a new tab, out of the frame.
 */
export function embedCardHtml(props: EmbedCardProps): string {
  const text = escapeHtml;
  const abbreviation = props.abbreviation ? ` <span class="abbr">(${text(props.abbreviation)})</span>` : "";
  const missions = props.missions.slice(0, CARD_MISSIONS).map((mission) => `<li>${text(mission)}</li>`).join("");
  return [
    "<!doctype html>",
    `<html lang="${text(props.lang)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${text(props.documentTitle)}</title>`,
    `<style>${STYLE}</style></head>`,
    // In a frame lower than the card, the text scrolls (by keyboard too) and the date and link stay in view.
    '<body><main><div class="text" tabindex="0">',
    `<p class="site">${text(props.siteName)}</p>`,
    `<h1>${text(props.title)}${abbreviation}</h1>`,
    `<p>${text(props.definition)}</p>`,
    `<h2>${text(props.missionsHeading)}</h2>`,
    `<ul>${missions}</ul>`,
    "</div>",
    '<p class="end">',
    `<time class="date" datetime="${text(props.date)}">${text(props.dateLabel)}</time>`,
    `<a href="${text(props.link.href)}" target="_blank" rel="noopener">${text(props.link.text)}<span class="vh"> (${text(props.link.newTab)})</span></a>`,
    "</p>",
    "</main></body></html>",
    "",
  ].join("\n");
}
