import { startTransition, useLayoutEffect, useRef, type RefObject } from 'react';

export type FormControl = HTMLInputElement | HTMLSelectElement;

/**
 * Whether the visitor changed a control of the prerendered page before the app took it over.
 * Hydration keeps what a control holds, and its default (checked, value, selected) stays what the
 * page's HTML said; the two differ only where the visitor acted.
 */
export function changedBeforeTakeover(control: FormControl): boolean {
  if (control instanceof HTMLSelectElement) {
    // The prerendered HTML marks its choice; a list React created itself marks none (nothing to
    // compare with, and nothing the visitor can have changed before the app).
    const initial = [...control.options].find((option) => option.defaultSelected);
    return initial !== undefined && !initial.selected;
  }
  return control.type === 'checkbox' || control.type === 'radio'
    ? control.checked !== control.defaultChecked
    : control.value !== control.defaultValue;
}

/**
 * Hands the controls under `root` that the visitor changed before the app took them over to
 * `apply`, once, as the app takes them over (before any render of its own can change them).
 */
export function useChangesBeforeTakeover(
  root: RefObject<HTMLElement | null>,
  apply: (changed: FormControl[]) => void,
): void {
  const applyRef = useRef(apply);
  useLayoutEffect(() => {
    const changed = [
      ...(root.current?.querySelectorAll<FormControl>('input, select') ?? []),
    ].filter(changedBeforeTakeover);
    // As a transition, like the URL's own criteria: parts of the page React has not taken over
    // yet wait for their code instead of showing their skeleton.
    if (changed.length > 0) startTransition(() => applyRef.current(changed));
    // Once: afterwards the app owns the controls, and its state is no change by the visitor.
  }, [root]);
}
