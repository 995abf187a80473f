import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageSources } from "@/components/page-sources";
import { realContent } from "@/tests/support/content";

/**
 * Every source with a URL has a publication date (issue 13, item 7): a reader must be able to
 * tell how old a fact is. The sources below were published on the web without a date that the
 * research notes (content/research/) recorded: each keeps `published: null` with a
 * `publishedNote`, and stays on this list until its date is found. The list is exact: a new
 * source without a date fails, and so does a listed source once it is dated (remove it here).
 */
const UNDATED_WITH_URL = [
  // France Travail ROME 4.0 fiches and their copies, beta.gouv: living pages, read on 2026-11-30
  "rome-e1101",
  "rome-e1124",
  "rome-e1127",
  "rome-v460-pages",
  "betagouv-plateforme-rome40",
  // ESCO exports (version not stated in the files read)
  "esco-occupations-fr",
  "esco-occupations-en",
  "esco-iscogroups",
  // RNCP and certification records: registration dates not visible in the copies read
  "rncp-41364",
  "rncp-40907",
  "rncp-38138",
  "rncp-37347",
  "optionmetier-rncp37347",
  "intercariforef-113457",
  "rncp-40886",
  "rncp-40856",
  "rncp-38125",
  "rncp-34813",
  // Onisep and Apec fiches
  "onisep-community-manager",
  "apec-fonction-communication-cm",
  // law: consolidated texts, commentaries and official pages
  "economie-daj-loi-influence",
  "loi-2023-451-intention-commerciale",
  "loi-2023-451-images",
  "ddg-seuil-contrat-2025",
  "joffe-seuil-2025",
  "ec-dsa",
  "crc-obligations-plateformes",
  "ac-lille-page-reseau-social",
  "squire-fashion-id",
  "ac-nantes-droit-image",
  "ac-besancon-oeuvre-esprit",
  "ac-besancon-violation",
  "village-justice-instagram",
  "livv-loteries-publicitaires",
  // press and blogs reporting surveys
  "managers-tn-bdm-2023",
  "influencia-cm-2024",
  "capimedia-cm-2025",
  "jdn-cm-salaire",
  "hassani-hyperconnexion",
  "strategies-agorapulse-2022",
  "apec-teletravail-2024",
  "bdm-metricool-2025",
  "comarketing-metricool-2025",
  "mbadmb-hootsuite-ia-2023",
  "viepublique-barometre-2025",
];

const { sources, problems } = realContent();

describe("the bibliography's dates", () => {
  it("loads", () => expect(problems).toEqual([]));

  it("gives a publication date to every source with a URL, but the listed ones still to date", () => {
    const undated = sources.filter((source) => source.url !== null && source.published === null).map((source) => source.id);
    expect(undated.sort()).toEqual([...UNDATED_WITH_URL].sort());
  });

  it("shows a date beside every source with a URL: its publication date, or for a page published without one, the day it was read", () => {
    const withUrl = sources.filter((source) => source.url !== null);
    const { container } = render(<PageSources sources={withUrl} />);
    for (const source of withUrl) {
      const entry = container.querySelector(`li#source-${source.id}`);
      expect(entry?.textContent, source.id).toMatch(source.published === null ? /non daté, consulté le \d{1,2} \S+ \d{4}/ : /\b(19|20)\d{2}\b/);
    }
  });

  it("says, for each source still undated, what is known of its date", () => {
    for (const source of sources.filter((candidate) => candidate.published === null)) {
      expect(source.publishedNote?.trim(), source.id).toBeTruthy();
    }
  });

  it("dates every source the site cites without a URL, or says why not", () => {
    for (const source of sources.filter((candidate) => candidate.url === null)) {
      expect(source.published !== null || Boolean(source.publishedNote), source.id).toBe(true);
      expect(source.urlMissing, source.id).toBeTruthy();
    }
  });
});
