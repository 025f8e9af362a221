export {
  backoffDelay,
  DEFAULT_INTERVAL_MS,
  DEFAULT_MAX_INTERVAL_MS,
  type ObserveOptions,
} from './backoff'
export {
  createObserverRegistry,
  type ObserverRegistry,
  type ObserverRegistryOptions,
} from './registry'
export { replaceEqualDeep } from './replace-equal-deep'
export type {
  JobObserver,
  JobSnapshot,
  ListObserver,
  ListSnapshot,
  ObservableJobsApi,
  Observer,
  ObserverStatus,
  SnapshotMeta,
} from './types'
