import { ALL_FAKE_SECRETS, ALNUM, chars } from '../__testUtils__/fakeSecrets';
import {
  KEYED_VENDOR_SAMPLES,
  TOKEN_FORMAT_SAMPLES,
} from '../__testUtils__/formatSamples';
import { scanned } from '../__testUtils__/scanned';
import { LeakDetector, LeakDetectorId, ScannedValue } from '../types';
import { LEAK_DETECTORS } from '.';
import { createDetectorSelector, FieldGatedDetector } from './selectDetectors';

const FORMAT_DETECTORS = LEAK_DETECTORS.filter(
  d => !d.fallback && !d.contextual,
);

function fakeDetector(
  id: string,
  extra: Partial<FieldGatedDetector> = {},
): LeakDetector {
  return {
    id: id as LeakDetectorId,
    description: id,
    message: `${id}.`,
    test: () => true,
    ...extra,
  };
}

const ids = (detectors: readonly LeakDetector[]) => detectors.map(d => d.id);

describe('createDetectorSelector', () => {
  const always = fakeDetector('always');
  const stripe = fakeDetector('stripe', { anchors: ['sk_live_'] });
  const openai = fakeDetector('openai', { anchors: ['sk-', 'sk_'] });
  const slash = fakeDetector('slash', { anchors: ['/'] });
  const twilio = fakeDetector('twilio', {
    anchors: [],
    fieldGate: key => key.toLowerCase().includes('twilio'),
  });
  const select = createDetectorSelector([
    always,
    stripe,
    openai,
    slash,
    twilio,
  ]);

  it('runs only the unanchored detectors on a value without anchors', () => {
    expect(ids(select(scanned('plain words', 'description')))).toEqual([
      'always',
    ]);
  });

  it('finds overlapping anchors and keeps the detectors in their order', () => {
    expect(ids(select(scanned('x sk_live_abc')))).toEqual([
      'always',
      'stripe',
      'openai',
    ]);
  });

  it('finds one-character anchors and anchors at the very end', () => {
    expect(ids(select(scanned('a/b')))).toEqual(['always', 'slash']);
    expect(ids(select(scanned('ends in sk-')))).toEqual(['always', 'openai']);
    expect(ids(select(scanned('/')))).toEqual(['always', 'slash']);
    expect(ids(select(scanned('sk')))).toEqual(['always']);
  });

  it('runs a field-gated detector only in a field its gate accepts', () => {
    expect(ids(select(scanned('abc', 'TWILIO_AUTH_TOKEN')))).toEqual([
      'always',
      'twilio',
    ]);
    expect(ids(select(scanned('abc', 'auth_token')))).toEqual(['always']);
    expect(ids(select(scanned('abc')))).toEqual(['always']);
  });

  it('asks a gate once per field name', () => {
    const fieldGate = jest.fn(() => true);
    const selectGated = createDetectorSelector([
      fakeDetector('gated', { fieldGate }),
    ]);
    for (let i = 0; i < 3; i++) {
      expect(ids(selectGated(scanned(`value ${i}`, 'key')))).toEqual(['gated']);
    }
    expect(fieldGate).toHaveBeenCalledTimes(1);
  });

  // What the selector leaves out must be what the detector would not report.
  describe('never leaves out a detector that matches', () => {
    const selectFormats = createDetectorSelector(FORMAT_DETECTORS);
    const values: ScannedValue[] = [
      ...ALL_FAKE_SECRETS.flatMap(secret => [
        scanned(secret.value, secret.key),
        scanned(`text before ${secret.value} and after`, secret.key),
      ]),
      ...Object.values(TOKEN_FORMAT_SAMPLES).map(sample => scanned(sample())),
      ...Object.values(KEYED_VENDOR_SAMPLES).map(sample => {
        const { key, value } = sample();
        return scanned(value, key);
      }),
      scanned(`Authorization: Basic ${btoa(`deploy:${chars(ALNUM, 14)}`)}`),
    ];

    it.each(values.map(value => [value.key ?? '-', value] as const))(
      'under %s',
      (_key, value) => {
        const matching = FORMAT_DETECTORS.filter(d => d.test(value));
        const selected = selectFormats(value);
        expect(ids(matching.filter(d => !selected.includes(d)))).toEqual([]);
      },
    );

    it('covers every format detector with a value it reports', () => {
      const reported = new Set(
        values.flatMap(value =>
          FORMAT_DETECTORS.filter(d => d.test(value)).map(d => d.id),
        ),
      );
      expect(
        FORMAT_DETECTORS.map(d => d.id).filter(id => !reported.has(id)),
      ).toEqual([]);
    });
  });
});
