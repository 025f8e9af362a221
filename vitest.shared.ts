import { defaultClientConditions, defaultServerConditions, type UserConfig } from 'vite'

/**
 * Every workspace package exports a `source` condition pointing at its TypeScript entry, so tests and the
 * demo run on sources with no prebuild. Vite replaces (not extends) its default conditions when given a
 * list, hence the spread.
 */
export const sourceConditions: UserConfig = {
  resolve: { conditions: ['source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['source', ...defaultServerConditions] } },
}
