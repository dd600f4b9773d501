import { notNames, titleWords } from './attribution-lexicon.js'
import type { Claim } from './attribution-rules.js'
import type { SuggestedSourcing } from './attribution-suggest.js'
import { cleanRole, nameRun, roleBefore, splitTitle } from './attribution-text.js'

/** A statement whose speaker is known (or known to be unknown). */
export interface Said {
  kind: 'said'
  speakerName: string | null
  role: string | null
  sourcing: SuggestedSourcing
  relayed: string | null
  description: string | null
  trigger: string
}

/** A person introduced with a role ("Council leader Fatima Rahman"), whom a later "she" may mean. */
export interface Mention {
  kind: 'mention'
  name: string
  role: string | null
  at: number
  end: number
  said: Said
}

/** People named with a role in a block's masked text. */
export function mentionsIn(masked: string): Mention[] {
  const out: Mention[] = []
  for (const m of masked.matchAll(new RegExp(nameRun, 'gu'))) {
    let run = m[0]
    let at = m.index
    for (let first = /^(\S+)\s+/.exec(run); first !== null; first = /^(\S+)\s+/.exec(run)) {
      if (!notNames.has(first[1] ?? '') && !/['’]s$/.test(first[1] ?? '')) break
      run = run.slice(first[0].length)
      at += first[0].length
    }
    const end = m.index + m[0].length
    const split = splitTitle(run)
    let role = split.role ?? roleBefore(masked.slice(0, at).replace(/,\s*$/, ''))
    const apposition = /^\s*,\s*(?:a|an|the)\s+([^,.;]+)/.exec(masked.slice(end))?.[1]
    if (role === null && apposition?.split(/\s+/).some((w) => titleWords.has(w.toLowerCase())))
      role = cleanRole(apposition)
    if (role === null || split.name === '' || notNames.has(split.name)) continue
    const said: Said = {
      kind: 'said',
      speakerName: split.name,
      role,
      sourcing: 'on-record',
      relayed: null,
      description: null,
      trigger: '',
    }
    out.push({ kind: 'mention', name: split.name, role, at, end, said })
  }
  return out
}

/** What a claim is resolved against. */
export interface Scope {
  sentence: string
  trigger: string
  at: number
  /** Statements and people earlier in this block. */
  here: (Said | Mention)[]
  /** Statements and people of the text block before. */
  previous: (Said | Mention)[]
  /** Everything earlier in the story, this block included (built only when asked for). */
  earlier: () => (Said | Mention)[]
  /** Every name of two words or more so far, for a surname on its own. */
  names: string[]
}

const asSaid = (x: Said | Mention): Said => (x.kind === 'said' ? x : x.said)
const keyOf = (s: Said): string => s.speakerName ?? s.description ?? ''

/** The one statement or person among `items` that `accepts`, or null when none or several. */
function onlyOne(items: (Said | Mention)[], accepts: (s: Said) => boolean): Said | null {
  const byKey = new Map<string, Said>()
  for (const item of items) {
    const s = asSaid(item)
    if (keyOf(s) !== '' && accepts(s)) byKey.set(keyOf(s), s)
  }
  return byKey.size === 1 ? ([...byKey.values()][0] ?? null) : null
}

const isOutletItself = (s: Said): boolean => s.relayed !== null && s.relayed === s.speakerName

/** "Peskov" after "Dmitry Peskov" earlier in the story is Dmitry Peskov. */
function fullName(name: string, scope: Scope): string {
  if (/\s/.test(name)) return name
  const names = [
    ...[...scope.earlier(), ...scope.previous].map((x) => asSaid(x).speakerName ?? ''),
    ...scope.names,
  ]
  const isFull = (n: string): boolean => n.split(' ').every((w) => /^\p{Lu}/u.test(w))
  return names.find((n) => n.endsWith(` ${name}`) && isFull(n)) ?? name
}

/**
 * Turns a claim into a statement: names are completed from earlier mentions, "he"/"she" and
 * "the mayor" become the one speaker they can mean (and no speaker when they could mean two).
 */
export function resolveClaim(claim: Claim, scope: Scope): Said {
  const base = { kind: 'said' as const, trigger: scope.trigger, relayed: claim.relayed }
  const source = claim.source
  const written = (s: SuggestedSourcing): SuggestedSourcing =>
    claim.isWritten && s === 'on-record' ? 'document' : s
  switch (source.kind) {
    case 'named':
      return {
        ...base,
        speakerName: fullName(source.name, scope),
        role: source.role,
        sourcing: written('on-record'),
        description: null,
      }
    case 'anonymous': {
      const onBackground = /\bon background\b|\bbackground briefing\b/i.test(scope.sentence)
      return {
        ...base,
        speakerName: null,
        role: null,
        sourcing: onBackground ? 'background' : 'anonymous',
        description: source.description,
      }
    }
    case 'document':
      if (source.isOutlet && source.name !== null)
        return {
          ...base,
          speakerName: source.name,
          role: null,
          sourcing: 'on-record',
          relayed: source.name,
          description: null,
        }
      return {
        ...base,
        speakerName: source.name,
        role: null,
        sourcing: 'document',
        description: null,
      }
    case 'pronoun': {
      const people = source.word === 'he' || source.word === 'she'
      const accepts = (s: Said): boolean => !isOutletItself(s)
      const pool = (items: (Said | Mention)[]): (Said | Mention)[] =>
        people ? items : items.filter((x) => x.kind === 'said')
      const found =
        pool(scope.here).length > 0
          ? onlyOne(pool(scope.here), accepts)
          : onlyOne(pool(scope.previous), accepts)
      if (found === null)
        return {
          ...base,
          speakerName: null,
          role: null,
          sourcing: written('on-record'),
          description: null,
        }
      return {
        ...found,
        ...base,
        relayed: found.relayed ?? claim.relayed,
        sourcing: written(found.sourcing),
      }
    }
    case 'definite': {
      const word = new RegExp(`\\b${source.head}\\b`, 'i')
      const found = onlyOne(
        scope.earlier(),
        (s) => word.test(s.role ?? '') || word.test(s.description ?? ''),
      )
      if (found !== null)
        return {
          ...found,
          ...base,
          relayed: found.relayed ?? claim.relayed,
          sourcing: written(found.sourcing),
        }
      if (source.fallback !== null)
        return resolveClaim({ ...claim, source: source.fallback }, scope)
      return {
        ...base,
        speakerName: null,
        role: source.head,
        sourcing: written('on-record'),
        description: null,
      }
    }
  }
}
