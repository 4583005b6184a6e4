/**
 * Saves a blob as a file through a hidden link to a temporary object URL.
 *
 * @public
 */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next tick: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves text of the given MIME type as a file, as {@link downloadBlob} does.
 *
 * @public
 */
export function downloadText(
  text: string,
  filename: string,
  mimeType: string,
): void {
  downloadBlob(new Blob([text], { type: mimeType }), filename);
}
