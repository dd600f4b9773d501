import type { Theme } from '../../theme.js'
import { articlePage } from './article.js'
import { homePage, listPage } from './lists.js'
import { correctionsPage, errorPage, searchPage } from './pages.js'
import { css, icon } from './style.js'

/** The default theme: a serious newspaper, server-rendered, no client JavaScript. */
export const defaultTheme: Theme = {
  name: 'default',
  css,
  icon,
  home: homePage,
  article: articlePage,
  list: listPage,
  search: searchPage,
  corrections: correctionsPage,
  error: errorPage,
}
