// Explicit named exports only.
export { createEmulator, type Emulator, type EmulatorState } from './emulator'
export { EmulatedReset, type FaultCounts, isEmulatedReset } from './faults'
export { type FakeModel, MODELS, type ModelContext } from './models'
export type { EmulatorOptions, FaultOptions } from './options'
