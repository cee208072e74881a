/**
 * Whether a facilitator session runs on this device. While it does, the app header hides the view
 * switch and its tools, so a respondent cannot reach earlier answers or results. Set only by the
 * facilitator screen (`FacilitatorMode.svelte`), which clears it when it closes.
 */
export const facilitatorLock = $state({ active: false });
