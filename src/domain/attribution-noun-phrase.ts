import { anonymousHead, documentHead, institutionHead, titleWords } from './attribution-lexicon.js'
import {
  cleanRole,
  isOutlet,
  isTitle,
  nameRun,
  roleBefore,
  splitTitle,
  stripPossessive,
  trailingName,
} from './attribution-text.js'

/** Who a phrase names as the source of a statement, before pronouns and "the mayor" are resolved. */
export type Source =
  | { kind: 'named'; name: string; role: string | null; isOutlet: boolean }
  | { kind: 'anonymous'; description: string }
  | { kind: 'document'; name: string | null; isOutlet: boolean }
  | { kind: 'pronoun'; word: string }
  | { kind: 'definite'; head: string; phrase: string; fallback: Source | null }

const quantifier =
  /^(?:an?|the|one|two|three|four|five|several|some|many|other|senior|unnamed|anonymous)$/i

/** "a statement from Greenleaf Bakeries", "court filings", "figures from the … Bureau". */
function asDocument(words: string[], phrase: string): Source | null {
  const at = words.slice(0, 4).findIndex((w) => documentHead.test(w))
  if (at < 0 || (at > 0 && !quantifier.test(words[0] ?? '') && !/^\p{Ll}/u.test(words[0] ?? '')))
    return null
  const by = new RegExp(String.raw`\b(?:from|by|of)\s+(?:the\s+)?(${nameRun})`, 'u').exec(phrase)
  if (by === null) return { kind: 'document', name: null, isOutlet: false }
  const name = stripPossessive(by[1] ?? '')
  return { kind: 'document', name, isOutlet: isOutlet(name) }
}

/** "an unnamed member of the delegation", "officials", "two people familiar with the talks". */
function asAnonymous(words: string[], phrase: string): Source | null {
  const first = words[0] ?? ''
  if (!quantifier.test(first) && !anonymousHead.test(first)) return null
  // An unnamed person is an anonymous-source noun, or a job led by a number or article:
  // "officials", "an unnamed member", "three engineers working on the project".
  const isPerson = (w: string): boolean =>
    anonymousHead.test(w) || (quantifier.test(first) && isTitle(w.replace(/s$/, '')))
  if (!words.slice(0, 5).some((w) => isPerson(w.replace(/[,.]$/, '')))) return null
  const description = phrase.replace(/\s+(?:who|which)\s.*$/, '').trim()
  return { kind: 'anonymous', description }
}

/**
 * Reads the phrase that names a statement's source: a subject ("Kremlin spokesman Dmitry
 * Peskov"), an object of "according to" or "citing". Null when it names none, which is how
 * "according to plan" or "the storm" stay out.
 */
export function readSource(raw: string): Source | null {
  const phrase = raw
    .trim()
    .replace(/^(?:and|but|that|while|though|although|because|so|then|as|when)\s+/i, '')
  if (phrase === '') return null
  if (/^(?:he|she|they|it)$/i.test(phrase)) return { kind: 'pronoun', word: phrase.toLowerCase() }
  const words = phrase.split(/\s+/)
  const document = asDocument(words, phrase)
  if (document !== null) return document
  const definite =
    /^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})$/u.exec(phrase)
  const anonymous = asAnonymous(words, phrase)
  if (definite !== null) {
    const head = (definite[1] ?? '').split(/\s+/).pop() ?? ''
    if (anonymousHead.test(head) || titleWords.has(head) || institutionHead.test(head)) {
      const fallback: Source | null = institutionHead.test(head)
        ? { kind: 'named', name: phrase, role: null, isOutlet: false }
        : anonymous
      return { kind: 'definite', head, phrase, fallback }
    }
  }
  if (anonymous !== null) return anonymous
  const spokes = /spokes(?:man|woman|person)\s+for\s+(?:the\s+)?(.+)$/iu.exec(phrase)
  if (spokes !== null)
    return { kind: 'named', name: spokes[1] ?? '', role: 'spokesperson', isOutlet: false }
  if (institutionHead.test(phrase))
    return { kind: 'named', name: phrase, role: null, isOutlet: false }
  const tail = trailingName(phrase)
  if (tail === null) return null
  const { role, name } = splitTitle(tail.name)
  if (name === '') return null
  return {
    kind: 'named',
    name,
    role: role ?? roleBefore(phrase.slice(0, tail.start)),
    isOutlet: isOutlet(name),
  }
}

/**
 * The source named by the two comma-separated chunks before a verb: "Olga Brennan, the foreign
 * minister," or "Ukraine’s defense minister, Rustem Umerov,". Null when they are not that shape.
 */
export function readAppositive(before: string, inner: string): Source | null {
  const apposition = inner.trim()
  if (/^(?:who|which|speaking|citing|according)\b/i.test(apposition))
    return readSource(lastChunk(before))
  const whole = new RegExp(String.raw`^(?:${nameRun})$`, 'u')
  if (whole.test(apposition)) {
    const { name, role } = splitTitle(apposition)
    const tail = lastChunk(before)
      .replace(/^.*\b(?:that|which|and|but|while|when|after|before|as)\s+/i, '')
      .replace(/^(?:its|their|his|her)\s+/i, '')
    const described = tail.split(/\s+/).length <= 6 ? cleanRole(tail) : null
    return { kind: 'named', name, role: role ?? described, isOutlet: isOutlet(name) }
  }
  if (/^(?:a|an|the)\s/i.test(apposition) || /^\p{Ll}/u.test(apposition)) {
    const tail = trailingName(lastChunk(before))
    if (tail === null) return null
    const { name } = splitTitle(tail.name)
    return { kind: 'named', name, role: cleanRole(apposition), isOutlet: isOutlet(name) }
  }
  return null
}

/** The words after the last clause break: a comma, a colon, a quotation's end. */
export function lastChunk(text: string): string {
  const at = Math.max(
    ...[',', ';', ':', '—', '–', '”', '"', '·', '('].map((c) => text.lastIndexOf(c)),
  )
  return text.slice(at + 1).trim()
}
