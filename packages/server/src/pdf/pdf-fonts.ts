import { createRequire } from "node:module";
import { openSync, type Font } from "fontkit";

const require = createRequire(import.meta.url);

/**
 * Noto Sans (SIL Open Font License), shipped by the npm package @expo-google-fonts/noto-sans:
 * Latin, Greek and Cyrillic, with combining marks. pdfkit embeds only the glyphs a document
 * uses (a subset, named `ABCDEF+NotoSans-…`), so a one-page sheet stays small.
 */
export const pdfFontFiles = {
  regular: require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"),
  bold: require.resolve("@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf"),
  italic:
    require.resolve("@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf"),
} as const;

export type PdfFontName = keyof typeof pdfFontFiles;

let opened: Record<PdfFontName, Font> | undefined;

/** The fonts, opened once, to ask which characters they can draw. */
export function pdfFonts(): Record<PdfFontName, Font> {
  opened ??= {
    regular: openSync(pdfFontFiles.regular),
    bold: openSync(pdfFontFiles.bold),
    italic: openSync(pdfFontFiles.italic),
  };
  return opened;
}
