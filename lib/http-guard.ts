import http, { type IncomingMessage, type ServerResponse } from "node:http";
import { allowedMethodsFor, allowHeaderFor, methodNotAllowedText } from "./http-methods";
import { securityHeaders } from "./security-headers";

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

/**
 * Gives the response the security headers up front: next.config.ts adds them too, but
 * Next.js answers some redirects before applying its config (`/roles/` → `/roles`,
 * `//x` → `/x`). Then settles what Next.js cannot answer without a 5xx or a broken
 * response: TRACE gets 405; a target longer than MAX_TARGET_LENGTH gets 414;
 * `*` (asterisk-form) gets 400; an absolute-form target (`GET http://host/roles`, sent by
 * proxies only) is reduced to its path, which Next.js would otherwise redirect to itself forever.
 * Returns true when the request was answered.
 */
export function guardRequest(req: IncomingMessage, res: ServerResponse): boolean {
  for (const { key, value } of securityHeaders) res.setHeader(key, value);
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
      return false;
    } catch {
      // not a URL: answered below
    }
  }
  answer(res, 400, "Requête invalide : l'adresse demandée doit commencer par « / ».\n");
  return true;
}

type Emitter = Pick<http.Server, "emit">;

const guarded = new WeakSet<Emitter>();

/**
 * Runs guardRequest before the server's own "request" listeners. `next start` creates its HTTP
 * server itself, so instrumentation.ts installs this on http.Server.prototype at start-up.
 */
export function installHttpGuard(target: Emitter = http.Server.prototype): void {
  if (guarded.has(target)) return;
  guarded.add(target);
  const emit = target.emit;
  target.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && guardRequest(args[0] as IncomingMessage, args[1] as ServerResponse)) return true;
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as Emitter["emit"];
}
