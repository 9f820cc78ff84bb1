import { diaryEndpoints, endpointUrl } from "@painplan/core";

/** Downloads of the whole diary: CSV for spreadsheets, JSON for other apps. */
export function ExportLinks({ userId }: { userId: string }) {
  const csv = endpointUrl(diaryEndpoints.exportDiaryCsv.path, { userId });
  const json = endpointUrl(diaryEndpoints.exportDiaryJson.path, { userId });
  return (
    <section className="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">Take your diary with you</h2>
      <p>Your diary belongs to you. Download all of it at any time.</p>
      <ul className="link-list">
        <li>
          <a href={csv} download>
            Download as CSV (for spreadsheets)
          </a>
        </li>
        <li>
          <a href={json} download>
            Download as JSON (for other apps)
          </a>
        </li>
      </ul>
    </section>
  );
}
