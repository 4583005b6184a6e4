/* eslint-disable jest/no-export -- a helper module: itStopsOnHangingCalls declares its tests in its caller's describe */
import { Entity } from '@backstage/catalog-model';
import { SecretStoreReader } from '../types';
import * as awsFailures from './awsFailures';

/** A reader harness (`awsReaderHarness`), as the shared tests below use it. */
type ReaderHarness = {
  store: Entity;
  reader(options?: { callTimeoutMs?: number }): { reader: SecretStoreReader };
};

/**
 * The tests every AWS reader has on calls that never answer: when `hang` makes the
 * `call` hang, the listing is cut at the call timeout and the failure names `operation`;
 * when `hangListing` makes the listing hang, it stops as its caller aborts.
 */
export function itStopsOnHangingCalls(
  { store, reader }: ReaderHarness,
  hanging: {
    call: string;
    hang: () => void;
    operation: string;
    hangListing: () => void;
  },
) {
  it(`cuts a hanging ${hanging.call} at the timeout`, async () => {
    hanging.hang();
    const error = await awsFailures.expectTimeout(
      reader({ callTimeoutMs: 50 }).reader,
      store,
    );
    expect(error.operation).toBe(hanging.operation);
  });

  it('stops when the caller aborts', async () => {
    hanging.hangListing();
    await awsFailures.expectStopsOnAbort(reader().reader, store);
  });
}
