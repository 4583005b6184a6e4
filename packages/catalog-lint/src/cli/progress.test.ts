import { createProgress } from './progress';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, write: (text: string) => writes.push(text) };
}

describe('createProgress', () => {
  it('stays quiet for short runs and when stderr is not a terminal', () => {
    const tty = stream(true);
    const short = createProgress(tty, undefined);
    short.update(10, 10);
    short.done();
    const piped = stream(false);
    const long = createProgress(piped, undefined);
    for (let i = 1; i <= 1000; i++) long.update(i, 1000);
    expect([...tty.writes, ...piped.writes]).toEqual([]);
  });

  it('redraws one line on a terminal and clears it at the end', () => {
    const tty = stream(true);
    const progress = createProgress(tty, undefined);
    for (let i = 1; i <= 1000; i++) progress.update(i, 1000);
    progress.done();
    expect(tty.writes[0]).toBe('\r\u001b[KLinting… 1/1000 files');
    expect(tty.writes).toContain('\r\u001b[KLinting… 1000/1000 files');
    expect(tty.writes[tty.writes.length - 1]).toBe('\r\u001b[K');
  });

  it('prints a line per tenth with --progress when piped', () => {
    const piped = stream(false);
    const progress = createProgress(piped, true);
    for (let i = 1; i <= 100; i++) progress.update(i, 100);
    expect(piped.writes).toHaveLength(10);
    expect(piped.writes[9]).toBe('Linted 100/100 files\n');
  });
});
