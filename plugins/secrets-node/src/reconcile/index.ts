export { reconcileStore } from './reconcileStore';
export {
  DEFAULT_RECONCILE_POLICY,
  type CatalogSecret,
  type DriftFinding,
  type DriftKind,
  type ReconcilePolicy,
  type SecretRotationStatus,
  type StoreReconciliation,
} from './types';
