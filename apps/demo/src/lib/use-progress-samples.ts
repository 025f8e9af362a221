import type { BatchJob } from '@mistral-batch/core'
import { useEffect, useState } from 'react'
import { addSample, type Sample } from './throughput'

// Kept per job for the page's lifetime, so closing and reopening a job keeps its chart.
const history = new Map<string, readonly Sample[]>()

/** The progress samples of a job, one more each time a poll shows its counters moved. */
export function useProgressSamples(job: BatchJob | undefined): readonly Sample[] {
  const [state, setState] = useState<{ id?: string; samples: readonly Sample[] }>({ samples: [] })
  useEffect(() => {
    if (!job) return
    const previous = history.get(job.id) ?? []
    const next = addSample(previous, job, Date.now())
    history.set(job.id, next)
    setState((s) => (s.id === job.id && s.samples === next ? s : { id: job.id, samples: next }))
  }, [job])
  return job && state.id === job.id ? state.samples : []
}
