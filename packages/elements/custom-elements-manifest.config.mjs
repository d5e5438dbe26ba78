/** custom-elements.json from the JSDoc headers of the element classes (@summary @attr @fires @csspart @cssprop). */
import { readdirSync, readFileSync } from 'node:fs';

const defineDir = new URL('./src/define/', import.meta.url);

/**
 * The events as the elements fire them. The analyzer reads `dispatchEvent(new VfSearchEvent(query, …))` as an
 * event named after the first constructor argument (`query`, `url`, `id`, or none); each event class names its
 * event in `static eventName`, so those entries are dropped and the real ones (from `@fires`) get the class as
 * their type.
 */
function realEvents(manifest) {
  const eventNames = new Map();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      const field = declaration.members?.find((m) => m.static && m.name === 'eventName');
      if (field?.default)
        eventNames.set(declaration.name, field.default.replace(/^['"]|['"]$/g, ''));
    }
  }
  const byName = new Map([...eventNames].map(([className, name]) => [name, className]));
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (!declaration.customElement || !declaration.events) continue;
      const kept = new Map();
      for (const event of declaration.events) {
        if (!event.name || (!byName.has(event.name) && !event.description)) continue;
        const className = byName.get(event.name);
        const merged = { ...kept.get(event.name), ...event };
        if (className) merged.type = { text: className };
        kept.set(event.name, merged);
      }
      declaration.events = [...kept.values()];
    }
  }
}

/**
 * The definitions: every element is registered by `src/define/<name>.ts` through the `define(tag, ctor)` helper,
 * which the analyzer reports as one definition named `tag` in the helper's module. Each define module gets its
 * real definition (tag name and class) instead.
 */
function realDefinitions(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules) {
    mod.exports = (mod.exports ?? []).filter(
      (entry) => !(entry.kind === 'custom-element-definition' && mod.path === 'src/base/define.ts'),
    );
    for (const declaration of mod.declarations ?? [])
      if (declaration.customElement && declaration.tagName)
        classes.set(declaration.tagName, { name: declaration.name, module: mod.path });
  }
  for (const file of readdirSync(defineDir).filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(new URL(file, defineDir), 'utf8');
    const definitions = [
      ...source.matchAll(/\bdefine\(\s*'([a-z][\w-]*-[\w-]*)'\s*,\s*(\w+)\s*\)/g),
    ];
    if (definitions.length === 0) continue;
    const path = `src/define/${file}`;
    let mod = manifest.modules.find((m) => m.path === path);
    if (!mod) {
      mod = { kind: 'javascript-module', path, declarations: [], exports: [] };
      manifest.modules.push(mod);
    }
    for (const [, tag, className] of definitions) {
      const declaration = classes.get(tag);
      if (!declaration || declaration.name !== className)
        throw new Error(
          `${path}: define('${tag}', ${className}) matches no element class in the manifest`,
        );
      mod.exports = [
        ...(mod.exports ?? []).filter(
          (e) => !(e.kind === 'custom-element-definition' && e.name === tag),
        ),
        { kind: 'custom-element-definition', name: tag, declaration },
      ];
    }
  }
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/testing/**', 'src/size.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'vielfalt-events-and-definitions',
      packageLinkPhase({ customElementsManifest }) {
        realEvents(customElementsManifest);
        realDefinitions(customElementsManifest);
      },
    },
  ],
};
