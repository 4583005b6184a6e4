import { Entity } from '@backstage/catalog-model';
import { ReadinessCatalogView } from '../catalog/catalogView';
import { RunbookPages } from '../runbooks/runbookPages';
import { CheckDefinition, ReadinessRulesConfig } from '../types';

/** What a check decided from the catalog alone. */
export type CheckOutcome = {
  status: 'pass' | 'fail';
  reason: string;
  /** One sentence on how to fix it, when failing. */
  fix?: string;
  notes?: string[];
  details?: Record<string, string | number>;
};

export type CheckContext = {
  catalog: ReadinessCatalogView;
  config: ReadinessRulesConfig;
  definition: CheckDefinition;
  /** The TechDocs runbooks' pages; without them, runbooks are judged from links alone. */
  runbooks?: RunbookPages;
  /** When the evaluation happens; default now. */
  now?: Date;
  /** The window evidence checks accept work in: a campaign's start date to its deadline. */
  window?: { from: Date; to: Date };
};

/** A check that judges one entity from catalog data. */
export type ReadinessCheck = {
  id: string;
  evaluate(entity: Entity, context: CheckContext): CheckOutcome;
};

export const pass = (
  reason: string,
  extra?: Omit<CheckOutcome, 'status' | 'reason'>,
): CheckOutcome => ({ status: 'pass', reason, ...extra });

export const fail = (
  reason: string,
  fix: string,
  extra?: Omit<CheckOutcome, 'status' | 'reason' | 'fix'>,
): CheckOutcome => ({ status: 'fail', reason, fix, ...extra });
