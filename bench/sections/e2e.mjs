// Section 6: a whole chat batch through client.batch.run and through the official SDK, each against a fresh
// emulator served on loopback in its own process; the server counts requests, the client child its memory.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { runChild } from '../lib/child.mjs'
import { mb, notMeasured, ratio, row, secs } from '../lib/format.mjs'

const S = '6 e2e'
const serverScript = fileURLToPath(new URL('./e2e-server.mjs', import.meta.url))
const child = fileURLToPath(new URL('./e2e-child.mjs', import.meta.url))

/** The emulator in its own process (so a client child's memory is its own); `maxFileBytes` is optional. */
export function startServer(rt, { rps, startDelayMs, maxFileBytes = '' }) {
  const proc = spawn(
    process.execPath,
    [serverScript, rt.emulator.path, rt.emulatorNode.path, rps, startDelayMs, maxFileBytes],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    proc.stderr.on('data', (d) => {
      err += d
    })
    proc.stdout.on('data', (d) => {
      out += d
      const m = out.match(/@@URL@@(\S+)/)
      if (m) resolve({ url: m[1], stop: () => proc.kill() })
    })
    proc.on('exit', (code) =>
      reject(new Error(`emulator exited ${code}: ${err.trim().split('\n').at(-1) ?? ''}`)),
    )
  })
}

async function once(ctx, who) {
  const server = await startServer(ctx.runtime, ctx.sizes.e2e)
  try {
    const r = await runChild(child, [who, server.url, ctx.sizes.e2e.requests, ctx.runtime.core.path ?? ''], {
      timeoutMs: 240_000,
    })
    const stats = await (await fetch(`${server.url}/__bench/stats`)).json()
    return { ...r, requests: stats.total, routes: stats.counts }
  } finally {
    server.stop()
  }
}

export async function run(ctx) {
  const n = ctx.sizes.e2e.requests.toLocaleString('en-US')
  const rt = ctx.runtime
  const emulatorOk =
    rt.emulator.exports?.includes('createEmulator') && rt.emulatorNode.exports?.includes('serve')
  const name = (who) => `${who}, ${n} chat requests, emulator on loopback`
  if (!emulatorOk) {
    const why = `emulator not there yet (${rt.emulator.error ?? rt.emulatorNode.error ?? 'no createEmulator/serve export'})`
    return [
      notMeasured(S, name("official SDK (upload, create, docs' 1 s loop, download)"), why),
      notMeasured(S, name('ours: client.batch.run'), why),
    ]
  }
  const describe = (r) =>
    r.error || r.failed
      ? `failed: ${r.error ?? r.failed} (${r.requests} requests)`
      : `${r.requests} requests, ${secs(r.ms)}, ${r.ok} ok, ${r.status}`
  const sdk = await once(ctx, 'sdk')
  const rows = [
    row(S, name("official SDK (upload, create, docs' 1 s loop, download + text())"), {
      result: describe(sdk),
      vs: '1×',
      memory: sdk.growth ? `${mb(sdk.peak)} RSS (+${mb(sdk.growth)})` : '—',
      status: sdk.error || sdk.failed ? 'failed' : 'baseline',
      raw: sdk,
    }),
  ]
  if (!rt.core.exports?.includes('createClient')) {
    rows.push(notMeasured(S, name('ours: client.batch.run'), 'core does not export createClient yet'))
    return rows
  }
  const ours = await once(ctx, 'ours')
  const failed = ours.error || ours.failed
  rows.push(
    row(S, name('ours: client.batch.run + results'), {
      result: describe(ours),
      vs: failed
        ? '—'
        : `requests ${ratio(ours.requests / sdk.requests)}, time ${ratio(ours.ms / sdk.ms)}, memory ${ratio(ours.growth / sdk.growth)}`,
      memory: ours.growth ? `${mb(ours.peak)} RSS (+${mb(ours.growth)})` : '—',
      status: failed ? 'failed' : 'info',
      raw: ours,
    }),
  )
  return rows
}
