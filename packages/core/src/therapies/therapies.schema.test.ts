import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { EvidenceSource } from "./evidence-sources.js";
import type { Therapy, TherapySummary } from "./therapy.js";
import type {
  evidenceSourceSchema,
  therapySchema,
  therapySummarySchema,
} from "./therapies.schema.js";

describe("therapies schema", () => {
  // The domain types (therapies/therapy.ts) and the wire schemas must describe the same shape;
  // typecheck fails here if one changes without the other (checked both ways, since deep
  // equality of unions of intersections is not something expect-type can compare).
  it("matches the domain types", () => {
    expectTypeOf<z.output<typeof therapySchema>>().toExtend<Therapy>();
    expectTypeOf<Therapy>().toExtend<z.output<typeof therapySchema>>();
    expectTypeOf<z.output<typeof therapySummarySchema>>().toExtend<TherapySummary>();
    expectTypeOf<TherapySummary>().toExtend<z.output<typeof therapySummarySchema>>();
    expectTypeOf<z.output<typeof evidenceSourceSchema>>().toExtend<EvidenceSource>();
    expectTypeOf<EvidenceSource>().toExtend<z.output<typeof evidenceSourceSchema>>();
  });
});
