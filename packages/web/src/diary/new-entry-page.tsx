import { useNavigate } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { useCreatePainEntry, useDiaryTags, useLastPainEntry } from "./diary-queries";
import { entryFieldsFrom, newEntryValues } from "./entry-form-values";
import { LoadingPanel } from "../ui/load-states";
import { PainEntryForm } from "./pain-entry-form";
import { savedNotice } from "./saved-notice";

export function NewEntryPage() {
  const user = useSignedInUser();
  const last = useLastPainEntry(user.id);
  const tags = useDiaryTags(user.id);
  const create = useCreatePainEntry(user.id);
  const navigate = useNavigate();

  return (
    <Page title="New diary entry" heading="How are you now?">
      {last.isPending ? (
        <LoadingPanel what="your diary" />
      ) : (
        <PainEntryForm
          draftKey={`diary-entry:new:${user.id}`}
          baseline={() =>
            newEntryValues(new Date().toISOString(), user.timeZone, last.data ?? undefined)
          }
          timeZone={user.timeZone}
          earlierTriggers={tags.data?.triggers.map((use) => use.tag) ?? []}
          earlierHelpers={tags.data?.helpers.map((use) => use.tag) ?? []}
          submitLabel="Save entry"
          isSaving={create.isPending}
          saveError={create.error}
          onSave={(values, forgetDraft, idempotencyKeyFor) => {
            // The key is kept with the draft: the same entry sent again (after a lost answer or
            // a reload) is a retry the server recognises, not a second entry.
            const fields = entryFieldsFrom(values, user.timeZone);
            const body = { idempotencyKey: idempotencyKeyFor(fields), ...fields };
            create.mutate(body, {
              onSuccess: () => {
                forgetDraft();
                void navigate("/diary", { state: savedNotice("Your entry is saved.") });
              },
            });
          }}
        />
      )}
    </Page>
  );
}
