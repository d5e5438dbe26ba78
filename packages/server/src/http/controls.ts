import { ApiError } from './problem.js';

// C0 control characters except tab, line feed and carriage return (the parts of a line break).
// eslint-disable-next-line no-control-regex -- control characters are what this finds
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

const hex = (char: string) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * Refuses control characters (NUL and the other C0 controls except tab and line breaks) anywhere in an input,
 * keys included, with a 400 naming the place. No text the county publishes needs them, PostgreSQL cannot
 * store NUL, and they hide text from people reading it. Walks without recursion, so deep nesting cannot
 * overflow the stack.
 */
export function refuseControlCharacters(input: unknown, where: string): void {
  const stack: { value: unknown; path: string }[] = [{ value: input, path: where }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: string };
    if (typeof value === 'string') {
      const found = CONTROL.exec(value);
      if (found) throw controlCharacter(path, found[0]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}.${i}` }));
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = CONTROL.exec(key);
        if (found) throw controlCharacter(`${path} (Feldname / field name)`, found[0]);
        stack.push({ value: item, path: `${path}.${key}` });
      }
    }
  }
}

function controlCharacter(path: string, char: string): ApiError {
  return new ApiError(
    400,
    'control-character',
    {
      de: `${path}: enthält das Steuerzeichen ${hex(char)}; erlaubt sind Text, Tabulator und Zeilenumbrüche.`,
      en: `${path}: contains the control character ${hex(char)}; expected text, tabs and line breaks only.`,
    },
    [
      {
        path,
        code: 'control-character',
        message: {
          de: `enthält das Steuerzeichen ${hex(char)}`,
          en: `contains the control character ${hex(char)}`,
        },
      },
    ],
  );
}
