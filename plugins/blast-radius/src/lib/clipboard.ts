/**
 * Copies text to the clipboard. Uses the async Clipboard API where the page
 * may (secure contexts), else a hidden textarea and `execCommand('copy')`.
 */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const textarea = document.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  textarea.style.position = 'fixed';
  textarea.style.opacity = '0';
  document.body.appendChild(textarea);
  textarea.select();
  const copied = document.execCommand?.('copy');
  textarea.remove();
  if (!copied) {
    throw new Error('The browser did not allow copying to the clipboard');
  }
}
