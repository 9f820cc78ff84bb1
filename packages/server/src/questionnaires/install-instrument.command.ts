import { readFileSync, statSync } from "node:fs";
import { openDatabase } from "../database/database.js";
import { systemClock } from "../system/clock.js";
import type { ServerConfig } from "../system/config.js";
import {
  InstallRefusedError,
  installInstrument,
  kilobytes,
  licensedFileLimits,
} from "./install-instrument.js";

/** The CLI side of `painplan install-instrument <file> [--instrument ID]`. */
export async function installInstrumentCommand(
  config: ServerConfig,
  file: string | undefined,
  instrumentId: string | undefined,
  say: (line: string) => void,
): Promise<void> {
  if (file === undefined) {
    throw new InstallRefusedError("Name the definition file: painplan install-instrument <file>");
  }
  let size: number;
  let text: string;
  try {
    size = statSync(file).size;
    // A file over the limit is refused by its size, before it is read into memory (+3: a BOM).
    text = size > licensedFileLimits.maxBytes + 3 ? "" : readFileSync(file, "utf8");
  } catch {
    throw new InstallRefusedError(`Cannot read ${file}.`);
  }
  if (text === "" && size > 0) {
    throw new InstallRefusedError(
      `${file} is ${kilobytes(size)}; a questionnaire definition is at most ${kilobytes(licensedFileLimits.maxBytes)}.`,
    );
  }
  const database = openDatabase(config.database);
  try {
    await database.migrate();
    const installed = await installInstrument(database.db, systemClock, text, instrumentId);
    say(
      `Installed ${installed.title} (${installed.instrumentId}, version ${installed.version}). ` +
        "People on this PainPlan can now take it.",
    );
  } finally {
    await database.close();
  }
}
