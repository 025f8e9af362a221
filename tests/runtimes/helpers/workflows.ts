import type { Miniflare } from 'miniflare'

// Miniflare's own types name @cloudflare/workers-types, which this workspace does not install: the
// Workflow binding as Node sees it (through Miniflare's proxy), typed by hand.
export interface InstanceStatus {
  status: string
  output?: unknown
  error?: { name: string; message: string } | undefined
  /** The local engine's step results so far, in order (Miniflare only). */
  __LOCAL_DEV_STEP_OUTPUTS?: unknown[]
}
export interface WorkflowInstance {
  id: string
  status(): Promise<InstanceStatus>
  sendEvent(event: { type: string; payload: unknown }): Promise<void>
}
export interface WorkflowBinding {
  create(options: { id?: string; params?: unknown }): Promise<WorkflowInstance>
  get(id: string): Promise<WorkflowInstance>
}

/** The Workflow binding `name` of the Worker, callable from the test. */
export async function workflowOf(mf: Miniflare, name: string): Promise<WorkflowBinding> {
  const bindings = await mf.getBindings<Record<string, WorkflowBinding>>()
  const binding = bindings[name]
  if (binding === undefined) throw new Error(`the Worker has no binding ${name}`)
  return binding
}

/** Polls the instance until `done(status)`, or fails with the last status seen. */
export async function waitForInstance(
  workflow: WorkflowBinding,
  id: string,
  done: (status: InstanceStatus) => boolean,
  timeoutMs = 30_000,
): Promise<InstanceStatus> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const status = await (await workflow.get(id)).status()
    if (done(status)) return status
    if (Date.now() > deadline) {
      throw new Error(`instance ${id} did not get there in ${timeoutMs} ms; last: ${JSON.stringify(status)}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/**
 * Wakes an instance after a restart. Miniflare's local engine keeps a sleeping instance's state on disk
 * (workflowsPersist) but sets no alarm for it, so after a restart nothing runs it until the instance is
 * touched: any event (or pause + resume, or create with the same id) makes the engine replay it from its
 * persisted steps. Cloudflare's engine wakes sleeping instances itself; this stands in for that.
 */
export async function wake(workflow: WorkflowBinding, id: string): Promise<void> {
  await (await workflow.get(id)).sendEvent({ type: 'wake', payload: null })
}
