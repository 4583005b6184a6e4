import { findSecretValues } from '../../findSecretValues';
import { scanned } from '../../__testUtils__/scanned';
import {
  KEYED_VENDOR_SAMPLES,
  TOKEN_FORMAT_SAMPLES,
} from '../../__testUtils__/formatSamples';
import { KEYED_VENDOR_DETECTORS, KEYED_VENDOR_FORMATS } from '../keyedVendors';
import { TOKEN_FORMAT_DETECTORS, TOKEN_FORMATS } from '.';

/** The sample with every letter and digit outside its anchor made `x`: same shape, no randomness. */
function placeholderOf(sample: string, anchor: string): string {
  const at = anchor ? sample.indexOf(anchor) : 0;
  const blank = (text: string) => text.replace(/[A-Za-z0-9]/g, 'x');
  return (
    blank(sample.slice(0, at)) +
    anchor +
    blank(sample.slice(at + anchor.length))
  );
}

describe('vendor token formats', () => {
  const cases = TOKEN_FORMATS.map((format, index) => {
    const sample = TOKEN_FORMAT_SAMPLES[format.id]();
    const anchor = format.anchors.find(a => sample.includes(a)) ?? '';
    return [format.id, TOKEN_FORMAT_DETECTORS[index], sample, anchor] as const;
  });

  it('has a sample for every format and a unique id per format', () => {
    expect(Object.keys(TOKEN_FORMAT_SAMPLES).sort()).toEqual(
      TOKEN_FORMATS.map(f => f.id).sort(),
    );
  });

  it.each(cases)(
    '%s: finds the sample alone and in prose',
    (id, detector, sample) => {
      expect(detector.test(scanned(sample))).toBe(true);
      const findings = findSecretValues({
        metadata: {
          description: `Staging access (rotate monthly): ${sample} — ask #ops.`,
        },
      });
      expect(findings.map(f => f.detector)).toContain(id);
      expect(JSON.stringify(findings)).not.toContain(sample);
    },
  );

  it.each(cases)(
    '%s: ignores the same shape with a placeholder body, and a prefix token glued to a word',
    (_id, detector, sample, anchor) => {
      expect(detector.test(scanned(placeholderOf(sample, anchor)))).toBe(false);
      // Prefix tokens are not found inside a longer word.
      const startsWithPrefix = anchor !== '' && sample.startsWith(anchor);
      const glued = startsWithPrefix
        ? `x${sample}`
        : placeholderOf(sample, anchor);
      expect(detector.test(scanned(glued))).toBe(false);
    },
  );
});

describe('vendor credentials recognised by their field', () => {
  const cases = KEYED_VENDOR_FORMATS.map(
    (format, index) =>
      [
        format.id,
        KEYED_VENDOR_DETECTORS[index],
        KEYED_VENDOR_SAMPLES[format.id](),
      ] as const,
  );

  it('has a sample for every vendor', () => {
    expect(Object.keys(KEYED_VENDOR_SAMPLES).sort()).toEqual(
      KEYED_VENDOR_FORMATS.map(f => f.id).sort(),
    );
  });

  it.each(cases)(
    '%s: finds the sample in its field',
    (id, detector, { key, value }) => {
      expect(detector.test(scanned(value, key))).toBe(true);
      expect(
        findSecretValues({ spec: { env: [{ name: key, value }] } }).map(
          f => f.detector,
        ),
      ).toContain(id);
    },
  );

  it.each(cases)(
    '%s: ignores the value in a field of another vendor, or not naming a secret, or a placeholder',
    (_id, detector, { key, value }) => {
      expect(detector.test(scanned(value, 'OTHER_VENDOR_API_KEY'))).toBe(false);
      expect(
        detector.test(
          scanned(value, key.replace(/(token|key|secret|password)$/i, 'id')),
        ),
      ).toBe(false);
      expect(
        detector.test(scanned(value.replace(/[A-Za-z0-9]/g, 'x'), key)),
      ).toBe(false);
    },
  );
});
