import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PageSources } from "@/components/page-sources";
import { realContent } from "@/tests/support/content";

/**
 * A reader must be able to tell how old a fact is. A source published without a date keeps
 * `published: null` and says what is known of its date (`publishedNote`, required by
 * `npm run validate`); its entry then shows the day it was read.
 */
const { sources, problems } = realContent();

describe("the bibliography's dates", () => {
  it("loads", () => expect(problems).toEqual([]));

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
