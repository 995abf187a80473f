/**
 * deploy/nginx.conf in front of the production server: what it caches, what it forwards,
 * and that the security headers survive. Runs Debian's nginx as a child process, on a free
 * port, with a temporary prefix; skipped when nginx is not installed (`apt-get install -y nginx`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { securityHeaders } from "@/lib/security-headers";
import { freePort, waitFor } from "../../scripts/production-server";
import { sendRaw, type RawRequest, type RawResponse } from "./raw-http";
import { securityHeaderProblems } from "./security-headers";

const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const CONFIG = "deploy/nginx.conf";
const appUrl = inject("baseUrl");

let nginx: ChildProcess | undefined;
let prefix = "";
let proxyUrl = "";

/** deploy/nginx.conf with the test's ports instead of 8080 and 127.0.0.1:3000. */
function configFor(listen: number, upstream: string): string {
  const config = fs.readFileSync(CONFIG, "utf8");
  for (const expected of ["listen 8080;", "server 127.0.0.1:3000;"]) {
    if (!config.includes(expected)) throw new Error(`${CONFIG} ne contient plus « ${expected} »`);
  }
  return config.replace("listen 8080;", `listen 127.0.0.1:${listen};`).replace("server 127.0.0.1:3000;", `server ${upstream};`);
}

beforeAll(async () => {
  if (!fs.existsSync(NGINX)) return;
  prefix = fs.mkdtempSync(path.join(os.tmpdir(), "roles-nginx-"));
  // Started as root, nginx's workers run as `nobody`: they must reach the cache in the prefix.
  fs.chmodSync(prefix, 0o755);
  for (const dir of ["logs", "tmp"]) fs.mkdirSync(path.join(prefix, dir));
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, "nginx.conf"), configFor(port, new URL(appUrl).host));
  nginx = spawn(NGINX, ["-p", `${prefix}/`, "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  proxyUrl = `http://127.0.0.1:${port}`;
  await waitFor(proxyUrl, 10_000);
});

afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once("exit", resolve));
    nginx.kill("SIGTERM");
    await exited;
  }
  if (prefix) fs.rmSync(prefix, { recursive: true, force: true });
});

const through = (target: string, request: Partial<RawRequest> = {}) => sendRaw(proxyUrl, { method: "GET", target, ...request });
const cacheStatus = (response: RawResponse) => response.headers["x-cache-status"];
const count = (response: RawResponse, name: string) => response.rawHeaders.filter((header, index) => index % 2 === 0 && header.toLowerCase() === name).length;

describe.skipIf(!fs.existsSync(NGINX))("deploy/nginx.conf", () => {
  it.each(["/roles/community-manager", "/compare/community-manager/content-manager", "/", "/api/roles"])("caches %s: MISS, then HIT with the same body", async (target) => {
    const first = await through(target);
    const second = await through(target);
    expect([first.status, cacheStatus(first)]).toEqual([200, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([200, "HIT"]);
    expect(second.body).toBe(first.body);
    expect(second.body).toBe((await sendRaw(appUrl, { method: "GET", target })).body);
  });

  it("caches the assets under /_next/static", async () => {
    const asset = /\/_next\/static\/[^"'\s]+\.js/.exec((await through("/")).body)?.[0];
    expect(asset).toBeTruthy();
    const first = await through(asset!);
    const second = await through(asset!);
    expect([cacheStatus(first), cacheStatus(second)]).toEqual(["MISS", "HIT"]);
    expect(second.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it.each([
    ["a 404", "/roles/inconnu", 404],
    ["a search", "/roles?q=animatrice", 200],
    ["the search page", "/recherche?q=cm", 200],
    ["the sitemap", "/sitemap.xml", 200],
  ])("forwards %s without caching it", async (_kind, target, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target);
      expect(response.status).toBe(status);
      expect(cacheStatus(response)).not.toBe("HIT");
    }
  });

  it("caches a redirect for a while, location and all", async () => {
    const first = await through("/roles/cm");
    const second = await through("/roles/cm");
    expect([first.status, cacheStatus(first)]).toEqual([308, "MISS"]);
    expect([second.status, cacheStatus(second)]).toEqual([308, "HIT"]);
    expect(second.headers.location).toBe("/roles/community-manager");
  });

  it.each<[string, string, Partial<RawRequest>, number]>([
    ["a cached page", "/roles/content-manager", {}, 200],
    ["a redirect", "/roles/smm", {}, 308],
    ["a 404", "/roles/inconnu", {}, 404],
    ["a search", "/roles?q=cm", {}, 200],
    ["JSON", "/api/roles/community-manager", {}, 200],
    ["the application's 405", "/roles/community-manager", { method: "PUT" }, 405],
    ["nginx's own 405", "/roles/community-manager", { method: "TRACE" }, 405],
    ["the application's 414", `/${"a".repeat(5000)}`, {}, 414],
    ["nginx's own 414", `/${"a".repeat(9000)}`, {}, 414],
  ])("keeps the security headers on %s, once each", async (_kind, target, request, status) => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await through(target, request);
      expect(response.status).toBe(status);
      expect(securityHeaderProblems((name) => response.headers[name]?.toString())).toEqual([]);
      for (const { key } of securityHeaders) expect(count(response, key.toLowerCase()), key).toBe(1);
    }
  });

  it("uses the application's security headers for its own answers, word for word", async () => {
    const own = await through(`/${"a".repeat(9000)}`);
    for (const { key, value } of securityHeaders) expect(own.headers[key.toLowerCase()], key).toBe(value);
  });

  it("compresses, and does not tell its version", async () => {
    const response = await through("/roles/social-media-manager", { headers: { "accept-encoding": "gzip" } });
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers.server).toBe("nginx");
  });
});
