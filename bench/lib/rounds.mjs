// Interleaved rounds (A B C, A B C, …), so that load from other processes hits every strategy alike, and
// the ratio is taken within each round, then the median across rounds.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Runs `go(mode)` for every mode, `rounds` times in turn; returns { mode: result[] } or { error }. */
export async function interleave(modes, rounds, go) {
  const out = Object.fromEntries(modes.map((m) => [m, []]))
  for (let r = 0; r < rounds; r++) {
    for (const m of modes) {
      const res = await go(m)
      if (res.error) return { error: `${m}: ${res.error}`, mode: m }
      out[m].push(res)
    }
  }
  return out
}

/** The median of per-round ratios `num[i].key / den[i].key`. */
export const medianRatio = (num, den, key) => median(num.map((n, i) => n[key] / den[i][key]))
