import type { BatchGroup, BatchJob } from '@mistral-batch/core'
import { useCallback, useMemo, useState } from 'react'
import { CreateBatchForm } from './components/CreateBatchForm'
import { GroupDetail } from './components/GroupDetail'
import { Header } from './components/Header'
import { JobDetail } from './components/JobDetail'
import { JobsTable } from './components/JobsTable'
import { WatchedJobs } from './components/WatchedJobs'
import { useRememberedJobs } from './lib/use-remembered-jobs'
import { useSelectedJob } from './lib/use-selected-job'

/** Props of {@link App}. */
export interface AppProps {
  /** Ask the server which backend it runs on (for the header badge). Defaults to true. */
  showMode?: boolean
}

/** The console: create on the left; the live jobs table and the open job on the right. */
export function App({ showMode = true }: AppProps) {
  const [selectedId, select] = useSelectedJob()
  const remembered = useRememberedJobs()
  const mine = useMemo(() => new Set(remembered.jobs.map((j) => j.id)), [remembered.jobs])
  const { remember, forget } = remembered
  // The open group (an input over the per-job limit, or a large retry), shown above the open job.
  const [groupId, setGroupId] = useState<string | null>(null)
  const openGroup = useCallback((group: BatchGroup) => setGroupId(group.id), [])

  const onCreated = useCallback(
    (job: BatchJob) => {
      remember({ id: job.id, created_at: job.created_at })
      select(job.id)
    },
    [remember, select],
  )
  const onDeleted = useCallback(
    (id: string) => {
      forget(id)
      select(null)
    },
    [forget, select],
  )

  return (
    <>
      <a className="skip-link" href="#jobs-title">
        Skip to jobs
      </a>
      <Header showMode={showMode} />
      <main className="layout">
        <div className="layout__side">
          <CreateBatchForm onCreated={onCreated} onGroupCreated={openGroup} />
          <WatchedJobs jobs={remembered.jobs} selectedId={selectedId} onForget={forget} />
        </div>
        <div className="layout__main">
          <JobsTable selectedId={selectedId} mine={mine} />
          {groupId ? (
            <GroupDetail
              key={groupId}
              groupId={groupId}
              onClose={() => setGroupId(null)}
              onOpenJob={select}
            />
          ) : null}
          {selectedId ? (
            <JobDetail
              key={selectedId}
              jobId={selectedId}
              onClose={() => select(null)}
              onDeleted={onDeleted}
              onOpenJob={select}
              onOpenGroup={openGroup}
            />
          ) : (
            <section className="card detail detail--empty" aria-label="Job details">
              <p className="empty">Select a job to see its progress, throughput and results.</p>
            </section>
          )}
        </div>
      </main>
    </>
  )
}
