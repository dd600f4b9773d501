/**
 * The modern look: a bold, sans-serif tabloid. It reuses every template and rule of the default
 * theme; only tokens (src/domain/theming.ts: palette and typeface) and these rules differ. A
 * publication's own look starts as a copy of this file (docs/theming.md).
 */
export const modernCss = String.raw`
body{line-height:1.55}
.masthead{border-bottom:0;text-align:left;padding-bottom:0}
.nameplate{display:inline-block;background:var(--accent);color:var(--paper);font-weight:800;text-transform:uppercase;letter-spacing:-.02em;padding:.15em .35em .1em;margin:.5rem 0}
.nameplate a:hover{color:var(--paper)}
.nameplate-logo{background:none;padding:0}
.tagline{font-style:normal;font-weight:600}
.sections ul{justify-content:flex-start;border-top:0;border-bottom:4px solid var(--ink);text-transform:uppercase;letter-spacing:.03em;font-weight:800}
.sections.secondary ul{border-bottom:1px solid var(--rule);text-transform:none;letter-spacing:0}
.story-headline,.article-header h1,.list-header h1{font-weight:800;letter-spacing:-.015em}
.kicker,.labels{letter-spacing:.02em}
.rule-title{border-top:4px solid var(--accent)}
.quote{border-left-width:6px}
.quote blockquote{font-style:normal;font-weight:800}
.article-body{font-size:1.125rem}
.site-footer{border-top:4px solid var(--ink);text-align:left}
.site-footer .nameplate{font-size:1.25rem}
`
