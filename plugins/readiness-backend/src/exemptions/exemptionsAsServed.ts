import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { HidingDeps, RefHiding, servedWithHiding } from '../service/refHiding';
import { Exemption, ExemptionEvent } from '@stagecraft/plugin-readiness-common';

/** An exemption as a route answers it: with its audit trail or without. */
type AnsweredExemption = Exemption & { events?: ExemptionEvent[] };

const defined = <T>(value: T | undefined): value is T => value !== undefined;

/** The people an exemption names: its requester, its decider and each step's actor. */
const peopleOf = (exemption: AnsweredExemption): string[] =>
  [
    exemption.requestedBy,
    exemption.decidedBy,
    ...(exemption.events ?? []).map(event => event.actor),
  ].filter(defined);

/** The words people wrote: the reason, the decision's comment and each step's comment. */
const wordsOf = (exemption: AnsweredExemption): string[] =>
  [
    exemption.reason,
    exemption.decisionComment,
    ...(exemption.events ?? []).map(event => event.comment),
  ].filter(defined);

/** One exemption with the people and the refs in its words that `hiding` hides. */
function asServed<T extends AnsweredExemption>(
  exemption: T,
  { ref: person, words }: RefHiding,
): T {
  const event = (step: ExemptionEvent): ExemptionEvent => ({
    ...step,
    ...(step.actor !== undefined ? { actor: person(step.actor) } : {}),
    ...(step.comment !== undefined ? { comment: words(step.comment) } : {}),
  });
  return {
    ...exemption,
    reason: words(exemption.reason),
    requestedBy: person(exemption.requestedBy),
    ...(exemption.decidedBy !== undefined
      ? { decidedBy: person(exemption.decidedBy) }
      : {}),
    ...(exemption.decisionComment !== undefined
      ? { decisionComment: words(exemption.decisionComment) }
      : {}),
    ...(exemption.events ? { events: exemption.events.map(event) } : {}),
  };
}

/**
 * The exemptions as the caller may see them: each person (requester, decider, a step's actor)
 * and each entity ref in their words that names an entity the caller may not read reads
 * "an entity you may not read", as in readiness results. The exemption's own entity is readable: no
 * route answers an exemption of any other.
 */
export async function exemptionsAsServed<T extends AnsweredExemption>(
  exemptions: T[],
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<T[]> {
  return servedWithHiding(
    exemptions,
    { refs: peopleOf, texts: wordsOf },
    asServed,
    deps,
    credentials,
  );
}
