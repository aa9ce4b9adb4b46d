/** True when keyboard focus is in a place where the browser's own text undo should win. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) {
    return !target.readOnly && !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'range', 'file'].includes(target.type);
  }
  return false;
}
