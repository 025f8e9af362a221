import { randomFor } from '../random'
import { prefixedId } from './documents'
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

function lastInputText(inputs: unknown): string {
  if (typeof inputs === 'string') return inputs
  if (!Array.isArray(inputs)) return ''
  const last: unknown = inputs[inputs.length - 1]
  return isRecord(last) ? contentText(last.content) : ''
}

/** `/v1/conversations`: a `ConversationResponse` with one `message.output` entry. */
export function conversation(body: Body, ctx: ModelContext) {
  const key = JSON.stringify(body)
  const random = randomFor(key)
  const completionArgs = isRecord(body.completion_args) ? body.completion_args : {}
  const { words } = replyLength(random, completionArgs)
  const asked = lastInputText(body.inputs).slice(0, 40)
  const content = `${asked ? `You said: "${asked}". ` : ''}${sentence(random, words)}`
  const at = new Date(ctx.created * 1000).toISOString()
  const prompt_tokens = tokensOf(body.inputs)
  const completion_tokens = Math.max(1, words)
  return {
    object: 'conversation.response' as const,
    conversation_id: prefixedId('conv', `conv:${key}`),
    outputs: [
      {
        object: 'entry' as const,
        type: 'message.output' as const,
        created_at: at,
        completed_at: at,
        agent_id: typeof body.agent_id === 'string' ? body.agent_id : null,
        model:
          typeof body.agent_id === 'string' && body.model === undefined
            ? null
            : modelOf(body, 'mistral-medium-latest'),
        id: prefixedId('msg', `msg:${key}`),
        role: 'assistant' as const,
        content,
      },
    ],
    usage: {
      prompt_tokens,
      completion_tokens,
      total_tokens: prompt_tokens + completion_tokens,
      connector_tokens: null,
      connectors: null,
    },
    guardrails: null,
  }
}
