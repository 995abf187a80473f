/** Runs once when the production server starts (Next.js instrumentation hook). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installHttpGuard, quietLogs } = await import("./lib/http-guard");
    installHttpGuard();
    quietLogs();
  }
}
