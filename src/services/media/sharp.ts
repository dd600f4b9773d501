import type sharpModule from 'sharp'

let loading: Promise<typeof sharpModule> | null = null

/**
 * sharp (libvips) is loaded on first use: a server that only serves stored variants, or a
 * command that never touches images, does not carry it in memory.
 */
export function loadSharp(): Promise<typeof sharpModule> {
  loading ??= import('sharp').then((module) => module.default)
  return loading
}
