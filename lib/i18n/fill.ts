/**
 * `{name}` in a string the server translated, filled in the browser (the client components get
 * their words as strings, app/_views/words.ts). Unknown names stay empty.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}
