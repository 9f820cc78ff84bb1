/** The ids an input points to with aria-describedby, and whether it is invalid. */
export function describedBy(id: string, hasHint: boolean, error: string | undefined) {
  const ids = [hasHint ? `${id}-hint` : undefined, error === undefined ? undefined : `${id}-error`];
  const joined = ids.filter((value) => value !== undefined).join(" ");
  return {
    "aria-describedby": joined === "" ? undefined : joined,
    "aria-invalid": error === undefined ? undefined : true,
  };
}
