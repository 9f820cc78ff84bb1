import { readFileSync } from "node:fs";
import { openDatabase } from "../database/database.js";
import { systemClock } from "../system/clock.js";
import type { ServerConfig } from "../system/config.js";
import { InstallRefusedError, installInstrument } from "./install-instrument.js";

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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new InstallRefusedError(`Cannot read ${file}.`);
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
