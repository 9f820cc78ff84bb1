import type { PainEntry } from "@painplan/core";
import { useNavigate, useParams } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { useDiaryTags, usePainEntry, useUpdatePainEntry } from "./diary-queries";
import { entryUpdateFrom, entryValuesFrom } from "./entry-form-values";
import { LoadingPanel, RetryPanel } from "../ui/load-states";
import { PainEntryForm } from "./pain-entry-form";
import { savedNotice } from "./saved-notice";

export function EditEntryPage() {
  const user = useSignedInUser();
  const entryId = useParams()["entryId"] ?? "";
  const entry = usePainEntry(user.id, entryId);
  return (
    <Page title="Change a diary entry">
      {entry.isPending && <LoadingPanel what="the entry" />}
      {entry.isError && <RetryPanel what="the entry" onRetry={() => void entry.refetch()} />}
      {entry.data !== undefined && <EditEntryForm userId={user.id} entry={entry.data} />}
    </Page>
  );
}

function EditEntryForm({ userId, entry }: { userId: string; entry: PainEntry }) {
  const tags = useDiaryTags(userId);
  const update = useUpdatePainEntry(userId, entry.id);
  const navigate = useNavigate();
  const backToDiary = (message: string) => {
    void navigate("/diary", { state: savedNotice(message) });
  };
  return (
    <PainEntryForm
      draftKey={`diary-entry:${entry.id}`}
      baseline={() => entryValuesFrom(entry)}
      timeZone={entry.timeZone}
      earlierTriggers={tags.data?.triggers.map((use) => use.tag) ?? []}
      earlierHelpers={tags.data?.helpers.map((use) => use.tag) ?? []}
      submitLabel="Save changes"
      isSaving={update.isPending}
      saveError={update.error}
      onSave={(values, forgetDraft) => {
        const body = entryUpdateFrom(values, entry);
        if (body === undefined) {
          forgetDraft();
          backToDiary("Nothing was changed.");
          return;
        }
        update.mutate(body, {
          onSuccess: () => {
            forgetDraft();
            backToDiary("Your changes are saved.");
          },
        });
      }}
    />
  );
}
