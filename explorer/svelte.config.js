// Svelte compiler options for the explorer: runes everywhere.
export default { compilerOptions: { runes: true } };
