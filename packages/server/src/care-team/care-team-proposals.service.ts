import {
  planApiLimits,
  planProposalSchema,
  type PlanProposal,
  type ProposePlanChangeRequest,
} from "@painplan/core";
import type { Authentication, RecordOwner } from "../audit/reader.js";
import { ApiError, notFound } from "../errors/api-error.js";
import type { PlanService } from "../plan/plan.service.js";
import { checkSchedule } from "../plan/plan-checks.js";
import type { Clock } from "../system/clock.js";
import type { IdSource } from "../system/ids.js";
import type { CareTeamProposalsRepository, ProposalRow } from "./care-team-proposals.repository.js";

/** Proposals listed at once: the newest 100 (more than a care team makes). */
const listLength = 100;

type Dependencies = {
  proposals: CareTeamProposalsRepository;
  plans: PlanService;
  clock: Clock;
  ids: IdSource;
};

const view = (row: ProposalRow): PlanProposal => ({
  id: row.id,
  planId: row.plan_id,
  itemId: row.item_id,
  itemTitle: row.item_title,
  proposedBy: { userId: row.practitioner_id, displayName: row.practitioner_name },
  change: planProposalSchema.shape.change.parse(JSON.parse(row.change)),
  reason: row.reason,
  status: row.status,
  proposedAt: new Date(row.proposed_at).toISOString(),
  decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
  planVersion: row.plan_version,
});

/** Who proposed a change, as the plan's timeline says it (the plan keeps at most 120 characters). */
const proposerWords = (name: string) =>
  `${name} (care team)`.slice(-planApiLimits.proposedByMaxLength);

/**
 * Plan changes a practitioner proposes for one item; nothing changes until the person accepts.
 * Accepting makes a plan version whose actor is the person (who accepted) and whose "proposed
 * by" names the practitioner; the proposal keeps that version's number.
 */
export function careTeamProposalsService(deps: Dependencies) {
  type Body = Omit<ProposePlanChangeRequest, "change"> & { change: PlanProposal["change"] };

  async function proposal(ownerId: string, proposalId: string) {
    const row = await deps.proposals.byId(ownerId, proposalId);
    if (row === undefined) throw notFound("This proposal");
    return row;
  }

  return {
    async list(owner: RecordOwner): Promise<{ proposals: PlanProposal[] }> {
      return { proposals: (await deps.proposals.ofOwner(owner.userId, listLength)).map(view) };
    },

    async propose(owner: RecordOwner, reader: Authentication, body: Body): Promise<PlanProposal> {
      if (reader.user.id === owner.userId) {
        throw new ApiError("forbidden", "You change your own plan directly, on the plan page.");
      }
      const plan = await deps.plans.get(owner, body.planId);
      if (plan.status !== "active") {
        throw new ApiError(
          "write_conflict",
          "This plan is archived; propose a change to the active plan.",
        );
      }
      const item = plan.items.find((candidate) => candidate.id === body.itemId);
      if (item === undefined) throw notFound("This plan item");
      if (body.change.schedule !== undefined)
        checkSchedule(body.change.schedule, "change.schedule");
      const id = deps.ids.newId();
      await deps.proposals.insert({
        id,
        user_id: owner.userId,
        practitioner_id: reader.user.id,
        plan_id: plan.id,
        item_id: item.id,
        item_title: item.title,
        change: JSON.stringify(body.change),
        reason: body.reason,
        status: "pending",
        proposed_at: deps.clock.now().toISOString(),
        decided_at: null,
        plan_version: null,
      });
      return view(await proposal(owner.userId, id));
    },

    async decide(
      owner: RecordOwner,
      proposalId: string,
      decision: "accept" | "decline",
    ): Promise<PlanProposal> {
      const row = await proposal(owner.userId, proposalId);
      const now = deps.clock.now().toISOString();
      const status = decision === "accept" ? "accepted" : "declined";
      if (!(await deps.proposals.decide(owner.userId, proposalId, status, now))) {
        throw new ApiError("write_conflict", `This proposal was already ${row.status}.`);
      }
      if (decision === "accept") {
        try {
          const plan = await deps.plans.get(owner, row.plan_id);
          const changed = await deps.plans.updateItem(
            owner,
            owner.userId,
            { planId: row.plan_id, itemId: row.item_id },
            {
              ...view(row).change,
              expectedVersion: plan.version,
              reason: row.reason,
              proposedBy: proposerWords(row.practitioner_name),
            },
          );
          await deps.proposals.setPlanVersion(owner.userId, proposalId, changed.version);
        } catch (error) {
          await deps.proposals.reopen(owner.userId, proposalId);
          throw error;
        }
      }
      return view(await proposal(owner.userId, proposalId));
    },
  };
}

export type CareTeamProposalsService = ReturnType<typeof careTeamProposalsService>;
