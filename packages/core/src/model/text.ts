/**
 * A text in both interface languages. Dutch is the source language of the model; English is a
 * faithful rendering for users who asked for it.
 */
export interface LocalText {
  /** Dutch text. */
  readonly nl: string;
  /** English text. */
  readonly en: string;
}

/** The languages every model text is written in. */
export type Language = keyof LocalText;
