import * as v from 'valibot'
import { message, messages, model, number } from './common'

/** `/v1/chat/completions`: E `ChatCompletionRequest` (required: `messages`, `model`). */
export const chatCompletion = v.looseObject({
  model,
  messages,
  temperature: number,
  top_p: number,
  max_tokens: number,
})

/** `/v1/chat/moderations`: E `ChatModerationRequest`; `input` is one conversation or a list of them. */
export const chatModeration = v.looseObject({
  model,
  input: v.array(v.union([message, v.array(message)])),
})

const instruct = v.looseObject({ messages })

/** `/v1/chat/classifications`: E `ChatClassificationRequest`; `input` is `{messages}` or a list of them. */
export const chatClassification = v.looseObject({
  model,
  input: v.union([instruct, v.array(instruct)]),
})
