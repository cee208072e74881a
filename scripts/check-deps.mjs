// scripts/check-deps.mjs: checks the allowed dependency direction between workspace packages.
// It reads each workspace package.json (dependencies, devDependencies, peer and optional) and scans the
// import specifiers in packages/*/src and explorer/src for `@samenspel/...` imports and for relative
// imports that leave the package folder. Prints the violations and exits 1, or prints
// `dependency direction ok (N packages)`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Workspace folder -> the workspace folders it may depend on. Nothing may depend on cli or explorer. */
const ALLOWED = {
  'packages/core': [],
  'packages/icu-model': ['packages/core'],
  'packages/cli': ['packages/core', 'packages/icu-model', 'packages/runner'],
  'packages/runner': ['packages/core', 'packages/icu-model'],
  'packages/assessment': ['packages/core', 'packages/icu-model'],
  explorer: ['packages/core', 'packages/icu-model', 'packages/runner', 'packages/assessment'],
};

const root = resolve(import.meta.dirname, '..');
const sourceExtensions = ['.ts', '.mts', '.cts', '.js', '.mjs', '.svelte'];
const violations = [];

/** The workspace packages: packages/* and explorer/, each with its name and declared dependencies. */
function findPackages() {
  const folders = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `packages/${entry.name}`);
  folders.push('explorer');
  return folders
    .filter((folder) => existsSync(join(root, folder, 'package.json')))
    .map((folder) => {
      const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
      const fields = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
      const deps = fields.flatMap((field) => Object.keys(manifest[field] ?? {}));
      return { folder, name: manifest.name, deps };
    });
}

/** All source files under a folder, skipping node_modules and build output. */
function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', 'dist'].includes(entry.name) ? [] : sourceFiles(path);
    return sourceExtensions.some((ext) => entry.name.endsWith(ext)) ? [path] : [];
  });
}

/** Import/export/require/import() specifiers of a file, found by TypeScript's pre-processor. */
function specifiers(file) {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.svelte')) {
    text = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
  }
  return ts.preProcessFile(text, true, true).importedFiles.map((ref) => ref.fileName);
}

const packages = findPackages();
const folderByName = new Map(packages.map((pkg) => [pkg.name, pkg.folder]));

for (const pkg of packages) {
  const allowed = ALLOWED[pkg.folder];
  if (!allowed) {
    violations.push(`${pkg.folder}: no rule for this package; add it to ALLOWED in scripts/check-deps.mjs`);
    continue;
  }
  const check = (target, where) => {
    if (target !== pkg.folder && !allowed.includes(target)) {
      violations.push(`${pkg.folder} must not depend on ${target} (${where})`);
    }
  };

  for (const dep of pkg.deps) {
    const target = folderByName.get(dep);
    if (target) check(target, `package.json lists ${dep}`);
  }

  for (const file of sourceFiles(join(root, pkg.folder, 'src'))) {
    const where = relative(root, file);
    for (const spec of specifiers(file)) {
      if (spec.startsWith('@samenspel/')) {
        const name = spec.split('/').slice(0, 2).join('/');
        const target = folderByName.get(name);
        if (!target) violations.push(`${where}: imports ${spec}, which is not a workspace package`);
        else if (target !== pkg.folder) {
          check(target, `${where} imports ${spec}`);
          if (!pkg.deps.includes(name)) {
            violations.push(`${where}: imports ${spec} but ${pkg.folder}/package.json does not list ${name}`);
          }
        }
      } else if (spec.startsWith('.')) {
        const packageDir = join(root, pkg.folder) + sep;
        if (!resolve(dirname(file), spec).startsWith(packageDir)) {
          violations.push(`${where}: relative import ${spec} leaves ${pkg.folder}/`);
        }
      }
    }
  }
}

console.log('allowed dependency direction (workspace folder -> may depend on):');
for (const [folder, targets] of Object.entries(ALLOWED)) {
  console.log(`  ${folder} -> ${targets.length > 0 ? targets.join(', ') : '(nothing in the repo)'}`);
}
console.log('  nothing may depend on packages/cli or explorer');

if (violations.length > 0) {
  console.log(`\n${violations.length} dependency violation(s):`);
  for (const violation of violations) console.log(`  - ${violation}`);
  process.exit(1);
}
console.log(`dependency direction ok (${packages.length} packages)`);
