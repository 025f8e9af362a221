import * as v from 'valibot'

/**
 * `/v1/conversations`: E `ConversationRequest` (required: `inputs`, a string or a list of entries).
 * `model` or `agent_id` is needed by the API, but the job may give the model (contract §6).
 */
export const conversation = v.looseObject({
  model: v.nullish(v.string()),
  inputs: v.union([v.string(), v.array(v.looseObject({}))]),
  instructions: v.nullish(v.string()),
})
