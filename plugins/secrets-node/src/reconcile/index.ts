export { reconcileStore } from './reconcileStore';
export {
  DEFAULT_RECONCILE_POLICY,
  type CataloguedSecret,
  type DriftFinding,
  type DriftKind,
  type ReconcilePolicy,
} from './types';
