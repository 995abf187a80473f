/** The site only reads: every route answers GET and HEAD, and 405 to any other method. */
export const ALLOWED_METHODS = ["GET", "HEAD"] as const;

/** The `Allow` header of a 405 answer. */
export const ALLOW_HEADER = ALLOWED_METHODS.join(", ");

export const METHOD_NOT_ALLOWED_TEXT = `Méthode non autorisée : ce site ne répond qu'à ${ALLOWED_METHODS.join(" et ")}.\n`;

export function isAllowedMethod(method: string): boolean {
  return (ALLOWED_METHODS as readonly string[]).includes(method.toUpperCase());
}
