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

/** The expected types schema.org gives a property of a type (or of its parents): `baseSalary` → MonetaryAmount, Number, PriceSpecification. */
export function expectedTypes(type: string, property: string): string[] {
  const pattern = new RegExp(`^interface ${type}Base extends [^{]+\\{[\\s\\S]*?^\\s+"${property}"\\?: SchemaValue<([^,>]+)`, "m");
  const own = pattern.exec(source)?.[1];
  if (own) return own.split("|").map((name) => name.trim()).filter((name) => name !== "IdReference");
  for (const parent of declarations.get(type)?.parents ?? []) {
    const found = expectedTypes(parent, property);
    if (found.length > 0) return found;
  }
  return [];
}

/** Each type's direct subtypes, from the unions schema-dts declares (`type AdministrativeArea = AdministrativeAreaLeaf | City | Country | …`). */
const subtypes = new Map<string, string[]>();
for (const match of source.matchAll(/^export type (\w+) = ([^;]+);/gm)) {
  subtypes.set(match[1], match[2].split("|").map((name) => name.trim()).filter((name) => /^[A-Z]\w*$/.test(name) && name !== `${match[1]}Leaf`));
}

/** `Country` is an `AdministrativeArea`; `QuantitativeValue` a `StructuredValue`. */
export function isSubtypeOf(type: string, ancestor: string): boolean {
  return type === ancestor || (subtypes.get(ancestor) ?? []).some((child) => isSubtypeOf(type, child));
}

/** Whether a JSON-LD value is of one of the expected types, the data types (Text, Date…) checked by their form. */
function conforms(value: unknown, expected: string[]): boolean {
  if (typeof value === "string") {
    if (expected.includes("Text") || expected.includes("URL")) return true;
    if (expected.includes("Date") && /^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
    return expected.includes("DateTime") && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
  }
  if (typeof value === "number") return expected.some((name) => ["Number", "Integer", "Float"].includes(name));
  if (typeof value === "boolean") return expected.includes("Boolean");
  if (typeof value === "object" && value !== null && typeof (value as Record<string, unknown>)["@type"] === "string") {
    const type = (value as Record<string, unknown>)["@type"] as string;
    return expected.some((name) => isSubtypeOf(type, name));
  }
  return false;
}

/** Every `Type.property` in a JSON-LD tree whose value is not of a type schema.org expects there. */
export function wrongTypes(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(wrongTypes);
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  const type = typeof record["@type"] === "string" ? (record["@type"] as string) : null;
  const own = type
    ? Object.entries(record)
        .filter(([key]) => !key.startsWith("@"))
        .flatMap(([key, value]) => {
          const expected = expectedTypes(type, key);
          return (Array.isArray(value) ? value : [value]).filter((one) => !conforms(one, expected)).map((one) => `${type}.${key}: ${JSON.stringify(one).slice(0, 60)} n’est pas ${expected.join(" | ") || "défini"}`);
        })
    : [];
  return [...own, ...Object.values(record).flatMap(wrongTypes)];
}
