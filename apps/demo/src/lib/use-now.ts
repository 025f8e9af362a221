import { useEffect, useState } from 'react'

/** `Date.now()`, refreshed every `intervalMs`, so relative times ("2 minutes ago") stay true. Defaults to 10_000. */
export function useNow(intervalMs = 10_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs)
    return () => clearInterval(timer)
  }, [intervalMs])
  return now
}
