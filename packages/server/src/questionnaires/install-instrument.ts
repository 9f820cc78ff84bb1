import {
  instrumentCatalog,
  licensedInstrumentIds,
  readLicensedQuestionnaire,
  type LicensedInstrumentId,
} from "@painplan/core";
import type { Database } from "../database/database.js";
import type { Clock } from "../system/clock.js";
import { installedInstrumentsRepository } from "./installed-instruments.repository.js";

export class InstallRefusedError extends Error {}

/**
 * What an install accepts. A licensed questionnaire's definition is a few kilobytes and a few
 * levels deep (groups of questions); these bounds leave room for long wording and translations.
 */
export const licensedFileLimits = {
  /** Most bytes of the file (UTF-8), without a byte order mark. */
  maxBytes: 1024 * 1024,
  /** Most levels of JSON nesting (objects and arrays inside each other). */
  maxDepth: 32,
} as const;

/** The file's text without a UTF-8 byte order mark, which some editors put first. */
export function withoutByteOrderMark(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/**
 * Whether JSON text nests objects and arrays deeper than `maxDepth`; one pass over the
 * characters, without parsing, so an absurdly deep file cannot exhaust the stack.
 */
export function isNestedDeeperThan(text: string, maxDepth: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isInString) {
      if (char === "\\") index += 1;
      else if (char === '"') isInString = false;
    } else if (char === '"') isInString = true;
    else if (char === "{" || char === "[") {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (char === "}" || char === "]") depth -= 1;
  }
  return false;
}

/** "1,025 KB": sizes in whole kilobytes (1,024 bytes), rounded up, for the admin's messages. */
export const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024).toLocaleString("en")} KB`;

/** Refuses a file over the size or depth limit with a message that says what to do. */
function checkLimits(text: string): void {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > licensedFileLimits.maxBytes) {
    throw new InstallRefusedError(
      `The file is ${kilobytes(bytes)}; a questionnaire definition is at most ` +
        `${kilobytes(licensedFileLimits.maxBytes)}. Check that this is the instrument's ` +
        "FHIR Questionnaire, without embedded attachments.",
    );
  }
  if (isNestedDeeperThan(text, licensedFileLimits.maxDepth)) {
    throw new InstallRefusedError(
      `The file nests more than ${licensedFileLimits.maxDepth} levels deep; a questionnaire ` +
        "definition needs only a few (groups of questions). Check that this is the right file.",
    );
  }
}

function parseInstrumentId(value: string | undefined): LicensedInstrumentId | undefined {
  if (value === undefined) return undefined;
  const id = licensedInstrumentIds.find((candidate) => candidate === value);
  if (id === undefined) {
    throw new InstallRefusedError(
      `--instrument must be one of: ${licensedInstrumentIds.join(", ")} (got "${value}").`,
    );
  }
  return id;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new InstallRefusedError("The file is not valid JSON (expected a FHIR R4 Questionnaire).");
  }
}

/**
 * `painplan install-instrument <file>`: checks a licensed definition (FHIR R4 Questionnaire JSON,
 * at most `licensedFileLimits`; a leading byte order mark is ignored) once, and stores it with
 * its compiled form in the database, where every server of the instance reads it. The file's
 * question linkIds must be exactly the instrument's scoring keys; anything else is refused with
 * the keys to fix. Throws `InstallRefusedError` with a message for the admin.
 */
export async function installInstrument(
  db: Database,
  clock: Clock,
  fileText: string,
  requestedId?: string,
): Promise<{ instrumentId: LicensedInstrumentId; title: string; version: string }> {
  const text = withoutByteOrderMark(fileText);
  checkLimits(text);
  const outcome = readLicensedQuestionnaire(parseJson(text), parseInstrumentId(requestedId));
  if (outcome.outcome === "refused") {
    const expected = licensedInstrumentIds
      .map((id) => `  ${id}: ${instrumentCatalog[id].items.map((item) => item.linkId).join(", ")}`)
      .join("\n");
    throw new InstallRefusedError(
      `This file cannot be installed:\n${outcome.problems.map((problem) => `  - ${problem}`).join("\n")}\n` +
        `The question linkIds must match one instrument's scoring keys exactly:\n${expected}`,
    );
  }
  const { instrumentId, version } = outcome.installed;
  await installedInstrumentsRepository(db).save(outcome.installed, text, clock.now().toISOString());
  return { instrumentId, title: instrumentCatalog[instrumentId].title, version };
}
