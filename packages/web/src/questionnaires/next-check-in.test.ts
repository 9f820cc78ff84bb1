import type { InstrumentSummary, QuestionnaireOverview } from "@painplan/core";
import { describe, expect, test } from "vitest";
import { instrumentsShownTo, nextCheckIn } from "./next-check-in";

function summary(
  id: InstrumentSummary["id"],
  overrides: Partial<InstrumentSummary["schedule"]> & { status?: InstrumentSummary["status"] } = {},
): InstrumentSummary {
  const { status = "available", ...schedule } = overrides;
  return {
    id,
    title: id,
    shortTitle: id,
    licence: status === "available" ? "free" : "licensed",
    status,
    schedule: {
      intervalDays: 7,
      isDue: false,
      dueOn: null,
      isWaitingForAnchorDate: false,
      lastCompletedAt: null,
      lastSkippedAt: null,
      ...schedule,
    },
  };
}

const licensed = summary("dn4", { status: "not-installed", intervalDays: null });

describe("who sees a questionnaire that is not installed", () => {
  const instruments = [summary("peg"), licensed];
  test("a patient and a practitioner do not", () => {
    expect(instrumentsShownTo(instruments, "patient").map((s) => s.id)).toEqual(["peg"]);
    expect(instrumentsShownTo(instruments, "practitioner").map((s) => s.id)).toEqual(["peg"]);
  });
  test("an admin does, to install it", () => {
    expect(instrumentsShownTo(instruments, "admin").map((s) => s.id)).toEqual(["peg", "dn4"]);
  });
});

describe("the next check-in after a result", () => {
  const overview = (instruments: InstrumentSummary[], due: InstrumentSummary["id"][]) =>
    ({ instruments, due, today: "2026-11-29" }) satisfies QuestionnaireOverview;

  test("another questionnaire due today comes first", () => {
    const next = nextCheckIn(
      overview(
        [
          summary("peg", { dueOn: "2026-12-06" }),
          summary("phq-2", { isDue: true, dueOn: "2026-11-29" }),
        ],
        ["phq-2"],
      ),
      "peg",
    );
    expect(next).toMatchObject({ kind: "due-now", summary: { id: "phq-2" } });
  });

  test("else the soonest one later: after the PEG, the PEG again in a week", () => {
    const next = nextCheckIn(
      overview(
        [
          summary("peg", { dueOn: "2026-12-06" }),
          summary("phq-2", { dueOn: "2026-12-27" }),
          summary("dn4", { status: "not-installed", dueOn: "2026-11-30" }),
        ],
        [],
      ),
      "peg",
    );
    expect(next).toEqual({
      kind: "later",
      summary: expect.objectContaining({ id: "peg" }) as unknown,
      dueOn: "2026-12-06",
    });
  });

  test("the one just answered is not offered again today; nothing scheduled, nothing said", () => {
    expect(
      nextCheckIn(overview([summary("peg", { isDue: true, dueOn: "2026-11-29" })], ["peg"]), "peg"),
    ).toBeUndefined();
  });
});
