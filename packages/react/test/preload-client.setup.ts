// The client's calls load on its first call (one dynamic import, see core's src/client.ts); the fake-timer
// tests count requests from the first tick, so each file starts with them loaded (the README's advice).
import { preloadClient } from '@mistral-batch/core'
import { beforeAll } from 'vitest'

beforeAll(() => preloadClient())
