// @ts-check
// A TypeDoc plugin that requires documentation on the properties of exported classes and interfaces.
// TypeDoc's own `notDocumented` check either requires every property everywhere, including each key of
// every zod schema's inferred shape type (thousands of synthetic members nobody reads in that form), or no
// properties at all. typedoc.json therefore leaves `Property` out of `requiredToBeDocumented`, and this
// check puts back the properties that are real API: members of classes and interfaces of our packages.
import { Application, ReflectionKind } from 'typedoc';

/** Packages whose members must be documented. */
const OWN_PACKAGE = /^@vielfalt\//;

/**
 * TypeDoc calls this when it loads the plugin.
 * @param {import('typedoc').Application} app
 */
export function load(app) {
  /** @type {Set<string>} */
  const reported = new Set();
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    if (!app.options.getValue('validation').notDocumented) return;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Property)) {
      const parent = reflection.parent;
      if (!parent?.kindOf(ReflectionKind.ClassOrInterface) || reflection.hasComment()) continue;
      const symbol = project.getSymbolIdFromReflection(reflection);
      if (!symbol || !OWN_PACKAGE.test(symbol.packageName)) continue;
      // The merged project of packages mode is validated again after each package: report each symbol once.
      const key = `${symbol.packageName}/${symbol.packagePath}:${symbol.qualifiedName}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const name = reflection.getFriendlyFullName();
      app.logger.validationWarning(
        `${name} (Property), defined in ${symbol.packageName}/${symbol.packagePath}, does not have any documentation (a member of an exported class or interface)`,
      );
    }
  });
}
