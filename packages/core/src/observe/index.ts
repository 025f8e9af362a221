export type { ObserveOptions } from './poll-delay'
export {
  createObserverRegistry,
  type ObserverRegistry,
  type ObserverRegistryOptions,
} from './registry'
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
