// Runs one measurement in a fresh Node process so each gets a clean heap and its own peak RSS.
import { spawn } from 'node:child_process'

/** Spawns `node --expose-gc script ...args`; resolves with its reported JSON or { error }. */
export function runChild(script, args = [], { timeoutMs = 300_000, nodeArgs = [], env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, script, ...args.map(String)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    let out = ''
    let err = ''
    child.stdout.on('data', (d) => {
      out += d
    })
    child.stderr.on('data', (d) => {
      err += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      const line = out.split('\n').find((l) => l.startsWith('@@RESULT@@'))
      if (line) return resolve(JSON.parse(line.slice('@@RESULT@@'.length)))
      const why = signal ? `killed by ${signal}` : `exit ${code}`
      resolve({
        error: `${why}: ${(
          err
            .trim()
            .split('\n')
            .find((l) => /Error|error/.test(l)) ?? err
        ).slice(0, 300)}`,
      })
    })
  })
}
