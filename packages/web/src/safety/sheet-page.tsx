import { endpointUrl, safetyEndpoints, type SafetySheet } from "@painplan/core";
import { Link } from "react-router";
import { useSignedInUser } from "../accounts/signed-in-user";
import { Page } from "../ui/page";
import { LoadingPage } from "../ui/status-page";
import { SheetContent } from "./sheet-content";
import { useSafetySheet } from "./safety-queries";

export function SheetPage() {
  const sheet = useSafetySheet();
  return (
    <Page
      title="Safety sheet"
      heading="Your safety sheet"
      intro="One page for your therapist to read before a session. Print it, or download it as a PDF."
    >
      {sheet.isError ? (
        <p className="panel" role="alert">
          Your safety sheet could not be loaded. Please check your connection and reload the page.
        </p>
      ) : sheet.data === undefined ? (
        <LoadingPage />
      ) : (
        <>
          <SheetActions sheet={sheet.data} />
          <SheetContent sheet={sheet.data} />
        </>
      )}
    </Page>
  );
}

function SheetActions({ sheet }: { sheet: SafetySheet }) {
  const { id: userId } = useSignedInUser();
  const pdfUrl = endpointUrl(safetyEndpoints.getSafetySheetPdf.path, { userId });
  return (
    <div className="no-print">
      {sheet.intakeVersion === null && (
        <p className="panel">
          You have not answered the safety questions yet, so the sheet is almost empty.{" "}
          <Link className="inline-link" to="/safety/intake">
            Answer the safety questions
          </Link>
        </p>
      )}
      <div className="wizard__actions sheet__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            window.print();
          }}
        >
          Print this sheet
        </button>
        <a className="button button--secondary" href={pdfUrl} download="painplan-safety-sheet.pdf">
          Download the PDF
        </a>
      </div>
    </div>
  );
}
