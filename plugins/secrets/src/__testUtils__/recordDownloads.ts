/**
 * Records the files a page downloads: jsdom cannot follow the download link, so the
 * object URL and the link's click are stubbed and what they were given is kept.
 */
export function recordDownloads() {
  const blobs: Blob[] = [];
  const filenames: string[] = [];
  jest.spyOn(URL, 'createObjectURL').mockImplementation(blob => {
    blobs.push(blob as Blob);
    return 'blob:download';
  });
  jest.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  jest
    .spyOn(HTMLAnchorElement.prototype, 'click')
    .mockImplementation(function record(this: HTMLAnchorElement) {
      filenames.push(this.download);
    });
  return {
    filenames,
    /** The lines of the first downloaded CSV file. */
    csvLines: async () => (await blobs[0].text()).trim().split('\r\n'),
  };
}
