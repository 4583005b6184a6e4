import { ExemptionRequestInput } from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';

/** An exemption requested by ana and approved by the lead, both at `now`: its id. */
export async function approvedExemption(
  store: ExemptionStore,
  input: ExemptionRequestInput,
  now: Date,
): Promise<string> {
  const { id } = await store.request(input, { actor: 'user:default/ana', now });
  await store.transition(id, ['requested'], 'approved', {
    actor: 'user:default/lead',
    now,
  });
  return id;
}
