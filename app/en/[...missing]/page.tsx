import { notFound } from "next/navigation";

/**
 * Any address under /en that no page serves, and the proxy's `/en/_introuvable` (unknown roles,
 * sections and comparisons): the English 404 page, app/en/not-found.tsx, in the English layout.
 */
export default function Missing(): never {
  notFound();
}
