/** The rules of the stylesheet kept on each page nginx serves (scripts/support/used-css.ts). */
import { describe, expect, it } from "vitest";
import { selectorNeeds, usedCss, type PageTokens } from "../../scripts/support/used-css";

const tokens = (classes: string[], elements: string[], attributes: string[] = [], ids: string[] = []): PageTokens => ({
  classes: new Set(classes),
  elements: new Set(elements),
  attributes: new Set(attributes),
  ids: new Set(ids),
});

describe("selectorNeeds", () => {
  it("reads Tailwind's escaped class names, element types, attributes and ids", () => {
    expect(selectorNeeds(".\\[\\&_a\\]\\:py-1 a")).toEqual([["classes", "[&_a]:py-1"], ["elements", "a"]]);
    expect(selectorNeeds(".hover\\:bg-accent:hover")).toEqual([["classes", "hover:bg-accent"]]);
    expect(selectorNeeds("html:not([data-enhanced]) [data-needs-script]")).toEqual([["elements", "html"], ["attributes", "data-needs-script"]]);
    expect(selectorNeeds("#contenu>p::before")).toEqual([["ids", "contenu"], ["elements", "p"]]);
    expect(selectorNeeds(".\\31 0")).toEqual([["classes", "10"]]);
  });

  it("checks nothing inside functional pseudo-classes, and nothing for :root or *", () => {
    expect(selectorNeeds("main :is(p,li,dd)")).toEqual([["elements", "main"]]);
    expect(selectorNeeds(":root")).toEqual([]);
    expect(selectorNeeds("*")).toEqual([]);
    expect(selectorNeeds("::backdrop")).toEqual([]);
  });
});

describe("usedCss", () => {
  const css = "@layer base{h1{margin:0}table{margin:0}}.a,.b{color:red}.c{color:blue}@media print{.c{color:black}.a{color:black}}@property --x{syntax:'*';inherits:false}:root{--y:1}";

  it("keeps the rules one of whose selectors the page can match, and the at-rules that name no element", () => {
    expect(usedCss(css, tokens(["b"], ["h1"]))).toBe("@layer base{h1{margin:0}}.a,.b{color:red}@media print{}@property --x{syntax:'*';inherits:false}:root{--y:1}".replace("@media print{}", ""));
  });

  it("keeps rules for states the page can reach: hover, focus, a class set later is not one", () => {
    expect(usedCss(".x:hover{color:red}.y:focus-visible{color:red}", tokens(["x"], []))).toBe(".x:hover{color:red}");
  });
});
