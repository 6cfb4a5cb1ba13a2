/** The playbook: phrase schema, built-in phrases, templates, merging and import/export. */
export { DEFAULT_PLAYBOOK } from './default';
export { exportPlaybook, type PlaybookImport, parsePlaybookImport } from './import';
export { isPhraseEnabled, type MergedPlaybook, mergePlaybook, setPhraseEnabled } from './merge';
export {
  FACTS,
  type Fact,
  PHRASE_SOURCES,
  type Phrase,
  type PhraseInput,
  PhraseSchema,
  type PhraseSource,
  phraseOffers,
  STAGES,
  type Stage,
} from './schema';
export {
  type Filled,
  fillTemplate,
  mentionsTimeline,
  PLACEHOLDERS,
  type PlaceholderName,
  parseTemplate,
  placeholderLabel,
  placeholderSyntaxErrors,
  type SourcedValue,
  type TemplatePart,
  type TemplateValues,
  unfilled,
  type ValueSource,
} from './template';
