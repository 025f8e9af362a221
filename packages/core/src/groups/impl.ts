// The lazy chunk behind `batch.groups` and `batch.retryFailed` (see ./api.ts): nothing here loads until
// one of them is first called.

export { retryFailed } from '../retry-failed/retry-failed'
export { createGroup } from './create'
export { setKit } from './kit-slot'
export { cancelGroup, getGroup, groupResults, waitGroup } from './read'
