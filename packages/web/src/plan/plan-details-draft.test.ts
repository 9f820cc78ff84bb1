import { updatePlanRequestSchema, type Plan } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { detailsDraftOf, planChangeOf } from "./plan-details-draft";

const plan: Plan = {
  id: "6f1c2a55-8a43-4a8e-9d7e-0c1f5e2b7a10",
  status: "active",
  title: "My plan",
  startDate: "2026-03-01",
  reviewDate: null,
  madeWith: "",
  version: 4,
  pauses: [],
  items: [],
  createdAt: "2026-03-01T09:00:00.000Z",
  updatedAt: "2026-03-02T09:00:00.000Z",
  archivedAt: null,
};

describe("the plan details change", () => {
  test("nothing changed: nothing to send (the contract refuses an empty change)", () => {
    expect(planChangeOf(plan, detailsDraftOf(plan), 4)).toBeUndefined();
    expect(planChangeOf(plan, { ...detailsDraftOf(plan), reason: "just because" }, 4)).toBe(
      undefined,
    );
  });

  test("only the changed fields are sent, trimmed, with the version and the reason", () => {
    const change = planChangeOf(
      plan,
      {
        ...detailsDraftOf(plan),
        title: "  Spring plan ",
        reviewDate: "2026-06-01",
        madeWith: " Dr Lee ",
        reason: " agreed at the clinic ",
      },
      4,
    );
    expect(change).toEqual({
      expectedVersion: 4,
      title: "Spring plan",
      reviewDate: "2026-06-01",
      madeWith: "Dr Lee",
      reason: "agreed at the clinic",
      proposedBy: "",
    });
    expect(updatePlanRequestSchema.safeParse(change).success).toBe(true);
  });

  test("an emptied review date is sent as null", () => {
    const withReview = { ...plan, reviewDate: "2026-06-01" };
    expect(planChangeOf(withReview, { ...detailsDraftOf(withReview), reviewDate: "" }, 5)).toEqual({
      expectedVersion: 5,
      reviewDate: null,
      reason: "",
      proposedBy: "",
    });
  });
});
