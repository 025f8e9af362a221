// Peak-RSS measurement inside a child process: sample while async work runs, and take the kernel's
// lifetime peak (resourceUsage().maxRSS) to catch synchronous spikes the sampler cannot see.

/** Starts measuring from the current (post-GC) RSS. `stop()` returns bytes: base, peak and growth. */
export function startMemory() {
  globalThis.gc?.()
  const base = process.memoryUsage.rss()
  let peak = base
  // Where the growth lives: V8's heap (heapTotal) or buffers outside it (external, arrayBuffers).
  const parts = { heapTotal: 0, external: 0, arrayBuffers: 0 }
  const timer = setInterval(() => {
    const m = process.memoryUsage()
    if (m.rss > peak) peak = m.rss
    for (const k of Object.keys(parts)) parts[k] = Math.max(parts[k], m[k])
  }, 10)
  return {
    stop() {
      clearInterval(timer)
      const max = Math.max(peak, process.resourceUsage().maxRSS * 1024, process.memoryUsage.rss())
      return { base, peak: max, growth: max - base, parts }
    },
  }
}

/** Prints the child's result as the last stdout line, for lib/child.mjs. */
export function report(result) {
  process.stdout.write(`\n@@RESULT@@${JSON.stringify(result)}\n`)
}
