import { useEffect, useState } from 'react'
import { useClient } from './client-context'

/**
 * A link target for a file: a signed URL (`files.signedUrl`: a plain GET, no key, fine for a link), or,
 * where the backend cannot sign, a Blob URL made from `files.download`. Undefined while it is prepared.
 */
export function useDownloadHref(fileId: string | null | undefined): { href?: string; error?: unknown } {
  const client = useClient()
  const [state, setState] = useState<{ id?: string; href?: string; error?: unknown }>({})

  useEffect(() => {
    if (!fileId) return
    let cancelled = false
    let objectUrl: string | undefined
    const controller = new AbortController()
    const fromBlob = async () => {
      const stream = await client.files.download(fileId, { signal: controller.signal })
      const blob = await new Response(stream).blob()
      objectUrl = URL.createObjectURL(new Blob([blob], { type: 'application/jsonl' }))
      return objectUrl
    }
    client.files
      .signedUrl(fileId, { signal: controller.signal })
      .then(({ url }) => url, fromBlob)
      .then(
        (href) => {
          if (!cancelled) setState({ id: fileId, href })
        },
        (error: unknown) => {
          if (!cancelled) setState({ id: fileId, error })
        },
      )
    return () => {
      cancelled = true
      controller.abort()
      if (objectUrl) URL.revokeObjectURL(objectUrl)
    }
  }, [client, fileId])

  if (!fileId || state.id !== fileId) return {}
  return { ...(state.href ? { href: state.href } : {}), ...(state.error ? { error: state.error } : {}) }
}
