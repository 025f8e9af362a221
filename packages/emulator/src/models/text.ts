import { intBetween, type Random } from '../random'

/** What a fake model may use besides the body: the response timestamp, from the emulator's clock. */
export interface ModelContext {
  /** UNIX seconds. */
  created: number
}

export type Body = Record<string, unknown>

const WORDS = [
  'batch',
  'model',
  'answer',
  'request',
  'emulated',
  'result',
  'local',
  'quick',
  'token',
  'sample',
  'line',
  'output',
  'useful',
  'clear',
  'simple',
  'data',
  'reply',
  'stable',
  'given',
  'input',
  'cheese',
  'wine',
  'river',
  'mountain',
  'city',
  'paris',
  'lyon',
  'idea',
  'method',
  'value',
] as const

/** `count` pseudo-random words, capitalised and ended like a sentence. */
export function sentence(random: Random, count: number): string {
  const words: string[] = []
  for (let i = 0; i < count; i++) words.push(WORDS[Math.floor(random() * WORDS.length)] as string)
  const text = words.join(' ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
}

/** A rough token count (~4 characters per token), enough for plausible `usage` numbers. */
export function tokensOf(value: unknown): number {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '')
  return Math.max(1, Math.ceil(text.length / 4))
}

/** The plain text inside a message `content` (a string or an array of text chunks). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content
  if (!Array.isArray(content)) return ''
  return content
    .map((chunk) => (isRecord(chunk) && typeof chunk.text === 'string' ? chunk.text : ''))
    .join(' ')
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export const modelOf = (body: Body, fallback: string): string =>
  typeof body.model === 'string' ? body.model : fallback

/** A reply length in words, kept under `max_tokens` when the body sets it. */
export function replyLength(random: Random, body: Body): { words: number; truncated: boolean } {
  const wanted = intBetween(random, 8, 40)
  const max = typeof body.max_tokens === 'number' && body.max_tokens > 0 ? body.max_tokens : undefined
  if (max !== undefined && max < wanted) return { words: max, truncated: true }
  return { words: wanted, truncated: false }
}

/** `text` as a list of strings, for endpoints taking `string | string[]`. */
export function asTexts(input: unknown): string[] {
  if (Array.isArray(input))
    return input.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)))
  return [typeof input === 'string' ? input : JSON.stringify(input ?? '')]
}
