// A dependency-free terminal progress bar for a batch job's live counters.

const WIDTH = 30

/** One line: `[████░░░░] 12/40 RUNNING  ✔ 11  ✖ 1`. */
export function formatProgress(job) {
  const total = job.total_requests
  const done = job.completed_requests
  const filled = total > 0 ? Math.round((done / total) * WIDTH) : 0
  const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`
  return `[${bar}] ${done}/${total} ${job.status}  ✔ ${job.succeeded_requests}  ✖ ${job.failed_requests}`
}

/**
 * Returns an `onUpdate` callback for `jobs.wait`: it redraws one line in a terminal, and prints a line per
 * change when the output is a pipe or a file (CI logs), so the log stays readable.
 */
export function createProgressBar(stream = process.stdout) {
  let last = ''
  const update = (job) => {
    const line = formatProgress(job)
    if (line === last) return
    last = line
    if (stream.isTTY) stream.write(`\r${line}`)
    else stream.write(`${line}\n`)
  }
  const done = () => {
    if (stream.isTTY && last) stream.write('\n')
  }
  return { update, done }
}
