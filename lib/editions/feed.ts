import { Feed } from "feed";

/** One edition as a feed announces it. */
export type FeedEntry = { title: string; url: string; date: string; summary: string };

type FeedInput = {
  title: string;
  /** The feed's own address (`rel="self"`) and the page it follows (`rel="alternate"`). */
  selfUrl: string;
  pageUrl: string;
  /** BCP 47 language of the feed. */
  language: string;
  author: { name: string; url: string };
  /** Newest first. */
  entries: FeedEntry[];
};

/** An edition's date as an Atom date: published at the start of its day, in UTC. */
const atomDate = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An Atom feed (RFC 4287) of dated editions: each entry is an edition, with its lasting address as
 * id and link and its change-log summary; the feed is as recent as its newest edition.
 */
export function editionsFeed({ title, selfUrl, pageUrl, language, author, entries }: FeedInput): string {
  const feed = new Feed({
    id: selfUrl,
    title,
    link: pageUrl,
    language,
    updated: atomDate(entries[0]?.date ?? "1970-01-01"),
    generator: false,
    feedLinks: { atom: selfUrl },
    author: { name: author.name, link: author.url },
    copyright: author.name,
  });
  for (const entry of entries) {
    feed.addItem({ title: entry.title, id: entry.url, link: entry.url, date: atomDate(entry.date), published: atomDate(entry.date), description: entry.summary });
  }
  return feed.atom1();
}
