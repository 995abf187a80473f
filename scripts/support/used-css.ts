/**
 * The rules of a stylesheet that may apply to one page: a rule stays when one of its selectors
 * names only classes, ids, attributes and element types the page has. What sits inside a
 * functional pseudo-class (`:not(…)`, `:is(…)`, `:where(…)`, `:has(…)`) and the pseudo-classes and
 * pseudo-elements themselves (`:hover`, `::before`, `:focus-visible`) are not checked: a state the
 * page can reach keeps its rule. At-rules other than `@media`, `@supports` and `@layer` blocks
 * (`@property`, `@keyframes`, `@font-face`, `@layer` statements) stay whole; a block left empty goes.
 *
 * Sound as long as nothing adds a class, id, attribute or element after the page is served: the
 * site's script (components/enhance.ts) only adds `data-enhanced` to `<html>`, which no rule names.
 */
import postcss, { type Container, type Rule } from "postcss";

/** What a page has that selectors name: `.class`, `#id`, `[attribute]`, and element types. */
export type PageTokens = { classes: Set<string>; ids: Set<string>; attributes: Set<string>; elements: Set<string> };

const IDENTIFIER = /^(?:\\[0-9a-fA-F]{1,6}\s?|\\[^\n]|[\w\u0080-\uffff-])+/;

/** `\:` → `:`, `\31 0` → `10`: the name a CSS identifier stands for. */
function unescape(identifier: string): string {
  return identifier.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/g, (_, hex: string | undefined, char: string | undefined) => (hex ? String.fromCodePoint(parseInt(hex, 16)) : char!));
}

/** The tokens one complex selector needs, outside functional pseudo-classes; null when it cannot be read. */
export function selectorNeeds(selector: string): Array<[keyof PageTokens, string]> | null {
  const needs: Array<[keyof PageTokens, string]> = [];
  let rest = selector.trim();
  while (rest.length > 0) {
    const char = rest[0];
    if (char === "." || char === "#") {
      const name = IDENTIFIER.exec(rest.slice(1))?.[0];
      if (!name) return null;
      needs.push([char === "." ? "classes" : "ids", unescape(name)]);
      rest = rest.slice(1 + name.length);
    } else if (char === "[") {
      const end = rest.indexOf("]");
      const name = IDENTIFIER.exec(rest.slice(1).trimStart())?.[0];
      if (end < 0 || !name) return null;
      needs.push(["attributes", unescape(name).toLowerCase()]);
      rest = rest.slice(end + 1);
    } else if (char === ":") {
      const pseudo = /^::?[\w-]+/.exec(rest)?.[0];
      if (!pseudo) return null;
      rest = rest.slice(pseudo.length);
      if (rest[0] === "(") {
        let depth = 0;
        let index = 0;
        for (; index < rest.length; index++) {
          if (rest[index] === "(") depth++;
          else if (rest[index] === ")" && --depth === 0) break;
        }
        rest = rest.slice(index + 1);
      }
    } else if (/[a-zA-Z]/.test(char)) {
      const name = IDENTIFIER.exec(rest)![0];
      needs.push(["elements", name.toLowerCase()]);
      rest = rest.slice(name.length);
    } else if (/[\s>+~*|&]/.test(char)) {
      rest = rest.slice(1);
    } else {
      return null;
    }
  }
  return needs;
}

/** Splits a selector list at its top-level commas. */
function selectorList(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < selector.length; index++) {
    const char = selector[index];
    if (char === "\\") index++;
    else if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (char === "," && depth === 0) {
      parts.push(selector.slice(start, index));
      start = index + 1;
    }
  }
  return [...parts, selector.slice(start)];
}

function mayApply(rule: Rule, tokens: PageTokens): boolean {
  return selectorList(rule.selector).some((selector) => {
    const needs = selectorNeeds(selector);
    return needs === null || needs.every(([kind, name]) => tokens[kind].has(name));
  });
}

function prune(container: Container, tokens: PageTokens): void {
  container.each((node) => {
    if (node.type === "rule") {
      if (!mayApply(node, tokens)) node.remove();
    } else if (node.type === "atrule" && node.nodes && ["media", "supports", "layer"].includes(node.name)) {
      prune(node, tokens);
      if (node.nodes.length === 0) node.remove();
    }
  });
}

/** The stylesheet `css` without the rules that cannot apply to a page with `tokens`. */
export function usedCss(css: string, tokens: PageTokens): string {
  const root = postcss.parse(css);
  prune(root, tokens);
  return root.toString();
}
