import { hex, randomFor } from '../random'
import {
  type Body,
  contentText,
  isRecord,
  type ModelContext,
  modelOf,
  replyLength,
  sentence,
  tokensOf,
} from './text'

function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return ''
  for (let i = messages.length - 1; i >= 0; i--) {
    const message: unknown = messages[i]
    if (isRecord(message) && message.role === 'user') return contentText(message.content)
  }
  return ''
}

/** A `ChatCompletionResponse` for one chat or FIM body (batch-endpoints.openapi.yaml). */
function completion(body: Body, ctx: ModelContext, prompt: unknown, lead: string) {
  const key = JSON.stringify(body)
  const random = randomFor(key)
  const { words, truncated } = replyLength(random, body)
  const content = `${lead}${sentence(random, words)}`
  const prompt_tokens = tokensOf(prompt)
  const completion_tokens = Math.max(1, words)
  return {
    id: hex(randomFor(`id:${key}`), 32),
    object: 'chat.completion',
    model: modelOf(body, 'mistral-small-latest'),
    created: ctx.created,
    usage: { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens },
    choices: [
      {
        index: 0,
        message: { role: 'assistant' as const, content, tool_calls: null, prefix: false },
        finish_reason: truncated ? 'length' : 'stop',
      },
    ],
  }
}

/** `/v1/chat/completions`: a reply that quotes the start of the last user message. */
export function chatCompletion(body: Body, ctx: ModelContext) {
  const asked = lastUserText(body.messages).slice(0, 40)
  return completion(body, ctx, body.messages, asked ? `You asked: "${asked}". ` : '')
}

/** `/v1/fim/completions`: a code-ish middle between `prompt` and `suffix`. */
export function fimCompletion(body: Body, ctx: ModelContext) {
  const response = completion(body, ctx, [body.prompt, body.suffix], '// emulated fill-in\n')
  return { ...response, model: modelOf(body, 'codestral-latest') }
}
