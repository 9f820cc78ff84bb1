import type { ImportProgress } from "./import.service.js";

const barWidth = 30;

const grouped = (value: number) => value.toLocaleString("en-US");

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** One line of progress: "[######······] 42% · 12.3 MB of 29.0 MB · 41,000 rows, 12 refused". */
export function progressLine(progress: ImportProgress): string {
  if (progress.phase === "applying")
    return "Applying the checked rows to the directory (one transaction)…";
  const share =
    progress.bytesTotal === 0 ? 1 : Math.min(1, progress.bytesDone / progress.bytesTotal);
  const filled = Math.round(share * barWidth);
  const bar = `[${"#".repeat(filled)}${"·".repeat(barWidth - filled)}]`;
  return (
    `${bar} ${Math.floor(share * 100)}% · ${megabytes(progress.bytesDone)} of ${megabytes(progress.bytesTotal)} · ` +
    `${grouped(progress.rowsRead)} rows, ${grouped(progress.rowsRejected)} refused`
  );
}

/**
 * Draws progress on a terminal (one line redrawn in place), or, into a log file or pipe, a line
 * at each further tenth of the file so logs stay short.
 */
export function progressPrinter(stream: NodeJS.WriteStream): (progress: ImportProgress) => void {
  let lastTenth = -1;
  return (progress) => {
    if (stream.isTTY) {
      stream.write(`\r${progressLine(progress)}${progress.phase === "applying" ? "\n" : ""}`);
      return;
    }
    const tenth =
      progress.bytesTotal === 0 ? 10 : Math.floor((progress.bytesDone / progress.bytesTotal) * 10);
    if (progress.phase === "applying" || tenth > lastTenth) {
      lastTenth = tenth;
      stream.write(`${progressLine(progress)}\n`);
    }
  };
}
