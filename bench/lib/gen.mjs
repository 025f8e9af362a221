// Deterministic test data: output-file lines in the contract §7 format, and chat requests (§6).
// Big files are generated once into os.tmpdir() and reused while their size matches.
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { workDir } from './runtime.mjs'

/** mulberry32: a tiny seeded PRNG, so every run produces the same bytes. */
function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Two vocabularies. `mixed`: prose where 4 words in 15 are multi-byte UTF-8 (accents, CJK, emoji), so
// decoders meet split code points and JSON.parse gets two-byte strings. `ascii`: the same with plain words,
// like most English model output.
const VOCAB = {
  mixed: 'the batch of cheese comté brie camembert réponse model token stream 東京 data 🧀 line result'.split(
    ' ',
  ),
  ascii:
    'the batch of cheese comte brie camembert answer model token stream tokyo data wheel line result'.split(
      ' ',
    ),
}
const hex = (rand, n) => {
  let s = ''
  for (let i = 0; i < n; i++) s += ((rand() * 16) | 0).toString(16)
  return s
}

/** One output line (contract §7): {id, custom_id, response: {status_code, body: chat.completion}, error}. */
export function outputLine(i, rand, WORDS = VOCAB.mixed) {
  const n = 30 + ((rand() * 120) | 0)
  let content = ''
  for (let w = 0; w < n; w++) content += `${WORDS[(rand() * WORDS.length) | 0]} `
  const body = {
    id: hex(rand, 32),
    object: 'chat.completion',
    created: 1732300000 + i,
    model: 'mistral-small-latest',
    choices: [{ index: 0, message: { role: 'assistant', content, tool_calls: null }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 12, completion_tokens: n, total_tokens: 12 + n },
  }
  const id = `batch-${hex(rand, 8)}-${i}-${hex(rand, 8)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 4)}-${hex(rand, 12)}`
  return JSON.stringify({ id, custom_id: String(i), response: { status_code: 200, body }, error: null })
}

/** Path of a JSONL output file of at least `bytes` bytes (whole lines), generated once and reused. */
export function ensureOutputFile(bytes, vocab = 'mixed') {
  const path = join(workDir, `output-${vocab === 'mixed' ? '' : `${vocab}-`}${bytes}.jsonl`)
  const marker = `${path}.done`
  if (
    existsSync(path) &&
    existsSync(marker) &&
    statSync(path).size === Number(readFileSync(marker, 'utf8'))
  ) {
    return path
  }
  const rand = prng(42)
  const tmp = `${path}.partial`
  const fd = openSync(tmp, 'w')
  let written = 0
  let i = 0
  while (written < bytes) {
    let chunk = ''
    while (chunk.length < 1 << 20) chunk += `${outputLine(i++, rand, VOCAB[vocab])}\n`
    written += writeSync(fd, chunk)
  }
  closeSync(fd)
  renameSync(tmp, path)
  writeFileSync(marker, String(statSync(path).size))
  return path
}

/** The same requests as chatRequests, produced lazily: nothing is held. */
export function* chatRequestsLazy(count) {
  const rand = prng(7)
  for (let i = 0; i < count; i++) {
    yield {
      custom_id: String(i),
      body: {
        model: 'mistral-small-latest',
        max_tokens: 100,
        messages: [
          { role: 'user', content: `Question ${i}: what is the best French cheese? ${hex(rand, 16)}` },
        ],
      },
    }
  }
}

/** `count` chat-completion batch requests (contract §6), as users build them in memory. */
export function chatRequests(count) {
  return Array.from(chatRequestsLazy(count))
}

/**
 * Path of a JSONL file of chat requests (those of chatRequestsLazy): at least `bytes` bytes, or exactly
 * `count` requests. Generated once into the work folder and reused while its size matches.
 */
export function ensureRequestFile({ bytes = Number.POSITIVE_INFINITY, count = Number.POSITIVE_INFINITY }) {
  const path = join(workDir, `requests-${Number.isFinite(count) ? `${count}n` : `${bytes}b`}.jsonl`)
  const marker = `${path}.done`
  if (
    existsSync(path) &&
    existsSync(marker) &&
    statSync(path).size === Number(readFileSync(marker, 'utf8'))
  ) {
    return path
  }
  const tmp = `${path}.partial`
  const fd = openSync(tmp, 'w')
  let written = 0
  let chunk = ''
  for (const request of chatRequestsLazy(count)) {
    if (written + chunk.length >= bytes) break
    chunk += `${JSON.stringify(request)}\n`
    if (chunk.length >= 1 << 20) {
      written += writeSync(fd, chunk)
      chunk = ''
    }
  }
  if (chunk) writeSync(fd, chunk)
  closeSync(fd)
  renameSync(tmp, path)
  writeFileSync(marker, String(statSync(path).size))
  return path
}
