declare module 'vnu-jar' {
  /** Absolute path of the Nu HTML Checker jar. */
  const path: string
  export default path
}
