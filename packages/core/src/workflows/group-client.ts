import type { MistralBatchClient } from '../client'

type Batch = MistralBatchClient['batch']

/**
 * The part of a client the Workflow helpers call (`groups.create`, `groups.get`, `results`): what
 * `createClient` returns fits it, and so does a narrower double in a test.
 */
export interface WorkflowClient {
  batch: Pick<Batch, 'results'> & { groups: Pick<Batch['groups'], 'create' | 'get'> }
}
