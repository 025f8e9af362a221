// The browser suites drive Debian's Chromium (a test tool's own browser download is blocked on these
// machines). Install it when missing and we are allowed to; otherwise fail loudly, never skip.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (existsSync(path)) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
const hasApt = existsSync('/usr/bin/apt-get')
if (!isRoot || !hasApt) {
  console.error(
    `Chromium not found at ${path}. Install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  )
  process.exit(1)
}
console.log('Installing Debian chromium for the browser suites…')
const run = (cmd) =>
  execSync(cmd, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
run('apt-get update -qq')
run('apt-get install -y -qq chromium')
