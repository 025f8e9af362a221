import { useEffect, useState } from 'react'

type Mode = 'emulator' | 'mistral' | 'unknown'

/** Asks the demo server which backend `/v1/*` reaches (it answers with the mode only, never the key). */
function useApiMode(enabled: boolean): Mode | undefined {
  const [mode, setMode] = useState<Mode>()
  useEffect(() => {
    if (!enabled) return
    let current = true
    fetch('/demo/mode.json')
      .then((r) => (r.ok ? (r.json() as Promise<{ mode?: unknown }>) : {}))
      .then((body) => {
        const m = 'mode' in body ? body.mode : undefined
        if (current) setMode(m === 'emulator' || m === 'mistral' ? m : 'unknown')
      })
      .catch(() => current && setMode('unknown'))
    return () => {
      current = false
    }
  }, [enabled])
  return mode
}

const MODES: Record<Mode, { label: string; title: string }> = {
  emulator: {
    label: 'Local emulator',
    title: 'Jobs run on the in-process emulator. Set MISTRAL_API_KEY on the server to use the real API.',
  },
  mistral: {
    label: 'api.mistral.ai',
    title: 'Connected to the real Mistral API through the server-side proxy.',
  },
  unknown: { label: 'Custom backend', title: 'The server did not say which backend it uses.' },
}

/** The app bar: name, and which backend the jobs run on. */
export function Header({ showMode = true }: { showMode?: boolean }) {
  const mode = useApiMode(showMode)
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <a className="brand" href="#/">
          <span className="brand__mark" aria-hidden="true" />
          mistral-batch <span className="brand__sub">console</span>
        </a>
        {mode ? (
          <span className={`mode mode--${mode}`} title={MODES[mode].title}>
            <span className="mode__dot" aria-hidden="true" />
            {MODES[mode].label}
          </span>
        ) : null}
      </div>
    </header>
  )
}
