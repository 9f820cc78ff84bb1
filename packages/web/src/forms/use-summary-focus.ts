import { useEffect, useRef } from "react";

function moveTo(node: HTMLElement): void {
  // Scrolled first and focused without a second scroll: on a phone the summary can be thousands
  // of pixels above the Save button, and a tap that seems to do nothing reads as a broken app.
  node.scrollIntoView({ block: "start" });
  node.focus({ preventScroll: true });
}

function isFocusable(element: Element | null): element is HTMLElement {
  return element instanceof HTMLElement && element.isConnected && element !== document.body;
}

/**
 * Moves focus to a form's error summary after each failed submit: when the summary appears, and
 * when its form is submitted again and it is still there after the submit's own updates (the
 * same client-side problem twice). When the summary goes away while it holds the focus (the next
 * try is being saved), focus goes back to where it was (the Save button), not to the page start.
 */
export function useSummaryFocus(isShown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const node = ref.current;
    if (!isShown || node === null) return;
    const active = document.activeElement;
    if (isFocusable(active) && !node.contains(active)) returnTo.current = active;
    moveTo(node);

    const form = node.closest("form");
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onSubmit = () => {
      const submitter = document.activeElement;
      if (isFocusable(submitter) && !node.contains(submitter)) returnTo.current = submitter;
      // After the form's own handler and the updates it makes, so a summary that the submit
      // hides (a new save under way) is not focused on its way out.
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (node.isConnected) moveTo(node);
      }, 0);
    };
    form?.addEventListener("submit", onSubmit);
    return () => {
      clearTimeout(timer);
      form?.removeEventListener("submit", onSubmit);
      const focused = document.activeElement;
      const lostFocus = focused === null || focused === document.body || node.contains(focused);
      const back = returnTo.current;
      if (lostFocus && back !== null && back.isConnected) back.focus({ preventScroll: true });
    };
  }, [isShown]);

  return ref;
}
