import { loadSharp } from '../services/media/sharp.js'
import type { DemoPortrait, DemoScene } from './types.js'

/**
 * Illustrations for the demo paper, drawn as SVG and encoded to JPEG by sharp: the demo ships no
 * third-party photographs, yet every story gets a hero image of its own.
 */
const palettes: Record<
  DemoScene,
  { sky: [string, string]; ground: string; accent: string; dark: string }
> = {
  harbour: { sky: ['#f6b26b', '#6fa8dc'], ground: '#1c4966', accent: '#e06666', dark: '#2b2b33' },
  skyline: { sky: ['#f9cb9c', '#674ea7'], ground: '#3d3d4e', accent: '#ffd966', dark: '#20202a' },
  hills: { sky: ['#cfe2f3', '#9fc5e8'], ground: '#6aa84f', accent: '#38761d', dark: '#274e13' },
  bridge: { sky: ['#fce5cd', '#a4c2f4'], ground: '#45818e', accent: '#990000', dark: '#333333' },
  rain: { sky: ['#999999', '#5b6770'], ground: '#3c4a52', accent: '#cccccc', dark: '#22292e' },
  field: { sky: ['#fff2cc', '#9fc5e8'], ground: '#bf9000', accent: '#7f6000', dark: '#4b3a00' },
  stadium: { sky: ['#0b1f3a', '#274e8c'], ground: '#38761d', accent: '#ffffff', dark: '#0c0c0c' },
  market: { sky: ['#fde9d9', '#f4cccc'], ground: '#783f04', accent: '#cc0000', dark: '#3d1f02' },
  night: { sky: ['#020024', '#1b2a5a'], ground: '#10131f', accent: '#ffe599', dark: '#05060b' },
  forest: { sky: ['#d9ead3', '#93c47d'], ground: '#274e13', accent: '#6aa84f', dark: '#0b2404' },
  coast: { sky: ['#fff2cc', '#6fa8dc'], ground: '#f1c27d', accent: '#3d85c6', dark: '#0b5394' },
  rail: { sky: ['#ead1dc', '#b4a7d6'], ground: '#666666', accent: '#b45f06', dark: '#262626' },
}

/** A small deterministic generator, so the same story always gets the same picture. */
function random(seed: number): () => number {
  let state = (seed * 2654435761) >>> 0 || 1
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return ((state >>> 0) % 100000) / 100000
  }
}

function sceneShapes(
  scene: DemoScene,
  rnd: () => number,
  w: number,
  h: number,
  p: (typeof palettes)[DemoScene],
): string {
  const horizon = h * (0.55 + rnd() * 0.1)
  const parts: string[] = []
  const count = 6 + Math.floor(rnd() * 6)
  for (let i = 0; i < count; i += 1) {
    const x = (i / count) * w + rnd() * 40
    const bw = w / count - 10
    switch (scene) {
      case 'skyline':
      case 'night': {
        const bh = h * (0.15 + rnd() * 0.35)
        parts.push(
          `<rect x="${x}" y="${horizon - bh}" width="${bw}" height="${bh}" fill="${p.dark}"/>`,
        )
        for (let k = 0; k < 6; k += 1)
          parts.push(
            `<rect x="${x + 8 + rnd() * (bw - 20)}" y="${horizon - bh + 10 + rnd() * (bh - 20)}" width="8" height="10" fill="${p.accent}" opacity="${0.5 + rnd() / 2}"/>`,
          )
        break
      }
      case 'hills':
      case 'field':
      case 'forest': {
        const r = w * (0.15 + rnd() * 0.2)
        parts.push(
          `<ellipse cx="${x}" cy="${horizon + 20}" rx="${r}" ry="${r * 0.35}" fill="${i % 2 === 0 ? p.accent : p.ground}"/>`,
        )
        if (scene === 'forest')
          parts.push(
            `<polygon points="${x},${horizon - 120 - rnd() * 80} ${x - 30},${horizon} ${x + 30},${horizon}" fill="${p.dark}"/>`,
          )
        break
      }
      case 'harbour':
      case 'coast': {
        const bx = rnd() * w
        const by = horizon + 30 + rnd() * (h - horizon - 60)
        parts.push(
          `<polygon points="${bx},${by} ${bx + 90},${by} ${bx + 75},${by + 18} ${bx + 12},${by + 18}" fill="${p.dark}"/><polygon points="${bx + 40},${by - 70} ${bx + 40},${by - 4} ${bx + 80},${by - 4}" fill="${p.accent}"/>`,
        )
        break
      }
      case 'market': {
        parts.push(
          `<rect x="${x}" y="${horizon - 60}" width="${bw}" height="60" fill="${i % 2 === 0 ? p.accent : '#ffffff'}"/><rect x="${x}" y="${horizon}" width="${bw}" height="40" fill="${p.dark}"/>`,
        )
        break
      }
      case 'stadium': {
        parts.push(
          `<circle cx="${x}" cy="${h * 0.15}" r="${10 + rnd() * 8}" fill="${p.accent}" opacity="0.9"/>`,
        )
        break
      }
      case 'rain': {
        for (let k = 0; k < 30; k += 1) {
          const rx = rnd() * w
          const ry = rnd() * h
          parts.push(
            `<line x1="${rx}" y1="${ry}" x2="${rx - 8}" y2="${ry + 30}" stroke="${p.accent}" stroke-width="2" opacity="0.6"/>`,
          )
        }
        break
      }
      default:
        break
    }
  }
  if (scene === 'bridge') {
    parts.push(
      `<path d="M0 ${horizon} Q ${w / 2} ${horizon - h * 0.35} ${w} ${horizon}" stroke="${p.accent}" stroke-width="14" fill="none"/><rect x="0" y="${horizon - 8}" width="${w}" height="16" fill="${p.dark}"/>`,
    )
  }
  if (scene === 'rail') {
    parts.push(
      `<polygon points="${w * 0.45},${horizon} ${w * 0.55},${horizon} ${w * 0.9},${h} ${w * 0.1},${h}" fill="${p.dark}"/><rect x="${w * 0.2}" y="${horizon - 90}" width="${w * 0.35}" height="80" rx="12" fill="${p.accent}"/>`,
    )
  }
  if (scene === 'stadium') {
    parts.push(
      `<rect x="0" y="${horizon}" width="${w}" height="${h - horizon}" fill="${p.ground}"/><rect x="${w * 0.1}" y="${horizon + 30}" width="${w * 0.8}" height="${h - horizon - 60}" fill="none" stroke="${p.accent}" stroke-width="4"/>`,
    )
  }
  return parts.join('')
}

/** A 16:9 JPEG illustration of a scene; `variant` changes the arrangement. */
export async function renderScene(
  scene: DemoScene,
  variant: number,
  width = 1600,
  height = 900,
): Promise<Buffer> {
  const p = palettes[scene]
  const rnd = random(variant * 97 + scene.length * 13 + scene.charCodeAt(0))
  const horizon = height * 0.6
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[1]}"/><stop offset="1" stop-color="${p.sky[0]}"/></linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#sky)"/>
    <circle cx="${width * (0.2 + rnd() * 0.6)}" cy="${height * (0.15 + rnd() * 0.2)}" r="${height * 0.08}" fill="#ffffff" opacity="0.55"/>
    <rect x="0" y="${horizon}" width="${width}" height="${height - horizon}" fill="${p.ground}"/>
    ${sceneShapes(scene, rnd, width, height, p)}
  </svg>`
  const sharp = await loadSharp()
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}

/** A square JPEG portrait drawn from the author's colour scheme. */
export async function renderPortrait(p: DemoPortrait, size = 600): Promise<Buffer> {
  const c = size / 2
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <rect width="${size}" height="${size}" fill="${p.background}"/>
    <ellipse cx="${c}" cy="${size * 1.02}" rx="${size * 0.38}" ry="${size * 0.3}" fill="${p.shirt}"/>
    <rect x="${c - size * 0.07}" y="${size * 0.55}" width="${size * 0.14}" height="${size * 0.14}" fill="${p.skin}"/>
    <ellipse cx="${c}" cy="${size * 0.42}" rx="${size * 0.17}" ry="${size * 0.21}" fill="${p.skin}"/>
    <path d="M ${c - size * 0.18} ${size * 0.4} Q ${c} ${size * 0.1} ${c + size * 0.18} ${size * 0.4} Q ${c} ${size * 0.26} ${c - size * 0.18} ${size * 0.4}" fill="${p.hair}"/>
  </svg>`
  const sharp = await loadSharp()
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer()
}
