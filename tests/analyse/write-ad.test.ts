import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { adItems, adItemText, READABLE_AD_WORDS, writeJobAd, type AdItem } from "@/lib/analyse/write-ad";
import { DETAIL_PARAMS, detailsParams, keptItems, LIST_PARAMS, parseAmount, SENT_PARAM, type AdDetails } from "@/lib/analyse/write-ad-params";
import { allowedMethodsFor, allowHeaderFor, BODY_ROUTES, isAllowedMethodFor } from "@/lib/http-methods";
import type { Role } from "@/lib/schema";
import { adWords } from "@/app/_views/words";
import { ALPHA_BETA, writeContentDir } from "@/scripts/support/synthetic";
import { realContent } from "@/tests/support/content";
import { unknownProperties, wrongTypes } from "@/tests/support/schema-org";

const { roles } = realContent();
const TODAY = "2026-12-07";
const NO_DETAILS: AdDetails = detailsParams({}, TODAY).details;

/** Synthetic profiles (their core items marked by scripts/support/synthetic.ts), so that these tests do not depend on what the real profiles mark; beta marks none. */
const synthetic = loadContent(writeContentDir(ALPHA_BETA, { edit: { "roles/beta.md": (text) => text.replaceAll(", core: true", "") } })).roles;
const alpha = synthetic.find((role) => role.slug === "alpha")!;
const beta = synthetic.find((role) => role.slug === "beta")!;
/** A full company context: 800 characters of ordinary prose. */
const FULL_CONTEXT = "Notre agence de vingt-cinq personnes accompagne des collectivités et des associations dans leur communication. ".repeat(8).slice(0, 800);

const FULL_QUERY = {
  [DETAIL_PARAMS.employer]: "Mairie de <Lyon> & associés",
  [DETAIL_PARAMS.city]: "Lyon",
  [DETAIL_PARAMS.remote]: "partiel",
  [DETAIL_PARAMS.contract]: "cdi",
  [DETAIL_PARAMS.time]: "plein",
  [DETAIL_PARAMS.payMin]: "35 000",
  [DETAIL_PARAMS.payMax]: "42000",
  [DETAIL_PARAMS.payPeriod]: "an",
  [DETAIL_PARAMS.payBasis]: "brut",
  [DETAIL_PARAMS.start]: "2027-02-01",
  [DETAIL_PARAMS.experience]: "3",
  [DETAIL_PARAMS.posted]: "2026-12-07",
  [DETAIL_PARAMS.validThrough]: "2027-01-15",
};
const fullDetails = detailsParams(FULL_QUERY, TODAY).details;

const write = (role: Role, details: AdDetails = NO_DETAILS, kept: AdItem[] = adItems(role), context = "", locale: "fr" | "en" = "fr") => writeJobAd(role, kept, context, details, adWords(locale, role.title));

describe("writeJobAd", () => {
  it.each(roles.map((role) => [role.slug, role] as const))("writes the %s ad in text, Markdown and HTML", (_slug, role) => {
    const items = adItems(role);
    const ad = write(role, NO_DETAILS, items, "Une PME <lyonnaise> & son équipe.\n\nCDI à Lyon.");
    expect(ad.title).toBe(`${role.title} (H/F)`);
    expect(ad.text.startsWith(`${role.title} (H/F)\n\nUne PME <lyonnaise> & son équipe.\n\nCDI à Lyon.\n\nVos missions\n- `)).toBe(true);
    for (const item of items) expect(ad.text).toContain(`- ${item.text}`);
    expect(ad.url).toMatch(new RegExp(`/roles/${role.slug}#missions$`));
    expect(ad.text).toContain("Offre publiée le 7 décembre 2026.");
    expect(ad.text.endsWith(ad.url)).toBe(true);
    expect(ad.markdown).toMatch(/^## .+ \(H\/F\)\n\nUne PME \\<lyonnaise\\> & son équipe\./);
    expect(ad.markdown).toContain(`](${ad.url})`);
    expect(ad.html).toContain("<p>Une PME &lt;lyonnaise&gt; &amp; son équipe.</p>");
    expect(ad.html).toContain(`<a href="${ad.url}">`);
    expect(ad.html).not.toMatch(/<(?!\/?(h2|h3|p|ul|li|a)\b)/);
  });

  it("leaves out what the recruiter unticked, and points at the first section kept", () => {
    const role = roles[0];
    const skills = adItems(role).filter((item) => item.list === "skills");
    const ad = write(role, NO_DETAILS, skills);
    expect(ad.text).not.toContain("Vos missions");
    expect(ad.text).toContain("Votre profil");
    expect(ad.url).toMatch(/#competences$/);
  });

  it("writes an English ad from the English profile, linking to the English page", () => {
    const role = realContent("en").roles[0];
    const ad = write(role, fullDetails, adItems(role), "A small agency in Lille.", "en");
    expect(ad.text.startsWith(`${role.title} (m/f)\n\nA small agency in Lille.\n\nThe job\n- Employer: Mairie de <Lyon> & associés\n- Contract: Permanent contract (CDI), full time\n`)).toBe(true);
    expect(ad.text).toContain("- Pay: €35,000 to €42,000 gross a year");
    expect(ad.text).toContain("Ad published on 7 December 2026. Applications until 15 January 2027.");
    expect(ad.text).toContain(`The ${role.title} job, defined and sourced: ${ad.url}`);
    expect(ad.url).toMatch(new RegExp(`/en/roles/${role.slug}#missions$`));
  });

  it("states the facts of the job in French, with French typography", () => {
    const ad = write(alpha, fullDetails, adItems(alpha).filter((item) => item.core));
    expect(ad.text).toContain(
      [
        "Le poste",
        "- Employeur\u00a0: Mairie de <Lyon> & associés",
        "- Contrat\u00a0: CDI, temps plein",
        "- Lieu\u00a0: Lyon, télétravail partiel",
        "- Début\u00a0: 1 février 2027",
        "- Expérience\u00a0: 3 ans au moins",
        "- Rémunération\u00a0: de 35\u202f000\u00a0€ à 42\u202f000\u00a0€ brut par an",
      ].join("\n"),
    );
    expect(ad.text).toContain("Offre publiée le 7 décembre 2026. Candidatures jusqu’au 15 janvier 2027.");
    expect(ad.html).toContain("<li>Employeur\u00a0: Mairie de &lt;Lyon&gt; &amp; associés</li>");
  });

  it("drops the reference's trailing notes between brackets, keeps short ones", () => {
    expect(adItemText("Analytics (compétence de plus en plus recherchée)")).toBe("Analytics");
    expect(adItemText("Définir les indicateurs clés de performance (KPI)")).toBe("Définir les indicateurs clés de performance (KPI)");
    expect(adItemText("Nombre de retours (feedbacks) reçus")).toBe("Nombre de retours (feedbacks) reçus");
  });
});

describe("the items an ad starts from", () => {
  it("preselects the core items only, and offers the others unticked", () => {
    const items = adItems(alpha);
    const core = [...alpha.missions.strategic, ...alpha.missions.operational, ...alpha.skills, ...alpha.indicators].filter((item) => item.core).map((item) => item.key);
    expect(core.length).toBeGreaterThan(0);
    expect(items.filter((item) => item.preselected).map((item) => item.key)).toEqual(core);
    expect(items.filter((item) => item.core)).toEqual(items.filter((item) => item.preselected));
    expect(keptItems(items, {}).map((item) => item.key)).toEqual(core);
    expect(items.length).toBeGreaterThan(core.length);
  });

  it("preselects the En bref missions of a profile that marks no core item", () => {
    expect(adItems(beta).some((item) => item.core)).toBe(false);
    expect(adItems(beta).filter((item) => item.preselected).map((item) => item.key)).toEqual(beta.essentials?.missions);
  });

  it("keeps the ticked items once the form was sent, and ignores unknown or oversized keys", () => {
    const items = adItems(alpha);
    expect(keptItems(items, { [SENT_PARAM]: "1" })).toEqual([]);
    const other = items.find((item) => !item.preselected)!;
    expect(keptItems(items, { [SENT_PARAM]: "1", [LIST_PARAMS[other.list]]: [other.key, "inconnu", "x".repeat(10_000)] })).toEqual([other]);
  });

  it.each(roles.map((role) => [role.slug, role] as const))("preselects a short ad on %s: 2 to 8 items, under the length warning with every fact and a full context", (_slug, role) => {
    const preselected = keptItems(adItems(role), {});
    expect(preselected.length).toBeGreaterThanOrEqual(2);
    expect(preselected.length).toBeLessThanOrEqual(8);
    expect(write(role, fullDetails, preselected, FULL_CONTEXT).words).toBeLessThan(READABLE_AD_WORDS);
  });
});

describe("the length warning", () => {
  it("counts the words of the plain text", () => {
    const ad = write(alpha, fullDetails);
    expect(ad.words).toBe(ad.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length);
  });

  it("is past the « do everything » ad: every item of the longest profile, with a full context", () => {
    expect(Math.max(...roles.map((role) => write(role, fullDetails, adItems(role), FULL_CONTEXT).words))).toBeGreaterThan(READABLE_AD_WORDS);
  });
});

describe("the facts of the job from the query", () => {
  it("reads a complete query", () => {
    expect(detailsParams(FULL_QUERY, TODAY)).toEqual({
      details: {
        employer: "Mairie de <Lyon> & associés",
        city: "Lyon",
        remote: "partiel",
        contract: "cdi",
        time: "plein",
        pay: { min: 35000, max: 42000, period: "an", basis: "brut" },
        start: "2027-02-01",
        experience: "3",
        posted: "2026-12-07",
        validThrough: "2027-01-15",
      },
      problems: [],
    });
  });

  it("publishes today when no date is given, and leaves the rest empty", () => {
    expect(NO_DETAILS).toEqual({ employer: "", city: "", remote: null, contract: null, time: null, pay: null, start: null, experience: null, posted: TODAY, validThrough: null });
  });

  it("reads amounts as people type them", () => {
    expect(parseAmount("35 000")).toBe(35000);
    expect(parseAmount("35\u202f000,50 €")).toBe(35000.5);
    expect(parseAmount("12.5")).toBe(12.5);
    expect(parseAmount("35k")).toBeNull();
    expect(parseAmount("1e9")).toBeNull();
    expect(parseAmount("-3")).toBeNull();
  });

  it.each([
    ["an amount that is not a number", { [DETAIL_PARAMS.payMin]: "35k" }, [{ field: "payMin", issue: "number" }]],
    ["a zero amount", { [DETAIL_PARAMS.payMin]: "0" }, [{ field: "payMin", issue: "payRange" }]],
    ["an amount over the maximum", { [DETAIL_PARAMS.payMin]: "999999999" }, [{ field: "payMin", issue: "payRange" }]],
    ["a maximum below the minimum", { [DETAIL_PARAMS.payMin]: "40000", [DETAIL_PARAMS.payMax]: "30000" }, [{ field: "payMax", issue: "payOrder" }]],
    ["a maximum alone", { [DETAIL_PARAMS.payMax]: "30000" }, [{ field: "payMin", issue: "payMaxAlone" }]],
    ["an unknown contract", { [DETAIL_PARAMS.contract]: "<script>" }, [{ field: "contract", issue: "choice" }]],
    ["an unknown pay period", { [DETAIL_PARAMS.payPeriod]: "semaine" }, [{ field: "payPeriod", issue: "choice" }]],
    ["a date that does not exist", { [DETAIL_PARAMS.start]: "2027-02-30" }, [{ field: "start", issue: "date" }]],
    ["a date in another form", { [DETAIL_PARAMS.start]: "01/02/2027" }, [{ field: "start", issue: "date" }]],
    ["a date years away", { [DETAIL_PARAMS.validThrough]: "2099-01-01" }, [{ field: "validThrough", issue: "dateRange" }]],
    ["a last day before publication", { [DETAIL_PARAMS.posted]: "2026-12-10", [DETAIL_PARAMS.validThrough]: "2026-12-09" }, [{ field: "validThrough", issue: "dateOrder" }]],
    ["an employer name too long", { [DETAIL_PARAMS.employer]: "a".repeat(300) }, [{ field: "employer", issue: "tooLong" }]],
  ])("reports %s by its field, and leaves it out of the ad", (_what, query, problems) => {
    const { details, problems: found } = detailsParams(query, TODAY);
    expect(found).toEqual(problems);
    expect(details.pay).toBeNull();
    expect(details.contract).toBeNull();
    expect(details.start).toBeNull();
    expect(details.validThrough).toBeNull();
    expect(details.employer.length).toBeLessThanOrEqual(120);
  });

  it("keeps one line per text field and the first of repeated values", () => {
    const { details } = detailsParams({ [DETAIL_PARAMS.city]: ["  Saint-\n\tÉtienne\u0000 ", "Paris"], [DETAIL_PARAMS.contract]: ["cdd", "cdi"] }, TODAY);
    expect(details.city).toBe("Saint- Étienne");
    expect(details.contract).toBe("cdd");
  });

  it("reads hostile values in linear time, without throwing", () => {
    const huge = `${"9".repeat(50_000)}${" ,".repeat(50_000)}`;
    const query = Object.fromEntries(Object.values(DETAIL_PARAMS).map((name) => [name, [huge, huge]]));
    const started = performance.now();
    const { problems } = detailsParams(query, TODAY);
    expect(performance.now() - started).toBeLessThan(50);
    expect(problems.length).toBeGreaterThan(5);
  });
});

/**
 * Google's job-posting guidelines (Google Search Central, « Job posting (JobPosting) structured
 * data », see README, « Rédiger une offre », and docs/research/job-ad-law.md §3.1): the properties
 * it requires and the values it accepts.
 */
const GOOGLE_REQUIRED = ["title", "description", "datePosted", "hiringOrganization"];
const GOOGLE_EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"];
const GOOGLE_UNIT_TEXTS = ["HOUR", "DAY", "WEEK", "MONTH", "YEAR"];

function googleProblems(jsonLd: object): string[] {
  const posting = jsonLd as Record<string, unknown>;
  const problems = GOOGLE_REQUIRED.filter((name) => posting[name] === undefined).map((name) => `${name} manque`);
  const remote = posting.jobLocationType === "TELECOMMUTE";
  if (!remote && posting.jobLocation === undefined) problems.push("jobLocation manque");
  if (remote && posting.applicantLocationRequirements === undefined) problems.push("applicantLocationRequirements manque (100 % à distance)");
  const description = String(posting.description);
  if (description === posting.title) problems.push("description identique au titre");
  if (/<(?!\/?(p|ul|li)>)/.test(description)) problems.push("description : balises autres que <p>, <ul>, <li>");
  for (const type of [posting.employmentType ?? []].flat()) if (!GOOGLE_EMPLOYMENT_TYPES.includes(String(type))) problems.push(`employmentType ${String(type)}`);
  const salary = posting.baseSalary as { currency?: string; value?: Record<string, unknown> } | undefined;
  if (salary) {
    if (!/^[A-Z]{3}$/.test(salary.currency ?? "")) problems.push("baseSalary.currency");
    if (!GOOGLE_UNIT_TEXTS.includes(String(salary.value?.unitText))) problems.push("baseSalary.value.unitText");
    if (salary.value?.value === undefined && (typeof salary.value?.minValue !== "number" || typeof salary.value?.maxValue !== "number")) problems.push("baseSalary : value, ou minValue et maxValue");
  }
  if (typeof posting.validThrough === "string" && posting.validThrough < String(posting.datePosted)) problems.push("validThrough avant datePosted");
  return problems;
}

describe("the JobPosting JSON-LD", () => {
  const cases = [
    ["a complete ad", fullDetails],
    ["a fully remote ad", detailsParams({ ...FULL_QUERY, [DETAIL_PARAMS.remote]: "total", [DETAIL_PARAMS.payMax]: "", [DETAIL_PARAMS.time]: "partiel" }, TODAY).details],
    ["an ad without details", NO_DETAILS],
  ] as const;

  it.each(cases)("uses only schema.org's JobPosting properties, with the types it expects, on %s", (_what, details) => {
    for (const role of [...roles, alpha]) {
      const { jsonLd } = write(role, details);
      expect(unknownProperties(jsonLd)).toEqual([]);
      expect(wrongTypes(jsonLd)).toEqual([]);
    }
  });

  it("meets Google's required and recommended properties on a complete ad", () => {
    for (const role of roles) {
      const ad = write(role, fullDetails);
      expect(googleProblems(ad.jsonLd)).toEqual([]);
      expect(ad.missingForGoogle).toEqual([]);
      expect(ad.jsonLd).toMatchObject({
        "@context": "https://schema.org",
        "@type": "JobPosting",
        title: `${role.title} (H/F)`,
        datePosted: "2026-12-07",
        validThrough: "2027-01-15",
        employmentType: "FULL_TIME",
        hiringOrganization: { "@type": "Organization", name: "Mairie de <Lyon> & associés" },
        jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressLocality: "Lyon", addressCountry: "FR" } },
        baseSalary: { "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", minValue: 35000, maxValue: 42000, unitText: "YEAR" } },
        jobStartDate: "2027-02-01",
        experienceRequirements: { "@type": "OccupationalExperienceRequirements", monthsOfExperience: 36 },
        relevantOccupation: { "@type": "Occupation", name: role.title, url: expect.stringMatching(new RegExp(`^https?://[^/]+/roles/${role.slug}$`)) },
      });
    }
  });

  it("marks a fully remote job TELECOMMUTE, with where applicants may live, and no workplace", () => {
    const [, remote] = cases[1];
    const { jsonLd } = write(roles[0], remote);
    expect(googleProblems(jsonLd)).toEqual([]);
    expect(jsonLd).toMatchObject({ jobLocationType: "TELECOMMUTE", applicantLocationRequirements: { "@type": "Country", name: "France" }, employmentType: "PART_TIME" });
    expect(jsonLd).not.toHaveProperty("jobLocation");
    expect(jsonLd.baseSalary).toEqual({ "@type": "MonetaryAmount", currency: "EUR", value: { "@type": "QuantitativeValue", value: 35000, unitText: "YEAR" } });
  });

  it("says what Google still needs when the employer and the place are missing", () => {
    const ad = write(roles[0], NO_DETAILS);
    expect(ad.missingForGoogle).toEqual(["hiringOrganization", "jobLocation"]);
    expect(googleProblems(ad.jsonLd)).toEqual(["hiringOrganization manque", "jobLocation manque"]);
  });

  it("gives the ROME code, and the ISCO code where the profile has one", () => {
    for (const role of [...roles, alpha]) {
      const codes = write(role).jsonLd.occupationalCategory as unknown as Array<{ codeValue: string; inCodeSet: { name: string } }>;
      expect(codes.map((code) => code.codeValue)).toEqual([...(role.codes.rome ? [role.codes.rome.code] : []), ...(role.codes.isco ?? []).map((isco) => isco.code)]);
      if (role.codes.rome) expect(codes[0].inCodeSet.name).toMatch(/^ROME/);
    }
  });

  it("maps each contract to Google's employment types", () => {
    const type = (contract: string, time = "") => write(alpha, detailsParams({ [DETAIL_PARAMS.contract]: contract, [DETAIL_PARAMS.time]: time }, TODAY).details).jsonLd.employmentType;
    expect(type("cdi")).toBe("FULL_TIME");
    expect(type("cdi", "partiel")).toBe("PART_TIME");
    expect(type("cdd", "plein")).toEqual(["TEMPORARY", "FULL_TIME"]);
    expect(type("interim")).toBe("TEMPORARY");
    expect(type("freelance", "plein")).toBe("CONTRACTOR");
    expect(type("stage")).toBe("INTERN");
    expect(type("alternance")).toBe("INTERN");
  });

  it("is safe to paste into a page: no text can close its script", () => {
    const hostile = detailsParams({ [DETAIL_PARAMS.employer]: "</script><script>alert(1)</script><!-- & \u2028", [DETAIL_PARAMS.city]: "Lyon" }, TODAY).details;
    const ad = write(alpha, hostile);
    const body = ad.jsonLdScript.replace(/^<script type="application\/ld\+json">\n/, "").replace(/\n<\/script>$/, "");
    expect(body).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(body)).toEqual(ad.jsonLd);
    expect(ad.jsonLdScript.match(/<\/script>/g)).toHaveLength(1);
  });
});

describe("methods per route", () => {
  it("opens POST on the body routes only: the ad check page of each language and the API", () => {
    expect(Object.keys(BODY_ROUTES).sort()).toEqual(["/api/analyse", "/en/verifier-une-offre", "/verifier-une-offre"]);
    expect(allowHeaderFor("/verifier-une-offre")).toBe("GET, HEAD, POST");
    expect(allowHeaderFor("/en/verifier-une-offre")).toBe("GET, HEAD, POST");
    expect(isAllowedMethodFor("POST", "/en/rediger-une-offre")).toBe(false);
    expect(allowHeaderFor("/api/analyse")).toBe("POST");
    expect(allowHeaderFor("/api/roles")).toBe("GET, HEAD");
    expect(isAllowedMethodFor("post", "/api/analyse")).toBe(true);
    expect(isAllowedMethodFor("GET", "/api/analyse")).toBe(false);
    expect(isAllowedMethodFor("POST", "/rediger-une-offre")).toBe(false);
    expect(isAllowedMethodFor("POST", "/verifier-une-offre/")).toBe(false);
    expect(allowedMethodsFor("__proto__")).toEqual(["GET", "HEAD"]);
  });
});
