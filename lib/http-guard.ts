import { AsyncLocalStorage } from "node:async_hooks";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { ANALYSES_PER_SECOND, ANALYSIS_BURST, BODY_DEADLINE_MS, MAX_BODY_BYTES, TOO_LONG_MESSAGE } from "./analyse/limits";
import { ANALYSE_API_PATH, CHECK_AD_PATH } from "./analyse/paths";
import { allowedMethodsFor, allowHeaderFor, BODY_ROUTES, methodNotAllowedText } from "./http-methods";
import { embedSecurityHeaders, securityHeaders, securityHeadersFor, STRICT_TRANSPORT_SECURITY } from "./security-headers";

/**
 * The one method Node.js parses but the Fetch API refuses to represent
 * (`new Request(url, { method: "TRACE" })` throws): Next.js answers 500 when its proxy
 * (proxy.ts) receives it, before any of our code runs. (CONNECT never reaches a "request"
 * listener; TRACK and unknown methods get 400 from Node's parser.)
 */
const UNREPRESENTABLE_METHOD = "TRACE";

/**
 * The longest request target served, as on common servers (Apache: 8190). Next.js repeats
 * the address in its redirects' Location and Refresh headers (`/long/` → `/long`): longer
 * ones would make a response whose headers overflow clients' and reverse proxies' buffers.
 */
export const MAX_TARGET_LENGTH = 4096;

function answer(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { ...extra, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

/** The security headers of the path a target names (lib/security-headers.ts), in place of any set before. */
function setSecurityHeaders(res: ServerResponse, target: string): void {
  for (const { key } of [...securityHeaders, ...embedSecurityHeaders]) res.removeHeader(key);
  for (const { key, value } of securityHeadersFor(target.split("?")[0])) res.setHeader(key, value);
}

/**
 * Gives the response the security headers of its path up front (an embeddable card's may be
 * framed, see lib/security-headers.ts): next.config.ts adds them too, but
 * Next.js answers some redirects before applying its config (`/roles/` → `/roles`,
 * `//x` → `/x`). Then settles what Next.js cannot answer without a 5xx or a broken
 * response: TRACE gets 405; a target longer than MAX_TARGET_LENGTH gets 414;
 * `*` (asterisk-form) gets 400; an absolute-form target (`GET http://host/roles`, sent by
 * proxies only) is reduced to its path, which Next.js would otherwise redirect to itself forever.
 * Returns true when the request was answered.
 */
type GuardOptions = { bodyDeadlineMs: number; allow: (client: string) => boolean };

export function guardRequest(req: IncomingMessage, res: ServerResponse, options: GuardOptions = { bodyDeadlineMs: BODY_DEADLINE_MS, allow: () => true }): boolean {
  setSecurityHeaders(res, req.url ?? "/");
  if (req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  if (guardBody(req, res, options)) return true;
  if (req.method === UNREPRESENTABLE_METHOD) {
    const path = (req.url ?? "/").split("?")[0];
    answer(res, 405, methodNotAllowedText(allowedMethodsFor(path)), { Allow: allowHeaderFor(path) });
    return true;
  }
  const target = req.url ?? "/";
  if (target.length > MAX_TARGET_LENGTH) {
    answer(res, 414, `Adresse trop longue : ${MAX_TARGET_LENGTH} caractères au plus.\n`);
    return true;
  }
  if (target.startsWith("/")) return false;
  if (/^https?:\/\//i.test(target)) {
    try {
      const url = new URL(target);
      req.url = `${url.pathname}${url.search}`;
      setSecurityHeaders(res, req.url);
      return false;
    } catch {
      // not a URL: answered below
    }
  }
  answer(res, 400, "Requête invalide : l'adresse demandée doit commencer par « / ».\n");
  return true;
}

/** A refusal of a body, in the form the route speaks: JSON for the API, a short French page for the form. */
function refuseBody(res: ServerResponse, path: string, status: number, message: string, headers: Record<string, string> = {}): true {
  const api = path === ANALYSE_API_PATH;
  const body = api ? JSON.stringify({ error: message }) : refusalPage(message, path);
  res.writeHead(status, { ...headers, "Content-Type": api ? "application/json; charset=utf-8" : "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(body), "Cache-Control": "no-store", Connection: "close" });
  res.end(body);
  return true;
}

/** The page a browser shows when the form's body is refused: the message and the way back to the form. */
export function refusalPage(message: string, form: string = CHECK_AD_PATH): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text}</title></head><body><main><h1>${text}</h1><p><a href="${form}">Revenir au formulaire</a></p></main></body></html>`;
}

/**
 * Who sends a request: its address, or behind a reverse proxy on the same machine (nginx of
 * deploy/), the address that proxy gives in X-Real-IP. A client elsewhere cannot choose its key.
 */
function clientKey(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? "";
  const loopback = address === "::1" || address.startsWith("127.") || address.startsWith("::ffff:127.");
  const forwarded = req.headers["x-real-ip"];
  return loopback && typeof forwarded === "string" && forwarded !== "" ? forwarded : address;
}

/** The most clients remembered at once; past it, the one unseen longest is forgotten (its bucket is full again by then, or nearly). */
const MAX_CLIENTS = 10_000;

/** A token bucket per client: `perSecond` on average, `burst` at once. `now` in milliseconds. */
export function rateLimiter(perSecond: number, burst: number, now: () => number = Date.now): (key: string) => boolean {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return (key) => {
    const time = now();
    const known = buckets.get(key);
    const tokens = known ? Math.min(burst, known.tokens + ((time - known.at) / 1000) * perSecond) : burst;
    buckets.delete(key);
    buckets.set(key, { tokens: tokens >= 1 ? tokens - 1 : tokens, at: time });
    if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
    return tokens >= 1;
  };
}

/** The address the browser used, as Next.js compares it with `Origin`: the forwarded host first. */
function requestHost(req: IncomingMessage): string | undefined {
  const forwarded = req.headers["x-forwarded-host"];
  return (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0].trim() || req.headers.host;
}

/**
 * The two routes that take a body (BODY_ROUTES) get only what they can read, before Next.js reads
 * anything: a few analyses a second per client (429, see rateLimiter), a body of MAX_BODY_BYTES at most (413; 411 without a length), the form's server action
 * from its own origin only (403), a body that arrives whole within BODY_DEADLINE_MS (408). A
 * malformed body that Next.js's action handler fails on gets 400, not its 500, and what it logs is
 * cut to one line (see quietLogs). Returns true when the request was answered.
 */
function guardBody(req: IncomingMessage, res: ServerResponse, { bodyDeadlineMs: deadlineMs, allow }: GuardOptions): boolean {
  const path = (req.url ?? "/").split("?")[0];
  if (req.method !== "POST" || !Object.hasOwn(BODY_ROUTES, path)) return false;
  const api = path === ANALYSE_API_PATH;
  if (!allow(clientKey(req))) return refuseBody(res, path, 429, "trop de demandes d’analyse\u00a0: réessayez dans quelques secondes", { "Retry-After": "5" });
  const length = req.headers["content-length"];
  if (length === undefined && req.headers["transfer-encoding"] !== undefined) return refuseBody(res, path, 411, "longueur requise : envoyez l’en-tête Content-Length");
  if (Number(length ?? 0) > MAX_BODY_BYTES) return refuseBody(res, path, 413, TOO_LONG_MESSAGE);
  if (!api) {
    const origin = req.headers.origin;
    let sameOrigin = req.headers["sec-fetch-site"] !== "cross-site";
    try {
      if (origin !== undefined) sameOrigin &&= new URL(origin).host === requestHost(req);
    } catch {
      sameOrigin = false;
    }
    if (!sameOrigin) return refuseBody(res, path, 403, "formulaire envoyé depuis un autre site : refusé");
  }
  const deadline = setTimeout(() => {
    if (!res.headersSent) refuseBody(res, path, 408, "texte reçu trop lentement : envoyez-le de nouveau");
    req.socket.destroySoon();
  }, deadlineMs);
  deadline.unref();
  req.once("end", () => clearTimeout(deadline));
  res.once("close", () => clearTimeout(deadline));
  res.writeHead = withStatus(res, (status) => (status >= 500 ? 400 : status));
  return false;
}

/** `res.writeHead`, with the status `change` gives (Node.js calls it for `res.end()` without one too). */
function withStatus(res: ServerResponse, change: (status: number) => number): ServerResponse["writeHead"] {
  const writeHead = res.writeHead;
  return function (this: ServerResponse, status: number, ...rest: unknown[]) {
    return Reflect.apply(writeHead, this, [change(status), ...rest]) as ServerResponse;
  } as ServerResponse["writeHead"];
}

/** The body route a POST is being handled for, while Next.js handles it. */
const bodyRequest = new AsyncLocalStorage<{ route: string; logged: boolean }>();

/**
 * What Next.js logs while it handles a POST to a body route (a forged action id, a payload it
 * cannot decode, a missing Origin) becomes one line, without the quoted values a client sent:
 * such requests are refused (400), and a client must not be able to write into the logs.
 */
export function quietLogs(target: Pick<Console, "error" | "warn"> = console): void {
  for (const level of ["error", "warn"] as const) {
    const write = target[level].bind(target);
    target[level] = (...args: unknown[]) => {
      const current = bodyRequest.getStore();
      if (!current) return write(...args);
      if (current.logged) return;
      current.logged = true;
      const first = args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(" ").split("\n")[0];
      write(`POST ${current.route} : ${first.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, "«…»").slice(0, 200)}`);
    };
  }
}

/**
 * What Node.js answers itself, before any request exists (a request line or headers it cannot
 * parse, headers too large, a request too slow): the same status, with the security headers.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): true {
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  if (socket.writable && !(socket as Duplex & { _httpMessage?: unknown })._httpMessage) {
    const headers = [...securityHeaders.map(({ key, value }) => `${key}: ${value}`), "Content-Type: text/plain; charset=utf-8", "Content-Length: 0", "Connection: close"];
    socket.end(`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${headers.join("\r\n")}\r\n\r\n`);
    return true;
  }
  socket.destroy();
  return true;
}

type Emitter = Pick<http.Server, "emit">;

const guarded = new WeakSet<Emitter>();

/**
 * Runs guardRequest before the server's own "request" listeners. `next start` creates its HTTP
 * server itself, so instrumentation.ts installs this on http.Server.prototype at start-up.
 */
export function installHttpGuard(target: Emitter = http.Server.prototype, options: Partial<GuardOptions> = {}): void {
  // ANALYSES_PER_SECOND in the environment overrides the rate (the browser tests post hundreds of bodies from one address).
  const rate = Number(process.env.ANALYSES_PER_SECOND) || ANALYSES_PER_SECOND;
  const settings: GuardOptions = { bodyDeadlineMs: options.bodyDeadlineMs ?? BODY_DEADLINE_MS, allow: options.allow ?? rateLimiter(rate, Math.max(ANALYSIS_BURST, rate * 4)) };
  if (guarded.has(target)) return;
  guarded.add(target);
  const emit = target.emit;
  target.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "clientError") return answerClientError(args[0] as NodeJS.ErrnoException, args[1] as Duplex);
    if (event !== "request") return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const req = args[0] as IncomingMessage;
    if (guardRequest(req, args[1] as ServerResponse, settings)) return true;
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "POST" && Object.hasOwn(BODY_ROUTES, path)) return bodyRequest.run({ route: path, logged: false }, () => Reflect.apply(emit, this, [event, ...args]) as boolean);
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Emitter["emit"];
}
