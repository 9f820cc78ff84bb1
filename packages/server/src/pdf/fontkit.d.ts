/** The little of fontkit (pdfkit's font engine, which ships no types) that PainPlan uses. */
declare module "fontkit" {
  export type Font = { postscriptName: string; hasGlyphForCodePoint(codePoint: number): boolean };
  export function openSync(path: string): Font;
}
