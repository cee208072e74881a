import { addMessages, init } from 'svelte-i18n';

/** One area's messages: the same keys in Dutch and English. */
export interface MessageArea {
  /** Dutch texts. */
  readonly nl: Readonly<Record<string, string>>;
  /** English texts. */
  readonly en: Readonly<Record<string, string>>;
}

// Every file in ./messages exports `messages: MessageArea`; each area prefixes its keys
// (e.g. `diagram.play`). Adding a file is enough to register it.
const areas = import.meta.glob<{ messages: MessageArea }>('./messages/*.ts', { eager: true });

/** All message areas, merged per language. */
export function allMessages(): MessageArea {
  const nl: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const area of Object.values(areas)) {
    Object.assign(nl, area.messages.nl);
    Object.assign(en, area.messages.en);
  }
  return { nl, en };
}

/** Registers the messages and starts in Dutch. */
export function setupI18n(): void {
  const { nl, en } = allMessages();
  addMessages('nl', nl);
  addMessages('en', en);
  void init({ fallbackLocale: 'nl', initialLocale: 'nl' });
}
