/**
 * The default theme's one stylesheet. Kept as a module (not a .css file) so the compiler ships
 * it with the code; the site serves it at `/assets/style.<hash>.css`, immutable.
 */
export const css = String.raw`
:root{--ink:#121212;--muted:#5a5a5a;--rule:#d6d3cc;--paper:#fdfcf9;--accent:#8a1c1c;--mark:#fff1a8;
--serif:Georgia,"Times New Roman",Times,serif;--sans:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
--measure:40rem;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--ink:#ece9e2;--muted:#a8a49b;--rule:#3b3935;--paper:#151412;--accent:#f08a7e;--mark:#5b4a00}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:1.0625rem/1.6 var(--serif)}
a{color:inherit;text-decoration-thickness:1px;text-underline-offset:.15em}
a:hover{color:var(--accent)}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
img{max-width:100%;height:auto;display:block}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--ink);color:var(--paper);padding:.5rem 1rem;z-index:2}
.skip:focus{top:.5rem}
main{max-width:72rem;margin:0 auto;padding:1rem}
main:focus{outline:none}
.masthead{border-bottom:3px double var(--ink);text-align:center;padding:.75rem 1rem 0;max-width:72rem;margin:0 auto}
.masthead-top{display:flex;justify-content:space-between;align-items:center;gap:1rem;font:.8125rem/1.3 var(--sans);color:var(--muted)}
.dateline{margin:0}
.site-search{display:flex;gap:.25rem;margin-left:auto}
.site-search input{width:9rem}
input,select,button{font:inherit;font-family:var(--sans);font-size:.9375rem;padding:.35rem .5rem;border:1px solid var(--muted);background:var(--paper);color:var(--ink);border-radius:2px}
button{background:var(--ink);color:var(--paper);border-color:var(--ink);cursor:pointer}
.nameplate{font:700 clamp(2rem,7vw,3.75rem)/1.05 var(--serif);letter-spacing:-.01em;margin:.5rem 0 .25rem}
.nameplate a{text-decoration:none}
.nameplate.small{font-size:1.5rem}
.tagline{margin:0 0 .5rem;font-style:italic;color:var(--muted)}
.sections ul{list-style:none;margin:0;padding:.5rem 0;display:flex;flex-wrap:wrap;justify-content:center;gap:.25rem 1.1rem;border-top:1px solid var(--rule);font:600 .875rem/1.4 var(--sans)}
.sections a{text-decoration:none}
.sections.secondary ul{border-top:0;padding-top:0;font-weight:400}
.breaking{background:#8b0000;color:#fff;font:600 1rem/1.4 var(--sans);padding:.6rem 1rem;text-align:center}
.breaking p{margin:0}.breaking strong{text-transform:uppercase;letter-spacing:.05em;margin-right:.5rem}
.breaking a{color:#fff}
.kicker,.labels,.meta,.byline,.dates,.crumbs,.pager,.result-count,.page-number{font-family:var(--sans)}
.kicker{margin:0 0 .25rem;font-size:.75rem;font-weight:700;letter-spacing:.06em;text-transform:uppercase;color:var(--accent)}
.kicker a{text-decoration:none}
.meta{margin:.25rem 0 0;font-size:.8125rem;color:var(--muted)}
.rule-title{font:700 .875rem/1.2 var(--sans);text-transform:uppercase;letter-spacing:.08em;border-top:2px solid var(--ink);padding-top:.4rem;margin:0 0 1rem}
.rule-title a{text-decoration:none}
/* Cards, zones, section lists and related stories. Phones (under 40rem) draw every card but a
lead compact: a small picture beside the headline, no dek. */
.story{padding:0 0 1rem;border-bottom:1px solid var(--rule);margin-bottom:1rem;min-width:0}
.story-text{min-width:0;flex:1}
.story-image{display:block;margin-bottom:.6rem}
.story-image img{width:100%;aspect-ratio:16/9;object-fit:cover}
.story-headline{font:700 1.2rem/1.22 var(--serif);margin:0 0 .35rem;text-wrap:pretty}
.story-headline a{text-decoration:none}
.story-headline a:hover{text-decoration:underline}
.story-lead .story-headline{font-size:clamp(1.65rem,4vw,2.5rem);line-height:1.1;letter-spacing:-.01em}
.story-lead .dek{font-size:1.15rem}
.dek{margin:0;color:var(--muted);line-height:1.45}
.story-compact,.story-view.has-portrait{display:flex;gap:.85rem;align-items:flex-start}
.story-compact .story-image,.story-compact .story-portrait{order:2;flex:none;width:6.5rem;margin:0}
.story-compact .story-headline{font-size:1.0625rem;line-height:1.25}
.story-portrait{order:2;flex:none;width:4.5rem;height:4.5rem;border-radius:50%;object-fit:cover;background:var(--rule)}
.story-compact .story-portrait{width:4rem;height:4rem}
.meta .today{font-weight:700;color:var(--ink)}
.story-view .story-headline{font-style:italic;font-weight:400;letter-spacing:-.005em}
.columnist{margin:0 0 .2rem;font:700 .9375rem/1.3 var(--sans)}
.story-view .kicker{color:var(--accent)}
.zone-opinion .kicker{display:none}
.front{display:grid;gap:1.5rem}
.lead .story-lead{margin-bottom:1rem}
.subleads{display:grid;gap:0 1.5rem}
.latest .story{padding:.5rem 0;margin:0}
.latest .story:last-child{border-bottom:0}
.latest .story-text{display:flex;flex-direction:column;align-items:flex-start}
.latest .meta{order:-1;margin:0 0 .1rem;font-size:.75rem;font-weight:700;color:var(--accent)}
.latest .meta .today{color:inherit}
.latest .story-headline{font-size:1rem;line-height:1.3;margin:0}
.section-block{margin-top:1.75rem}
.zone-grid,.columns,.list{display:grid;gap:0 1.5rem}
.front>*,.zone-grid>*,.subleads>*{min-width:0}
.columns{grid-template-columns:repeat(auto-fit,minmax(14rem,1fr))}
.subsections ul{list-style:none;margin:.5rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.1rem;font:600 .875rem/1.4 var(--sans)}
.related{max-width:72rem;margin:3rem auto 0;border-top:2px solid var(--ink);padding-top:1rem}
.related h2{font:700 .875rem var(--sans);text-transform:uppercase;letter-spacing:.08em;margin:0 0 1rem}
.related-grid{display:grid;gap:0 1.5rem}
.article-view .article-header h1{font-style:italic;font-weight:400;letter-spacing:-.015em}
.columnist-byline{display:flex;align-items:center;gap:.75rem}
.columnist-byline img{width:4rem;height:4rem;border-radius:50%;object-fit:cover;flex:none}
.columnist-byline .byline{font-size:1.0625rem}
@media (max-width:39.99rem){.story-normal.has-picture{display:flex;gap:.85rem;align-items:flex-start}
.story-normal .story-image{order:2;flex:none;width:6.5rem;margin:0}
.story-normal .story-headline,.story-compact .story-headline{font-size:1rem;line-height:1.25;margin-bottom:.2rem}
.story-normal .dek{display:none}
.story-normal,.story-compact{padding-bottom:.75rem;margin-bottom:.75rem}
.story-compact .kicker,.story-normal .kicker{font-size:.6875rem;margin-bottom:.15rem}
.story-compact .meta,.story-normal .meta{font-size:.75rem;margin-top:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.section-block{margin-top:1.25rem}.rule-title{margin-bottom:.75rem}}
@media (min-width:40rem){.subleads,.list,.related-2,.related-4{grid-template-columns:repeat(2,minmax(0,1fr))}
.related-3{grid-template-columns:repeat(3,minmax(0,1fr))}
.zone-grid{grid-template-columns:repeat(2,minmax(0,1fr))}
.zone-grid.zone-single{grid-template-columns:minmax(0,1fr)}
.list .story.has-picture{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:1rem;align-items:start}
.list .story-image{margin:0}}
@media (min-width:60rem){.front{grid-template-columns:minmax(0,2fr) minmax(0,1fr)}
.latest,.beside-lead{border-left:1px solid var(--rule);padding-left:1.5rem}
.related-4{grid-template-columns:repeat(4,minmax(0,1fr))}
}
.crumbs ol{list-style:none;margin:0 0 .5rem;padding:0;display:flex;flex-wrap:wrap;font-size:.8125rem;color:var(--muted)}
.crumbs li+li::before{content:"›";margin:0 .4rem}
.article{max-width:var(--measure);margin:0 auto}
.article-header h1{font:700 clamp(1.9rem,5vw,3rem)/1.1 var(--serif);margin:.25rem 0 .75rem;letter-spacing:-.01em}
.labels{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.06em;color:var(--accent)}
.labels a{text-decoration:none}
.article-dek{font-size:1.25rem;line-height:1.45;color:var(--muted);margin:0 0 1rem}
.byline{margin:0;font-weight:700;font-size:.9375rem}
.dates{margin:.25rem 0 1.25rem;font-size:.8125rem;color:var(--muted)}
.hero{margin:0 0 1.5rem}
@media (min-width:70rem){.hero{margin-left:-6rem;margin-right:-6rem}}
figcaption{font:.8125rem/1.45 var(--sans);color:var(--muted);margin-top:.4rem}
.credit{display:inline-block;margin-left:.4rem;text-transform:uppercase;font-size:.6875rem;letter-spacing:.04em}
.article-body{font-size:1.1875rem;line-height:1.65}
.article-body p{margin:0 0 1.1rem}
.article-body h2{font-size:1.5rem;line-height:1.25;margin:2rem 0 .75rem}
.article-body h3{font-size:1.25rem;margin:1.5rem 0 .5rem}
.article-body a{color:var(--accent)}
.quote{margin:1.75rem 0;padding-left:1.25rem;border-left:3px solid var(--accent)}
.quote blockquote{margin:0;font-size:1.3rem;line-height:1.45;font-style:italic}
.quote blockquote p{margin:0 0 .5rem}
.speaker{font-weight:700;color:var(--ink)}
.article-body q::before,.article-body q::after{content:none}
.figure{margin:1.75rem 0}
.embed iframe{width:100%;aspect-ratio:16/9;border:0}
.embed-audio iframe{aspect-ratio:auto;height:166px}
.embed-playlist iframe{aspect-ratio:auto;height:380px}
.embed-map iframe{aspect-ratio:4/3}
.embed-document iframe{aspect-ratio:3/4;max-height:90vh}
.embed-chart iframe{aspect-ratio:auto;height:480px}
.embed-card{margin:1.75rem 0;padding:.75rem 1rem;border:1px solid var(--rule);border-left:4px solid var(--accent);font:.9375rem/1.5 var(--sans);overflow-wrap:anywhere}
.embed-card figcaption{font-weight:700}
.corrections{border:1px solid var(--rule);border-left:4px solid var(--accent);padding:.75rem 1rem;margin:2rem 0;font:.9375rem/1.5 var(--sans)}
.corrections h2{font-size:1rem;margin:0 0 .5rem}
.corrections ol{margin:0;padding-left:1.1rem}
.tags h2{font:700 .75rem var(--sans);text-transform:uppercase;letter-spacing:.06em;margin:2rem 0 .5rem}
.tags ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5rem}
.tags a{display:inline-block;border:1px solid var(--rule);padding:.2rem .6rem;border-radius:1rem;font:.8125rem var(--sans);text-decoration:none}
.author-box{display:flex;gap:1rem;align-items:flex-start;border-top:1px solid var(--rule);padding-top:1rem;margin-top:1.5rem;font:.9375rem/1.5 var(--sans)}
.author-box picture{flex:none;display:block;width:4.5rem;height:4.5rem}
.author-box img{width:4.5rem;height:4.5rem;object-fit:cover;border-radius:50%;flex:none;display:block}
.author-name{font-weight:700;margin:0}
.author-bio{margin:.25rem 0 0;color:var(--muted)}
.list-header{border-bottom:2px solid var(--ink);margin-bottom:1.25rem;padding-bottom:.75rem}
.list-header h1{font-size:clamp(1.75rem,4vw,2.5rem);margin:.25rem 0}
.list-description{color:var(--muted);max-width:var(--measure)}
.author-photo{width:6rem;height:6rem;object-fit:cover;border-radius:50%;float:right;margin-left:1rem}
.pager{display:flex;justify-content:space-between;margin:1.5rem 0;font-weight:600}
.empty{font-family:var(--sans);color:var(--muted);padding:1rem 0}
.search-form{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:flex-end;font-family:var(--sans);border-bottom:1px solid var(--rule);padding-bottom:1rem}
.search-form p{margin:0;display:flex;flex-direction:column;gap:.2rem}
.search-form label{font-size:.8125rem;font-weight:600}
.results{list-style:none;padding:0;max-width:48rem}
.results li{border-bottom:1px solid var(--rule);padding:.75rem 0}
.snippet{margin:.25rem 0}
mark{background:var(--mark);color:inherit;padding:0 .1em}
.corrections-list{max-width:var(--measure);padding-left:1.25rem}
.corrections-list li{margin-bottom:1.25rem}
.corrections-list p{margin:.2rem 0}
.error-page{max-width:var(--measure);margin:3rem auto}
.work-type{display:inline-block;margin:0 0 .3rem;padding:.05rem .45rem;border:1px solid currentColor;border-radius:2px;font:700 .6875rem/1.5 var(--sans);letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.work-type-opinion,.work-type-analysis{color:var(--accent)}
.work-type-sponsored{background:var(--ink);color:var(--paper);border-color:var(--ink)}
.sponsored-note{margin:0 0 .5rem;font:italic .875rem/1.4 var(--sans);color:var(--muted)}
.story-dateline{font:700 .875em var(--sans);letter-spacing:.04em}
.story-dateline-place{text-transform:uppercase}
.author-job{margin:0;font:600 1rem var(--sans);color:var(--muted)}
.author-expertise{margin:.25rem 0;font:.9375rem var(--sans)}
.author-profiles{list-style:none;padding:0;margin:.25rem 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font:.875rem var(--sans)}
.policies h2{font:700 .75rem var(--sans);text-transform:uppercase;letter-spacing:.08em;margin:.75rem 0 0}
.sources{border-top:1px solid var(--rule);margin:2rem 0;padding-top:.75rem;font:.9375rem/1.5 var(--sans)}
.sources h2{font:700 .75rem var(--sans);text-transform:uppercase;letter-spacing:.06em;margin:0 0 .5rem}
.sources ul{margin:0;padding-left:1.1rem}
.source-kind{color:var(--muted)}
.sourcing,.context{color:var(--muted)}
.site-footer{border-top:3px double var(--ink);margin:3rem auto 0;max-width:72rem;padding:1rem;text-align:center;font:.875rem var(--sans)}
.site-footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;justify-content:center;gap:.5rem 1.25rem}
@media (max-width:30rem){.site-search input{width:6.5rem}.masthead-top{flex-wrap:wrap}.dateline{display:none}}
@media print{:root{--ink:#000;--paper:#fff;--muted:#333}
.skip,.site-search,.sections,.site-footer ul,.policies,.related,.pager,.tags,.crumbs,.embed{display:none}
body{font-size:11pt}.hero{margin:0}.article{max-width:none}
.article-body a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em}}
`

/** The site icon: a folded front page in the theme's ink and accent, legible at 16 pixels. */
export const icon = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">\
<rect width="32" height="32" rx="6" fill="#121212"/>\
<rect x="7" y="7" width="18" height="4" fill="#fdfcf9"/>\
<rect x="7" y="14" width="8" height="11" fill="#8a1c1c"/>\
<rect x="17" y="14" width="8" height="2" fill="#fdfcf9"/>\
<rect x="17" y="18.5" width="8" height="2" fill="#fdfcf9"/>\
<rect x="17" y="23" width="8" height="2" fill="#fdfcf9"/>\
</svg>
`
