/**
 * @packageDocumentation
 * `@samenspel/icu-model`: the Zorginstituut model of regional ICU collaboration as data, with its
 * texts in Dutch and English and example scenarios.
 */
export { icuNetworkModel } from './icu-network-model.js';
export { factorTexts, factorQuotes, type FactorText } from './texts/factor-texts.js';
export { mechanismTexts, type MechanismText, type AdviceText } from './texts/mechanism-texts.js';
export { leverTexts, type LeverText, type LeverId } from './texts/lever-texts.js';
export { patternTexts, pseudoCollaborationExplanation, type PatternText } from './texts/pattern-texts.js';
export { SEED_FILE } from './texts/seed.js';
export { icuQuestionnaire, icuRespondentGroups } from './questionnaire/icu-questionnaire.js';
export { icuStatements } from './questionnaire/statements.js';
