// A toy Workflow that reports each step's run to the test's server: it shows what the local engine does
// across a restart, independent of this project's code.
import { WorkflowEntrypoint } from 'cloudflare:workers'

export class Toy extends WorkflowEntrypoint {
  async run(event, step) {
    const submitted = await step.do('submit', async () => {
      await fetch(`${this.env.REPORT_URL}/submit`)
      return { wait_ms: event.payload.wait_ms }
    })
    await step.sleep('wait', submitted.wait_ms)
    return step.do('collect', async () => {
      await fetch(`${this.env.REPORT_URL}/collect`)
      return { collected: true }
    })
  }
}

export default { fetch: () => new Response('toy') }
