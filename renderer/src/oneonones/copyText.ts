/**
 * Copies text to the clipboard. Resolves false when the browser refuses (no permission, no
 * focus): the caller then shows the text in a selectable box instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
