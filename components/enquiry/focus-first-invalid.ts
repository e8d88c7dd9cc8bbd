// After a refused submit, focus goes to the first invalid field in the order the form shows them (not the order the
// errors happen to be listed in), so keyboard and screen-reader users land on the first thing to fix.
export function focusFirstInvalid(form: HTMLFormElement | null, names: Iterable<string>): boolean {
  if (!form) return false;
  const wanted = new Set(names);
  for (const el of Array.from(form.elements)) {
    const field = el as HTMLInputElement;
    if (!field.name || !wanted.has(field.name) || field.type === "hidden" || field.disabled) continue;
    field.focus();
    return true;
  }
  return false;
}
