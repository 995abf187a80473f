/** The addresses of the job-ad tools, defined once. */
export const CHECK_AD_PATH = "/verifier-une-offre";
export const ANALYSE_API_PATH = "/api/analyse";
export const WRITE_AD_PATH = "/rediger-une-offre";

/** `/rediger-une-offre?role=<slug>`. */
export function writeAdPath(slug: string): string {
  return `${WRITE_AD_PATH}?${new URLSearchParams({ role: slug })}`;
}
