import { z } from "zod";

/**
 * Every list endpoint pages the same way: an opaque cursor from the previous page, a limit, and
 * an optional date range of UTC instants (`from` inclusive, `to` exclusive).
 */
export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional().describe("`nextCursor` from the previous page."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  from: z.iso.datetime({ offset: true }).optional().describe("Earliest instant, inclusive."),
  to: z.iso.datetime({ offset: true }).optional().describe("Latest instant, exclusive."),
});
export type PageQuery = z.output<typeof pageQuerySchema>;

export function pageOf<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .describe("Pass as `cursor` for the next page; null at the end."),
  });
}
