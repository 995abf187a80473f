// @vitest-environment node
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, TOO_LONG_MESSAGE } from "@/lib/analyse/limits";
import { MAX_TARGET_LENGTH, installHttpGuard, quietLogs, rateLimiter } from "@/lib/http-guard";
import { isAllowedMethod } from "@/lib/http-methods";
import { securityHeaderProblems } from "../e2e/security-headers";

/** A server that echoes the path it was given, behind the guard, like `next start` at run time. */
const server = http.createServer((req, res) => res.end(`app saw ${req.method} ${req.url}`));
installHttpGuard(server);
let port = 0;

beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => {
  port = (server.address() as AddressInfo).port;
  resolve();
})));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends the request line exactly as given (fetch would refuse TRACE and rewrite `*`). */
function send(method: string, target: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: target, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("installHttpGuard", () => {
  it("answers TRACE on the routes that take a body with their own Allow header", async () => {
    expect((await send("TRACE", "/api/analyse")).headers.allow).toBe("POST");
    expect((await send("TRACE", "/verifier-une-offre?x=1")).headers.allow).toBe("GET, HEAD, POST");
  });

  it("answers TRACE with 405, the Allow header and the security headers", async () => {
    for (const target of ["/roles/community-manager", "/api/roles", "/"]) {
      const response = await send("TRACE", target);
      expect(response.status, target).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD");
      expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.body).toContain("Méthode non autorisée");
    }
  });

  it("answers 414 to a target too long to be repeated in a redirect's headers", async () => {
    const response = await send("GET", `/roles/${"a".repeat(MAX_TARGET_LENGTH)}/`);
    expect(response.status).toBe(414);
    expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
    expect((await send("GET", `/roles/${"a".repeat(MAX_TARGET_LENGTH - "/roles/".length)}`)).status).toBe(200);
  });

  it("answers 400 to the asterisk-form target, which Next.js cannot parse", async () => {
    for (const method of ["GET", "OPTIONS"]) {
      const response = await send(method, "*");
      expect(response.status).toBe(400);
      expect(securityHeaderProblems((name) => response.headers[name]?.toString()), method).toEqual([]);
    }
  });

  it("reduces an absolute-form target to its path instead of letting Next.js redirect it to itself", async () => {
    expect((await send("GET", "http://evil.example/roles/cm?q=1")).body).toBe("app saw GET /roles/cm?q=1");
    expect((await send("GET", "HTTPS://evil.example")).body).toBe("app saw GET /");
  });

  it("lets every other request through untouched, with the security headers already set", async () => {
    expect((await send("GET", "/roles/%ZZ?q=<x>")).body).toBe("app saw GET /roles/%ZZ?q=<x>");
    const response = await send("PUT", "/roles");
    expect(response.body).toBe("app saw PUT /roles");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-frame-options"]).toBe("DENY");
  });

  it("gives the cards' paths headers that let any site frame them, and every other path those that forbid it", async () => {
    for (const target of ["/embed/roles/community-manager", "/en/embed/roles/cm/editions/2026-12-08", "http://evil.example/embed/roles/cm"]) {
      const response = await send("GET", target);
      expect(response.headers["x-frame-options"], target).toBeUndefined();
      expect(response.headers["content-security-policy"], target).toContain("frame-ancestors *");
      expect(response.headers["content-security-policy"], target).toContain("default-src 'none'");
    }
    const refused = await send("TRACE", "/embed/roles/community-manager");
    expect([refused.status, refused.headers["x-frame-options"], refused.headers["x-content-type-options"]]).toEqual([405, undefined, "nosniff"]);
    for (const target of ["/embed", "/embedded/roles", "/roles/community-manager", "http://evil.example/roles/cm"]) {
      const response = await send("GET", target);
      expect(securityHeaderProblems((name) => response.headers[name]?.toString()), target).toEqual([]);
    }
  });

  it("is installed once however often it is called", async () => {
    installHttpGuard(server);
    expect((await send("TRACE", "/")).status).toBe(405);
    expect((await send("GET", "/")).status).toBe(200);
  });
});

describe("isAllowedMethod", () => {
  it("allows reading only", () => {
    expect(["GET", "HEAD", "get"].map(isAllowedMethod)).toEqual([true, true, true]);
    expect(["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE", "FOOBAR"].some(isAllowedMethod)).toBe(false);
  });
});

describe("the routes that take a body, behind the guard", () => {
  /** Writes into `logged` what the application logs while it handles a request. */
  const logged: string[] = [];
  const logger = { error: (...args: unknown[]) => logged.push(args.join(" ")), warn: (...args: unknown[]) => logged.push(args.join(" ")) };
  quietLogs(logger);
  /** Like Next.js: reads the body; fails on a body of 4 bytes, logging the client's words. */
  const app = http.createServer((req, res) => {
    void (async () => {
      let size = 0;
      for await (const chunk of req) size += (chunk as Buffer).length;
      if (size === 4) {
        logger.error('Error: Failed to find Server Action "<script>forged</script>"\n    at stack line');
        logger.warn("second line of the same request");
        res.statusCode = 500;
        res.end("Internal Server Error");
      } else res.end(`read ${size} bytes`);
    })();
  });
  installHttpGuard(app, { bodyDeadlineMs: 300 });
  let appPort = 0;
  beforeAll(() => new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => {
    appPort = (app.address() as AddressInfo).port;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => app.close(() => resolve())));

  /** Sends the request head (and `body`) as written, and reads the whole answer. */
  function raw(head: string, body = ""): Promise<{ status: number; head: string; body: string }> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(appPort, "127.0.0.1", () => socket.write(`${head}\r\n\r\n${body}`));
      let text = "";
      socket.setEncoding("utf8");
      socket.on("data", (chunk: string) => (text += chunk));
      socket.on("close", () => {
        const [answerHead, ...rest] = text.split("\r\n\r\n");
        resolve({ status: Number(answerHead.split(" ")[1]), head: answerHead, body: rest.join("\r\n\r\n") });
      });
      socket.on("error", reject);
      setTimeout(() => socket.end(), 2_000).unref();
    });
  }
  const post = (path: string, headers: string[], body = "") => raw([`POST ${path} HTTP/1.1`, `Host: 127.0.0.1:${appPort}`, `Content-Length: ${Buffer.byteLength(body)}`, "Connection: close", ...headers].join("\r\n"), body);

  it("refuses a body over MAX_BODY_BYTES before reading it: the API's JSON, the form's French page", async () => {
    const head = (path: string) => [`POST ${path} HTTP/1.1`, "Host: x", `Content-Length: ${MAX_BODY_BYTES + 1}`, "Connection: close"].join("\r\n");
    const api = await raw(head("/api/analyse"));
    expect(api.status).toBe(413);
    expect(JSON.parse(api.body)).toEqual({ error: TOO_LONG_MESSAGE });
    const form = await raw(head("/en/verifier-une-offre"));
    expect(form.status).toBe(413);
    expect(form.head).toMatch(/content-security-policy: default-src 'self'/i);
    expect(form.body).toContain('<a href="/en/verifier-une-offre">Revenir au formulaire</a>');
    expect((await post("/api/analyse", [], "x".repeat(1000))).body).toBe("read 1000 bytes");
  });

  it("asks a body without a length for one (411)", async () => {
    const response = await raw(["POST /api/analyse HTTP/1.1", "Host: x", "Transfer-Encoding: chunked", "Connection: close"].join("\r\n"), "5\r\nhello\r\n0\r\n\r\n");
    expect(response.status).toBe(411);
  });

  it("takes the form from its own origin only, the port included (403 otherwise)", async () => {
    expect((await post("/verifier-une-offre", [`Origin: http://127.0.0.1:${appPort}`], "texte")).status).toBe(200);
    expect((await post("/verifier-une-offre", ["Origin: http://127.0.0.1"], "texte")).status).toBe(403);
    expect((await post("/verifier-une-offre", ["Origin: https://evil.example"], "texte")).status).toBe(403);
    expect((await post("/verifier-une-offre", ["Sec-Fetch-Site: cross-site"], "texte")).status).toBe(403);
    expect((await post("/verifier-une-offre", ["Origin: null"], "texte")).status).toBe(403);
    // Behind nginx, the host the browser used comes in X-Forwarded-Host.
    expect((await post("/verifier-une-offre", ["Origin: http://site.example:8080", "X-Forwarded-Host: site.example:8080"], "texte")).status).toBe(200);
  });

  it("answers 400, not 500, when the application fails on a body, and logs one line without the client's words", async () => {
    logged.length = 0;
    const response = await post("/verifier-une-offre", [], "boom");
    expect(response.status).toBe(400);
    expect(logged).toEqual(["POST /verifier-une-offre : Error: Failed to find Server Action «…»"]);
    logger.error("outside any request");
    expect(logged.at(-1)).toBe("outside any request");
  });

  it("refuses a body that does not arrive in time (408) and closes the connection", async () => {
    const response = await raw(["POST /api/analyse HTTP/1.1", "Host: x", "Content-Length: 100"].join("\r\n"), "only part");
    expect(response.status).toBe(408);
  });

  it("sends HSTS only for a request that came over HTTPS", async () => {
    expect((await raw(["GET / HTTP/1.1", "Host: x", "Connection: close"].join("\r\n"))).head).not.toMatch(/strict-transport-security/i);
    expect((await raw(["GET / HTTP/1.1", "Host: x", "X-Forwarded-Proto: https", "Connection: close"].join("\r\n"))).head).toMatch(/\r\nStrict-Transport-Security: max-age=31536000; includeSubDomains/i);
  });

  it("gives Node.js's own refusals (headers too large, a request it cannot parse) the security headers", async () => {
    const large = await raw(["GET / HTTP/1.1", "Host: x", `X-Big: ${"a".repeat(20_000)}`].join("\r\n"));
    expect(large.status).toBe(431);
    const malformed = await raw(["GET / HTTP/1.1", "Host: x", "Bad Header"].join("\r\n"));
    expect(malformed.status).toBe(400);
    for (const { head } of [large, malformed]) {
      const headers = Object.fromEntries(head.split("\r\n").slice(1).map((line) => [line.split(": ")[0].toLowerCase(), line.slice(line.indexOf(": ") + 2)]));
      expect(securityHeaderProblems((name) => headers[name])).toEqual([]);
    }
  });
});

describe("rateLimiter", () => {
  it("lets a client have a burst, then as many a second as it allows, each client on its own", () => {
    let now = 0;
    const allow = rateLimiter(5, 3, () => now);
    expect([1, 2, 3, 4].map(() => allow("a"))).toEqual([true, true, true, false]);
    expect(allow("b")).toBe(true);
    now = 199;
    expect(allow("a")).toBe(false);
    now = 200;
    expect(allow("a")).toBe(true);
    now = 60_000;
    expect([1, 2, 3, 4].map(() => allow("a"))).toEqual([true, true, true, false]);
  });
});

describe("the analyses a client may ask for", () => {
  const app = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.end("analysed"));
  });
  installHttpGuard(app, { allow: rateLimiter(1, 2, () => 0) });
  let appPort = 0;
  beforeAll(() => new Promise<void>((resolve) => app.listen(0, "127.0.0.1", () => {
    appPort = (app.address() as AddressInfo).port;
    resolve();
  })));
  afterAll(() => new Promise<void>((resolve) => app.close(() => resolve())));

  const analyse = (realIp?: string) =>
    new Promise<{ status: number; retry?: string }>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: appPort, method: "POST", path: "/api/analyse", headers: { "content-type": "application/json", ...(realIp ? { "x-real-ip": realIp } : {}) }, agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, retry: res.headers["retry-after"] }));
      });
      req.on("error", reject);
      req.end('{"text":"x"}');
    });

  it("answers 429 past its share, with Retry-After, and counts each client behind the local proxy apart", async () => {
    expect([(await analyse()).status, (await analyse()).status]).toEqual([200, 200]);
    expect(await analyse()).toEqual({ status: 429, retry: "5" });
    expect((await analyse("203.0.113.7")).status).toBe(200);
    expect((await analyse("203.0.113.8")).status).toBe(200);
  });
});
