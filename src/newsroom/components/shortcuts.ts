/** Every keyboard shortcut, as the help panel lists them. */
export const shortcuts: { keys: string[]; does: string; where: string }[] = [
  { keys: ['Ctrl', 'K'], does: 'Open the command palette (⌘K on a Mac)', where: 'Everywhere' },
  { keys: ['?'], does: 'Show these shortcuts', where: 'Everywhere' },
  { keys: ['g', 'd'], does: 'Go to the Desk', where: 'Everywhere' },
  { keys: ['g', 's'], does: 'Go to Stories', where: 'Everywhere' },
  { keys: ['g', 'm'], does: 'Go to Media', where: 'Everywhere' },
  { keys: ['n'], does: 'Start a new story', where: 'Everywhere' },
  { keys: ['j'], does: 'Next story', where: 'Stories' },
  { keys: ['k'], does: 'Previous story', where: 'Stories' },
  { keys: ['Enter'], does: 'Open the selected story', where: 'Stories' },
  { keys: ['/'], does: 'Search', where: 'Stories' },
  {
    keys: ['Ctrl', 'Shift', '9'],
    does: 'Mark the selected words as a quote, or attribute the blockquote (⌘⇧9 on a Mac)',
    where: 'Story editor',
  },
  { keys: ['Esc'], does: 'Close a dialog or leave the search field', where: 'Everywhere' },
]

/** Screens the palette and `g` shortcuts go to. */
export const screens = [
  { id: 'desk', label: 'Desk', path: '/', key: 'd' },
  { id: 'stories', label: 'Stories', path: '/stories', key: 's' },
  { id: 'media', label: 'Media', path: '/media', key: 'm' },
  { id: 'account', label: 'Your account', path: '/account', key: 'a' },
] as const
