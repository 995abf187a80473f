import type { Metadata, Viewport } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { NearestRoles } from "@/components/nearest-roles";
import { NotFoundMessage } from "@/components/not-found-message";
import { SiteLink } from "@/components/site-link";
import { SiteShell } from "@/components/site-shell";
import { DEFAULT_LOCALE, LOCALES, LOCALE_HEADER, LOCALE_TAGS, isLocale, type Locale } from "@/lib/i18n/locales";
import { toRoleSummary } from "@/lib/role-summary";
import { getAllRoles } from "@/lib/roles";
import { SITE_VIEWPORT, rolePath, siteName, siteUrl } from "@/lib/site";
import "./globals.css";

export const viewport: Viewport = SITE_VIEWPORT;

/** The language of the address that was not found, which the proxy passes on (proxy.ts); French otherwise. */
async function requestedLocale(): Promise<Locale> {
  const value = (await headers()).get(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestedLocale();
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { metadataBase: new URL(siteUrl()), title: `${t("title")} | ${siteName(locale)}`, robots: { index: false } };
}

/**
 * 404 of every unknown address (`/roles/communty-manager`, `/en/nimporte/quoi`), in the language
 * of the address, sent only with it, not with every page as a layout's not-found.tsx is: it lists
 * every role (enough without JavaScript), and NearestRoles adds, in the browser, the roles
 * spelled closest to the mistyped address.
 */
export default async function GlobalNotFound() {
  const locale = await requestedLocale();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "notFound" });
  const colon = (await getTranslations({ locale, namespace: "markdown" }))("colon");
  const other = LOCALES.find((candidate) => candidate !== locale) ?? DEFAULT_LOCALE;
  const roles = getAllRoles(locale).map(toRoleSummary);
  return (
    <SiteShell locale={locale}>
      <div className="space-y-8">
        <NotFoundMessage />
        <NearestRoles roles={roles} locale={locale} words={{ didYouMean: t("didYouMean"), colon }} />
        <section aria-labelledby="tous-les-roles" className="space-y-3">
          <h2 id="tous-les-roles" className="text-2xl font-bold">{t("allRoles")}</h2>
          <ul className="list-disc space-y-1 pl-6">
            {roles.map((role) => (
              <li key={role.slug}>
                <SiteLink href={rolePath(role.slug)} locale={locale}>{role.title}</SiteLink>
                {colon} {role.summary}
              </li>
            ))}
          </ul>
          <p>
            {t.rich("searchOrHome", {
              search: (chunks) => <SiteLink href="/roles" locale={locale}>{chunks}</SiteLink>,
              home: (chunks) => <SiteLink href="/" locale={locale}>{chunks}</SiteLink>,
            })}
          </p>
        </section>
        {/* The address may have been meant for the other edition: one line in its language, marked as such. */}
        <p lang={LOCALE_TAGS[other].lang} className="border-t border-line pt-4">
          {t.rich("otherLanguage", { roles: (chunks) => <SiteLink href="/roles" locale={other}>{chunks}</SiteLink> })}
        </p>
      </div>
    </SiteShell>
  );
}
