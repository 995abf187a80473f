/**
 * Run by `npm run build` before `next build`: a production build without `SITE_URL` would print
 * localhost in every absolute URL. Warns; fails under CI or with `STRICT_SITE_URL` set.
 */
import { siteUrl, siteUrlProblem, strictSiteUrl } from "../lib/site";

const problem = siteUrlProblem(process.env);
if (problem === null) {
  console.log(`SITE_URL : ${siteUrl()}`);
} else if (strictSiteUrl(process.env)) {
  console.error(`ERREUR  ${problem}\n(CI ou STRICT_SITE_URL est défini : le build s’arrête.)`);
  process.exitCode = 1;
} else {
  console.warn(`ATTENTION  ${problem}`);
}
