import fs from "node:fs";

/**
 * The properties schema.org defines for a type and its parents, read from the vocabulary
 * that the schema-dts package ships (`interface XBase extends YBase { "prop"?: … }`).
 */
const source = fs.readFileSync("node_modules/schema-dts/dist/schema.d.ts", "utf8");

const declarations = new Map<string, { parents: string[]; properties: string[] }>();
for (const match of source.matchAll(/^interface (\w+)Base extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
  const parents = match[2].split(",").map((parent) => parent.trim()).filter((parent) => parent.endsWith("Base")).map((parent) => parent.slice(0, -4));
  const properties = [...match[3].matchAll(/^\s+"([\w-]+)"\??:/gm)].map((property) => property[1]);
  declarations.set(match[1], { parents, properties });
}

export function isSchemaOrgType(type: string): boolean {
  return declarations.has(type);
}

export function propertiesOf(type: string): Set<string> {
  const found = new Set<string>();
  const visit = (name: string) => {
    const declaration = declarations.get(name);
    if (!declaration) return;
    declaration.properties.forEach((property) => found.add(property));
    declaration.parents.forEach(visit);
  };
  visit(type);
  return found;
}

/** Every `Type.property` in a JSON-LD tree that schema.org does not define. */
export function unknownProperties(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(unknownProperties);
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = typeof record["@type"] === "string" ? (record["@type"] as string) : null;
  const own = type
    ? isSchemaOrgType(type)
      ? Object.keys(record).filter((key) => !key.startsWith("@") && !propertiesOf(type).has(key)).map((key) => `${type}.${key}`)
      : [`${type} (type inconnu)`]
    : [];
  return [...own, ...Object.values(record).flatMap(unknownProperties)];
}
