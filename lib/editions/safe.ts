import { defaultTreeAdapter, parseFragment, type DefaultTreeAdapterTypes } from "parse5";

type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Elements an edition never shows: what runs, embeds or submits. */
const FORBIDDEN = new Set(["script", "style", "iframe", "frame", "object", "embed", "form", "input", "button", "textarea", "select", "link", "meta", "base", "template", "svg", "math"]);

/**
 * What makes a fragment of an edition unsafe to show as it is, or null. Editions are written by
 * `npm run edition` from the site's own pages, which have none of this; a hand-edited file could.
 */
export function unsafeMarkup(html: string): string | null {
  const visit = (parent: ParentNode): string | null => {
    for (const child of parent.childNodes) {
      if (!defaultTreeAdapter.isElementNode(child)) continue;
      if (FORBIDDEN.has(child.tagName)) return `élément <${child.tagName}>`;
      for (const { name, value } of child.attrs) {
        if (name.startsWith("on")) return `attribut ${name}`;
        if ((name === "href" || name === "src") && !/^(https?:\/\/|\/(?!\/)|#|mailto:)/i.test(value.trim())) return `adresse « ${value} »`;
        if (name === "style") return "attribut style";
      }
      const inner = visit(child);
      if (inner) return inner;
    }
    return null;
  };
  return visit(parseFragment(html));
}
