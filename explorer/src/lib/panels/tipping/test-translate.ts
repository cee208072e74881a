// For unit tests: svelte-i18n's formatter with the tipping messages, in either language.
import { get } from 'svelte/store';
import { _, addMessages, init, locale } from 'svelte-i18n';
import type { Lang } from '../../model.js';
import { messages } from '../../i18n/messages/tipping.js';
import type { Translate } from './threshold-text.js';

let ready = false;

/** The formatter for `lang`, as `$_` gives it in a component. */
export function translator(lang: Lang): Translate {
  if (!ready) {
    addMessages('nl', messages.nl);
    addMessages('en', messages.en);
    void init({ fallbackLocale: 'nl', initialLocale: lang });
    ready = true;
  }
  void locale.set(lang);
  const format = get(_);
  return (key, options) => format(key, options);
}
