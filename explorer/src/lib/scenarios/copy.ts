/**
 * Copies text to the clipboard. Where the clipboard is unavailable (no permission, an insecure
 * page, a test browser), selects the text in `field` so the user can copy it, and answers false.
 */
export async function copyText(
  text: string,
  field?: HTMLInputElement | HTMLTextAreaElement,
): Promise<boolean> {
  try {
    // Throws where there is no clipboard (navigator.clipboard undefined) or no permission.
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // select the text instead
  }
  field?.focus();
  field?.select();
  return false;
}
