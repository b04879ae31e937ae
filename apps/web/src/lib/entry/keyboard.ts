/**
 * @module
 * Fast paper entry: in a radio group, a number key picks that option (1 = the first) and
 * `j`/`n` pick ja/nej; focus then moves on to the next group, or to the submit button
 * after the last one. Delete, Backspace and 0 take a mistyped answer back (the paper
 * question is then unanswered). Without a script the radios work as usual.
 */

const CLEAR_KEYS = new Set(['Delete', 'Backspace', '0']);

/** The keydown handler for a form whose radio groups are `fieldset[data-quick]`. */
export function quickKeys(event: KeyboardEvent): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || target.type !== 'radio') return;
  const fieldset = target.closest('fieldset[data-quick]');
  const form = target.form;
  if (!fieldset || !form) return;
  const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  if (CLEAR_KEYS.has(event.key)) {
    event.preventDefault();
    for (const radio of radios) radio.checked = false;
    target.dispatchEvent(new Event('change', { bubbles: true }));
    return;
  }
  let choice: HTMLInputElement | undefined;
  if (/^[1-9]$/.test(event.key)) choice = radios[Number(event.key) - 1];
  else if (event.key === 'j' || event.key === 'J') choice = radios.find((r) => r.value === 'ja');
  else if (event.key === 'n' || event.key === 'N') choice = radios.find((r) => r.value === 'nej');
  if (!choice) return;
  event.preventDefault();
  choice.checked = true;
  choice.dispatchEvent(new Event('change', { bubbles: true }));
  const groups = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-quick]')];
  const next = groups[groups.indexOf(fieldset as HTMLFieldSetElement) + 1];
  if (next) focusGroup(next);
  else form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
}

/** Focuses a radio group where Tab would: its checked option, or else its first. */
export function focusGroup(group: Element): void {
  const checked = group.querySelector<HTMLInputElement>('input[type="radio"]:checked');
  (checked ?? group.querySelector<HTMLInputElement>('input[type="radio"]'))?.focus();
}
