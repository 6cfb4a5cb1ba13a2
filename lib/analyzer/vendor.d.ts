/** The English language module inside the `sentiment` package: its AFINN labels (no types ship for it). */
declare module 'sentiment/languages/en/index.js' {
  const en: { labels: Record<string, number> };
  export default en;
}
