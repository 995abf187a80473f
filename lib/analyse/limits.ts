/**
 * How much a job ad may hold, said once: the analyser, the form, the API, Next.js
 * (next.config.ts), the HTTP guard (lib/http-guard.ts) and nginx (deploy/nginx.conf, checked by
 * tests/scripts/limits.test.ts) all read these.
 */

/** The longest ad read, in characters. */
export const MAX_AD_LENGTH = 20_000;

/**
 * The largest request body taken, in bytes: an ad of MAX_AD_LENGTH characters in the costliest
 * encoding a client uses (JSON's `\uXXXX`, 6 bytes a character: 120 000 bytes), or the form
 * without JavaScript sent again from its result page, which carries the text twice (4 bytes a
 * character at most in UTF-8) with the previous analysis. Rounded up to 256 KiB.
 */
export const MAX_BODY_BYTES = 256 * 1024;

/** A body that has not arrived whole after this long is refused (408): a slow client holds no worker. */
export const BODY_DEADLINE_MS = 20_000;

/** What a too-long ad gets, in the API's JSON and in nginx's answer alike. */
export const TOO_LONG_MESSAGE = `texte trop long : ${MAX_AD_LENGTH.toLocaleString("fr-FR")} caractères au plus`;

/**
 * Analyses a client may ask for: ANALYSES_PER_SECOND on average, ANALYSIS_BURST at once (a token
 * bucket per client address, lib/http-guard.ts). A reader posting an ad never comes near; a client
 * that floods the analyser gets 429, which costs the server next to nothing, so the site stays
 * fast for everyone else.
 */
export const ANALYSES_PER_SECOND = 5;
export const ANALYSIS_BURST = 20;
