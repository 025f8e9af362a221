import type { ListJobsParams } from '../resources/jobs'

const ROOT = 'mistral-batch'

/**
 * Every TanStack Query key this package uses, from the broadest to the narrowest, so that
 * `invalidateQueries({ queryKey: batchKeys.jobs() })` reaches every job and job list, and `batchKeys.all`
 * reaches everything. New resources (groups) get their own branch under `all`.
 */
export const batchKeys = {
  all: [ROOT] as const,
  /** Every job detail and job list. */
  jobs: () => [ROOT, 'jobs'] as const,
  /** One job, as `batchJobQueryOptions` fetches it. */
  job: (job_id: string) => [ROOT, 'jobs', 'detail', job_id] as const,
  /** Every job list, whatever its params. */
  jobLists: () => [ROOT, 'jobs', 'list'] as const,
  /** One `jobs.list` query; TanStack hashes the params object by value, so key order does not matter. */
  jobList: (params: ListJobsParams) => [ROOT, 'jobs', 'list', params] as const,
  /** Every group. */
  groups: () => [ROOT, 'groups'] as const,
  /** One group, as `batchGroupQueryOptions` fetches it. */
  group: (group_id: string) => [ROOT, 'groups', 'detail', group_id] as const,
}
