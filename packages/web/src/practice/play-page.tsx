import { buildGuidedPractice, type PainfulRegionChoice, type PracticeId } from "@painplan/core";
import { Link, useParams, useSearchParams } from "react-router";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { NotFoundPage } from "../ui/not-found-page";
import { Page } from "../ui/page";
import { PracticeSession } from "./practice-session";
import type { PlayableStep } from "./playable-step";
import {
  isPracticeId,
  isRoutineId,
  isScriptedPracticeId,
  practiceName,
  routineMinutesOf,
} from "./practice-names";
import { useBodyScan, useYogaRoutine } from "./practice-queries";
import { routineSteps } from "./routine-steps";
import "./practice.css";

/** The minutes asked for in the address, kept within 1–20 (3 when missing: "start small"). */
function minutesFrom(value: string | null): number {
  const minutes = Number(value ?? "3");
  return Number.isInteger(minutes) ? Math.min(20, Math.max(1, minutes)) : 3;
}

/**
 * `/practice/play/:practiceId?minutes=N`: loads everything the practice needs (scripted practices
 * are built on the device; a body scan or a routine comes from the server once), then hands it
 * to the session: pain before, the player, pain after and the log.
 */
export function PlayPage() {
  const { practiceId } = useParams();
  const [searchParams] = useSearchParams();
  if (!isPracticeId(practiceId)) return <NotFoundPage />;
  const minutes = isRoutineId(practiceId)
    ? routineMinutesOf(practiceId)
    : minutesFrom(searchParams.get("minutes"));
  const painful = searchParams.get("painful") === "skip" ? "skip" : "gently-last";
  return (
    <Page title={practiceName(practiceId)}>
      <LoadedPractice
        // A new choice of areas is a new practice: the session starts over.
        key={painful}
        practiceId={practiceId}
        minutes={minutes}
        painful={painful}
      />
    </Page>
  );
}

type LoadedPracticeProps = {
  practiceId: PracticeId;
  minutes: number;
  painful: PainfulRegionChoice;
};

function LoadedPractice({ practiceId, minutes, painful }: LoadedPracticeProps) {
  const isRoutine = isRoutineId(practiceId);
  const isBodyScan = practiceId === "body-scan";
  const routine = useYogaRoutine(isRoutine ? routineMinutesOf(practiceId) : 5, isRoutine, true);
  const bodyScan = useBodyScan(minutes, painful, isBodyScan);
  const name = practiceName(practiceId);

  let steps: PlayableStep[] | undefined;
  let poseIds: string[] | undefined;
  const query = isRoutine ? routine : isBodyScan ? bodyScan : undefined;
  if (isScriptedPracticeId(practiceId)) steps = buildGuidedPractice(practiceId, minutes).steps;
  else if (isBodyScan && bodyScan.data !== undefined) steps = bodyScan.data.steps;
  else if (isRoutine && routine.data !== undefined) {
    steps = routineSteps(routine.data);
    poseIds = routine.data.poses.map((pose) => pose.poseId);
  }

  if (steps === undefined) {
    if (query?.isError === true) {
      return (
        <RetryPanel
          what="this practice"
          onRetry={() => {
            void query.refetch();
          }}
        />
      );
    }
    return <LoadingPanel what="your practice" />;
  }
  if (steps.length === 0) {
    return (
      <div className="panel">
        <p>
          {routine.data?.shorterReason ??
            "There is nothing in this routine for you today. A breathing practice may suit instead."}
        </p>
      </div>
    );
  }
  const hasGentleChoice =
    isBodyScan && (painful === "skip" || steps.some((step) => step.isGentle === true));
  return (
    <PracticeSession
      practiceId={practiceId}
      name={name}
      steps={steps}
      poseIds={poseIds}
      beforeStart={
        hasGentleChoice ? <PainfulAreasChoice minutes={minutes} painful={painful} /> : undefined
      }
    />
  );
}

/**
 * Body scan only: the areas that hurt come last in gentle words, or are left out; the person
 * chooses (one tap, before starting).
 */
function PainfulAreasChoice({
  minutes,
  painful,
}: {
  minutes: number;
  painful: PainfulRegionChoice;
}) {
  const isSkipping = painful === "skip";
  return (
    <p className="practice-before__choice">
      {isSkipping
        ? "The areas that hurt are left out of this scan. "
        : "The areas that hurt come last, gently: notice them, do not push. "}
      <Link
        className="inline-link practice-before__switch"
        to={`/practice/play/body-scan?minutes=${minutes}${isSkipping ? "" : "&painful=skip"}`}
        replace
      >
        {isSkipping ? "Include them gently instead" : "Leave them out instead"}
      </Link>
    </p>
  );
}
