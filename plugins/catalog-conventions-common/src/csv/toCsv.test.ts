import { toCsv, toCsvField } from './toCsv';

describe('toCsvField', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(toCsvField('plain')).toBe('plain');
    expect(toCsvField('a,b')).toBe('"a,b"');
    expect(toCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsvField('two\nlines')).toBe('"two\nlines"');
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(toCsvField('+1')).toBe("'+1");
    expect(toCsvField('-x')).toBe("'-x");
    expect(toCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvField('\tx')).toBe("'\tx");
    expect(toCsvField('\rx')).toBe(`"'\rx"`);
  });

  it('writes numbers and booleans as they are and undefined as empty', () => {
    expect(toCsvField(-3)).toBe('-3');
    expect(toCsvField(false)).toBe('false');
    expect(toCsvField(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes one CRLF-terminated line per row, header first', () => {
    expect(
      toCsv([
        ['name', 'score'],
        ['a, b', 3],
        ['=1+1', undefined],
      ]),
    ).toBe(`name,score\r\n"a, b",3\r\n'=1+1,\r\n`);
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
