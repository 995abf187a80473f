import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { CompareForm } from "@/components/compare-form";
import { comparisonPath } from "@/components/enhance";
import { NearestRoles } from "@/components/nearest-roles";
import { compareFormWords } from "@/app/_views/words";
import { SUMMARIES } from "../support/summaries";

const formProps = (locale: "fr" | "en") => ({ roles: SUMMARIES, action: locale === "fr" ? "/compare" : "/en/compare", pathPrefix: locale === "fr" ? "/compare" : "/en/compare", words: compareFormWords(locale) });

const navigation = vi.hoisted(() => ({ pathname: "/" }));
vi.mock("next/navigation", () => ({
  usePathname: () => navigation.pathname,
}));

describe("CompareForm", () => {
  it("works without JavaScript: a GET form to /compare with fields a and b", () => {
    const { container } = render(<CompareForm {...formProps("fr")} />);
    const form = container.querySelector("form")!;
    expect(form).toHaveAttribute("action", "/compare");
    expect(form).toHaveAttribute("method", "get");
    expect(screen.getByLabelText("Premier rôle")).toHaveAttribute("name", "a");
    expect(screen.getByLabelText("Second rôle")).toHaveAttribute("name", "b");
    expect(screen.getByLabelText("Second rôle")).toHaveValue("content-manager");
  });

  it("with the site's script, goes straight to the comparison page, and leaves the same role twice to the server", () => {
    const { container } = render(<CompareForm {...formProps("fr")} />);
    const form = container.querySelector("form")!;
    fireEvent.change(screen.getByLabelText("Second rôle"), { target: { value: "social-media-manager" } });
    expect(comparisonPath(form)).toBe("/compare/community-manager/social-media-manager");
    fireEvent.change(screen.getByLabelText("Second rôle"), { target: { value: "community-manager" } });
    expect(comparisonPath(form)).toBeNull();
  });

  it("in English, sends the form to /en/compare and goes to the English comparison", () => {
    const { container } = render(<CompareForm {...formProps("en")} />);
    expect(container.querySelector("form")).toHaveAttribute("action", "/en/compare");
    fireEvent.change(screen.getByLabelText("Second role"), { target: { value: "social-media-manager" } });
    expect(comparisonPath(container.querySelector("form")!)).toBe("/en/compare/community-manager/social-media-manager");
  });
});

describe("NearestRoles", () => {
  it("suggests the role closest to a mistyped address", () => {
    navigation.pathname = "/roles/communty-manager";
    render(<NearestRoles roles={SUMMARIES} locale="fr" words={{ didYouMean: "Vouliez-vous dire…", colon: "\u00a0:" }} />);
    expect(screen.getByRole("heading", { name: "Vouliez-vous dire…" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Community Manager" })).toHaveAttribute("href", "/roles/community-manager");
    expect(screen.queryByRole("link", { name: "Content Manager" })).toBeNull();
  });

  it("links the roles of the address's language", () => {
    navigation.pathname = "/en/roles/communty-manager";
    render(<NearestRoles roles={SUMMARIES} locale="en" words={{ didYouMean: "Did you mean…", colon: ":" }} />);
    expect(screen.getByRole("heading", { name: "Did you mean…" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Community Manager" })).toHaveAttribute("href", "/en/roles/community-manager");
  });

  it("stays silent when nothing is close", () => {
    navigation.pathname = "/qwxz";
    const { container } = render(<NearestRoles roles={SUMMARIES} locale="fr" words={{ didYouMean: "Vouliez-vous dire…", colon: "\u00a0:" }} />);
    expect(container).toBeEmptyDOMElement();
  });
});
