// Prints a short, readable summary of a `samenspel run --format json` result read from stdin:
// each mechanism's status and since when, the patterns, and every factor's level at the end.
let text = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (text += chunk));
process.stdin.on('end', () => {
  const r = JSON.parse(text);
  const last = r.time.length - 1;
  console.log(`${r.scenario}: ${String(r.horizonMonths)} months, ${r.method}, dt ${String(r.dt)}`);
  console.log('\nmechanisms');
  for (const [id, m] of Object.entries(r.summary.mechanisms)) {
    console.log(
      `  ${id.padEnd(10)} ${m.status.padEnd(12)} since month ${String(m.since).padEnd(6)} level ${m.level.toFixed(2)}`,
    );
  }
  console.log('\npatterns');
  for (const [id, p] of Object.entries(r.summary.patterns))
    console.log(`  ${id.padEnd(24)} ${p.present ? 'yes' : 'no'}`);
  console.log('\nlevels at the end');
  for (const [id, s] of Object.entries(r.series)) console.log(`  ${id.padEnd(30)} ${s[last].toFixed(2)}`);
});
