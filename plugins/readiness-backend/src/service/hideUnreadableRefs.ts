import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { HIDDEN_ENTITY } from '@stagecraft/catalog-conventions-common';
import { CheckResult } from '@stagecraft/plugin-readiness-common';
import { HidingDeps, RefHiding, servedWithHiding } from './refHiding';

/** The texts a served check carries, in results and in campaigns alike. */
type CheckTexts = Pick<CheckResult, 'reason' | 'fix' | 'exemption'> &
  Partial<Pick<CheckResult, 'notes' | 'details'>>;

/** A result as served: its checks' texts and, for a result, why it could not be evaluated. */
type WithCheckTexts = { checks: CheckTexts[]; error?: string };

/**
 * What a served check says instead of its texts when it was decided on an entity the caller may
 * not read.
 */
export const DECIDED_ON_HIDDEN_ENTITY = `This check was decided on ${HIDDEN_ENTITY}.`;

/** The fix such a check serves where it had one: the caller cannot read the real fix. */
export const DECIDED_ON_HIDDEN_FIX =
  "Ask someone who may read what this check was decided on (a member of this entity's owner, for example) to follow its fix.";

/** Every text of a check that its evaluation wrote, as opposed to a person's exemption. */
const evaluatedTexts = (c: CheckTexts): string[] => [
  c.reason,
  ...(c.fix !== undefined ? [c.fix] : []),
  ...(c.notes ?? []),
  ...Object.values(c.details ?? {}).filter(
    (value): value is string => typeof value === 'string',
  ),
];

/** The exemption as served: its reason and approver are a person's words and ref. */
function exemptionAsServed(
  exemption: NonNullable<CheckTexts['exemption']>,
  hiding: RefHiding,
): CheckTexts['exemption'] {
  const { approvedBy } = exemption;
  return {
    ...exemption,
    reason: hiding.words(exemption.reason),
    ...(approvedBy !== undefined ? { approvedBy: hiding.ref(approvedBy) } : {}),
  };
}

/**
 * `item` as served with `hiding`. Where a text a check's evaluation wrote quotes an entity the
 * caller may not read, the check was decided on that entity (the owner group's
 * on-call contact, its schedule, its PagerDuty service, how its annotation is malformed): none
 * of those texts is served, only its status and {@link DECIDED_ON_HIDDEN_ENTITY}, with
 * {@link DECIDED_ON_HIDDEN_FIX} where it had a fix.
 */
function asServed<T extends WithCheckTexts>(item: T, hiding: RefHiding): T {
  const check = <C extends CheckTexts>(c: C): C => {
    const decidedOnHidden = evaluatedTexts(c).some(
      text => hiding.words(text) !== text,
    );
    const exemption = c.exemption
      ? { exemption: exemptionAsServed(c.exemption, hiding) }
      : {};
    if (!decidedOnHidden) return { ...c, ...exemption };
    const { fix, notes: _notes, details: _details, ...rest } = c;
    return {
      ...rest,
      reason: DECIDED_ON_HIDDEN_ENTITY,
      ...(fix !== undefined ? { fix: DECIDED_ON_HIDDEN_FIX } : {}),
      ...exemption,
    } as C;
  };
  return {
    ...item,
    checks: item.checks.map(check),
    ...(item.error !== undefined ? { error: hiding.words(item.error) } : {}),
  };
}

/** Every text `item` serves: its checks' evaluated texts and exemption reasons, and its error. */
const allTexts = (item: WithCheckTexts): string[] => [
  ...item.checks.flatMap(c => [
    ...evaluatedTexts(c),
    ...(c.exemption ? [c.exemption.reason] : []),
  ]),
  ...(item.error !== undefined ? [item.error] : []),
];

/** The approvers of the exemptions `item`'s checks carry. */
const approversOf = (item: WithCheckTexts): string[] =>
  item.checks.flatMap(c =>
    c.exemption?.approvedBy ? [c.exemption.approvedBy] : [],
  );

/**
 * The results (or campaign entities) as the caller may see them. Results are computed with the
 * plugin's own credentials, so a check's texts can quote the owner group and its on-call contact.
 * A check that quotes an entity the caller may not read is served as
 * {@link DECIDED_ON_HIDDEN_ENTITY}; in an exemption or an error, such a ref reads
 * {@link HIDDEN_ENTITY}. Refs the catalog does not hold at all stay: they come from the entity's
 * own YAML.
 */
export async function hideUnreadableRefs<T extends WithCheckTexts>(
  results: T[],
  deps: HidingDeps,
  credentials: BackstageCredentials,
): Promise<T[]> {
  return servedWithHiding(
    results,
    { refs: approversOf, texts: allTexts },
    asServed,
    deps,
    credentials,
  );
}
