// @vitest-environment node
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TARGET_LENGTH, installHttpGuard } from "@/lib/http-guard";
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
