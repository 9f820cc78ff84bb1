import { spawnSync } from "node:child_process";

/** Runs a poppler tool on a PDF given on stdin ("-"): fails clearly when poppler is not installed. */
function runPoppler(
  tool: "pdftotext" | "pdfinfo" | "pdffonts",
  args: string[],
  pdf: Uint8Array,
): string {
  const result = spawnSync(tool, args, { input: pdf, encoding: "utf8" });
  if (result.error !== undefined) {
    const isMissing = (result.error as NodeJS.ErrnoException).code === "ENOENT";
    throw new Error(
      isMissing
        ? `${tool} is missing: install poppler-utils (apt-get install poppler-utils); .ci/run does this in CI.`
        : `${tool} failed to start: ${result.error.message}`,
    );
  }
  if (result.status !== 0)
    throw new Error(`${tool} exited with ${String(result.status)}: ${result.stderr}`);
  return result.stdout;
}

/** The PDF's text, in reading order. */
export function pdfText(pdf: Uint8Array): string {
  return runPoppler("pdftotext", ["-layout", "-", "-"], pdf).replace(/\s+$/gm, "");
}

/** The page count, from pdfinfo. */
export function pdfPageCount(pdf: Uint8Array): number {
  const match = /^Pages:\s+(\d+)$/m.exec(runPoppler("pdfinfo", ["-"], pdf));
  if (match?.[1] === undefined) throw new Error("pdfinfo did not report a page count");
  return Number(match[1]);
}

/** The fonts the PDF uses, one per line as pdffonts lists them (name, type, embedded, subset…). */
export function pdfFonts(pdf: Uint8Array): string[] {
  return runPoppler("pdffonts", ["-"], pdf)
    .split("\n")
    .slice(2)
    .filter((line) => line !== "");
}
