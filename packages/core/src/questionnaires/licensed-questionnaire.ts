import { z } from "zod";
import { licensedInstrumentIds, type LicensedInstrumentId } from "./instrument-ids.js";
import { instrumentCatalog } from "./instrument-catalog.js";

/** The parts of a FHIR R4 Questionnaire.item PainPlan reads (nested groups allowed). */
type FhirItem = {
  linkId: string;
  type: string;
  text?: string | undefined;
  item?: FhirItem[] | undefined;
};
const fhirItemSchema: z.ZodType<FhirItem> = z.lazy(() =>
  z.object({
    linkId: z.string().min(1),
    type: z.string(),
    text: z.string().optional(),
    item: z.array(fhirItemSchema).optional(),
  }),
);

/** The parts of a FHIR R4 Questionnaire resource PainPlan reads. */
export const licensedQuestionnaireFileSchema = z.object({
  resourceType: z.literal("Questionnaire"),
  version: z.string().optional(),
  copyright: z.string().optional(),
  item: z.array(fhirItemSchema).min(1),
});

/**
 * The licensed wording of one instrument, as installed by an admin: the compiled form of the
 * file, which is what the server stores and reads back (checked with this schema).
 */
export const installedTextSchema = z.object({
  instrumentId: z.enum(licensedInstrumentIds),
  version: z.string(),
  copyright: z.string().nullable(),
  items: z.record(z.string(), z.object({ text: z.string(), groupText: z.string().nullable() })),
});
export type InstalledText = {
  instrumentId: LicensedInstrumentId;
  version: string;
  copyright: string | null;
  items: Readonly<Record<string, { text: string; groupText: string | null }>>;
};

export type LicensedFileOutcome =
  { outcome: "matched"; installed: InstalledText } | { outcome: "refused"; problems: string[] };

type Question = { linkId: string; text: string | undefined; groupText: string | null };

function questionsOf(items: readonly FhirItem[], groupText: string | null): Question[] {
  return items.flatMap((item): Question[] => {
    if (item.type === "group") return questionsOf(item.item ?? [], item.text ?? groupText);
    if (item.type === "display") return [];
    return [{ linkId: item.linkId, text: item.text, groupText }];
  });
}

const expectedLinkIds = (id: LicensedInstrumentId) =>
  instrumentCatalog[id].items.map((item) => item.linkId);

function mismatch(id: LicensedInstrumentId, found: ReadonlySet<string>) {
  const expected = expectedLinkIds(id);
  return {
    id,
    missing: expected.filter((linkId) => !found.has(linkId)),
    unexpected: [...found].filter((linkId) => !expected.includes(linkId)),
  };
}

/**
 * Reads an admin's licensed definition file (FHIR R4 Questionnaire JSON). Its question linkIds
 * must be exactly one licensed instrument's scoring keys: PainPlan scores by linkId, so a file
 * that names its items differently would be scored wrongly, and is refused with what to fix.
 */
export function readLicensedQuestionnaire(
  json: unknown,
  instrumentId?: LicensedInstrumentId,
): LicensedFileOutcome {
  const parsed = licensedQuestionnaireFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      outcome: "refused",
      problems: parsed.error.issues.map(
        (issue) => `${issue.path.join(".") || "file"}: ${issue.message}`,
      ),
    };
  }
  const questions = questionsOf(parsed.data.item, null);
  const found = new Set(questions.map((question) => question.linkId));
  const candidates = (instrumentId === undefined ? licensedInstrumentIds : [instrumentId]).map(
    (id) => mismatch(id, found),
  );
  const closest = candidates.reduce((best, next) =>
    next.missing.length + next.unexpected.length < best.missing.length + best.unexpected.length
      ? next
      : best,
  );
  const problems = [
    ...(closest.missing.length > 0 ? [`missing linkIds: ${closest.missing.join(", ")}`] : []),
    ...(closest.unexpected.length > 0
      ? [`unexpected linkIds: ${closest.unexpected.join(", ")}`]
      : []),
    ...(found.size < questions.length ? ["some linkIds appear more than once"] : []),
    ...questions
      .filter((question) => (question.text ?? "").trim() === "")
      .map((question) => `item ${question.linkId} has no text`),
  ];
  if (problems.length > 0) {
    const target = instrumentId === undefined ? `closest instrument: ${closest.id}` : closest.id;
    return { outcome: "refused", problems: problems.map((problem) => `${target}: ${problem}`) };
  }
  return {
    outcome: "matched",
    installed: {
      instrumentId: closest.id,
      version: parsed.data.version ?? "unversioned",
      copyright: parsed.data.copyright ?? null,
      items: Object.fromEntries(
        questions.map((question) => [
          question.linkId,
          { text: question.text ?? "", groupText: question.groupText },
        ]),
      ),
    },
  };
}
