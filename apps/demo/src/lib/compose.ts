import { API_ENDPOINTS, type ApiEndpoint, type BatchRequest } from '@mistral-batch/core'

/** The endpoints the form can write requests for; any endpoint works from a file. */
export const COMPOSE_ENDPOINTS = ['/v1/chat/completions', '/v1/embeddings'] as const
export type ComposeEndpoint = (typeof COMPOSE_ENDPOINTS)[number]

/** Narrows a `<select>` value to one of the ten batchable endpoints. */
export function isApiEndpoint(endpoint: string): endpoint is ApiEndpoint {
  return (API_ENDPOINTS as readonly string[]).includes(endpoint)
}

export function isComposeEndpoint(endpoint: string): endpoint is ComposeEndpoint {
  return (COMPOSE_ENDPOINTS as readonly string[]).includes(endpoint)
}

/** Options of {@link composeRequests}. */
export interface ComposeOptions {
  /** A system message put before every chat prompt. Defaults to none. */
  system?: string
  /** `max_tokens` on every chat request. Defaults to none (the model's own limit). */
  max_tokens?: number
}

/**
 * One request per non-empty row: a chat prompt, or a text to embed. `custom_id` is `row-<n>` with `n` the
 * row's 1-based line number, so a result or a validation issue points straight back at its row.
 */
export function composeRequests(
  rows: string,
  endpoint: ComposeEndpoint,
  options: ComposeOptions = {},
): BatchRequest[] {
  const requests: BatchRequest[] = []
  rows.split(/\r?\n/).forEach((row, index) => {
    const text = row.trim()
    if (!text) return
    const custom_id = `row-${index + 1}`
    if (endpoint === '/v1/embeddings') {
      requests.push({ custom_id, body: { input: [text] } })
      return
    }
    const messages = options.system?.trim()
      ? [
          { role: 'system', content: options.system.trim() },
          { role: 'user', content: text },
        ]
      : [{ role: 'user', content: text }]
    const body: Record<string, unknown> = { messages }
    if (options.max_tokens !== undefined) body.max_tokens = options.max_tokens
    requests.push({ custom_id, body })
  })
  return requests
}

const TASKS = [
  'Summarise in two sentences',
  'Give three fun facts about',
  'Write a haiku about',
  'Explain to a ten-year-old',
  'List the pros and cons of',
  'Translate into French a one-line description of',
  'Suggest a catchy title for an article on',
  'Write a tweet-length pitch for',
]
const TOPICS = [
  'the Mistral wind',
  'batch inference',
  'JSON Lines files',
  'sourdough bread',
  'the Eiffel Tower',
]

/**
 * What "Load an example" fills the rows with: 40 chat prompts (every task × topic), enough for the
 * progress bar, the chart and the ETA to have something to show on the emulator.
 */
export const EXAMPLE_ROWS: Record<ComposeEndpoint, string> = {
  '/v1/chat/completions': TOPICS.flatMap((topic) => TASKS.map((task) => `${task} ${topic}.`)).join('\n'),
  '/v1/embeddings': TOPICS.flatMap((topic) => [
    `A short paragraph about ${topic}.`,
    `Why ${topic} matters.`,
    `The history of ${topic}.`,
  ]).join('\n'),
}

/** A sensible default model per endpoint, so the form is valid as soon as an endpoint is picked. */
export const DEFAULT_MODELS: Record<ApiEndpoint, string> = {
  '/v1/chat/completions': 'mistral-small-latest',
  '/v1/embeddings': 'mistral-embed',
  '/v1/fim/completions': 'codestral-latest',
  '/v1/moderations': 'mistral-moderation-latest',
  '/v1/chat/moderations': 'mistral-moderation-latest',
  '/v1/ocr': 'mistral-ocr-latest',
  '/v1/classifications': 'mistral-moderation-latest',
  '/v1/chat/classifications': 'mistral-moderation-latest',
  '/v1/conversations': 'mistral-medium-latest',
  '/v1/audio/transcriptions': 'voxtral-mini-latest',
}
