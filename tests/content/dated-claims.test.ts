import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Source } from "@/lib/schema";
import { bodyClaims, frontMatterClaims, isOldSource, mentionsOldYear, publishedYear, readProfiles, undatedOldClaims, type Claim } from "./claims";
import { realContent } from "@/tests/support/content";

/**
 * Time is explicit (issue 13, item 3): a claim that rests only on sources published before 2020
 * (the five articles of 2013–2016, the Equaero survey of 2010, the Apec guide of 2015…) is
 * written in the past with its year; the present is for sources from 2022 on. A test cannot read
 * tenses, so it checks what it can: every paragraph, list item and front-matter sentence whose
 * citations are all to such sources names a year up to 2019 in its own words (the labels of its
 * citations do not count), or completes a sentence that does (« Selon le billet de 2013 : »).
 */
const CONTENT = path.resolve(__dirname, "../../content");
const content = realContent();
const bibliography = new Map(content.sources.map((source) => [source.id, source]));
const show = (claims: Claim[]) => claims.map((claim) => `${claim.where} : « ${claim.text} »`);

describe("how old a source is", () => {
  it("reads the last year a publication date covers", () => {
    expect(publishedYear("2013-06-21")).toBe(2013);
    expect(publishedYear("2013–2016")).toBe(2016);
    expect(publishedYear("2015-06")).toBe(2015);
    expect(publishedYear(null)).toBeNull();
  });

  it("dates a source known only through another by that one", () => {
    const reported = bibliography.get("tdmetiers-2016")!;
    expect(reported.published).toBeNull();
    expect(isOldSource(reported, bibliography)).toBe(true);
  });

  it("counts the five seed articles, Equaero 2010 and Apec 2015 as old, and the 2022+ sources as current", () => {
    for (const id of ["blog-2013", "smm-vs-cm", "hajjar", "doingbuzz", "cm-interface", "equaero-2010", "apec-marketing-digital-2015"]) {
      expect(isOldSource(bibliography.get(id)!, bibliography), id).toBe(true);
    }
    for (const id of ["bdm-cm-2023", "ft-stats-e1101-e1124-e1127", "arcep-barometre-2026", "rome-e1101"]) {
      expect(isOldSource(bibliography.get(id)!, bibliography), id).toBe(false);
    }
  });

  it("finds a year up to 2019 in the words, not in numbers that contain one", () => {
    expect(mentionsOldYear("en 2013, un billet")).toBe(true);
    expect(mentionsOldYear("les articles de 2013–2016")).toBe(true);
    expect(mentionsOldYear("la fiche E1101 (OGR 510104), 2 200 € brut par mois")).toBe(false);
    expect(mentionsOldYear("en 2023")).toBe(false);
  });
});

describe("the checker", () => {
  const check = (markdown: string) => undatedOldClaims(bodyClaims(markdown, "test"), bibliography).map((claim) => claim.text);

  it("flags a present-tense, undated sentence that cites only a 2013 blog", () => {
    expect(check("Le Community Manager anime la communauté de la marque ([Blog, 2013](#source-blog-2013)).")).toEqual([
      "Le Community Manager anime la communauté de la marque ().",
    ]);
  });

  it("does not let the label of a citation date the sentence", () => {
    expect(check("Il modère les pages Facebook ([Blog, 2013](#source-blog-2013) ; [« Interface stratégique »](#source-cm-interface)).")).toHaveLength(1);
  });

  it("flags an undated list item, unless the sentence that introduces the list gives the year", () => {
    expect(check("Ses missions :\n\n- modérer ([Blog, 2013](#source-blog-2013)) ;\n- animer ([Hajjar](#source-hajjar)).")).toHaveLength(2);
    expect(check("Selon les articles de 2013–2016, ses missions étaient :\n\n- modérer ([Blog, 2013](#source-blog-2013)) ;\n- animer ([Hajjar](#source-hajjar)).")).toEqual([]);
  });

  it("accepts the dated past, and leaves alone claims that also rest on current sources", () => {
    expect(check("En 2013, un billet de blog le chargeait d’animer la communauté ([Blog, 2013](#source-blog-2013)).")).toEqual([]);
    expect(check("Il anime la communauté ([ROME E1101](#source-rome-e1101) ; [Blog, 2013](#source-blog-2013)).")).toEqual([]);
    expect(check("Un paragraphe sans citation.")).toEqual([]);
  });
});

describe("the content: no present-tense claim rests only on sources from before 2020", () => {
  const profiles = readProfiles(CONTENT);

  it("loads", () => expect(content.problems).toEqual([]));

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: every claim of the body citing only old sources gives its year", (_slug, profile) => {
    expect(show(undatedOldClaims(bodyClaims(profile.body, profile.slug), bibliography))).toEqual([]);
  });

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: so does every positioning note, comparison text and En bref line", (_slug, profile) => {
    expect(show(undatedOldClaims(frontMatterClaims(profile), bibliography))).toEqual([]);
  });

  it("so does every reason of the guide, every sentence of the organisation diagram and every survey caveat", () => {
    const { guide, organisation, surveys } = content;
    const claims: Claim[] = [
      ...guide!.rules.map((rule, index) => ({ where: `guide.yml: rules.${index}`, text: rule.text, sources: rule.sources })),
      ...guide!.onePerson.reasons.map((reason, index) => ({ where: `guide.yml: onePerson.reasons.${index}`, text: reason.text, sources: reason.sources })),
      { where: "organisation.yml: lead", ...organisation!.lead },
      ...organisation!.nodes.map((node) => ({ where: `organisation.yml: nodes.${node.id}`, text: node.detail, sources: node.sources })),
      ...Object.entries(organisation!.roles).map(([slug, role]) => ({ where: `organisation.yml: roles.${slug}`, text: role.detail, sources: role.sources })),
      ...organisation!.links.map((link) => ({ where: `organisation.yml: ${link.from} → ${link.to}`, text: link.sentence, sources: link.sources })),
      ...(organisation!.note ? [{ where: "organisation.yml: note", ...organisation!.note }] : []),
      ...surveys.map((survey) => ({ where: `surveys.yml: ${survey.id}`, text: `${survey.date} ${survey.caveat}`, sources: [survey.source] })),
    ];
    expect(claims.length).toBeGreaterThan(15);
    expect(show(undatedOldClaims(claims, bibliography))).toEqual([]);
  });
});

describe("how the profiles cite", () => {
  const profiles = readProfiles(CONTENT);
  const reporterOf = (id: string): Source | undefined => {
    const via = bibliography.get(id)?.reportedBy;
    return via ? bibliography.get(via) : undefined;
  };

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: no paragraph or list item cites the same source twice", (_slug, profile) => {
    const repeated = bodyClaims(profile.body, profile.slug).filter((claim) => new Set(claim.sources).size !== claim.sources.length);
    expect(show(repeated)).toEqual([]);
  });

  it.each(profiles.map((profile) => [profile.slug, profile] as const))(
    "%s: a source known only through another one is cited with it (#TDmetiers2016, Equaero)",
    (_slug, profile) => {
      const claims = [...bodyClaims(profile.body, profile.slug), ...frontMatterClaims(profile)];
      const alone = claims.filter((claim) => claim.sources.some((id) => reporterOf(id) && !claim.sources.includes(reporterOf(id)!.id)));
      expect(show(alone)).toEqual([]);
    },
  );

  it("knows #TDmetiers2016 and Equaero only through the article that reports each", () => {
    expect(Object.fromEntries(["tdmetiers-2016", "equaero-2010"].map((id) => [id, bibliography.get(id)?.reportedBy]))).toEqual({
      "tdmetiers-2016": "cm-interface",
      "equaero-2010": "blog-2013",
    });
  });
});

describe("the English edition: the same dated claims", () => {
  const profiles = readProfiles(path.join(CONTENT, "en"));
  const english = realContent("en");

  it("flags an English present-tense sentence that cites only the 2013 blog, and accepts it dated", () => {
    const check = (markdown: string) => undatedOldClaims(bodyClaims(markdown, "test"), bibliography).map((claim) => claim.text);
    expect(check("The Community Manager runs the brand’s community ([Blog post, 2013](#source-blog-2013)).")).toHaveLength(1);
    expect(check("In 2013, a blog post had the Community Manager run the community ([Blog post, 2013](#source-blog-2013)).")).toEqual([]);
  });

  it("has a profile for each French one", () => expect(profiles.map((profile) => profile.slug)).toEqual(readProfiles(CONTENT).map((profile) => profile.slug)));

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: every claim of the body citing only old sources gives its year", (_slug, profile) => {
    expect(show(undatedOldClaims(bodyClaims(profile.body, `en/${profile.slug}`), bibliography))).toEqual([]);
  });

  it.each(profiles.map((profile) => [profile.slug, profile] as const))("%s: so does every positioning note, comparison text and In brief line", (_slug, profile) => {
    expect(show(undatedOldClaims(frontMatterClaims(profile), bibliography))).toEqual([]);
  });

  it("so does every reason of the guide and every sentence of the diagram", () => {
    const { guide, organisation } = english;
    const claims: Claim[] = [
      ...guide!.rules.map((rule, index) => ({ where: `en/guide.yml: rules.${index}`, text: rule.text, sources: rule.sources })),
      { where: "en/organisation.yml: lead", ...organisation!.lead },
      ...organisation!.links.map((link) => ({ where: `en/organisation.yml: ${link.from} → ${link.to}`, text: link.sentence, sources: link.sources })),
    ];
    expect(show(undatedOldClaims(claims, bibliography))).toEqual([]);
  });
});
