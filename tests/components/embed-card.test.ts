import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { embedCardHtml, type EmbedCardProps } from "@/components/embed-card";

const PROPS: EmbedCardProps = {
  lang: "fr",
  documentTitle: "Community Manager, édition du 8 décembre 2026",
  siteName: "Métiers du social media",
  title: "Community Manager",
  abbreviation: "CM",
  definition: "Le Community Manager anime la communauté en ligne d’une marque.",
  missionsHeading: "Missions principales",
  missions: ["Animer les échanges", "Modérer les commentaires", "Créer et publier des contenus", "Mesurer les résultats"],
  date: "2026-12-08",
  dateLabel: "Édition du 8 décembre 2026",
  link: { href: "http://localhost:3000/roles/community-manager/editions/2026-12-08", text: "Lire cette édition", newTab: "s’ouvre dans un nouvel onglet" },
};

const card = (props: Partial<EmbedCardProps> = {}) => new JSDOM(embedCardHtml({ ...PROPS, ...props })).window.document;

describe("embedCardHtml", () => {
  it("is a whole document in the card's language, titled, with the role as its heading", () => {
    const html = embedCardHtml(PROPS);
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    const document = card();
    expect(document.title).toBe(PROPS.documentTitle);
    expect(document.querySelector("h1")?.textContent).toBe("Community Manager (CM)");
    expect(document.querySelector("main p:not(.site):not(.end)")?.textContent).toBe(PROPS.definition);
    expect(card({ abbreviation: null }).querySelector("h1")?.textContent).toBe("Community Manager");
  });

  it("lists the first three missions only", () => {
    const items = [...card().querySelectorAll("ul li")].map((item) => item.textContent);
    expect(items).toEqual(PROPS.missions.slice(0, 3));
    expect(card().querySelector("h2")?.textContent).toBe("Missions principales");
    expect(card({ missions: ["Une seule"] }).querySelectorAll("li")).toHaveLength(1);
  });

  it("dates the edition, machine-readable too", () => {
    const time = card().querySelector("time");
    expect(time?.getAttribute("datetime")).toBe("2026-12-08");
    expect(time?.textContent).toBe("Édition du 8 décembre 2026");
  });

  it("links the page in a new tab, out of the frame, and says so", () => {
    const links = card().querySelectorAll("a");
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute("href")).toBe(PROPS.link.href);
    expect(links[0].getAttribute("target")).toBe("_blank");
    expect(links[0].getAttribute("rel")).toBe("noopener");
    expect(links[0].textContent).toBe("Lire cette édition (s’ouvre dans un nouvel onglet)");
  });

  it("escapes every text and attribute", () => {
    const hostile = '<script>alert("x")</script>&amp;';
    const html = embedCardHtml({ ...PROPS, title: hostile, definition: hostile, abbreviation: hostile, missions: [hostile], documentTitle: hostile, dateLabel: hostile, link: { ...PROPS.link, href: 'https://x.example/"><script>' } });
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;amp;");
    const document = new JSDOM(html).window.document;
    expect(document.querySelector("h1")?.textContent).toBe(`${hostile} (${hostile})`);
    expect(document.querySelector("li")?.textContent).toBe(hostile);
    expect(document.querySelector("a")?.getAttribute("href")).toBe('https://x.example/"><script>');
  });

  it("has no script, and styles itself for light and dark schemes", () => {
    const html = embedCardHtml(PROPS);
    expect(html).not.toMatch(/<script|\son\w+=|javascript:/i);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toContain("@media (prefers-color-scheme:dark)");
    expect(html).not.toMatch(/<link\b|<img\b|url\(/);
  });
});
