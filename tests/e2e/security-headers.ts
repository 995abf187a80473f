/** The site's security policy for response headers (README, « Sécurité »), as a checklist. */

/** Sources a CSP directive may list: nothing from another origin, no eval. */
const ALLOWED_SOURCES: Record<string, readonly string[]> = {
  "script-src": ["'self'", "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
};
const DEFAULT_SOURCES = ["'self'", "'none'"];

const REQUIRED_DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'self'",
  "frame-ancestors": "'none'",
};

const REFERRER_POLICIES = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

/** Everything the headers miss or get wrong; empty when the policy is met. */
export function securityHeaderProblems(header: (name: string) => string | null | undefined): string[] {
  const problems: string[] = [];
  const csp = header("content-security-policy");
  if (!csp) {
    problems.push("pas de Content-Security-Policy");
  } else {
    const directives = new Map(
      csp.split(";").map((part) => part.trim().split(/\s+/)).filter(([name]) => name).map(([name, ...sources]) => [name.toLowerCase(), sources] as const),
    );
    for (const [name, value] of Object.entries(REQUIRED_DIRECTIVES)) {
      if (directives.get(name)?.join(" ") !== value) problems.push(`CSP : ${name} doit valoir ${value}`);
    }
    for (const [name, sources] of directives) {
      const allowed = ALLOWED_SOURCES[name] ?? DEFAULT_SOURCES;
      for (const source of sources) if (!allowed.includes(source)) problems.push(`CSP : ${name} autorise ${source}`);
    }
  }
  if (header("x-content-type-options") !== "nosniff") problems.push("X-Content-Type-Options doit valoir nosniff");
  if (!REFERRER_POLICIES.includes(header("referrer-policy") ?? "")) problems.push(`Referrer-Policy absente ou trop large (${header("referrer-policy")})`);
  const permissions = header("permissions-policy") ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"]) if (!permissions.includes(feature)) problems.push(`Permissions-Policy sans ${feature}`);
  if (header("x-frame-options") !== "DENY") problems.push("X-Frame-Options doit valoir DENY");
  if (header("x-powered-by")) problems.push(`X-Powered-By présent (${header("x-powered-by")})`);
  return problems;
}
