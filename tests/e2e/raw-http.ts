import http from "node:http";

export type RawResponse = { status: number; headers: http.IncomingHttpHeaders; rawHeaders: string[]; body: string; bytes: Buffer };

export type RawRequest = { method: string; target: string; headers?: Record<string, string>; body?: string | Buffer };

/**
 * Sends a request line exactly as written: fetch() would normalise `..`, re-encode the path
 * and refuse TRACE or `*`. One connection per request, so that a server closing it after a
 * 400 or a 431 affects nothing else.
 */
export function sendRaw(baseUrl: string, { method, target, headers, body }: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({ hostname, port, method, path: target, headers, agent: false, timeout: 15_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, headers: response.headers, rawHeaders: response.rawHeaders, body: bytes.toString("utf8"), bytes });
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("pas de réponse en 15 s")));
    request.on("error", reject);
    request.end(body);
  });
}

/** Runs `task` over `items`, at most `limit` at a time, keeping the order of the results. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
