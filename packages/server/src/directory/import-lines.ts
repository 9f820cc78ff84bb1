/**
 * Physical lines of an import file, with their byte offsets, whatever the line ending: CRLF,
 * LF or a lone CR (old Mac exports), mixed in one file. Bytes are read as latin1, one character
 * per byte, so nothing is lost before the record is checked for UTF-8 (see import-records.ts)
 * and offsets stay byte offsets, which a resumed import seeks to.
 */
export type PhysicalLine = {
  /** The line's bytes as latin1 text, without its line ending. */
  text: string;
  /** The line ending as found ("" on a last line without one). */
  ending: "\r\n" | "\n" | "\r" | "";
  /** 1-based line number in the file. */
  number: number;
  /** Byte offset of the line's first byte, and just after its ending. */
  start: number;
  end: number;
};

export type LinePosition = { line: number; offset: number };

export const fileStart: LinePosition = { line: 1, offset: 0 };

const utf8ByteOrderMark = "\u00ef\u00bb\u00bf";
const lineBreak = /\r\n|\n|\r/g;

/**
 * Splits a byte stream into physical lines. `from` resumes at a line boundary found earlier (the
 * stream must then start at `from.offset`). A UTF-8 byte order mark at the start is skipped.
 */
export async function* physicalLines(
  chunks: AsyncIterable<Uint8Array>,
  from: LinePosition = fileStart,
): AsyncGenerator<PhysicalLine> {
  let pending = "";
  let pendingStart = from.offset;
  let number = from.line;
  let isFirstChunk = from.offset === 0;
  for await (const chunk of chunks) {
    pending += Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
    if (isFirstChunk && pending.length >= 3) {
      if (pending.startsWith(utf8ByteOrderMark)) {
        pending = pending.slice(3);
        pendingStart += 3;
      }
      isFirstChunk = false;
    }
    let consumed = 0;
    lineBreak.lastIndex = 0;
    for (let match = lineBreak.exec(pending); match !== null; match = lineBreak.exec(pending)) {
      // A CR at the end of the chunk may be the first half of a CRLF: wait for the next chunk.
      if (match[0] === "\r" && match.index === pending.length - 1) break;
      const ending = match[0] as PhysicalLine["ending"];
      const text = pending.slice(consumed, match.index);
      const start = pendingStart + consumed;
      consumed = match.index + ending.length;
      yield { text, ending, number, start, end: pendingStart + consumed };
      number += 1;
    }
    pending = pending.slice(consumed);
    pendingStart += consumed;
  }
  if (isFirstChunk && pending.startsWith(utf8ByteOrderMark)) {
    pending = pending.slice(3);
    pendingStart += 3;
  }
  if (pending.length > 0) {
    const ending = pending.endsWith("\r") ? "\r" : "";
    const text = ending === "" ? pending : pending.slice(0, -1);
    yield { text, ending, number, start: pendingStart, end: pendingStart + pending.length };
  }
}
