import { locale } from 'svelte-i18n';
import type { Lang } from '../model.js';

/** View state shared by the panels: language, time cursor, playback, loop highlight, modes. */
export class UiStore {
  /** Interface language. */
  lang = $state<Lang>('nl');
  /** The month the diagram shows (time scrubber). */
  month = $state(0);
  /** True while the run is being played month by month. */
  playing = $state(false);
  /** Loop id under the pointer or keyboard focus (highlighted in the diagram). */
  hoveredLoop = $state<string | null>(null);
  /** Loop id the user selected (stays highlighted). */
  selectedLoop = $state<string | null>(null);
  /** Mechanism shown in the chart, or null for all. */
  mechanismFilter = $state<string | null>(null);
  /** Show the pseudo-collaboration overlay in the diagram. */
  pseudoOverlay = $state(false);
  /** Large type for workshops. */
  presentation = $state(false);
  /** The guided tour is open. */
  touring = $state(false);
  /** Read-only embed view (no controls). */
  embed = $state(false);

  /** Switches the interface language (UI texts and model texts). */
  setLang(lang: Lang): void {
    this.lang = lang;
    void locale.set(lang);
    document.documentElement.lang = lang;
  }

  /** The loop to highlight: the hovered one, else the selected one. */
  get highlightedLoop(): string | null {
    return this.hoveredLoop ?? this.selectedLoop;
  }
}
