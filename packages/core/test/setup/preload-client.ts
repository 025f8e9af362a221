// The client's calls load on its first call (one dynamic import, see src/client.ts). The fake-timer tests
// count requests from the very first tick, and an import's real I/O does not finish inside a fake tick, so
// each test file starts with the calls loaded, as the README's "Testing" advice tells users to do.
// src/client.test.ts tests the cold load itself, with real timers.
import { beforeAll } from 'vitest'
import { preloadClient } from '../../src/client'

beforeAll(() => preloadClient())
