// The emulator on loopback, counting every request it serves by route:
//   node e2e-server.mjs <emulator.mjs> <emulatorNode.mjs> <requestsPerSecond> <startDelayMs> [maxFileBytes]
// GET /__bench/stats answers the counts (not counted itself). Prints @@URL@@<url>, runs until killed.
const [emulatorPath, nodePath, rps, startDelayMs, maxFileBytes] = process.argv.slice(2)
const { createEmulator } = await import(emulatorPath)
const { serve } = await import(nodePath)

const emulator = createEmulator({
  requestsPerSecond: Number(rps),
  startDelayMs: Number(startDelayMs),
  ...(maxFileBytes ? { maxFileBytes: Number(maxFileBytes) } : {}),
})
const counts = {}
let total = 0
const counted = Object.create(emulator)
counted.fetch = async (request) => {
  const url = new URL(request.url)
  if (url.pathname === '/__bench/stats') return Response.json({ total, counts })
  const route = `${request.method} ${url.pathname.replace(/\/v1\/(files|batch\/jobs)\/[^/]+/, '/v1/$1/:id')}`
  counts[route] = (counts[route] ?? 0) + 1
  total++
  return emulator.fetch(request)
}
const server = await serve(counted, { port: 0, host: '127.0.0.1' })
process.stdout.write(`@@URL@@${server.url}\n`)
