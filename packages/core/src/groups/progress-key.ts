import { progressKey } from '../observe/progress'
import type { BatchGroup } from './types'

/** Status, completeness and every job's counters: two polls with the same key changed nothing. */
export const groupProgressKey = (group: BatchGroup): string =>
  `${group.status}|${group.complete}|${group.jobs.map(progressKey).join(',')}`
