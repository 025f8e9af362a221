export const emulatorPlaceholder = 'emu'
