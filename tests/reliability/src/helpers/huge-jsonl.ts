/**
 * A Blob whose stream is `lines` JSONL lines of 1 MiB each (one shared filler chunk between a unique head
 * and tail), so a file over MAX_BATCH_FILE_BYTES costs no more memory than one line.
 */
export class HugeJsonl extends Blob {
  constructor(private readonly lines: number) {
    super([])
  }
  override get size() {
    return this.lines * (1 << 20)
  }
  override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
    const encoder = new TextEncoder()
    const filler = new Uint8Array((1 << 20) - 80).fill(0x61) // 'a'
    let i = 0
    return new ReadableStream({
      pull: (controller) => {
        if (i === this.lines) return controller.close()
        controller.enqueue(
          encoder.encode(`{"custom_id":"${i}","body":{"messages":[{"role":"user","content":"`),
        )
        controller.enqueue(filler)
        controller.enqueue(encoder.encode('"}]}}\n'))
        i++
      },
    })
  }
}
