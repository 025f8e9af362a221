/**
 * Live timers and sockets, from `process.getActiveResourcesInfo()` (Node ≥ 17): the real event-loop
 * handles, not a fake-timer bookkeeping. A flow that forgot a `setTimeout` or left a socket open shows up
 * here once everything it started should have ended.
 */
export function liveHandles(): { timers: number; sockets: number } {
  const info = process.getActiveResourcesInfo()
  return {
    timers: info.filter((name) => name === 'Timeout').length,
    sockets: info.filter((name) => name === 'TCPSocketWrap').length,
  }
}

/**
 * Waits (up to `ms`) for the live timers and sockets to fall back to `baseline`: closed sockets and
 * cleared timers leave the list on a later turn of the loop, so one immediate look would be unfair.
 */
export async function settledHandles(
  baseline: { timers: number; sockets: number },
  ms = 3_000,
): Promise<{ timers: number; sockets: number }> {
  const deadline = Date.now() + ms
  for (;;) {
    const now = liveHandles()
    if ((now.timers <= baseline.timers && now.sockets <= baseline.sockets) || Date.now() > deadline)
      return now
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}
