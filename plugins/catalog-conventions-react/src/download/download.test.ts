import { downloadBlob, downloadText } from './download';

describe('download', () => {
  const createObjectURL = jest.fn((_: Blob) => 'blob:download');
  const revokeObjectURL = jest.fn();
  let clicked: { download: string; href: string; hidden: boolean }[];

  beforeEach(() => {
    jest.useFakeTimers();
    createObjectURL.mockClear();
    revokeObjectURL.mockClear();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    clicked = [];
    // jsdom cannot follow the download link
    jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function record(this: HTMLAnchorElement) {
        clicked.push({
          download: this.download,
          href: this.href,
          hidden: this.style.display === 'none' && this.isConnected,
        });
      });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    jest.useRealTimers();
  });

  it('clicks a hidden link to the blob, named for the file, then removes it', () => {
    const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
    downloadBlob(blob, 'readiness.csv');

    expect(createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked).toEqual([
      { download: 'readiness.csv', href: 'blob:download', hidden: true },
    ]);
    expect(document.querySelector('a')).toBeNull();
  });

  it('revokes the object URL only after the download has started', () => {
    downloadBlob(new Blob(['x']), 'x.txt');
    expect(revokeObjectURL).not.toHaveBeenCalled();

    jest.runAllTimers();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:download');
  });

  it('saves text with its MIME type', async () => {
    downloadText('owner\r\n', 'owners.csv', 'text/csv;charset=utf-8');

    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    expect(await blob.text()).toBe('owner\r\n');
    expect(clicked.map(c => c.download)).toEqual(['owners.csv']);
  });
});
