import { useId } from "react";

type RoleOption = { slug: string; title: string };

type CompareFormProps = {
  roles: RoleOption[];
  /** `/compare` in the page's language: where the form is sent without JavaScript. */
  action: string;
  /** The comparison pages' path in the page's language (`/compare`, `/en/compare`). */
  pathPrefix: string;
  words: { title: string; first: string; second: string; submit: string };
};

/**
 * Two selects and a button. Without JavaScript it sends GET /compare?a=…&b=…, which the
 * server redirects to /compare/<a>/<b>; with JavaScript (`data-compare-path`,
 * components/enhance.ts) it goes straight to that page.
 */
export function CompareForm({ roles, action, pathPrefix, words }: CompareFormProps) {
  const id = useId();
  const first = roles[0]?.slug;
  const second = roles.find((role) => role.slug !== first)?.slug;

  return (
    <form action={action} method="get" data-compare-path={pathPrefix} aria-labelledby={`${id}-title`} className="rounded-lg border border-line bg-surface p-5">
      <h2 id={`${id}-title`} className="mb-3 text-xl font-bold">
        {words.title}
      </h2>
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor={`${id}-a`} className="mb-1 block font-medium">
            {words.first}
          </label>
          <select id={`${id}-a`} name="a" defaultValue={first} className="w-full rounded border border-line bg-paper px-3 py-2">
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-b`} className="mb-1 block font-medium">
            {words.second}
          </label>
          <select id={`${id}-b`} name="b" defaultValue={second} className="w-full rounded border border-line bg-paper px-3 py-2">
            {roles.map((role) => (
              <option key={role.slug} value={role.slug}>
                {role.title}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-paper hover:bg-accent-strong">
          {words.submit}
        </button>
      </div>
    </form>
  );
}
