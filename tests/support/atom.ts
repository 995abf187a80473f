/**
 * Offline Atom (RFC 4287) validator for tests.
 *
 * Validates a document against the RELAX NG Compact schema of RFC 4287,
 * Appendix B (tests/support/atom.rnc), using the Jing validator that is
 * bundled (shaded) inside vnu.jar from the npm package "vnu-jar".
 * Needs a Java runtime on PATH; no network access.
 *
 * What the schema checks: structure (required atom:id, atom:title,
 * atom:updated, allowed children and attributes) and the form of dates
 * (xsd:dateTime, which is close to but looser than RFC 3339: for example it
 * accepts a date-time without a time zone). It does not check the
 * Schematron rules of the RFC schema (atom:author presence, entry link or
 * content), which Jing treats as annotations.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const JING_DRIVER = "nu.validator.vendor.thaiopensource.relaxng.util.Driver";

/**
 * Validates an Atom feed or entry document.
 *
 * Paths are resolved from the current working directory (the project root
 * when the test runner starts there).
 *
 * @param xml the whole XML document, written out as UTF-8.
 * @returns Jing's error lines, each as "line:column: error: message";
 *   an empty array when the document is valid.
 * @throws Error when java, vnu.jar or the schema is missing, or when Jing
 *   fails without reporting errors for the document (e.g. a broken schema).
 */
export function validateAtom(xml: string): string[] {
  const jar = path.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
  const schema = path.resolve("tests/support/atom.rnc");
  if (!fs.existsSync(jar)) {
    throw new Error(`validateAtom: vnu.jar not found at ${jar} (install the npm package vnu-jar)`);
  }
  if (!fs.existsSync(schema)) {
    throw new Error(`validateAtom: schema not found at ${schema}`);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "atom-validate-"));
  const file = path.join(dir, "document.xml");
  try {
    fs.writeFileSync(file, xml, "utf8");
    const run = spawnSync(
      "java",
      [
        // Keep Jing's messages (which use curly quotes) intact whatever the locale.
        "-Dfile.encoding=UTF-8",
        "-Dsun.stdout.encoding=UTF-8",
        "-Dsun.stderr.encoding=UTF-8",
        "-cp", jar, JING_DRIVER,
        "-c", schema, file,
      ],
      { encoding: "utf8", timeout: 60_000 },
    );
    if (run.error) {
      const code = (run.error as NodeJS.ErrnoException).code;
      throw new Error(
        code === "ENOENT"
          ? "validateAtom: java not found on PATH (a Java runtime is required to run Jing)"
          : `validateAtom: could not run java: ${run.error.message}`,
      );
    }
    if (run.status === 0) return [];

    // Jing prints one error per line as "<file>:<line>:<column>: error: <message>".
    const prefix = `${file}:`;
    const errors = `${run.stdout}\n${run.stderr}`
      .split(/\r?\n/)
      .filter((line) => line.startsWith(prefix))
      .map((line) => line.slice(prefix.length));
    if (errors.length === 0) {
      throw new Error(
        `validateAtom: Jing failed (exit ${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`.trim(),
      );
    }
    return errors;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
