let lastPath: string | undefined;

/**
 * After a client-side navigation, focus goes to the new page's heading so screen readers announce
 * it and keyboard users start from the top. Not on the first page: there the browser's own
 * reading order is right.
 */
export function shouldMoveFocus(pathname: string): boolean {
  const isFirstPage = lastPath === undefined;
  const hasChanged = lastPath !== pathname;
  lastPath = pathname;
  return !isFirstPage && hasChanged;
}
