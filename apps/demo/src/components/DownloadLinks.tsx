import type { BatchJob } from '@mistral-batch/core'
import { shortId } from '../lib/format'
import { useDownloadHref } from '../lib/use-download-href'

function DownloadLink({ fileId, label, name }: { fileId: string; label: string; name: string }) {
  const { href, error } = useDownloadHref(fileId)
  if (error) return <span className="muted">{label}: unavailable</span>
  if (!href) return <span className="button button--small button--ghost button--pending">{label}…</span>
  return (
    <a className="button button--small" href={href} download={name} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  )
}

/** "Download results" (the output file) and "Download errors" (the error file), when the job has them. */
export function DownloadLinks({ job }: { job: BatchJob }) {
  if (!job.output_file && !job.error_file) return null
  const id = shortId(job.id)
  return (
    <div className="downloads">
      {job.output_file ? (
        <DownloadLink fileId={job.output_file} label="Download results" name={`results-${id}.jsonl`} />
      ) : null}
      {job.error_file ? (
        <DownloadLink fileId={job.error_file} label="Download errors" name={`errors-${id}.jsonl`} />
      ) : null}
    </div>
  )
}
