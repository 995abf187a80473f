import { MAX_AD_LENGTH } from "../../lib/analyse/limits";

/*
 * The worst texts for the job-ad analyser, of the largest size accepted: what
 * tests/analyse/pathological.test.ts holds to linear time and `npm run loadtest` sends as an attacker.
 */

/** A text of `length` characters made of `piece` again and again. */
export const repeated = (piece: string, length = MAX_AD_LENGTH) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

/** One of each kind of character: letters of several scripts, marks, digits, symbols, spaces, controls, emoji, lone surrogates. */
const EVERY_CLASS = "aÉßжא中ع\u0301\u0308٣9%€©→≠ \u00a0\u202f\u2028\t\u0000\u001f🙂👩🏽‍💻\ud800\udfff<>&;#'\"«»—…";

export const PATHOLOGICAL: Record<string, string> = {
  "tags never closed, <p": repeated("<p"),
  "tags never closed, <a": repeated("<a"),
  "tags never closed, with attributes": repeated('<a href="x" '),
  "scripts never closed": repeated("<script>"),
  "styles closed by the next one only": repeated("<style>x"),
  "comments never closed": repeated("<!--"),
  "comment ends without openings": repeated("-->"),
  "closing tags only": repeated("</p>"),
  "entities without a semicolon": repeated("&amp"),
  "one word of 20 000 characters": repeated("a"),
  "10 000 short words": repeated("a "),
  "punctuation runs": repeated(".,;:!?…«»()[]{}"),
  "bullets and line breaks": repeated("•\n"),
  "every class of character": repeated(EVERY_CLASS),
  "a signal's words over and over": repeated("animer la communauté "),
};

